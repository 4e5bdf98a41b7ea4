"""Phrase lists as trie patterns: the same matches as the longest-first alternation."""

from __future__ import annotations

import re
import time

from hypothesis import given
from hypothesis import strategies as st

from newsclean.patterns import phrase_trie

# Phrases from a small alphabet share prefixes often: the interesting case for a trie.
PHRASES = st.lists(st.text(alphabet="abn é", min_size=1, max_size=6), min_size=1, max_size=12)
TEXTS = st.text(alphabet="abn é.\n", max_size=60)


def alternation(phrases: list[str], space: str | None = None) -> str:
    items = sorted(set(phrases), key=len, reverse=True)
    escaped = (re.escape(p) for p in items)
    if space:
        escaped = (e.replace(re.escape(" "), space) for e in escaped)
    return "|".join(escaped)


@given(PHRASES, TEXTS)
def test_trie_finds_what_the_alternation_finds(phrases: list[str], text: str) -> None:
    trie = re.compile(phrase_trie(phrases))
    plain = re.compile(alternation(phrases))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(PHRASES, TEXTS)
def test_trie_with_flexible_spaces(phrases: list[str], text: str) -> None:
    trie = re.compile(phrase_trie(phrases, space=r"\s+"))
    # Spaces in a phrase are normalised first: one between words, none around.
    normalised = [" ".join(p.split()) for p in phrases if p.split()]
    plain = re.compile(alternation(normalised, space=r"\s+") or "(?!x)x")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_month_names_share_their_prefixes() -> None:
    pattern = phrase_trie(["june", "july", "jan", "january"])
    assert pattern == "j(?:an(?:uary)?|u(?:ly|ne))"
    assert re.findall(rf"\b{pattern}\b", "in january, june and july; not in jane") == [
        "january",
        "june",
        "july",
    ]


def test_lower_merges_spellings_so_the_longer_phrase_still_wins() -> None:
    pattern = re.compile(phrase_trie(["Von", "von der"], lower=True), re.IGNORECASE)
    assert pattern.match("Von der Leyen").group() == "Von der"


def test_empty_list_matches_nothing() -> None:
    assert re.search(phrase_trie([]), "anything at all") is None


def _grows_linearly(pattern: re.Pattern[str], text: str, times: int = 4) -> bool:
    """4x the text takes under 6x the time (linear: 4x), in one of three tries.

    A try can lose its core to another process on a shared machine; a
    quadratic scan fails all three (16x).
    """
    return any(_scan_time(pattern, text * times) < 6 * _scan_time(pattern, text) for _ in range(3))


def _scan_time(pattern: re.Pattern[str], text: str) -> float:
    """Processor time of a whole scan, best of three (wall time counts other processes)."""
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()
        for _ in pattern.finditer(text):
            pass
        best = min(best, time.thread_time() - start)
    return best


def test_trie_scan_is_linear_on_near_misses() -> None:
    # Every position starts a phrase that fails at its last letter.
    pattern = re.compile(phrase_trie(["a" * 30 + "b", "a" * 29 + "c"]))
    assert pattern.search("a" * 200_000) is None
    # ... and it does find the phrases, at the end of the same run and inside it.
    assert pattern.search("a" * 200_000 + "b").span() == (199_970, 200_001)
    assert pattern.search("a" * 100 + "c" + "a" * 100).span() == (71, 101)
    assert _grows_linearly(pattern, "a" * 50_000)  # each position tries at most 30 letters


def test_trie_scan_is_linear_on_many_phrases_sharing_a_prefix() -> None:
    # A language's month names and their abbreviations: many phrases, one first letter.
    phrases = [f"ma{a}{b}" for a in "abcdefgh" for b in "ijklmnop"] + ["m"]
    pattern = re.compile(phrase_trie(phrases, space=r"\s+"))
    text = "maq mar m " * 10_000
    assert _grows_linearly(pattern, text)
    assert len(pattern.findall(text)) == 30_000  # ("mar" is not a phrase: its "m" is)
