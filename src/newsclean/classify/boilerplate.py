"""Boilerplate lines: share bars, cookie notices, "Read more" openings, in every language."""

from __future__ import annotations

import re as stdlib_re  # alternations of literal phrases: the stdlib engine is ~3x faster there
from dataclasses import dataclass
from functools import lru_cache

from ..languages import get_pack
from ..patterns import phrase_trie

__all__ = ["contains_boilerplate", "is_boilerplate"]


# Only from the start of a run of spaces (the lookbehind): tried at every space
# of a long run, `\s+` would scan the rest of the run each time.
_SHARE_SEPARATORS = stdlib_re.compile(r"(?<!\s)\s+[·|•/]\s+")


def _norm(line: str) -> str:
    return line.casefold().strip(" .:!|·–—-")


def is_boilerplate(line: str, words: int) -> bool:
    """A line that is not article text: share bars, cookie notices, "Read more" openings.

    Whole-line phrases and line openings are checked in every language (site
    templates are often English on a German page). Phrases inside a line are
    checked in the text's own language by the line pass (``classify_lines``).
    ``words`` is the line's word count.
    """
    phrases = _boilerplate_phrases()
    if len(line) <= phrases.longest and _norm(line) in phrases.exact:
        return True
    if words <= 60 and ("·" in line or "|" in line or "•" in line or "/" in line):
        pieces = _SHARE_SEPARATORS.split(line)  # "Share · Tweet · Email"
        if len(pieces) > 1 and all(_norm(p) in phrases.exact for p in pieces):
            return True
    if 2 <= words <= _SHARE_BAR_WORDS and _is_run_of_phrases(line.casefold().split(), phrases):
        return True
    return words <= 30 and line.startswith(phrases.prefixes.get(line[:1], ()))


#: Words of a share bar at most ("Partager sur Facebook Partager sur X Envoyer par e-mail").
_SHARE_BAR_WORDS = 12


@dataclass(frozen=True)
class _Phrases:
    """The boilerplate phrases of every language, arranged for the per-line checks."""

    exact: frozenset[str]  # whole-line phrases, casefolded
    longest: int  # no longer line can be one (with a few marks stripped around it)
    prefixes: dict[str, tuple[str, ...]]  # line openings by first character: one group to try
    first_words: frozenset[str]  # the words that open a whole-line phrase
    last_words: frozenset[str]  # ... and that close one
    most_words: int  # words of the longest whole-line phrase


@lru_cache(maxsize=1)
def _boilerplate_phrases() -> _Phrases:
    """The phrases of every language, looked up once (the check runs on most lines)."""
    pack = get_pack(None)
    groups: dict[str, list[str]] = {}
    for prefix in pack.boilerplate_prefix:
        groups.setdefault(prefix[:1], []).append(prefix)
    split = [p.split() for p in pack.boilerplate_exact if p.split()]
    return _Phrases(
        exact=frozenset(pack.boilerplate_exact),
        longest=max((len(p) for p in pack.boilerplate_exact), default=0) + 10,
        prefixes={first: tuple(group) for first, group in groups.items()},
        first_words=frozenset(w[0] for w in split),
        last_words=frozenset(w[-1] for w in split),
        most_words=max((len(w) for w in split), default=0),
    )


def _is_run_of_phrases(words: list[str], phrases: _Phrases) -> bool:
    """Whole-line phrases run together with no separator: a share bar.

    "Partager sur Facebook Partager sur X Envoyer par e-mail" is three of
    them. (Two set lookups settle most lines before any phrase is tried.)
    """
    if words[0] not in phrases.first_words or words[-1] not in phrases.last_words:
        return False
    reached = {0}  # word positions where a run of phrases can end
    for i in range(len(words)):
        if i in reached:
            for j in range(i + 1, min(len(words), i + phrases.most_words) + 1):
                if " ".join(words[i:j]) in phrases.exact:
                    reached.add(j)
    return len(words) in reached


@lru_cache(maxsize=64)
def _contains_re(phrases: tuple[str, ...]) -> stdlib_re.Pattern[str]:
    return stdlib_re.compile(phrase_trie(phrases))


def contains_boilerplate(line: str, phrases: tuple[str, ...]) -> bool:
    return _contains_re(phrases).search(line) is not None
