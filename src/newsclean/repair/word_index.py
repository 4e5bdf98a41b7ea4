"""The word index: what a text says about its own words.

The repairer decides with the text as evidence first: is the joined or the
hyphenated form of a word used elsewhere, is a capitalised word glued after
many others (a block start) or always after the same one (a name)? A
:class:`WordIndex` answers such questions about one text, each index built on
first use and kept, so that many questions stay linear in the text.
"""

from __future__ import annotations

import re as stdlib_re
from collections import Counter
from functools import cached_property

import regex as re

from ..tokens import TOKEN_PUNCT, WORD_AT

__all__ = ["CAMEL_RIGHT", "FAST_WORD", "LEFT_HYPHEN", "WordIndex"]

# Whole-text scans use the stdlib engine (faster); letters are [^\W\d_] there.
FAST_WORD = stdlib_re.compile(r"[^\W\d_]+")
LEFT_HYPHEN = re.compile(r"(?r)([\p{L}\p{M}\d]+)-$")  # (?r): searched from the end
CAMEL_RIGHT = re.compile(r"(?<=\p{L})\p{Lu}\p{Ll}+")

_COUNTED_ALONE = 16  # words counted one by one before the whole text is counted
_HITS_LOOKED_AT = 64  # a word found more often (inside words too) is counted with the rest


class WordIndex:
    """What the text itself says about its words (casefolded), computed on first use."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: dict[str, int] = {}
        self._counts_as_written: dict[str, int] = {}
        # Decisions taken on this text's evidence, by what they were taken on
        # (a line-break hyphen or a glued sentence end seen again decides the same way).
        self.hyphens_decided: dict[tuple[object, ...], str] = {}
        self.sentence_ends_decided: dict[tuple[object, ...], bool] = {}
        self.tokens_never_cut: dict[str, bool] = {}

    @cached_property
    def _folded(self) -> str:
        return self._text.casefold()

    @cached_property
    def words(self) -> Counter[str]:
        return Counter(FAST_WORD.findall(self._folded))

    @cached_property
    def words_as_written(self) -> Counter[str]:
        return Counter(FAST_WORD.findall(self._text))

    def count(self, word: str, as_written: bool = False) -> int:
        """How often ``word`` stands in the text as a whole word.

        The word is casefolded, and so is the text, unless ``as_written``
        ("Apple" as a name, not the "apple" of an apple tree). Most texts ask
        about two or three words: each is counted with a scan of the text; from
        the ``_COUNTED_ALONE``-th word on, or for a word found more than
        ``_HITS_LOOKED_AT`` times inside other words too ("in"), every word is
        counted at once (so that many questions stay linear in the text).
        """
        memo = self._counts_as_written if as_written else self._counts
        found = memo.get(word)
        if found is not None:
            return found
        if len(memo) >= _COUNTED_ALONE:
            found = (self.words_as_written if as_written else self.words)[word]
        elif not word or FAST_WORD.fullmatch(word) is None:
            found = 0  # a word of the count has letters only
        else:
            text = self._text if as_written else self._folded
            found = _whole_word_count(text, word, _HITS_LOOKED_AT)
            if found is None:  # a frequent piece ("in", "de"): count every word at once
                found = (self.words_as_written if as_written else self.words)[word]
        memo[word] = found
        return found

    @cached_property
    def line_breaks(self) -> Counter[tuple[str, str]]:
        """How often each word pair is split by a hyphen at a line break ("geek-\nbench")."""
        pairs: Counter[tuple[str, str]] = Counter()
        text = self._text
        i = text.find("-\n")
        while i >= 0:
            head = LEFT_HYPHEN.search(text, max(0, i - 60), i + 1)
            tail = WORD_AT.match(text, i + 2)
            if head and tail:
                pairs[head.group(1).casefold(), tail.group(1).casefold()] += 1
            i = text.find("-\n", i + 2)
        return pairs

    @cached_property
    def camel_names(self) -> Counter[str]:
        """Each word with an inner capital ("GateHouse", "РудьковАккаунт"): how often it occurs."""
        names: Counter[str] = Counter()
        text = self._text
        for m in CAMEL_RIGHT.finditer(text):
            start = j = m.start()
            while j > start - 30 and j > 0 and text[j - 1].isalpha():
                j -= 1  # back to the start of the left-hand letters (a bounded walk)
            names[text[j : m.end()]] += 1
        return names

    @cached_property
    def glued_after(self) -> Counter[str]:
        """After how many different words each capitalised word is glued.

        A word glued after five different ones is where blocks start ("Андрей
        РудьковАккаунт", "Олеся КупринАккаунт", …; "Tampa, FLJune 14", "Macon,
        GAJune 21"), not the second half of a name.
        """
        lefts: dict[str, set[str]] = {}
        for name in self.camel_names:
            m = CAMEL_RIGHT.search(name)
            if m is not None:
                lefts.setdefault(name[m.start() :], set()).add(name[: m.start()])
        return Counter({right: len(found) for right, found in lefts.items()})

    @cached_property
    def hyphenated(self) -> frozenset[str]:
        # Tokens with an inner hyphen: a split is cheaper than a pattern here.
        return frozenset(
            t.strip(TOKEN_PUNCT).casefold()
            for t in self._text.split()
            if "-" in t and "-" in t[1:-1]  # (the first test spares most tokens a slice)
        )


def _is_letter(char: str) -> bool:
    """A character of a word as ``FAST_WORD`` has it (a letter, not a digit or "_")."""
    return char.isalnum() and not char.isdecimal()


def _whole_word_count(text: str, word: str, limit: int) -> int | None:
    """How often ``word`` occurs in ``text`` not inside a longer run of letters.

    None when it occurs more than ``limit`` times, inside words or not: then a
    count of every word is cheaper than looking at each occurrence.
    """
    found = hits = 0
    i = text.find(word)
    while i >= 0:
        hits += 1
        if hits > limit:
            return None
        end = i + len(word)
        if not (i and _is_letter(text[i - 1])) and not (end < len(text) and _is_letter(text[end])):
            found += 1
        i = text.find(word, end)
    return found
