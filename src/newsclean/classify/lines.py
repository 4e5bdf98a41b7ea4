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
        if has_cue and contains_boilerplate(text, pack.boilerplate_contains):
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
