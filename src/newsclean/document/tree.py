"""A whole HTML page as a list of text blocks, each with the elements around it.

The page is parsed with lxml (libxml2's HTML parser: it reads any tag soup the
way a browser would, and is linear in the size of the page). Elements that
never show text (scripts, styles, templates, form controls, hidden elements)
go first; then one walk over the tree, in document order, cuts the text into
blocks at every block-level element: a paragraph, a heading, a list item, a
table cell. Each block keeps the chain of block-level elements it sits in,
so that later steps can ask which containers surround it.

Why lxml itself and not BeautifulSoup: on the 482 pages of ../shared/pages
(72.8 MB of HTML), building the soup takes 15.3 s with lxml as its parser and
21.9 s with html.parser, longer than ``trafilatura.extract`` takes for the
whole job (about 16 s); lxml's own tree takes 0.85 s. One ``iterwalk`` over
that tree, which skips the subtrees a reader never sees, is the whole cost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
    value_words,
)

__all__ = ["Element", "PageTree", "TextBlock", "parse_tree"]

_HIDDEN_STYLE = re.compile(
    r"display\s{0,20}:\s{0,20}none|visibility\s{0,20}:\s{0,20}hidden", re.IGNORECASE
)
# A line break (<br>) inside a block, while its text is collected (NUL never
# reaches the walk: the input's control characters are removed first).
_BREAK = "\n\x00"
_FORM_CONTROLS = frozenset(["button", "select", "option", "textarea", "input"])


@dataclass(slots=True)
class Element:
    """A block-level element of the page: its tag, attributes that matter, its parent."""

    tag: str
    parent: int  # index in PageTree.elements, -1 for the root
    depth: int
    tokens: tuple[str, ...]  # class/id words, lower case ("comment", "list")
    role: str  # the ARIA role, lower case ("navigation", "main", "")
    itemprop: str  # schema.org property ("articleBody", "")
    last: int = -1  # index of its last descendant (itself when it has none)
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
    chars: int = field(init=False)

    def __post_init__(self) -> None:
        self.chars = len(self.text)

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
    #: ``<time datetime>`` values, each with the number of blocks before it
    stamps: list[tuple[int, str]] = field(default_factory=list)

    def path(self, block: TextBlock) -> tuple[int, ...]:
        """The elements around ``block``, innermost first."""
        return tuple(self.ancestors(block.element))

    def ancestors(self, i: int) -> Iterator[int]:
        """Element ``i`` and the elements around it, innermost first."""
        elements = self.elements
        while i >= 0:
            yield i
            i = elements[i].parent

    def contains(self, outer: int, inner: int) -> bool:
        """Is element ``inner`` element ``outer`` or inside it? (Elements are numbered
        in document order, so a subtree is a range of numbers.)"""
        return outer <= inner <= self.elements[outer].last

    def nearest(self, marked: Callable[[int], bool]) -> list[int]:
        """For each element, the innermost marked element around it (itself included), or -1.

        One pass from the top: parents are numbered before their children.
        """
        near: list[int] = []
        for i, el in enumerate(self.elements):
            near.append(i if marked(i) else near[el.parent] if el.parent >= 0 else -1)
        return near

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
    import lxml.etree  # only pages need it

    removed: list[Removal] = []
    html = _strip_noscript(html, removed)
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: not a page a browser would show
        return None
    removed.extend(_comments(html))
    # (Comments are dropped by the parser: lxml's iterwalk visits sibling
    # comments in quadratic time, and a comment never separates words.)
    parser = lxml.etree.HTMLParser(
        encoding="utf-8", huge_tree=True, remove_pis=True, remove_comments=True
    )
    try:
        root = lxml.etree.fromstring(data, parser)
    except (ValueError, TypeError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError):
        return None
    if root is None or any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return None
    metadata = read_metadata(root)
    head = root.find("head")
    if head is not None:  # what the head holds besides metadata: scripts and styles
        removed.extend(r for el in head.iter("script", "style") if (r := _dropped(el.tag, el)))
    elements: list[Element] = []
    blocks: list[TextBlock] = []
    body = root.find("body")
    walk = _Walk(elements, blocks, removed)
    walk.run(body if body is not None else root)
    return PageTree(elements, blocks, metadata, removed, walk.stamps)


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


def _comments(html: str) -> list[Removal]:
    """The page's ``<!-- comments -->``, for ``removed`` (one scan; an unclosed one runs to
    the end, as in a browser)."""
    out: list[Removal] = []
    pos = html.find("<!--")
    while pos >= 0:
        end = html.find("-->", pos + 4)
        stop = len(html) if end < 0 else end
        text = html[pos + 4 : stop].strip()
        if text:
            out.append(Removal("comment", text))
        if end < 0:
            break
        pos = html.find("<!--", end + 3)
    return out


def _is_hidden(attrib: Any, hiding: dict[str, bool]) -> bool:
    """Hidden from the reader: the ``hidden`` attribute, an inline style, a hiding class.

    ``hiding`` keeps the verdict on each class value seen on the page (they repeat).
    """
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    cls = attrib.get("class")
    if not cls:
        return False
    found = hiding.get(cls)
    if found is None:
        found = hiding[cls] = any(name.lower() in HIDDEN_CLASSES for name in cls.split())
    return found


def _dropped(tag: str, el: Any) -> Removal | None:
    """What an element a reader never sees held, as a Removal (None if nothing)."""
    if tag in ("script", "style"):
        if (el.get("type") or "").strip().lower() == "application/ld+json":
            return None  # the page's metadata, read already
        text = (el.text or "").strip()
        return Removal(tag, text) if text else None
    text = " ".join("".join(el.itertext()).split())
    if not text:
        return None
    return Removal("form" if tag in _FORM_CONTROLS else "hidden", text)


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
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        link, self.link_chars = self.link_chars, 0
        if _BREAK in raw:
            lines = [" ".join(line.split()) for line in raw.split(_BREAK)]
            lines = [line for line in lines if line]
        else:
            line = " ".join(raw.split())
            lines = [line] if line else []
        if lines:
            text = " ".join(lines)
            self.blocks.append(TextBlock(text, self.element, min(link, len(text)), lines))


class _Walk:
    """One pass in document order: blocks cut at block-level elements, unseen parts dropped."""

    def __init__(self, elements: list[Element], blocks: list[TextBlock], removed: list[Removal]):
        self.elements = elements
        self.builder = _Builder(blocks)
        self.removed = removed
        self.stack: list[int] = []  # the open block-level elements
        self.links = 0  # depth of open <a> elements
        self.stamps: list[tuple[int, str]] = []
        # Per page, by class/id value (values repeat): their words, and whether they hide.
        self.words: dict[str, tuple[str, ...]] = {}
        self.hiding: dict[str, bool] = {}

    def run(self, top: Any) -> None:
        import lxml.etree

        walker = lxml.etree.iterwalk(top, events=("start", "end"))
        builder = self.builder
        skipped: Any = None  # the element whose subtree was skipped: its end comes next
        for event, el in walker:
            if el is skipped:
                skipped = None
                builder.add(el.tail, self.links > 0)
            elif event == "start":
                tag = el.tag if isinstance(el.tag, str) else ""
                if tag in DROP_TAGS or _is_hidden(el.attrib, self.hiding):
                    found = _dropped(tag, el)
                    if found is not None:
                        self.removed.append(found)
                    walker.skip_subtree()
                    skipped = el
                else:
                    self.start(el, tag, el is top)
            else:
                self.end(el, el.tag if isinstance(el.tag, str) else "", el is top)
        builder.flush()
        for i in self.stack:  # (none is left open: a safeguard for the ranges)
            self.elements[i].last = len(self.elements) - 1

    def start(self, el: Any, tag: str, top: bool) -> None:
        builder = self.builder
        if tag in BLOCK_TAGS or "-" in tag or top:
            builder.flush()
            attrib = el.attrib
            self.elements.append(
                Element(
                    tag,
                    self.stack[-1] if self.stack else -1,
                    len(self.stack),
                    self.tokens(attrib.get("class"), attrib.get("id")),
                    (attrib.get("role") or "").strip().lower(),
                    (attrib.get("itemprop") or "").strip(),
                )
            )
            self.stack.append(len(self.elements) - 1)
            builder.element = self.stack[-1]
        elif tag == "a":
            self.links += 1
        elif tag == "br":
            builder.parts.append(_BREAK)
        elif tag == "time" and el.get("datetime"):
            self.stamps.append((len(builder.blocks), el.get("datetime")))
        builder.add(el.text, self.links > 0)

    def tokens(self, cls: str | None, ident: str | None) -> tuple[str, ...]:
        """``element_tokens``, each value's words kept for the rest of the page."""
        out: tuple[str, ...] = ()
        for value in (cls, ident):
            if value:
                words = self.words.get(value)
                if words is None:
                    words = self.words[value] = value_words(value)
                out += words
        return out

    def end(self, el: Any, tag: str, top: bool) -> None:
        builder = self.builder
        if tag in BLOCK_TAGS or "-" in tag or top:
            builder.flush()
            self.elements[self.stack.pop()].last = len(self.elements) - 1
            builder.element = self.stack[-1] if self.stack else -1
        elif tag == "a":
            self.links -= 1
        if not top:
            builder.add(el.tail, self.links > 0)
