"""The limits of the line rules, pinned at their edges (found by mutation testing).

Each limit is tested on both sides: the last case the rule takes and the
first it leaves (`python benchmarks/mutation.py` changes ``<=`` to ``<``, an
``or`` to ``and``, a separator to another string; these tests notice).
"""

from __future__ import annotations

import dataclasses

import pytest

from newsclean import parse, repair_sentences
from newsclean.classify.boilerplate import _boilerplate_phrases, is_boilerplate
from newsclean.extract.briefs import is_brief_title
from newsclean.languages import get_pack
from newsclean.markup import clean_markup
from newsclean.repair.word_index import WordIndex


def _words(line: str) -> int:
    return len(line.split())


# --- share bars split at separators -----------------------------------------------------


@pytest.mark.parametrize("sep", ["·", "|", "•", "/"])
def test_each_separator_splits_a_share_bar(sep: str) -> None:
    line = f"Facebook {sep} Twitter"
    assert is_boilerplate(line, _words(line))


@pytest.mark.parametrize("sep", ["·", "|", "•", "/"])
def test_a_separator_between_a_share_word_and_prose_is_no_bar(sep: str) -> None:
    line = f"Facebook {sep} Revenue rose"
    assert not is_boilerplate(line, _words(line))


def test_a_share_bar_of_sixty_words_is_the_longest_taken() -> None:
    bar = " | ".join(["Facebook"] * 30)  # 30 phrases and 29 separators: 59 words
    assert _words(bar) == 59
    assert is_boilerplate(bar + " | Twitter", 60)  # (the caller counts the words)
    assert not is_boilerplate(bar + " | Twitter", 61)


def test_a_share_word_with_its_own_marks_is_still_the_phrase() -> None:
    # The marks around a phrase (" .:!|·–—-") do not count: "Share:" is "Share".
    for line in ("Share:", "— Share —", "Tweet!"):
        assert is_boilerplate(line, 1)


def test_the_longest_phrase_with_ten_marks_around_it_is_still_a_phrase() -> None:
    phrases = _boilerplate_phrases()
    longest = max(phrases.exact, key=len)
    line = longest + "!" * (phrases.longest - len(longest))
    assert len(line) == phrases.longest
    assert is_boilerplate(line, _words(line))


# --- share phrases run together with no separator -----------------------------------------


def test_two_share_phrases_run_together_are_a_bar() -> None:
    assert is_boilerplate("Facebook Twitter", 2)


def test_a_run_of_twelve_words_is_the_longest_taken() -> None:
    run = "Share on Facebook Share on X Share on LinkedIn Share via Email"
    assert _words(run) == 12
    assert is_boilerplate(run, 12)
    longer = run + " Print"
    assert not is_boilerplate(longer, 13)


# --- line openings ("Read more:") --------------------------------------------------------


def test_an_opening_phrase_takes_lines_of_thirty_words_at_most() -> None:
    filler = "the council votes on the new parking fees for the old town"  # 12 words
    line = "Read more: " + filler + " " + filler + " in the spring"  # 2 + 24 + 3
    line = line + " again"
    assert _words(line) == 30
    assert is_boilerplate(line, 30)
    assert not is_boilerplate(line + " today", 31)


# --- brief titles ----------------------------------------------------------------------------


def test_a_title_starting_like_a_brief_title_has_twelve_words_at_most() -> None:
    pack = get_pack("en")
    twelve = "Key points from the meeting of the city council on Tuesday night"
    assert _words(twelve) == 12
    assert is_brief_title(twelve, pack)
    assert not is_brief_title(twelve + " again", pack)


@pytest.mark.parametrize(
    ("listed", "line"),
    [
        ("Ce qu'il faut retenir", "Ce qu’il faut retenir :"),
        ("Ce qu’il faut retenir", "Ce qu'il faut retenir"),
    ],
)
def test_a_brief_title_matches_with_either_apostrophe(listed: str, line: str) -> None:
    pack = dataclasses.replace(get_pack("fr"), brief_titles=(listed,))
    assert is_brief_title(line, pack)
    assert not is_brief_title("Ce qui faut retenir", pack)


# --- markup: attribute debris, each shape recorded as what it is ----------------------------


@pytest.mark.parametrize("tail", ["“>", "”>", '">'])
def test_a_quote_and_bracket_ending_a_line_is_tag_debris(tail: str) -> None:
    result = clean_markup(
        f"Storm hits the coast{tail}\nThe storm hit on Monday.", keep_captions=True
    )
    assert result.text == "Storm hits the coast\nThe storm hit on Monday."
    assert [(r.kind, r.text) for r in result.removed] == [("tag_fragment", tail)]


def test_a_quote_and_bracket_inside_a_line_is_text() -> None:
    text = "He wrote “>” on the board and left.\nThe class laughed."
    assert clean_markup(text, keep_captions=True).text == text


def test_an_empty_attribute_left_in_the_text_is_tag_debris() -> None:
    result = clean_markup('The mayor spoke class="" to the council on Monday.', keep_captions=True)
    assert result.text == "The mayor spoke to the council on Monday."
    assert [(r.kind, r.text) for r in result.removed] == [("tag_fragment", 'class=""')]


# --- repair: the evidence counts -----------------------------------------------------------


def test_word_counts_folded_and_as_written_are_kept_apart() -> None:
    # Asked in turn on one text: each count has its own memory.
    ev = WordIndex("The the THE other")
    assert ev.count("the") == 3
    assert ev.count("the", as_written=True) == 1
    assert ev.count("the") == 3
    ev = WordIndex("The the THE other")
    assert ev.count("the", as_written=True) == 1
    assert ev.count("the") == 3


def test_text_with_blank_line_runs_and_edge_breaks_is_repaired_too() -> None:
    text = "\nThe council agreed on a new\ndeal with the union.\n\n\nThe vote was close.\n"
    expected = "The council agreed on a new deal with the union.\n\nThe vote was close."
    assert repair_sentences(text, "en") == expected


@pytest.mark.parametrize(
    "tag", ['<p class="lead', '<img src="a.jpg" alt="The mayor"'], ids=["paragraph", "image"]
)
def test_an_unclosed_tag_at_the_end_is_a_tag_fragment(tag: str) -> None:
    result = clean_markup(f"The council met on Monday.\n{tag}", keep_captions=True)
    assert result.text == "The council met on Monday."
    assert [(r.kind, r.text) for r in result.removed] == [("tag_fragment", tag)]


def test_the_framework_markers_of_a_tag_are_recorded_in_order() -> None:
    result = clean_markup(
        '<div ng-reflect-model="x" _ngcontent-c1>The council met.</div>', keep_captions=True
    )
    assert result.text == "The council met."
    assert [(r.kind, r.text) for r in result.removed][:2] == [
        ("framework_attribute", "_ngcontent-c1"),
        ("framework_attribute", 'ng-reflect-model="x"'),
    ]


# --- classify: menus and the order of what the body cites --------------------------------

_B1 = (
    "The city council approved the new budget on Tuesday after a long debate about taxes, "
    "according to the Finance Office."
)
_B2 = (
    "The mayor said the plan would keep libraries open, "
    "according to the Regional Transport Authority."
)


def test_a_menu_above_the_headline_goes_with_its_heading() -> None:
    text = f"Sections\n• News\n• Sport\n• Weather\n\nBudget approved after long debate\n\n{_B1}\n\n{_B2}"
    article = parse(text, lang="en")
    assert article.headline == "Budget approved after long debate"
    assert article.paragraphs == [_B1, _B2]
    assert [(r.kind, r.text) for r in article.removed] == [
        ("navigation", "Sections"),
        ("navigation", "• News"),
        ("navigation", "• Sport"),
        ("navigation", "• Weather"),
    ]
    assert article.briefs == []


def test_attributions_keep_the_order_of_the_text_across_paragraphs() -> None:
    text = f"Budget approved after long debate\n\n{_B1}\n\nPhoto: Jane Doe/Reuters\n\n{_B2}"
    article = parse(text, lang="en")
    assert [(a.name, a.kind) for a in article.attributions] == [
        ("Finance Office", "source"),
        ("Jane Doe/Reuters", "photo"),
        ("Regional Transport Authority", "source"),
    ]
