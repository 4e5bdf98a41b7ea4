"""Whole-page text: the article's run of prose against the menus, footers and teasers around it."""

from __future__ import annotations

from ..blocks import Block
from ..patterns import FIGURE
from .shapes import SENTENCE_END, final_mark, is_running_text
from .structure import Structure

__all__ = ["find_navigation", "find_page_core", "no_article"]


#: Words of a typical teaser or blurb: shorter running text counts against a page's core.
_TEASER_WORDS = 10


#: Short lines above and below the prose that mark the text of a whole page.
_PAGE_CHROME_LINES = 5


#: The first and last stretch of a text (per cent of its lines) where a page has its menus.
_PAGE_END_SHARE = 15


#: Cells of a table of figures at least (a shorter run of short lines may be a menu).
_TABLE_CELLS = 12


#: What a line that is not running text costs a page's core.
_CHROME_PENALTY = 4


def no_article(blocks: list[Block], st: Structure) -> None:
    """Nothing here is article prose (a menu, a list of links): all of it is boilerplate."""
    for b in blocks:
        if b.kind in ("body", "headline"):
            b.kind = "boilerplate"
    st.headline = None
    st.found = [f for f in st.found if f.position >= 0]
    st.removed = [r for r in st.removed if not r.kind.startswith("headline_")]


def find_navigation(blocks: list[Block]) -> None:
    """Runs of three or more one-to-three-word lines (menus, share bars) are navigation.

    Only above the first and below the last paragraph of prose: that is where
    menus live, while a short-line table inside the article is content.
    """
    prose = [b.index for b in blocks if is_running_text(b)]
    first, last = (prose[0], prose[-1]) if prose else (len(blocks), -1)

    def outside(b: Block) -> bool:
        return b.index < first or b.index > last

    def menu_item(b: Block) -> bool:
        short = b.words <= 3 and len(b.text) <= 40
        return (
            outside(b)
            and b.kind == "body"
            and not b.is_bullet
            and short
            and b.text[-1:] not in ".!?:…,、。"
        )

    table: set[int] = set()  # lines of tables of figures: content, wherever they stand
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and menu_item(blocks[j]):
            j += 1
        if _is_table(blocks[i:j]):
            table.update(range(i, j))
        elif j - i >= 3:
            for b in blocks[i:j]:
                b.kind = "boilerplate"
        i = max(j, i + 1)
    for b in blocks:
        if (
            b.kind == "body"
            and outside(b)
            and b.index not in table
            and not any(ch.isalpha() for ch in b.text)
            and b.words <= 3
        ):
            b.kind = "boilerplate"  # "18+", "|", "© 2024"


def _is_table(run: list[Block]) -> bool:
    """Short lines that are the cells of a table of figures (standings, results), not a menu.

    A table whose cells lost their row structure is a long run of short lines,
    many of them figures and some of them words; a menu has few figures.
    """
    if len(run) < _TABLE_CELLS:
        return False
    figures = sum(1 for b in run if FIGURE.fullmatch(b.text))
    words = sum(1 for b in run if any(ch.isalpha() for ch in b.text))
    return 3 * figures >= len(run) and 10 * words >= len(run)


def _looks_like_a_page(blocks: list[Block]) -> bool:
    """Text of a whole web page: runs of short lines (menus, footers) at both ends.

    A table or a list inside an article also has many short lines, but in
    the middle; a page has its chrome at both ends. Either there are short
    lines above the first and below the last long paragraph of prose, or
    menu-like lines (short, no digits) fill at least half of the first and
    of the last stretch of the text (a long icon list or cookie notice at an
    end does not hide the menus next to it).
    """

    def short(b: Block) -> bool:
        return b.words <= 4 and len(b.text) <= 40

    def menu(b: Block) -> bool:
        return short(b) and not any(c.isdigit() for c in b.text)

    zone = len(blocks) * _PAGE_END_SHARE // 100
    need = max(_PAGE_CHROME_LINES, zone / 2)
    if zone and sum(map(menu, blocks[:zone])) >= need and sum(map(menu, blocks[-zone:])) >= need:
        return True
    long_prose = [
        b.index
        for b in blocks
        if b.kind == "body" and b.words >= 30 and final_mark(b.text) in SENTENCE_END
    ]
    if not long_prose:
        return False
    above = sum(1 for b in blocks[: long_prose[0]] if short(b))
    below = sum(1 for b in blocks[long_prose[-1] + 1 :] if short(b))
    return above >= _PAGE_CHROME_LINES and below >= _PAGE_CHROME_LINES


# A run of this many non-prose lines with a boilerplate line among them (a
# share bar, "34 Comments") ends an article on a whole page; the article is
# the first piece of the page core with this many words of prose.
_BREAK_RUN = 8


_ARTICLE_WORDS = 100


# A run this long ends it even without a boilerplate line ("more opinion"
# teasers after a list of tags).
_LONG_BREAK_RUN = 16


def _article_piece(blocks: list[Block], first: int, last: int) -> tuple[int, int]:
    """Cut the core at chrome that ends an article (a share bar, a comments header).

    A run of non-prose lines holding a boilerplate line splits the core into
    pieces; the first piece with enough prose to be an article is the article
    (comments and "more stories" come after it, and can be longer).
    """
    pieces: list[tuple[int, int, int]] = []  # (start, end, words of prose)
    start, run, has_bp, words = first, 0, False, 0
    for i in range(first, last + 1):
        b = blocks[i]
        if b.kind == "body" and is_running_text(b):
            if ((run >= _BREAK_RUN and has_bp) or run >= _LONG_BREAK_RUN) and words:
                pieces.append((start, i - run - 1, words))
                start, words = i, 0
            run, has_bp = 0, False
            words += b.words
        else:
            run += 1
            has_bp = has_bp or b.kind == "boilerplate"
    pieces.append((start, last, words))
    for start, end, words in pieces:
        if words >= _ARTICLE_WORDS:
            return start, end
    return first, last  # no piece is long enough to tell: keep them all


def find_page_core(blocks: list[Block]) -> None:
    """On a whole page, keep the densest run of long prose and drop the chrome around it.

    Each block scores its words minus a teaser's length when it is running
    text (article paragraphs are long, teasers and newsletter blurbs short)
    and a small penalty otherwise; the run with the highest sum is the
    article (the maximum-sum segment, found in one pass). Only text that
    looks like a whole page is trimmed: an article with lists keeps them.
    """
    if not _looks_like_a_page(blocks):
        return
    best, best_span = 0, (0, -1)
    total, start = 0, 0
    for i, b in enumerate(blocks):
        if b.kind != "body":
            score = 0
        elif is_running_text(b):
            score = b.words - _TEASER_WORDS
        else:
            score = -_CHROME_PENALTY
        if total <= 0:
            total, start = 0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    first, last = best_span
    if last < 0:
        return
    first, last = _article_piece(blocks, first, last)
    for b in blocks[:first] + blocks[last + 1 :]:
        if b.kind == "body":
            b.kind = "boilerplate"
