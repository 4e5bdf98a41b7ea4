"""The sentence repairer as a whole: its properties, types, hostile inputs.

Each rule has its own file: test_repair_joins.py, test_repair_hyphens.py,
test_repair_glue.py, test_repair_word_index.py, test_headline_split.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import repair_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Що буде з кредитами\n\nАналітики зазначають, що ставка стабільна.",  # subheading
        "Key points\n• Rates held.\n• Next meeting in June.",  # list items
        "рішення судів і т. д.\n\nНова процедура діятиме і для будинків.",  # ends in an abbreviation
        "КИЇВ, 14 травня /Укрінформ/\n\nКабінет Міністрів спростив процедуру.",  # dateline line
        "Die Zahl stieg auf 18.500\n\nDas Amt teilte es mit.",  # ends in a number
        "„Wir machen weiter“, sagte sie.\n\n„Das ist klar.“",  # quotes
    ],
)
def test_leaves_alone_what_is_not_broken(text):
    assert repair_sentences(text) == text


def test_wrong_type():
    with pytest.raises(TypeError, match="expects str"):
        repair_sentences(None)  # type: ignore[arg-type]


_word = st.sampled_from(
    [
        "Die",
        "Regierung",
        "plant",
        "neue",
        "Regeln",
        "und",
        "the",
        "minister",
        "said",
        "Київ",
        "уряд",
        "заявив",
        "Zusammen-",
        "arbeit",
        "EU-",
        "Staaten",
        "iPhone",
        "7.000",
        "3,5",
        "z. B.",
        "т. д.",
        "diskutierenUnd",
        "Tuesday.The",
        "«Слава»Президент",
        "Nord-",
        "Korea",
        "•",
        "-",
        "1.",
        ",",  # punctuation on a line of its own, a drop cap, a link after "the"
        ".",
        ")",
        "T",
        "he",
        "Harbour",
    ]
)


_sep = st.sampled_from([" ", " ", " ", "\n", "\n\n", ". ", ", "])


_text = st.lists(st.tuples(_word, _sep), max_size=60).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)


def _alnum(s: str) -> list[str]:
    return [c for c in s if c.isalnum()]


@settings()
@given(_text, st.sampled_from([None, "de", "en", "uk", "ru", "fr", "es", "pl"]))
def test_letters_and_digits_never_change(text, lang):
    assert _alnum(repair_sentences(text, lang)) == _alnum(text)


@settings()
@given(_text, st.sampled_from([None, "de", "en", "uk"]))
def test_idempotent(text, lang):
    once = repair_sentences(text, lang)
    assert repair_sentences(once, lang) == once


def test_hostile_inputs_finish():
    assert repair_sentences("ab-\n" * 100_000).startswith("ab")
    assert repair_sentences("wordWord" * 100_000).startswith("word")
    assert repair_sentences("." * 1_000_000) == "." * 1_000_000
    # candidate headline cuts on the first line, each asking the whole text for evidence
    assert repair_sentences("abcDef ghi " * 100_000).startswith("abc")
    assert repair_sentences("Abc AbcDef " * 100_000).startswith("Abc")
    assert repair_sentences("AB" * 300_000 + " NEW DELHI: Hello").endswith("Hello")
