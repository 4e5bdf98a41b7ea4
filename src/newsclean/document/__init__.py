"""Whole HTML pages: the article's blocks as text, the chrome around it, the page's metadata.

:func:`read_document` is the page reader's one entry point. It decides
whether the input is a whole page (or a large fragment of one), parses it,
reads its metadata (``metadata.py``), cuts it into blocks with their
containers (``tree.py``), tells the article from the chrome (``chrome.py``)
and writes the article's blocks as text for the text steps: one paragraph per
block, list items and table rows as lines.

A fragment of a few tags (a scraped article with some markup left in it)
is not a page: it goes the text way, through the markup cleaner.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex as re

from ..article import Removal
from ..extract.headline import is_duplicate_headline
from ..markup import (
    MARKS,
    MarkupResult,
    decode_entities,
    normalise_whitespace,
    remove_hiding_chars,
    remove_invisible,
    repair_mojibake,
)
from .chrome import page_header_flags, select_article
from .metadata import PageMetadata, parse_iso_date
from .tokens import CHROME_KINDS
from .tree import PageTree, TextBlock, parse_tree

__all__ = [
    "CHROME_KINDS",
    "Document",
    "PageMetadata",
    "clean_page_text",
    "is_document",
    "read_document",
]

# The marks of a whole page: a doctype, <html>, <head> or <body>.
_PAGE_MARK = re.compile(r"<(?:!doctype\s{1,20}html|html|head|body)(?=[\s>])", re.IGNORECASE)
_START_TAG = re.compile(r"<[A-Za-z][A-Za-z0-9-]{0,30}(?=[\s/>])")
_CONTAINER = re.compile(
    r"<(?:div|section|article|main|nav|header|footer|aside|ul|ol|table|form)(?=[\s>])",
    re.IGNORECASE,
)
#: Start tags a fragment needs at least to be read as part of a page ...
_FRAGMENT_TAGS = 60
#: ... and, among them, block containers.
_FRAGMENT_CONTAINERS = 12
# What may stand before a page's first tag: white space and a byte order mark.
_LEADING = " \t\r\n\f\v\ufeff"
_TITLE_SEPARATOR = re.compile(r"\s[|–—·•»:/-]{1,2}\s|\s::\s")


@dataclass
class Document:
    """A page read as a document: the article's text, the page's metadata, what went."""

    text: str
    metadata: PageMetadata
    headline: str | None  # the page's displayed headline (its <h1>), when found
    removed: list[Removal] = field(default_factory=list)

    def clean(self) -> MarkupResult:
        """The article's text with the cleaning it still needs, and all that went
        (the page's chrome first): what ``clean_markup`` gives for other input."""
        result = clean_page_text(self.text)
        result.removed[:0] = self.removed
        return result


def is_document(text: str) -> bool:
    """Is ``text`` a whole HTML page, or a large fragment of one?

    It starts with a tag. A doctype, ``<html>``, ``<head>`` or ``<body>``
    near its start make it a page; without them, many tags, a dozen of them
    block containers, make it a fragment of a page. Anything less (an
    article with some tags left in it) is text.

    >>> is_document("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> is_document("<p>Storm hits coast</p><p>A storm hit the coast.</p>")
    False
    """
    if text.lstrip(_LEADING)[:1] != "<":
        return False
    if _PAGE_MARK.search(text, 0, 5000):
        return True
    return _at_least(_START_TAG, text, _FRAGMENT_TAGS) and _at_least(
        _CONTAINER, text, _FRAGMENT_CONTAINERS
    )


def _at_least(pattern: re.Pattern[str], text: str, count: int) -> bool:
    """``pattern`` occurs ``count`` times in ``text`` (the scan stops there)."""
    return any(seen >= count for seen, _ in enumerate(pattern.finditer(text), 1))


def read_document(text: str) -> Document | None:
    """The page's article as text, its metadata and what was taken out; None if not a page."""
    if not is_document(text):
        return None
    removed: list[Removal] = []
    for mark in MARKS:  # the markers are the text steps' own: never trust them from the input
        if mark in text:
            removed.append(Removal("invisible_char", mark))
            text = text.replace(mark, "")
    text = remove_hiding_chars(text, removed)
    tree = parse_tree(text)
    if tree is None:
        return None
    removed.extend(tree.removed)
    headline = _find_headline(tree, tree.metadata)
    selection = select_article(tree, headline)
    removed.extend(selection.removed)
    tree.metadata.time_stamp = _article_time(tree, selection.blocks, headline)
    return Document(
        _as_text(tree, selection.blocks, headline),
        tree.metadata,
        headline.text if headline else None,
        removed,
    )


def clean_page_text(text: str) -> MarkupResult:
    """The markup cleaning that the text of a parsed page still needs.

    Tags are gone already, and what looks like a tag in the page's text was
    written there on purpose (``&lt;config&gt;``): only entities the page
    escaped twice, mojibake and invisible characters are left to fix.
    """
    result = MarkupResult("")
    text = decode_entities(text, result.removed)
    text = repair_mojibake(text, result.removed)
    text = remove_invisible(text, result.removed)
    result.text = normalise_whitespace(text)
    return result


def _title_parts(title: str) -> list[str]:
    """A title cut at its separators ("Headline | Section | Site"), longest part first."""
    return sorted(_TITLE_SEPARATOR.split(title), key=len, reverse=True)


def _agrees(heading: str, titles: list[str], site: str | None) -> bool:
    """A heading that says what one of the page's titles says, site names aside.

    The site's name (og:site_name, or a title's shorter parts) is never the
    headline: a logo in an ``<h1>`` repeats it in every title.
    """
    folded = heading.casefold()
    if site and folded == site.casefold():
        return False
    for title in titles:
        parts = _title_parts(title)
        if folded == title.casefold() or folded == parts[0].casefold():
            return True  # (a one-word headline too: "Mandarinenkuchen")
        if len(heading.split()) < 2:
            continue
        if is_duplicate_headline(heading, title) or is_duplicate_headline(heading, parts[0]):
            return True
    return False


def _find_headline(tree: PageTree, meta: PageMetadata) -> TextBlock | None:
    """The page's displayed headline: the heading that agrees with its titles, or its one <h1>."""
    in_header = page_header_flags(tree)
    headings = [(tree.heading_level(b), i) for i, b in enumerate(tree.blocks)]
    headings = [
        (level, i)
        for level, i in headings
        if 1 <= level <= 3 and not in_header[tree.blocks[i].element]
    ]
    titles, site = meta.titles, meta.site_name
    for _level, i in sorted(headings):
        block = tree.blocks[i]
        if titles and _agrees(block.text, titles, site):
            return block
    h1 = [i for level, i in headings if level == 1]
    lone = tree.blocks[h1[0]].text if len(h1) == 1 else ""
    if len(lone.split()) >= 2 and not (site and lone.casefold() == site.casefold()):
        return tree.blocks[h1[0]]
    return None


def _article_time(
    tree: PageTree, kept: list[TextBlock], headline: TextBlock | None
) -> dt.datetime | dt.date | None:
    """The first ``<time datetime>`` from the headline to the article's last block.

    (A page has other stamps: in teasers, comments, a "today" banner.)
    """
    if not kept:
        return None
    position = {id(b): k for k, b in enumerate(tree.blocks)}
    start = position[id(headline)] if headline is not None else position[id(kept[0])]
    end = position[id(kept[-1])]
    for before, value in tree.stamps:
        if start <= before <= end:
            stamp = parse_iso_date(value)
            if stamp is not None:
                return stamp
    return None


def _as_text(tree: PageTree, blocks: list[TextBlock], headline: TextBlock | None) -> str:
    """The kept blocks as text: the headline first, then a paragraph per block.

    The items of one list are lines of one paragraph, and so are the rows of
    one table, each row's cells on one line.
    """
    paragraphs: list[list[str]] = [[headline.text]] if headline is not None else []
    last: tuple[str, int] | None = None  # the list or table the last block belonged to
    row = -1  # the table row of the last block
    for block in blocks:
        if block is headline:
            continue
        el = tree.elements[block.element]
        line = " ".join(block.lines)
        if tree.is_cell(block):
            table = tree.elements[el.parent].parent  # a cell's row's parent
            if last == ("table", table) and el.parent == row:
                paragraphs[-1][-1] += " " + line
            elif last == ("table", table):
                paragraphs[-1].append(line)
            else:
                paragraphs.append([line])
            last, row = ("table", table), el.parent
        elif tree.is_list_item(block):
            if last == ("list", el.parent):
                paragraphs[-1].extend(block.lines)
            else:
                paragraphs.append(list(block.lines))
            last = ("list", el.parent)
        else:
            paragraphs.append(list(block.lines))
            last = None
    return "\n\n".join("\n".join(p) for p in paragraphs)
