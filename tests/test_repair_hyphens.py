"""Line-break hyphens (repair/hyphens.py): kept, dropped, or a suspended compound."""

from __future__ import annotations

import pytest

from newsclean import repair_sentences
from newsclean.languages import get_pack
from newsclean.repair.hyphens import hyphen_join
from newsclean.repair.word_index import WordIndex


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("die Zusammen-\narbeit wächst", "de", "die Zusammenarbeit wächst"),
        ("ця інфор-\nмація важлива", "uk", "ця інформація важлива"),
        ("эта инфор-\nмация важна", "ru", "эта информация важна"),
        ("Gespräche mit Nord-\nKorea laufen", "de", "Gespräche mit Nord-Korea laufen"),
        ("the COVID-\n19 pandemic", "en", "the COVID-19 pandemic"),
        ("in anderen EU-\nStaaten auch", "de", "in anderen EU-Staaten auch"),
        ("в Івано-\nФранківській області", "uk", "в Івано-Франківській області"),
        ("in Nord-\nund Südeuropa", "de", "in Nord- und Südeuropa"),
        ("a well-\nknown face", "en", "a well-known face"),
        # the chain goes on after the break: the hyphen is the compound's own
        ("a blink-\nand-you-miss-it cameo", "en", "a blink-and-you-miss-it cameo"),
        # a prefix that begins many plain words is no evidence on its own
        ("it was part-\nicularly cold", "en", "it was particularly cold"),
        ("the pre-\nsident spoke", "en", "the president spoke"),
        ("a self-\ndeclared expert", "en", "a self-declared expert"),
        # "по-" before an adverb keeps its hyphen; a syllable "по-" does not
        ("сказал по-\nрусски и стал по-\nмогать", "ru", "сказал по-русски и стал помогать"),
        (
            "сказав по-\nукраїнськи, і будь-\nхто зрозумів",
            "uk",
            "сказав по-українськи, і будь-хто зрозумів",
        ),
        ("провели мастер-\nкласс", "ru", "провели мастер-класс"),
        (
            "le porte-\nparole a dit que le porte-parole",
            "fr",
            "le porte-parole a dit que le porte-parole",
        ),
    ],
)
def test_line_break_hyphens(text, lang, expected):
    assert repair_sentences(text, lang) == expected


def test_a_word_broken_at_the_same_place_twice_is_no_evidence_for_its_hyphen():
    # Each break counts "geek" and "bench" once: two breaks are not two other uses.
    line = "The new chip scored 5641 points in the benchmark app called Geek-"
    text = "\n".join([line, "bench 5, and the old one scored far less in Geek-", "bench 4."])
    assert "Geekbench 5" in repair_sentences(text, "en")
    # One real use of each half elsewhere keeps a compound's hyphen: "far-flung".
    text = "Readers in far places sent letters, flung far and wide, from far-\nflung towns."
    assert "far-flung towns" in repair_sentences(text, "en")


def test_a_name_the_text_repeats_keeps_its_hyphen_before_a_lower_case_word():
    text = (
        "Nordvik says the new tablet is its best yet. Nordvik shipped it in May, and\n"
        "reviewers praised how Nordvik handled the launch. Only the Nordvik-\n"
        "approved cases fit the new hinge."
    )
    assert "Nordvik-approved cases" in repair_sentences(text, "en")


def test_a_capitalised_syllable_break_loses_its_hyphen():
    # "Wash" is never a word of its own here; "Some" stands alone only once as
    # written (the text's "some" in lower case is another word for this rule).
    text = "Officials in Wash-\nington said some roads and some bridges will close."
    assert "Washington said" in repair_sentences(text, "en")
    text = "Some of them left early, and some stayed. Some-\nthing changed after that."
    assert "Something changed" in repair_sentences(text, "en")


def test_a_repeated_name_is_no_evidence_in_a_language_of_closed_compounds():
    # German writes "Bahnhof": "Bahn" used alone does not make "Bahn-hof" a compound.
    text = "Die Bahn fährt. Die Bahn hält. Die Bahn kommt spät zum Bahn-\nhof in Köln."
    assert "Bahnhof in Köln" in repair_sentences(text, "de")


def test_a_capitalised_half_joins_when_the_text_writes_the_word_whole():
    text = "Questions about GiveWell are welcome.\nCall the Give-\nWell staff, or Nord-\nKorea."
    out = repair_sentences(text, "en")
    assert "the GiveWell staff" in out and "Nord-Korea" in out


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an acronym or a figure before the hyphen keeps it
        ("A NATO-\nled force crossed the border.", "en", "A NATO-led force crossed the border."),
        ("A 20-\nstrong team arrived.", "en", "A 20-strong team arrived."),
        ("Die CDU-\ngeführte Regierung tagte.", "de", "Die CDU-geführte Regierung tagte."),
        ("Grupa 20-\nosobowa przyjechała.", "pl", "Grupa 20-osobowa przyjechała."),
    ],
)
def test_an_acronym_or_a_figure_keeps_its_hyphen(text, lang, expected):
    assert repair_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the partner after the conjunction is hyphenated itself
        ("Both pre-\nand post-war Europe changed.", "en", "Both pre- and post-war Europe changed."),
        (
            "Les soins pré-\net post-opératoires durent.",
            "fr",
            "Les soins pré- et post-opératoires durent.",
        ),
        # the first part is a word the text uses on its own
        (
            "Both in-\nand outbound flights stopped in the storm.",
            "en",
            "Both in- and outbound flights stopped in the storm.",
        ),
        (
            "Okres przed-\ni powojenny opisano przed laty.",
            "pl",
            "Okres przed- i powojenny opisano przed laty.",
        ),
        # a capitalised first part (a German noun)
        ("Die Ein-\nund Ausfuhr sank stark.", "de", "Die Ein- und Ausfuhr sank stark."),
    ],
)
def test_a_suspended_compound_keeps_its_hyphen_and_its_space(text, lang, expected):
    assert repair_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a word hyphenated before a syllable that is also a conjunction
        ("They underst-\nand the rules now.", "en", "They understand the rules now."),
        ("Le proj-\net est prêt depuis lundi.", "fr", "Le projet est prêt depuis lundi."),
        ("Le budg-\net de la ville baisse.", "fr", "Le budget de la ville baisse."),
        # a closed compound broken at the line end is joined
        ("The govern-\nment said so.", "en", "The government said so."),
        ("Die Bundes-\nregierung tagte.", "de", "Die Bundesregierung tagte."),
        ("Le gouver-\nnement a parlé.", "fr", "Le gouvernement a parlé."),
        ("Nasza współ-\npraca trwa od lat.", "pl", "Nasza współpraca trwa od lat."),
    ],
)
def test_a_hyphenated_word_across_a_break_is_joined(text, lang, expected):
    assert repair_sentences(text, lang) == expected


def test_a_break_seen_again_is_decided_once_per_text_and_language():
    text = "Readers in far places sent letters, flung far and wide, from far-\nflung towns."
    words = WordIndex(text)
    # English writes compounds open: both halves used alone keep the hyphen; German
    # closes them. One index, two languages: each decides on its own.
    assert hyphen_join("from far-", "flung towns.", words, get_pack("en")) == "keep"
    assert hyphen_join("from far-", "flung towns.", words, get_pack("de")) == "drop"
    assert hyphen_join("from far-", "flung towns.", words, get_pack("en")) == "keep"
    assert len(words.hyphens_decided) == 2
    # The same break on many lines is one decision.
    repeated = WordIndex("ab-\n" * 50 + "ab")
    for _ in range(50):
        hyphen_join("ab-", "ab-", repeated, get_pack("en"))
    assert len(repeated.hyphens_decided) == 1
