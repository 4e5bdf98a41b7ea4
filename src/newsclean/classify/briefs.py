"""Brief blocks: runs of bullet lines, with or without a title, that are not a list in the body.

Each run of bullet lines is judged where it stands (above the headline, at
the top of the article, in the middle, after the last paragraph), by its
lead-in line (a brief title of the language data, a short title-like line, a
sentence ending in a colon) and by the shape of its items (sentences, or
short link-like labels). The rules are a table, :data:`_RULES`, tried in
order; the first that answers decides. See docs/briefs.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..article import Brief, Removal
from ..blocks import Block, strip_bullet
from ..extract.briefs import is_brief_title
from ..extract.headline import looks_like_headline
from ..languages import LanguagePack, get_pack
from .shapes import (
    CLOSERS,
    SENTENCE_END,
    bullets_follow,
    final_mark,
    is_body_paragraph,
    is_running_text,
)
from .structure import Structure

__all__ = ["find_briefs", "titles_bullets", "unbullet"]

#: Words of a menu entry at most ("Politik", "Home", "Local news").
_MENU_WORDS = 3
#: Words of a link to another story at most ("Council tax to rise by 4 percent").
_LINK_WORDS = 10


def titles_bullets(b: Block, blocks: list[Block], pack: LanguagePack) -> bool:
    """A brief title ("Key points", "Коротко про головне") right above bullet lines."""
    return bullets_follow(b, blocks) and _is_listed_title(b.text, pack)


def _is_listed_title(text: str, pack: LanguagePack) -> bool:
    """A brief title of the language data, in the text's language or any other."""
    return is_brief_title(text, pack) or is_brief_title(text, get_pack(None))


def _is_title_line(b: Block) -> bool:
    """A short lead-in line that can title a bullet block ("Highlights", "Kurz über …")."""
    text = b.text.rstrip().removesuffix(":").rstrip()
    return b.words <= 14 and (looks_like_headline(text) or (b.words == 1 and text[:1].isupper()))


@dataclass
class _Run:
    """A run of bullet lines and what stands around it."""

    items: list[Block]
    lead: Block | None  # the unclaimed line right above the run, if any
    above_headline: bool  # the headline comes after the run: site chrome
    body_before: bool  # an article paragraph stands above (the lead not counted)
    body_after: bool  # an article paragraph follows


def _is_sentence(b: Block) -> bool:
    return final_mark(b.text) in SENTENCE_END or b.text.rstrip().endswith((";", ","))


def _all_short(run: _Run, words: int) -> bool:
    """Two or more items, each a label of at most ``words`` words, none of them a sentence.

    (One dash line is no menu: "— Name (@handle) November 18, 2019" signs an
    embedded post.)
    """
    return len(run.items) >= 2 and all(
        b.words <= words + 1 and not _is_sentence(b) for b in run.items
    )


def _lead_ends_in_colon(run: _Run) -> bool:
    return run.lead is not None and run.lead.text.rstrip().endswith(":")


# --- the rules: each answers (verdict, title) or None when it does not apply ------
# Verdicts: "brief", "list" (a list in the body), "dialogue" (an interview kept
# in the body with its dashes), "navigation" (a site menu), "related" (links to
# other stories after the article).
_Verdict = tuple[str, Block | None]


def _dialogue(run: _Run, pack: LanguagePack) -> _Verdict | None:
    listed = run.lead is not None and is_brief_title(run.lead.text, pack)
    return ("dialogue", None) if _is_dialogue(run, pack) and not listed else None


def _listed_title(run: _Run, pack: LanguagePack) -> _Verdict | None:
    """Under a brief title of the language data ("Key points:", "Главное"): a brief."""
    if run.lead is not None and _is_listed_title(run.lead.text, pack):
        return "brief", run.lead
    return None


def _menu(run: _Run, pack: LanguagePack) -> _Verdict | None:
    """Labels above the headline, or one-to-three-word labels above the body: a site menu.

    A short title-like line right above it is the menu's heading ("Sections").
    """
    menu = (run.above_headline and _all_short(run, _LINK_WORDS)) or (
        not run.body_before and _all_short(run, _MENU_WORDS)
    )
    if not menu:
        return None
    return "navigation", run.lead if run.lead is not None and _is_title_line(run.lead) else None


def _colon_lead(run: _Run, pack: LanguagePack) -> _Verdict | None:
    """A line ending in a colon introduces a list in the body ("The recipe needs three steps:").

    (A brief title with a colon, "Key points:", "Das Wichtigste zum Streik:",
    was taken by :func:`_listed_title` before: what a title says is language
    data, while a clause and a title look alike.)
    """
    return ("list", None) if _lead_ends_in_colon(run) else None


def _related_links(run: _Run, pack: LanguagePack) -> _Verdict | None:
    """Link-like labels after the last paragraph ("Most read", "Читайте також"): other stories."""
    if run.body_before and not run.body_after and _all_short(run, _LINK_WORDS):
        return "related", run.lead if run.lead is not None and _is_title_line(run.lead) else None
    return None


def _at_the_top(run: _Run, pack: LanguagePack) -> _Verdict | None:
    """Before the first paragraph: a brief; a short title-like line above it is its title."""
    if run.body_before:
        return None
    title = run.lead if run.lead is not None and _is_title_line(run.lead) else None
    return "brief", title


def _box_at_the_end(run: _Run, pack: LanguagePack) -> _Verdict | None:
    """A title-like line and sentences after the last paragraph: a summary box."""
    if run.lead is not None and _is_title_line(run.lead) and not run.body_after:
        return "brief", run.lead
    return None


_RULES: tuple[Callable[[_Run, LanguagePack], _Verdict | None], ...] = (
    _dialogue,
    _listed_title,
    _menu,
    _colon_lead,
    _related_links,
    _at_the_top,
    _box_at_the_end,
)


# The blocks of an HTML page's article (``newsclean.document``): its menus and
# link lists are gone already, and its lists are content unless a brief title
# of the language data stands over them.
_TITLED_ONLY_RULES: tuple[Callable[[_Run, LanguagePack], _Verdict | None], ...] = (
    _dialogue,
    _listed_title,
)


def _judge(run: _Run, pack: LanguagePack, titled_only: bool = False) -> _Verdict:
    for rule in _TITLED_ONLY_RULES if titled_only else _RULES:
        verdict = rule(run, pack)
        if verdict is not None:
            return verdict
    return "list", None


def _runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) of every run of unclaimed bullet lines."""
    spans = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind == "body" and blocks[i].is_bullet:
            j = i
            while j < len(blocks) and blocks[j].kind == "body" and blocks[j].is_bullet:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _run_at(blocks: list[Block], i: int, j: int, headline_at: int) -> _Run:
    lead = blocks[i - 1] if i > 0 and blocks[i - 1].kind == "body" else None
    return _Run(
        items=blocks[i:j],
        lead=lead,
        above_headline=i < headline_at,
        # A title-like lead is the run's own; a paragraph of prose above it is body.
        body_before=any(
            is_body_paragraph(b) for b in blocks[:i] if b is not lead or is_running_text(b)
        ),
        body_after=any(is_body_paragraph(b) for b in blocks[j:]),
    )


def find_briefs(
    blocks: list[Block], pack: LanguagePack, st: Structure, titled_only: bool = False
) -> None:
    """Judge every run of bullet lines and label it; briefs go into ``st.briefs``.

    ``titled_only``: only a run under a brief title is a brief, every other run
    is a list in the body (the blocks of an HTML page's article).
    """
    headline_at = next((b.index for b in blocks if b.kind == "headline"), -1)
    for i, j in _runs(blocks):
        run = _run_at(blocks, i, j, headline_at)
        verdict, title = _judge(run, pack, titled_only)
        if verdict == "dialogue":
            for b in run.items:
                b.is_bullet = False  # direct speech: body text, its dashes kept
        elif verdict in ("navigation", "related"):
            for b in [title, *run.items] if title else run.items:
                b.kind = verdict
        elif verdict == "brief":
            _take_brief(run, title, st)


def _take_brief(run: _Run, title: Block | None, st: Structure) -> None:
    title_text = None
    if title is not None:
        title.kind = "brief_title"
        title_text = title.text.rstrip()
        if title_text.endswith(":"):  # the colon leads in to the items: not part of the title
            st.removed.append(Removal("punctuation", ":"))
            title_text = title_text[:-1].rstrip()
    for b in run.items:
        b.kind = "brief_item"
    st.briefs.append(Brief(title_text, [unbullet(b.text, st) for b in run.items]))


def _is_dialogue(run: _Run, pack: LanguagePack) -> bool:
    """Lines of an interview ("— Какие блюда вам не нравятся?"), not a list.

    Every line opens with a dash that opens direct speech in the language
    (``dialogue_dashes`` in the data), and one of them, or the paragraph
    before them (the interviewer's question), asks a question.
    """
    dashes = pack.dialogue_dashes
    if not dashes or not all(b.text.startswith(dashes) for b in run.items):
        return False
    asked = run.items if run.lead is None else [run.lead, *run.items]
    return any(b.text.rstrip(CLOSERS).endswith("?") for b in asked)


def unbullet(text: str, st: Structure, numbers: bool = True) -> str:
    """Drop a bullet glyph (and a list number if ``numbers``), and say so in ``removed``."""
    item = strip_bullet(text, numbers)
    if len(item) < len(text.strip()):
        st.removed.append(Removal("bullet", text[: len(text) - len(item)].strip()))
    return item
