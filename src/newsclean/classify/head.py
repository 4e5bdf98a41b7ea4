"""The article's head: the headline line, its repeats and the alt text beside it."""

from __future__ import annotations

from ..article import Attribution, Removal
from ..blocks import Block
from ..extract.attribution import Found
from ..extract.headline import is_duplicate_headline, looks_like_headline, split_affixes
from ..languages import LanguagePack, shared
from .briefs import titles_bullets
from .shapes import SENTENCE_END, final_mark, is_body_paragraph, is_running_text, next_block
from .structure import Structure

__all__ = ["find_headline"]


#: Words of an image's alt text at most.
_ALT_TEXT_WORDS = 15


def find_headline(blocks: list[Block], pack: LanguagePack, st: Structure) -> None:
    candidates = [b for b in blocks[:12] if b.kind == "body"]
    if not candidates:
        return
    first = candidates[0]
    if first.is_bullet or not looks_like_headline(first.text):
        return
    if first.text.rstrip().endswith(":") or titles_bullets(first, blocks, pack):
        return  # a lead-in or a brief title, not a headline
    # Nothing that is body text may stand before the headline.
    if any(is_body_paragraph(b) for b in blocks[: first.index]):
        return
    if not any(b.kind == "body" for b in blocks[first.index + 1 :]):
        return
    first.kind = "headline"
    headline, suffix, prefix = split_affixes(first.text, pack)
    st.headline = headline
    if prefix:
        st.removed.append(Removal("headline_prefix", prefix))
    if suffix:
        st.removed.append(Removal("headline_suffix", suffix))
        agencies = shared().agencies
        kind = "agency" if suffix in agencies else "publisher"
        name = agencies.get(suffix, suffix)
        st.found.append(Found(-1, Attribution(name, None, kind, first.text)))
    _find_alt_text_after(first, blocks)
    # A reworded repeat (alt text, og:title line) before the body starts.
    for b in blocks[first.index + 1 : first.index + 8]:
        if is_body_paragraph(b) and not is_duplicate_headline(headline, b.text):
            break
        if b.kind in ("body", "alt_text") and is_duplicate_headline(
            headline, split_affixes(b.text, pack)[0]
        ):
            b.kind = "duplicate_headline"


def _find_alt_text_after(headline: Block, blocks: list[Block]) -> None:
    """Short lower-case lines between the headline and the body are image alt text.

    "a flooded street in Harbor City": no capital, no closing punctuation, and
    article prose right after it. (A sentence the scraper broke would end
    with punctuation or go on in the next line.)
    """
    for b in blocks[headline.index + 1 : headline.index + 4]:
        if is_body_paragraph(b) and b.words > _ALT_TEXT_WORDS:
            return  # the body has started
        nxt = next_block(b, blocks)
        if (
            b.kind == "body"
            and not b.is_bullet
            and b.text[:1].islower()
            and b.words <= _ALT_TEXT_WORDS
            and final_mark(b.text) not in SENTENCE_END + ",:;-"
            and nxt is not None
            and is_running_text(nxt)
            and nxt.text[:1].isupper()
        ):
            b.kind = "alt_text"
