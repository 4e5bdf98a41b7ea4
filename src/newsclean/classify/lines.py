"""Per-line labels that need no context: captions, bylines, dates, credits, boilerplate."""

from __future__ import annotations

import re as stdlib_re  # alternations of literal phrases: the stdlib engine is ~3x faster there
from dataclasses import dataclass
from functools import lru_cache

from ..article import Attribution
from ..blocks import Block
from ..extract.attribution import (
    Found,
    agency_credit_line,
    agency_signoff,
    byline,
    photo_credit,
    publisher_cue,
    source_label_line,
)
from ..extract.dates import bare_date_line, parse_published, published_label_rest
from ..languages import LanguagePack, get_pack
from ..markup import ALT_MARK, CAPTION_MARK
from ..patterns import phrase_trie
from .shapes import BLOCK_SPAN
from .structure import Structure

__all__ = ["classify_lines", "is_boilerplate"]


_SIGNOFF = stdlib_re.compile(r"^(?:[a-ząćęłńóśźżа-яёіїєґ]{2,5}/\s?){1,5}$")


_SHARE_SEPARATORS = stdlib_re.compile(r"\s+[·|•/]\s+")


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


def _contains_boilerplate(line: str, phrases: tuple[str, ...]) -> bool:
    return _contains_re(phrases).search(line) is not None


def _mark(block: Block, kind: str) -> None:
    block.kind = kind


def classify_lines(blocks: list[Block], pack: LanguagePack, st: Structure) -> None:
    """Per-line kinds that need no context: captions, bylines, dates, boilerplate."""
    for b in blocks:
        pos = b.index * BLOCK_SPAN
        text = b.text
        if text.startswith(ALT_MARK):
            b.retext(text[1:].strip())
            _mark(b, "alt_text")  # a duplicate headline or an image caption; decided later
            continue
        if text.startswith(CAPTION_MARK):
            text = text[1:].strip()
            b.retext(text)
            _mark(b, "caption")
            credit = photo_credit(text, pack)
            if credit:
                st.found.append(Found(pos + credit[1], Attribution(credit[0], None, "photo", text)))
            continue
        if b.words > 60:
            continue  # a long line is running text: none of the checks below can match
        # One search tells whether any label or phrase of the checks below occurs;
        # most lines of an article have none, and skip them.
        label, phrase = _cue_res(pack)
        has_cue = label.match(text) is not None or phrase.search(text) is not None
        publisher = publisher_cue(text, pack) if has_cue else None
        if publisher:
            _mark(b, "boilerplate")
            st.found.append(Found(pos, Attribution(publisher, None, "publisher", text)))
            continue
        if has_cue and _contains_boilerplate(text, pack.boilerplate_contains):
            _mark(b, "boilerplate")
            continue
        if _SIGNOFF.match(text):
            _mark(b, "signoff")
            continue
        agency = agency_signoff(text) if b.words <= 3 else None
        if agency:
            _mark(b, "credit")
            st.found.append(Found(pos, Attribution(agency, None, "agency", text)))
            continue
        labelled = source_label_line(text, pack) if has_cue else None
        if labelled:
            _mark(b, "credit")
            st.found.append(Found(pos, Attribution(labelled, None, "source", text)))
            continue
        if b.words > 45:
            continue  # too long for a date line, a byline or a credit
        if st.published is None or b.index < 8:
            rest = published_label_rest(text, pack) if has_cue else None
            if rest is None and b.index < 8 and bare_date_line(text, pack):
                rest = text
            if rest is not None:
                value = parse_published(rest, pack)
                if value is not None:
                    _mark(b, "published")
                    if st.published is None:
                        st.published = value
                    continue
        authors = byline(text, pack) if has_cue else None
        if authors:
            _mark(b, "byline")
            st.found.extend(Found(pos + i, a) for i, a in enumerate(authors))
            continue
        credit = photo_credit(text, pack) if has_cue else None
        if credit:
            _mark(b, "caption")
            st.found.append(Found(pos + credit[1], Attribution(credit[0], None, "photo", text)))
            continue
        agency = agency_credit_line(text) if 3 <= b.words <= 6 else None
        if agency:
            _mark(b, "credit")
            st.found.append(Found(pos, Attribution(agency, None, "agency", text)))
            continue
        if is_boilerplate(text, b.words):
            _mark(b, "boilerplate")


@lru_cache(maxsize=64)
def _cue_res(pack: LanguagePack) -> tuple[stdlib_re.Pattern[str], stdlib_re.Pattern[str]]:
    """A label at the start of a line, and a phrase anywhere, that a line check looks for.

    Two patterns, not one: the phrases alone (case-sensitive literals) let the
    engine skip ahead to their first letters.
    """

    def alt(phrases: tuple[str, ...], lower: bool = False) -> str:
        return phrase_trie({p.strip() for p in phrases if p.strip()}, lower=lower)

    start = alt(pack.published_labels + pack.byline_labels + pack.source_labels, lower=True)
    anywhere = alt(
        pack.photo_labels
        + pack.publisher_cues
        + pack.boilerplate_contains
        + ("©",)
        + tuple("/" + s for s in pack.photo_slash_labels)
        + tuple("/ " + s for s in pack.photo_slash_labels)
    )
    return stdlib_re.compile(rf"(?i:{start})"), stdlib_re.compile(anywhere)
