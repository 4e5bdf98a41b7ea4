"""The body: what no other label claimed, in order, with the sources it cites."""

from __future__ import annotations

from bisect import bisect_right

import regex as re

from ..article import Attribution, Removal
from ..blocks import Block
from ..extract.attribution import Found, dateline_agencies, find_sources
from ..languages import LanguagePack
from .briefs import unbullet
from .chrome import CHROME_KINDS
from .shapes import BLOCK_SPAN
from .structure import Structure

__all__ = ["collect_body"]


_TRUNCATION = re.compile(r"\s?(?:…|\.\.\.)?\s?\[\+\d{1,7} chars\]$")


_KIND_TO_REMOVAL = {
    "boilerplate": "boilerplate",
    "signoff": "signoff",
    "byline": "byline",
    "published": "published",
    "caption": "caption",
    "credit": "credit",
    "duplicate_headline": "duplicate_headline",
    "alt_text": "caption",
    **{kind: kind for kind in CHROME_KINDS},
}


def collect_body(blocks: list[Block], pack: LanguagePack, st: Structure) -> None:
    first_body = True
    starts: list[int] = []  # offset of each paragraph in the joined body
    bases: list[int] = []  # its evidence position
    offset = 0
    for b in blocks:
        if b.kind in _KIND_TO_REMOVAL:
            st.removed.append(Removal(_KIND_TO_REMOVAL[b.kind], b.text))
            continue
        if b.kind != "body":
            continue
        text = unbullet(b.text, st, numbers=False) if b.is_bullet else b.text
        m = _TRUNCATION.search(text)
        if m:
            st.removed.append(Removal("truncation", m.group().strip()))
            text = text[: m.start()].rstrip()
        if not text:
            continue
        pos = b.index * BLOCK_SPAN
        if first_body:
            agencies = dateline_agencies(text)
            st.found.extend(
                Found(pos + k, Attribution(a, None, "agency", text[:80]))
                for k, a in enumerate(agencies)
            )
            first_body = False
        starts.append(offset)
        bases.append(pos)
        offset += len(text) + 1
        st.paragraphs.append(text)
    # Citing phrases are searched once over the whole body (one line per
    # paragraph; name patterns do not cross lines), then placed by paragraph.
    for f in find_sources("\n".join(st.paragraphs), pack):
        k = bisect_right(starts, f.position) - 1
        st.found.append(Found(bases[k] + f.position - starts[k], f.attribution))
