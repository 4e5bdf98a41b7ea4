"""Passes over the page's blocks in reading order, once each has a first verdict.

``why[k]`` is None for a block of the article and the kind of chrome it is
otherwise. These passes look at a block's neighbours: a heading whose section
is all chrome is chrome ("Related posts" over a list of links); a short title
line right above a run of links titles the links ("Mehr zum Thema"); a heading
after the article's last paragraph opens no section of the article.
"""

from __future__ import annotations

from .tree import PageTree, TextBlock

__all__ = [
    "drop_empty_sections",
    "drop_link_run_titles",
    "drop_trailing_headings",
    "is_link_line",
]

#: Link share from which a paragraph or heading is a link line.
_LINK_LINE_DENSITY = 0.7
#: Removal kinds that stand beside a section's text, not instead of it.
_BESIDE_TEXT = frozenset(["caption", "advertisement", "byline", "hidden"])
#: Characters of a title line at most ("Weitere Informationen", "Explore further").
_TITLE_CHARS = 60
#: A paragraph of the article: this many characters at least, sentence-closed, few links.
_PARAGRAPH_CHARS = 120
_PARAGRAPH_LINK_DENSITY = 0.3
#: Kinds of removed runs that a title line above them belongs to.
_LINK_KINDS = frozenset(["related", "navigation"])
_CLOSERS = ")]\"'»”’"
_SENTENCE_END = ".!?…。！？"
_LIST_OR_TABLE = frozenset(["li", "dd", "dt", "td", "th"])


def is_link_line(tree: PageTree, block: TextBlock) -> bool:
    """A paragraph or heading that is a link to elsewhere ("Read more: ..."), not a list item."""
    return (
        not tree.is_list_item(block)
        and not tree.is_cell(block)
        and block.link_density >= _LINK_LINE_DENSITY
    )


def _ends_sentence(text: str, marks: str = _SENTENCE_END) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in marks


def drop_empty_sections(tree: PageTree, why: list[str | None], headline: TextBlock | None) -> None:
    """A heading whose section lost all its blocks goes too, as what they were.

    A section runs to the next heading of the same or a higher level; captions,
    adverts and bylines in it do not count (they stand beside its text).
    """
    levels = [tree.heading_level(b) for b in tree.blocks]
    for k in range(len(tree.blocks) - 1, -1, -1):  # inner sections first
        if not levels[k] or why[k] is not None or tree.blocks[k] is headline:
            continue
        end = next(
            (j for j in range(k + 1, len(levels)) if 0 < levels[j] <= levels[k]), len(levels)
        )
        section = [kind for kind in why[k + 1 : end] if kind not in _BESIDE_TEXT]
        if section and all(kind is not None for kind in section):
            why[k] = section[0]


def drop_trailing_headings(
    tree: PageTree, why: list[str | None], headline: TextBlock | None
) -> None:
    """Short headings after the article's last paragraph title what follows the article."""
    last = -1
    for k, block in enumerate(tree.blocks):
        if why[k] is None and _is_paragraph(block):
            last = k
    if last < 0:
        return
    for k in range(last + 1, len(tree.blocks)):
        block = tree.blocks[k]
        if (
            why[k] is None
            and block is not headline
            and tree.heading_level(block)
            and block.chars <= _TITLE_CHARS
            and not _ends_sentence(block.text)
        ):
            why[k] = "boilerplate"


def _is_paragraph(block: TextBlock) -> bool:
    return (
        block.chars >= _PARAGRAPH_CHARS
        and block.link_density < _PARAGRAPH_LINK_DENSITY
        and _ends_sentence(block.text, _SENTENCE_END + ":")
    )


def drop_link_run_titles(tree: PageTree, why: list[str | None], headline: TextBlock | None) -> None:
    """A short title line right above a removed run of links belongs to that run."""
    elements = tree.elements
    in_list_or_table = tree.nearest(lambda i: elements[i].tag in _LIST_OR_TABLE)
    for k in range(len(why) - 1):
        block = tree.blocks[k]
        if (
            why[k] is None
            and why[k + 1] in _LINK_KINDS
            and block is not headline
            and block.chars <= _TITLE_CHARS
            and not _ends_sentence(block.text)
            and in_list_or_table[block.element] < 0
        ):
            why[k] = why[k + 1]
