"""Tokens of running text, as the repairer and the headline split read them.

A token is a run between spaces. These helpers answer what both the
splitting of glued blocks (``repair.glue``) and the splitting of a headline
off its body (``extract.headline_split``) ask about the token a cut would fall
in: its bounds (bounded, so that a huge token costs a constant), whether it is
an address or a name never to cut inside, whether a word ends a sentence or is
an abbreviation, whether a capitalised piece follows a surname prefix.
"""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Iterator
from functools import lru_cache

import regex as re

from .languages import LanguagePack, shared

__all__ = [
    "CLOSERS",
    "OPENING",
    "TOKEN_PUNCT",
    "WORD_AT",
    "after_name_prefix",
    "cuts_in_tokens",
    "ends_in_abbreviation",
    "ends_sentence_word",
    "is_address",
    "protected_token",
    "token_around",
]

CLOSERS = "\"'»”“)]’"
TOKEN_PUNCT = ".,;:!?()[]«»\"'“”„"
OPENING = "«„\"'“‘‚‹¿¡(["  # marks that may open a title before its first letter
WORD_AT = re.compile(r"([\p{L}\p{M}\d]+)")  # for .match(text, pos): no "^"

# An e-mail address is one token; a handle ("@MattBevin!”Trump") is a word like others.
_EMAIL = re.compile(r"[\p{L}\d._%+-]@[\p{L}\d-]+\.\p{L}")
MAX_TOKEN = 80  # longer "words" are URLs, code or junk: never split inside them


def token_around(text: str, pos: int) -> tuple[int, int] | None:
    """Bounds of the whitespace-delimited token at ``pos``; None if it is very long.

    The search is bounded, so scanning a huge token costs O(MAX_TOKEN) per match.
    """
    lo = max(0, pos - MAX_TOKEN)
    start = text.rfind(" ", lo, pos) + 1
    if start == 0 and lo > 0:
        return None
    end = text.find(" ", pos, pos + MAX_TOKEN)
    if end < 0:
        if pos + MAX_TOKEN < len(text):
            return None
        end = len(text)
    return start, end


def cuts_in_tokens(line: str, matches: Iterator[re.Match[str]]) -> Iterator[tuple[int, int, int]]:
    """(cut position, token start, token end) for each match not inside a very long token."""
    for m in matches:
        bounds = token_around(line, m.start())
        if bounds is not None:
            yield m.start(), bounds[0], bounds[1]


def ends_sentence_word(word: str) -> bool:
    """A word that closes a sentence: "Tuesday." yes; "L.A.", "U.S.", "Dr." no."""
    core = word.rstrip(CLOSERS)
    if core in ("…", "...", "-", "–", "—"):
        return False  # a free-standing ellipsis or dash inside a title
    if core.endswith(("!", "?", "…")):
        return True
    return core.endswith(".") and "." not in core[:-1] and len(core) > 3


@lru_cache(maxsize=64)
def _abbreviations(pack: LanguagePack) -> frozenset[str]:
    """The language's abbreviations that end in a full stop, without spaces, lower-cased."""
    bare = (a.replace(" ", "") for a in pack.abbreviations)
    return frozenset(a.lower() for a in bare if a.endswith("."))


def ends_in_abbreviation(text: str, pack: LanguagePack) -> bool:
    """Does ``text`` end in an abbreviation that stands alone or after "(" ("… z.B.", "(Dr.")?"""
    if not text or text[-1].isspace():
        return False
    last = text.rsplit(None, 1)[-1].rpartition("(")[2]  # (a set lookup, not a pattern: faster)
    return last.lower() in _abbreviations(pack)


def after_name_prefix(line: str, start: int, pos: int) -> bool:
    """The capitalised piece right before ``pos`` is a surname prefix ("Mc", "Mac", "Fitz")."""
    j = pos
    while j > max(start, pos - 5) and line[j - 1].islower():
        j -= 1
    return j > start and line[j - 1].isupper() and line[j - 1 : pos] in shared().name_prefixes


def is_address(token: str) -> bool:
    """A URL, an e-mail address, a domain or a file name: one token, never split."""
    core = token.strip(".,;:!?()[]«»\"'“”„")
    if "://" in core or core.lower().startswith("www") or ("@" in core and _EMAIL.search(core)):
        return True
    head, dot, suffix = core.rpartition(".")
    # a domain or file name: "PanARMENIAN.Net", "Report2019.PDF"
    return bool(dot) and head[-1:].isalnum() and suffix.casefold() in shared().dotted_suffixes


def protected_token(token: str) -> bool:
    """An address, or a token with a name of inner capitals ("AirPods") to cut inside."""
    return is_address(token) or _inner_capital_names_re().search(token) is not None


@lru_cache(maxsize=1)
def _inner_capital_names_re() -> stdlib_re.Pattern[str]:
    names = sorted(shared().inner_capital_names, key=len, reverse=True)
    return stdlib_re.compile("|".join(stdlib_re.escape(n) for n in names) or r"(?!x)x")
