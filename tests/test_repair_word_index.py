"""The word index (repair/word_index.py): what a text says about its own words."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from newsclean.repair.word_index import FAST_WORD, WordIndex


@given(st.text(alphabet="AaBb éÉ1_-\n", max_size=80), st.text(alphabet="aAbé1_", max_size=4))
def test_word_count_matches_the_whole_text_count(text: str, word: str) -> None:
    # The repairer counts a few words one by one; it must agree with counting them all.
    evidence = WordIndex(text)
    folded = word.casefold()
    assert evidence.count(folded) == Counter(FAST_WORD.findall(text.casefold()))[folded]


@given(st.text(alphabet="AaBb éÉ1_-\n", max_size=80), st.text(alphabet="aAbé1_", max_size=4))
def test_word_count_as_written_matches_the_whole_text_count(text: str, word: str) -> None:
    evidence = WordIndex(text)
    assert evidence.count(word, as_written=True) == Counter(FAST_WORD.findall(text))[word]


def test_many_words_asked_about_are_counted_at_once() -> None:
    words = [f"w{chr(97 + i)}x" for i in range(20)]  # more than are counted one by one
    evidence = WordIndex(" ".join(words * 3))
    assert [evidence.count(w) for w in words] == [3] * 20
    assert "words" in evidence.__dict__  # the whole text was counted once
