"""Per-line labels that need no context: captions, bylines, dates, credits, boilerplate."""

from __future__ import annotations

import re as stdlib_re  # alternations of literal phrases: the stdlib engine is ~3x faster there
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
from ..languages import LanguagePack
from ..markup import ALT_MARK, CAPTION_MARK
from ..patterns import phrase_trie
from .boilerplate import contains_boilerplate, is_boilerplate
from .shapes import BLOCK_SPAN
from .structure import Structure

__all__ = ["classify_lines"]


_SIGNOFF = stdlib_re.compile(r"^(?:[a-ząćęłńóśźżа-яёіїєґ]{2,5}/\s?){1,5}$")


def _mark(block: Block, kind: str) -> None:
    block.kind = kind


def classify_lines(blocks: list[Block], pack: LanguagePack, st: Structure) -> None:
    """Per-line kinds that need no context: captions, bylines, dates, boilerplate."""
    for b in blocks:
        if _classify_marked(b, pack, st) or b.words > 60:
            continue  # a long line is running text: none of the checks below can match
        # One search tells whether any label or phrase of the checks below occurs;
        # most lines of an article have none, and skip them.
        label, phrase = _cue_res(pack)
        has_cue = label.match(b.text) is not None or phrase.search(b.text) is not None
        if _classify_credit_line(b, pack, st, has_cue) or b.words > 45:
            continue  # too long for a date line, a byline or a credit
        if _classify_head_line(b, pack, st, has_cue):
            continue
        if is_boilerplate(b.text, b.words):
            _mark(b, "boilerplate")


def _classify_marked(b: Block, pack: LanguagePack, st: Structure) -> bool:
    """Alt texts and captions, marked by the markup step; True when ``b`` was one."""
    text = b.text
    if text.startswith(ALT_MARK):
        b.retext(text[1:].strip())
        _mark(b, "alt_text")  # a duplicate headline or an image caption; decided later
        return True
    if text.startswith(CAPTION_MARK):
        text = text[1:].strip()
        b.retext(text)
        _mark(b, "caption")
        credit = photo_credit(text, pack)
        if credit:
            pos = b.index * BLOCK_SPAN + credit[1]
            st.found.append(Found(pos, Attribution(credit[0], None, "photo", text)))
        return True
    return False


def _classify_credit_line(b: Block, pack: LanguagePack, st: Structure, has_cue: bool) -> bool:
    """Publisher lines, boilerplate phrases, sign-offs, agency and source credits."""
    text, pos = b.text, b.index * BLOCK_SPAN
    publisher = publisher_cue(text, pack) if has_cue else None
    if publisher:
        _mark(b, "boilerplate")
        st.found.append(Found(pos, Attribution(publisher, None, "publisher", text)))
        return True
    if has_cue and contains_boilerplate(text, pack.boilerplate_contains):
        _mark(b, "boilerplate")
        return True
    if _SIGNOFF.match(text):
        _mark(b, "signoff")
        return True
    agency = agency_signoff(text) if b.words <= 3 else None
    if agency:
        _mark(b, "credit")
        st.found.append(Found(pos, Attribution(agency, None, "agency", text)))
        return True
    labelled = source_label_line(text, pack) if has_cue else None
    if labelled:
        _mark(b, "credit")
        st.found.append(Found(pos, Attribution(labelled, None, "source", text)))
        return True
    return False


def _classify_published(b: Block, pack: LanguagePack, st: Structure, has_cue: bool) -> bool:
    """A date line near the top (or the first one anywhere): the published date."""
    if st.published is not None and b.index >= 8:
        return False
    text = b.text
    rest = published_label_rest(text, pack) if has_cue else None
    if rest is None and b.index < 8 and bare_date_line(text, pack):
        rest = text
    if rest is None:
        return False
    value = parse_published(rest, pack)
    if value is None:
        return False
    _mark(b, "published")
    if st.published is None:
        st.published = value
    return True


def _classify_head_line(b: Block, pack: LanguagePack, st: Structure, has_cue: bool) -> bool:
    """Date lines, bylines, photo credits and agency credit lines."""
    if _classify_published(b, pack, st, has_cue):
        return True
    text, pos = b.text, b.index * BLOCK_SPAN
    authors = byline(text, pack) if has_cue else None
    if authors:
        _mark(b, "byline")
        st.found.extend(Found(pos + i, a) for i, a in enumerate(authors))
        return True
    credit = photo_credit(text, pack) if has_cue else None
    if credit:
        _mark(b, "caption")
        st.found.append(Found(pos + credit[1], Attribution(credit[0], None, "photo", text)))
        return True
    agency = agency_credit_line(text) if 3 <= b.words <= 6 else None
    if agency:
        _mark(b, "credit")
        st.found.append(Found(pos, Attribution(agency, None, "agency", text)))
        return True
    return False


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
