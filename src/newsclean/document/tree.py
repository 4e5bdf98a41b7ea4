"""A whole HTML page as a list of text blocks, each with the elements around it.

The page is parsed with lxml (libxml2's HTML parser: it reads any tag soup the
way a browser would, and is linear in the size of the page). Elements that
never show text (scripts, styles, templates, form controls, hidden elements)
go first; then one walk over the tree, in document order, cuts the text into
blocks at every block-level element: a paragraph, a heading, a list item, a
table cell. Each block keeps the chain of block-level elements it sits in,
so that later steps can ask which containers surround it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex as re

from ..article import Removal
from .metadata import PageMetadata, read_metadata
from .tokens import (
    BLOCK_TAGS,
    CELL_TAGS,
    DROP_TAGS,
    HEADING_LEVEL,
    HIDDEN_CLASSES,
    LIST_ITEM_TAGS,
    element_tokens,
)

__all__ = ["Element", "PageTree", "TextBlock", "parse_tree"]

_SPACE = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(slots=True)
class Element:
    """A block-level element of the page: its tag, attributes that matter, its parent."""

    tag: str
    parent: int  # index in PageTree.elements, -1 for the root
    depth: int
    tokens: tuple[str, ...]  # class/id words, lower case ("comment", "list")
    role: str  # the ARIA role, lower case ("navigation", "main", "")
    itemprop: str  # schema.org property ("articleBody", "")
    chars: int = 0  # characters of text in its blocks
    link_chars: int = 0  # ... of them inside links
    prose: int = 0  # characters of its prose blocks outside links


@dataclass(slots=True)
class TextBlock:
    """A run of text between block-level boundaries, with where it stands."""

    text: str
    element: int  # the block-level element it belongs to
    link_chars: int
    lines: list[str] = field(default_factory=list)  # the text cut at <br>

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass
class PageTree:
    """The page's blocks in order and the block-level elements they sit in."""

    elements: list[Element]
    blocks: list[TextBlock]
    metadata: PageMetadata
    removed: list[Removal]

    def path(self, block: TextBlock) -> list[int]:
        """The elements around ``block``, innermost first."""
        out = []
        i = block.element
        while i >= 0:
            out.append(i)
            i = self.elements[i].parent
        return out

    def heading_level(self, block: TextBlock) -> int:
        return HEADING_LEVEL.get(self.elements[block.element].tag, 0)

    def is_list_item(self, block: TextBlock) -> bool:
        return self.elements[block.element].tag in LIST_ITEM_TAGS

    def is_cell(self, block: TextBlock) -> bool:
        return self.elements[block.element].tag in CELL_TAGS


def parse_tree(html: str) -> PageTree | None:
    """The page's blocks, or None when libxml2 could not read the page whole.

    libxml2 stops at a nesting depth of 2048 (and drops what lies deeper):
    such input goes the text way, which loses nothing.
    """
    import lxml.html  # only pages need it

    removed: list[Removal] = []
    html = _strip_noscript(html, removed)
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: not a page a browser would show
        return None
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_blank_text=False, huge_tree=True, remove_pis=True
    )
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (ValueError, TypeError, lxml.etree.ParserError):
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return None
    metadata = read_metadata(root)  # before the head and the scripts go
    _drop_invisible(root, removed)
    elements: list[Element] = []
    blocks: list[TextBlock] = []
    body = root.find("body")
    _walk(body if body is not None else root, elements, blocks)
    return PageTree(elements, blocks, metadata, removed)


def _strip_noscript(html: str, removed: list[Removal]) -> str:
    """Remove ``<noscript>`` elements as a browser with scripts on reads them: as raw
    text up to ``</noscript>`` (libxml2 reads their markup, and an unclosed
    ``<div>`` inside one swallows the rest of the page)."""
    lower = html.lower()
    if "<noscript" not in lower:
        return html
    out: list[str] = []
    pos = 0
    while True:
        start = lower.find("<noscript", pos)
        if start < 0:
            break
        end = lower.find("</noscript", start)
        end = len(html) if end < 0 else lower.find(">", end) + 1 or len(html)
        out.append(html[pos:start])
        removed.append(Removal("script", html[start:end]))
        pos = end
    out.append(html[pos:])
    return "".join(out)


def _drop_invisible(root: Any, removed: list[Removal]) -> None:
    """Remove what a reader never sees, recording its text (the tail text stays)."""
    import lxml.etree

    doomed = []
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            if tag is lxml.etree.Comment and el.text and el.text.strip():
                removed.append(Removal("comment", el.text.strip()))
            doomed.append(el)
        elif tag in DROP_TAGS:
            doomed.append(el)
            if tag in ("script", "style") and el.get("type") != "application/ld+json":
                text = (el.text or "").strip()
                if text:
                    removed.append(Removal("style" if tag == "style" else "script", text))
        elif _is_hidden(el):
            doomed.append(el)
            text = _SPACE.sub(" ", el.text_content()).strip()
            if text:
                removed.append(Removal("hidden", text))
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # (keeps the tail text in the parent)


def _is_hidden(el: Any) -> bool:
    """Hidden from the reader: the ``hidden`` attribute, an inline style, a hiding class."""
    if el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    cls = el.get("class")
    return bool(cls) and any(name.lower() in HIDDEN_CLASSES for name in cls.split())


class _Builder:
    """The block being filled while the walk is inside one block-level element."""

    def __init__(self, blocks: list[TextBlock]) -> None:
        self.blocks = blocks
        self.parts: list[str] = []
        self.link_chars = 0
        self.element = -1

    def add(self, text: str | None, in_link: bool) -> None:
        if text:
            self.parts.append(text)
            if in_link:
                self.link_chars += len(text.strip())

    def flush(self) -> None:
        if self.parts:
            raw = "".join(self.parts)
            lines = [_SPACE.sub(" ", line).strip() for line in raw.split("\n\x00")]
            lines = [line for line in lines if line]
            if lines:
                text = " ".join(lines)
                link = min(self.link_chars, len(text))
                self.blocks.append(TextBlock(text, self.element, link, lines))
        self.parts = []
        self.link_chars = 0


def _walk(top: Any, elements: list[Element], blocks: list[TextBlock]) -> None:
    """One pass in document order: blocks cut at block-level elements."""
    import lxml.etree

    builder = _Builder(blocks)
    stack: list[int] = []  # the open block-level elements
    links = 0  # depth of open <a> elements
    for event, el in lxml.etree.iterwalk(top, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        is_block = tag in BLOCK_TAGS or "-" in tag or el is top
        if event == "start":
            if is_block:
                builder.flush()
                parent = stack[-1] if stack else -1
                elements.append(
                    Element(
                        tag,
                        parent,
                        len(stack),
                        element_tokens(el.get("class"), el.get("id")),
                        (el.get("role") or "").strip().lower(),
                        (el.get("itemprop") or "").strip(),
                    )
                )
                stack.append(len(elements) - 1)
                builder.element = stack[-1]
            elif tag == "a":
                links += 1
            elif tag == "br":
                builder.parts.append("\n\x00")
            builder.add(el.text, links > 0)
            continue
        if is_block:
            builder.flush()
            stack.pop()
            builder.element = stack[-1] if stack else -1
        elif tag == "a":
            links -= 1
        builder.add(el.tail, links > 0)
    builder.flush()
