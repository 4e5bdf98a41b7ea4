"""Line joins (repair/joins.py): breaks inside a sentence joined, real breaks kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import repair_sentences
from newsclean.languages import get_pack
from newsclean.repair import repair_cleaned
from newsclean.repair.joins import _join_blocks, _join_near_candidates
from newsclean.repair.word_index import WordIndex


def test_joins_paragraph_break_inside_sentence_de():
    text = "Ziel ist es, die Zusammenarbeit im Medienbereich\n\nzu vertiefen. Das sagte sie."
    assert repair_sentences(text, "de") == (
        "Ziel ist es, die Zusammenarbeit im Medienbereich zu vertiefen. Das sagte sie."
    )


def test_joins_line_break_inside_sentence_uk():
    text = "Енергетики обіцяють повернути світло більшості абонентів\nдо вечора."
    assert (
        repair_sentences(text, "uk")
        == "Енергетики обіцяють повернути світло більшості абонентів до вечора."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Text taken from HTML one node per line: the punctuation after a link.
        (
            "The ferry company said it would more than\ndouble\n the fleet\n, then cut fares.",
            "The ferry company said it would more than double the fleet, then cut fares.",
        ),
        (
            "Fares rose by a third, a spokesman for\nthe harbour board\n said\n.",
            "Fares rose by a third, a spokesman for the harbour board said.",
        ),
        (
            "Die Fähre fährt wieder (siehe\nunten\n) ab Montag, sagte die Sprecherin.",
            "Die Fähre fährt wieder (siehe unten) ab Montag, sagte die Sprecherin.",
        ),
        # A paragraph does not open with a comma.
        (
            "Паром знову курсує між островами\n\n, повідомили в порту.",
            "Паром знову курсує між островами, повідомили в порту.",
        ),
    ],
)
def test_a_line_opening_with_a_closing_mark_goes_on_the_line_before(text, expected):
    assert repair_sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the ferry line fell, as did the\nNasdaq Composite\n.IXIC index.",  # a ticker
        "Games to watch this week:\n... Harbour City hosts Salthaven on Friday.",  # a list of notes
        "His first match in charge is on Saturday.\n\n, left, has replaced the coach.",  # lost name
    ],
)
def test_a_mark_that_opens_a_word_or_an_item_is_no_continuation(text):
    assert repair_sentences(text) == text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Fares rose by a third, according to the\nHarbour Gazette\n.",
            "en",
            "Fares rose by a third, according to the Harbour Gazette.",
        ),
        (
            "Das sagte ein Sprecher der\nBundesregierung am Montag in Berlin.",
            "de",
            "Das sagte ein Sprecher der Bundesregierung am Montag in Berlin.",
        ),
        (
            "Про це заявили в\nМіністерстві енергетики в понеділок.",
            "uk",
            "Про це заявили в Міністерстві енергетики в понеділок.",
        ),
    ],
)
def test_a_line_ending_in_a_word_no_sentence_ends_in_goes_on(text, lang, expected):
    assert repair_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Plan A\nThe council voted on Tuesday.", "en"),  # a capital "A" is no article here
        ("Fares rose, according to the\nHarbour Gazette.", None),  # language unknown
        # Across a blank line: a headline can end in such a word in another language.
        ("Immobilier : les prix reculent de 3,9 % sur un an\n\nThe council met.", "en"),
    ],
)
def test_no_join_after_such_a_word_without_the_language_or_across_paragraphs(text, lang):
    assert repair_sentences(text, lang) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A drop cap on a line of its own: the text uses the whole word elsewhere.
        (
            "T\nhe harbour board met on Tuesday. The board said the fares would rise.",
            "The harbour board met on Tuesday. The board said the fares would rise.",
        ),
        (
            "H\nong Kong ferries sail again, the operator said. Hong Kong had stopped them.",
            "Hong Kong ferries sail again, the operator said. Hong Kong had stopped them.",
        ),
        (
            "В\nесь тиждень пороми курсували за розкладом. Весь час.",
            "Весь тиждень пороми курсували за розкладом. Весь час.",
        ),
        # A one-letter word: "anew" is not in the text, so two words.
        (
            "A\nnew ferry sails on Monday, the board said.",
            "A new ferry sails on Monday, the board said.",
        ),
        # No evidence for "much": left as two words rather than guessed.
        ("M\nuch of the day was spent at sea.", "M uch of the day was spent at sea."),
    ],
)
def test_a_drop_cap_joins_its_word_when_the_text_uses_the_word(text, expected):
    assert repair_sentences(text) == expected


def test_unwraps_hard_wrapped_paragraphs_and_keeps_real_breaks():
    text = (
        "The council of Salthaven voted on Tuesday to rebuild the town's old\n"
        "pier, two months after a winter storm tore away its last eighty\n"
        "metres of planks and railings.\n\n"
        "Work is due to start in May and to end before the summer season\n"
        "begins, the mayor told reporters after the vote on Tuesday night.\n"
    )
    out = repair_sentences(text, "en")
    assert out.split("\n\n") == [
        "The council of Salthaven voted on Tuesday to rebuild the town's old pier, two months after "
        "a winter storm tore away its last eighty metres of planks and railings.",
        "Work is due to start in May and to end before the summer season begins, the mayor told "
        "reporters after the vote on Tuesday night.",
    ]


def test_a_lower_case_caption_after_the_headline_does_not_join_it():
    text = (
        "Storm floods coastal towns\n\na flooded street in Harbor City\n\n"
        "Heavy rain flooded three coastal towns overnight."
    )
    assert repair_sentences(text, "en").split("\n\n")[0] == "Storm floods coastal towns"


def test_a_wrapped_labelled_headline_is_unwrapped():
    lines = [
        "Column: The newspaper merger sends a dismal signal about the future of",
        "local news in every small town across the state",
        "",
        "The two largest newspaper chains in the country will merge, the companies",
        "said on Tuesday, in a deal that will close dozens of local papers across",
        "the state and leave many towns without any reporter of their own. Editors",
        "said that the papers which remain will share one printing plant and one",
        "news desk, and that subscribers will be told of the changes by letter.",
    ]
    out = repair_sentences("\n".join(lines), "en").split("\n\n")
    assert out[0] == lines[0] + " " + lines[1]


def test_a_url_cut_by_the_wrap_is_joined_without_a_space():
    body = [
        "The theatre sells its tickets through the usual booking sites, and the",
        "show runs every evening except Mondays until the end of the month. The",
        "booking page for the whole season is at the address below, with prices",
        "https://www.example.com/activity/9596-the-palace-tale-of-the-king-show-t",
        "icket-seoul/ and at the box office.",
    ]
    out = repair_sentences("\n".join(body), "en")
    assert (
        "https://www.example.com/activity/9596-the-palace-tale-of-the-king-show-ticket-seoul/"
        in out
    )


def test_a_wrapped_cjk_sentence_is_joined_without_a_space():
    line = "商標には、同じ商標が付された商品は同じ提供元のものであるという、商品の出所を表示する機能、同じ品質である"
    text = line + "\nことを保証する機能があります。\n\n概要\n本文はここから始まります。"
    out = repair_sentences(text, None)
    assert out.split("\n\n")[0] == line + "ことを保証する機能があります。"
    assert "概要\n本文" in out  # a short heading line is not a wrapped line


def test_a_table_with_one_cell_per_line_gets_one_row_per_line():
    text = (
        "Standings after twelve rounds:\n\n"
        "Pos.\nDriver\nPoints\nWins\n\n"
        "1\nMara Lind\n5040\n5\n\n"
        "2\nTomas Brek\n5035\n7\n\n"
        "3\nIlse Varga\n5033\n4\n\n"
        "The title is decided in the last race at Salthaven."
    )
    assert repair_sentences(text, "en").split("\n\n") == [
        "Standings after twelve rounds:",
        "Pos. Driver Points Wins",
        "1 Mara Lind 5040 5",
        "2 Tomas Brek 5035 7",
        "3 Ilse Varga 5033 4",
        "The title is decided in the last race at Salthaven.",
    ]


def test_short_blocks_of_words_are_not_a_table():
    # Three addresses of three lines each: no figures, so no table rows.
    text = (
        "Harbor Office\nPier Road\nSalthaven\n\n"
        "Town Hall\nMarket Square\nSalthaven\n\n"
        "Fire Station\nDock Lane\nSalthaven"
    )
    assert repair_sentences(text, "en") == text


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday\n\n\n\nand voted for the plan.",
        "\nThe council met on Monday\nand voted for the plan.\n",
        "\n\nThe council met on Monday\n\nand voted for the plan.\n\n",
    ],
)
def test_repair_cleaned_takes_blank_lines_it_is_not_given_the_long_way(text):
    # parse hands repair_cleaned normalised text; other text must not break it.
    assert (
        repair_cleaned(text, get_pack("en")) == "The council met on Monday and voted for the plan."
    )


def test_lines_are_stripped_of_any_whitespace_before_they_are_joined():
    text = " The council met on Monday\u00a0\n\tand voted for the plan. \n\u2003"
    assert repair_sentences(text, "en") == "The council met on Monday and voted for the plan."


_line_word = st.sampled_from(
    [
        "Der",
        "Plan",
        "wurde",
        "vorgestellt.",
        "und",
        "the",
        "minister",
        "said,",
        "Київ",
        "заявив",
        "«так",
        "(siehe",
        "Zusammen-",
        "arbeit",
        "東京都",
        "「東京」",
        "•",
        "1.",
        "z. B.",
        "Von",
        ",",
        ".",
        ")",
        ".NET",
    ]
)


_lines = st.lists(
    st.tuples(_line_word, st.sampled_from([" ", " ", "\n", "\n\n"])), min_size=1, max_size=80
).map(lambda pairs: "".join(w + s for w, s in pairs))


@settings()
@given(_lines, st.sampled_from([None, "de", "en", "uk"]))
def test_a_break_that_cannot_join_is_a_wall(lines, lang):
    # Text that is not hard-wrapped is joined only around the candidate breaks;
    # that must decide exactly as the whole loop over every block would.
    text = "\n".join(line.strip() for line in lines.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    if not text:
        return
    pack, ev = get_pack(lang), WordIndex(text)
    blocks = [[ln for ln in b.split("\n") if ln] for b in text.split("\n\n")]
    everything = _join_blocks([b for b in blocks if b], None, set(), ev, pack)
    assert _join_near_candidates(text, ev, pack) == everything
