"""Words and sentences of a paragraph, for the name readers.

A token is a word (letters and digits, with inner hyphens, apostrophes, dots
and ampersands: "Koch-Institut", "Сбой.рф", "PG&E") or one other character.
A French elided article is its own token ("l’Insee" -> "l'", "Insee"), so
that the article and the name can be told apart.
"""

from __future__ import annotations

import re as stdlib_re
from typing import NamedTuple

import regex as re

from .grammar import Grammar

__all__ = ["CLOSING_QUOTES", "OPENING_QUOTES", "Token", "sentences", "tokenize"]

# Linear: a run of letters and digits, then at most eight pieces that each open
# with a separator (not a letter) and a letter. The stdlib engine: about twice
# as fast here; its \w is letters, digits and the underscore.
_TOKEN = stdlib_re.compile(r"[^\W_]+(?:[’'\-.&][^\W_]+){0,8}|\S")
# A sentence ends at . ! ? … (and closing quotes) before a space and a capital,
# a digit or an opening quote; checked for abbreviations and initials after.
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)]{0,3}+(?=\s{1,20}+[\p{Lu}\d\"«„“(])")

OPENING_QUOTES = frozenset('«„“"‚‘')
CLOSING_QUOTES = frozenset('»“”"’‘')


class Token(NamedTuple):
    text: str
    start: int
    end: int
    low: str  # lower-cased, with ’ as '
    is_word: bool  # letters or digits, not punctuation
    is_capital: bool  # opens with a capital letter

    @property
    def is_acronym(self) -> bool:
        """ "BLS", "ЗСУ", "PG&E", "А-95": capitals and no small letter, two characters or more."""
        return len(self.text) >= 2 and self.text.isupper()


def tokenize(text: str, start: int, end: int, grammar: Grammar) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``."""
    out: list[Token] = []
    append = out.append
    elisions = grammar.elisions
    find = text.find
    new = tuple.__new__
    # Lower-cased once per sentence (when that keeps the offsets: not so for "İ").
    low_text = text[start:end].casefold().replace("’", "'")
    same = len(low_text) == end - start
    at = start
    for word in _TOKEN.findall(text, start, end):
        at = find(word, at)  # (tokens come in order, with only spaces between them)
        size = len(word)
        low = (
            low_text[at - start : at - start + size] if same else word.casefold().replace("’", "'")
        )
        cut = _elision(low, elisions) if elisions and "'" in low else 0
        if cut:
            append(_token(word[:cut], at, low[:cut]))
            append(_token(word[cut:], at + cut, low[cut:]))
        else:
            # (tuple.__new__: the NamedTuple's own __new__ is one more Python call per token)
            append(new(Token, (word, at, at + size, low, word[0].isalnum(), word[0].isupper())))
        at += size
    return out


def _token(word: str, at: int, low: str) -> Token:
    return Token(word, at, at + len(word), low, word[0].isalnum(), word[0].isupper())


def _elision(low: str, elisions: tuple[str, ...]) -> int:
    """The length of an elided article that opens ``low`` ("l'insee" -> 2), or 0."""
    for elision in elisions:
        if low.startswith(elision) and len(low) > len(elision) + 1:
            return len(elision)
    return 0


def sentences(line: str, grammar: Grammar) -> list[tuple[int, int]]:
    """Spans of the sentences of one line.

    Not a sentence end: an abbreviation of the language ("Dr.", "z. B."), an
    initial ("Р. А. Шило", "J. Smith"), a German ordinal before a month
    ("am 19. März").
    """
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        before = line[max(start, m.start() - 12) : m.start() + 1].split()
        word = before[-1].casefold() if before else ""
        bare = word.rstrip(".")
        if word in grammar.abbreviations or (len(bare) == 1 and bare.isalpha()):
            continue
        if bare.isdigit() and _next_word(line, m.end()) in grammar.months:
            continue
        spans.append((start, m.start() + 1))
        start = m.end()
    spans.append((start, len(line)))
    return [(a, b) for a, b in spans if b > a]


def _next_word(line: str, pos: int) -> str:
    rest = line[pos : pos + 30].split()
    return rest[0].casefold().strip(".,") if rest else ""
