"""Line-break hyphens: does the hyphen belong to the word, or did the break add it?

A word split at a line end by a hyphen ("Zusammen-\\narbeit", "Nord-\\nKorea")
is joined one of three ways: "keep" the hyphen (it belongs to the word:
Nord-Korea, COVID-19, EU-Staaten), "drop" it (it was added at the break:
Zusammenarbeit), or "space" (a suspended compound: "Nord- und Südeuropa").
The rules below are tried in order; the first that decides wins. Each reads
the text's own words first (:class:`~newsclean.repair.word_index.WordIndex`)
and the language data second.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ..languages import LanguagePack
from ..tokens import TOKEN_PUNCT, WORD_AT
from .word_index import LEFT_HYPHEN, WordIndex

__all__ = ["hyphen_join"]

_NAME_USES = 3  # a capitalised word the text uses this often on its own is a name


@dataclass
class _Break:
    """The two halves of a word at a line-break hyphen, and what decides their join."""

    head: str  # the word before the hyphen
    tail: str  # the word after the break
    after: str  # the two characters after ``tail``
    partner: str  # after a conjunction, the next word ("post-war" in "pre-\nand post-war")
    words: WordIndex
    pack: LanguagePack

    @cached_property
    def joined_count(self) -> int:
        return self.words.count((self.head + self.tail).casefold())

    @cached_property
    def hyphenated(self) -> bool:
        return f"{self.head}-{self.tail}".casefold() in self.words.hyphenated


def _chain_goes_on(b: _Break) -> str | None:
    """ "blink-\\nand-you'll-miss-it": a hyphenated chain goes on after the break."""
    return "keep" if b.after[:1] == "-" and b.after[1:].isalpha() else None


def _suspended_compound(b: _Break) -> str | None:
    """ "Nord- und Südeuropa", "pre- and post-war"; but "underst-\\nand" is a hyphenation.

    The first part of a suspended compound is capitalised (a German noun), a
    prefix of the language, a word the text uses elsewhere ("in- and
    outbound"), or its partner after the conjunction is itself hyphenated
    ("pre- and post-war", "pré- et post-opératoire") while the text never
    writes the two halves as one word.
    """
    if b.tail.casefold() not in b.pack.compound_conjunctions:
        return None
    head = b.head
    suspended = head[0].isupper() or head.casefold() in b.pack.hyphen_prefixes
    if suspended or b.words.count(head.casefold()) > 1:
        return "space"
    if "-" in b.partner[1:-1] and not b.joined_count:
        return "space"
    return "drop"


def _capitalised_syllable(b: _Break) -> str | None:
    """ "Give-\\nWell" where the text writes "GiveWell" elsewhere (and never "Give-Well")."""
    if b.tail[0].isupper() and b.joined_count > 0 and not b.hyphenated:
        return "drop"
    return None


def _capital_or_figure(b: _Break) -> str | None:
    """ "Nord-\\nKorea", "COVID-\\n19", "EU-\\nStaaten", "20-\\nstrong": the hyphen stays."""
    head, tail = b.head, b.tail
    if tail[0].isupper() or tail[0].isdigit() or head.isupper() or head.isdigit():
        return "keep"
    return None


def _text_writes_it(b: _Break) -> str | None:
    """The text writes the word elsewhere, hyphenated or closed: as it does there."""
    if b.hyphenated and not b.joined_count:
        return "keep"
    return "drop" if b.joined_count else None


def _language_keeps_it(b: _Break) -> str | None:
    """A first or second part the language hyphenates ("ex-", "-based", "по-русски")."""
    head, tail = b.head.casefold(), b.tail.casefold()
    if head in b.pack.hyphen_prefixes or tail in b.pack.hyphen_suffixes:
        return "keep"
    endings = b.pack.hyphen_prefix_endings.get(head)
    if endings and tail.endswith(endings):
        return "keep"  # "по-\nрусски", "по-\nновому"
    return None


def _open_compound(b: _Break) -> str | None:
    """In a language of open compounds, two words the text uses on their own."""
    if not b.pack.open_compounds:
        return None
    # far-flung: both halves are words of this text elsewhere too (not only at
    # this break, nor at the same break repeated: "Geek-\nbench" twice) ...
    h, t = b.head.casefold(), b.tail.casefold()
    here = b.words.line_breaks[h, t] or 1
    if b.words.count(h) > here and b.words.count(t) > here:
        return "keep"
    # ... or the first half is a name the text uses on its own ("Apple-\nsanctioned").
    if b.head[0].isupper() and b.words.count(b.head, as_written=True) >= here + _NAME_USES:
        return "keep"
    return None


_RULES: tuple[Callable[[_Break], str | None], ...] = (
    _chain_goes_on,
    _suspended_compound,
    _capitalised_syllable,
    _capital_or_figure,
    _text_writes_it,
    _language_keeps_it,
    _open_compound,
)


def hyphen_join(left: str, right: str, words: WordIndex, pack: LanguagePack) -> str:
    """How to join ``left`` (ending in "-") and ``right`` across a line break.

    "keep": the hyphen belongs to the word (Nord-Korea, COVID-19, EU-Staaten);
    "drop": it was added at the break (Zusammen-arbeit); "space": a suspended
    compound ("Nord- und Südeuropa").
    """
    m_left = LEFT_HYPHEN.search(left[-60:])
    m_right = WORD_AT.match(right)
    if not m_left or not m_right:
        return "space"
    tail = m_right.group(1)
    after = right[m_right.end() : m_right.end() + 2]
    partner = (
        _partner(right, m_right.end()) if tail.casefold() in pack.compound_conjunctions else ""
    )
    # The same break decides the same way throughout a text (the index is the
    # text's): decided once per text ("ab-\nab-\n…" is one decision, not one per line).
    key = (m_left.group(1), tail, after, partner, pack)
    how = words.hyphens_decided.get(key)
    if how is None:
        how = words.hyphens_decided[key] = _decide(_Break(*key[:4], words, pack))
    return how


def _partner(right: str, end: int) -> str:
    """The word after the conjunction that ends at ``end``, without its punctuation."""
    rest = right[end : end + 80].split(None, 2)
    return rest[0].strip(TOKEN_PUNCT) if rest else ""


def _decide(b: _Break) -> str:
    for rule in _RULES:
        how = rule(b)
        if how is not None:
            return how
    return "drop"
