"""Brief blocks: runs of bullet lines, with or without a title, that are not a list in the body."""

from __future__ import annotations

from ..article import Brief, Removal
from ..blocks import Block, strip_bullet
from ..extract.briefs import is_brief_title
from ..extract.headline import looks_like_headline
from ..languages import LanguagePack, get_pack
from .shapes import CLOSERS, bullets_follow, is_body_paragraph
from .structure import Structure

__all__ = ["find_briefs", "titles_bullets", "unbullet"]


def titles_bullets(b: Block, blocks: list[Block], pack: LanguagePack) -> bool:
    """A brief title ("Key points", "Коротко про головне") right above bullet lines."""
    return bullets_follow(b, blocks) and (
        is_brief_title(b.text, pack) or is_brief_title(b.text, get_pack(None))
    )


def _is_title_line(b: Block) -> bool:
    """A short lead-in line that can title a bullet block ("Highlights", "Kurz über …")."""
    return b.words <= 14 and (
        looks_like_headline(b.text) or (b.words == 1 and b.text[:1].isupper())
    )


def find_briefs(
    blocks: list[Block], pack: LanguagePack, st: Structure, titled_only: bool = False
) -> None:
    """Runs of bullet lines that are briefs, not lists in the body.

    ``titled_only``: only a run under a brief title ("Key points") is a brief
    (the blocks of an HTML page's article, whose lists are its content).
    """
    i = 0
    while i < len(blocks):
        if not (blocks[i].kind == "body" and blocks[i].is_bullet):
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind == "body" and blocks[j].is_bullet:
            j += 1
        run = blocks[i:j]
        lead = blocks[i - 1] if i > 0 and blocks[i - 1].kind == "body" else None
        if _is_dialogue(run, lead, pack) and not (lead and is_brief_title(lead.text, pack)):
            for b in run:
                b.is_bullet = False  # direct speech: body text, its dashes kept
            i = j
            continue
        body_before = any(is_body_paragraph(b) for b in blocks[:i] if b is not lead)
        body_after = any(is_body_paragraph(b) for b in blocks[j:])
        title: Block | None = None
        if lead is not None and lead.text.rstrip().endswith(":"):
            brief = False  # introduced by the body text: a list in the body
        elif lead is not None and (
            is_brief_title(lead.text, pack) or is_brief_title(lead.text, get_pack(None))
        ):
            brief, title = True, lead
        elif titled_only:
            brief = False
        elif not body_before:
            brief = True
            if lead is not None and _is_title_line(lead):
                title = lead
        elif lead is not None and _is_title_line(lead) and not body_after:
            brief, title = True, lead
        else:
            brief = False
        if brief:
            if title is not None:
                title.kind = "brief_title"
            for b in run:
                b.kind = "brief_item"
            st.briefs.append(
                Brief(title.text if title else None, [unbullet(b.text, st) for b in run])
            )
        i = j


def _is_dialogue(run: list[Block], lead: Block | None, pack: LanguagePack) -> bool:
    """Lines of an interview ("— Какие блюда вам не нравятся?"), not a list.

    Every line opens with a dash that opens direct speech in the language
    (``dialogue_dashes`` in the data), and one of them, or the paragraph
    before them (the interviewer's question), asks a question.
    """
    dashes = pack.dialogue_dashes
    if not dashes or not all(b.text.startswith(dashes) for b in run):
        return False
    asked = run if lead is None else [lead, *run]
    return any(b.text.rstrip(CLOSERS).endswith("?") for b in asked)


def unbullet(text: str, st: Structure, numbers: bool = True) -> str:
    """Drop a bullet glyph (and a list number if ``numbers``), and say so in ``removed``."""
    item = strip_bullet(text, numbers)
    if len(item) < len(text.strip()):
        st.removed.append(Removal("bullet", text[: len(text) - len(item)].strip()))
    return item
