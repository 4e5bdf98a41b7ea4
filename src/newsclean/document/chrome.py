"""Article or page chrome: which blocks of a page are the article.

1. Each block-level element gets the chrome kind its tag, ARIA role or
   class/id words name (``tokens.py``), if any.
2. Prose is weighed: a block's characters outside links, when it is long
   enough to be a sentence and not mostly links.
3. The article's root is found by walking down from ``<body>`` into the
   child that holds most of the prose, as long as one child holds most of it,
   counting only prose outside chrome. A chrome element that holds most of the
   page's prose is a wrapper, not chrome (a page-wide ``<form>``, a
   "has-sidebar" layout); so is one that holds the article's headline.
4. Inside the root, blocks in chrome elements go, and so do lists of links;
   outside it, everything goes, with the kind of the chrome around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..article import Removal
from .sections import (
    drop_empty_sections,
    drop_link_run_titles,
    drop_trailing_headings,
    is_link_line,
)
from .tokens import CHROME_ROLES, CHROME_STEM_EXCEPTIONS, CHROME_STEMS, CHROME_TAGS, CHROME_WORDS
from .tree import Element, PageTree, TextBlock

__all__ = ["Selection", "in_page_header", "own_kind", "select_article"]

#: Characters of a block at least to count as prose.
_PROSE_CHARS = 30
#: Share of a block's text in links above which it is not prose.
_PROSE_LINK_DENSITY = 0.5
#: Share of its parent's prose a child must hold for the root to go down into it.
_DESCEND_SHARE = 0.75
#: Share of the page's prose a chrome element must hold to count as a wrapper.
_WRAPPER_SHARE = 0.5
#: Chrome kinds that are never a wrapper of the article, however much prose they hold.
_NEVER_WRAPPERS = frozenset(["comments", "cookie_notice"])
#: Prose (characters) under which weakly named chrome inside the article is chrome.
_WEAK_PROSE = 300
#: Elements that hold an article by the HTML standard's definition.
_ARTICLE_TAGS = frozenset(["article", "main"])
#: Share of the article's prose in captions from which the captions are the article.
_GALLERY_SHARE = 0.5
#: Link share above which a list inside the article is a list of links.
_LINK_LIST_DENSITY = 0.6


@dataclass
class Selection:
    """The blocks that are the article, in page order, and what was taken out."""

    blocks: list[TextBlock]
    removed: list[Removal]
    root: int
    headline: TextBlock | None


def own_kind(el: Element, in_article: bool = False) -> tuple[str, bool] | None:
    """The chrome kind an element names by its tag, role or class/id words, and
    whether the naming is strong (see ``tokens.CHROME_WORDS``).

    A ``<header>`` inside an ``<article>`` or ``<main>`` is the article's own
    head (headline, lead, byline), not the page's: only its words count.
    """
    words = None if el.itemprop == "articleBody" else _words_kind(el.tokens)
    if words is not None and words[1]:
        return words  # "<aside class=related>": the words say more than the tag
    kind = CHROME_ROLES.get(el.role)
    if not (el.tag == "header" and in_article):
        kind = kind or CHROME_TAGS.get(el.tag)
    return (kind, True) if kind else words


@lru_cache(maxsize=8192)
def _words_kind(tokens: tuple[str, ...]) -> tuple[str, bool] | None:
    """The chrome kind class/id words name: the first strong one, else the first weak one."""
    weak = None
    for token in tokens:
        found = CHROME_WORDS.get(token)
        if found is None and len(token) > 6 and token not in CHROME_STEM_EXCEPTIONS:
            found = next(
                ((k, True) for stem, k in CHROME_STEMS.items() if token.startswith(stem)), None
            )
        if found is not None and found[1]:
            return found
        weak = weak or found
    return weak


def in_page_header(tree: PageTree, block: TextBlock) -> bool:
    """Is ``block`` in the page's own header (logo, site name), outside any article?"""
    path = tree.path(block)
    elements = tree.elements
    if any(elements[i].tag in _ARTICLE_TAGS for i in path):
        return False
    return any((own_kind(elements[i]) or ("", False))[0] == "page_header" for i in path)


def _prose(block: TextBlock) -> int:
    if block.chars < _PROSE_CHARS or block.link_density > _PROSE_LINK_DENSITY:
        return 0
    return block.chars - block.link_chars


def select_article(tree: PageTree, headline: TextBlock | None) -> Selection:
    """Split the page's blocks into the article and the chrome around it."""
    elements = tree.elements
    paths = [tree.path(b) for b in tree.blocks]
    prose = _weigh(tree, paths)
    kinds = _chrome_kinds(tree, headline)
    clean = _clean_prose(elements, paths, prose, kinds)
    root = _find_root(elements, clean)
    if _is_gallery(elements, kinds, root, clean):
        kinds = {i: k for i, k in kinds.items() if k[0] != "caption"}
    head_zone = _head_zone(tree, paths, root, headline)
    why = [
        None if block is headline else _verdict(tree, block, path, kinds, root, k in head_zone)
        for k, (path, block) in enumerate(zip(paths, tree.blocks, strict=True))
    ]
    drop_empty_sections(tree, why, headline)
    drop_trailing_headings(tree, why, headline)
    drop_link_run_titles(tree, why, headline)
    kept = [b for b, kind in zip(tree.blocks, why, strict=True) if kind is None]
    removed = [
        Removal(kind, b.text) for b, kind in zip(tree.blocks, why, strict=True) if kind is not None
    ]
    return Selection(kept, removed, root, headline)


def _weigh(tree: PageTree, paths: list[tuple[int, ...]]) -> list[int]:
    """Each block's prose; each element's characters, link characters and prose."""
    elements = tree.elements
    prose = [_prose(b) for b in tree.blocks]
    for path, weight, block in zip(paths, prose, tree.blocks, strict=True):
        for i in path:
            el = elements[i]
            el.prose += weight
            el.chars += block.chars
            el.link_chars += block.link_chars
    return prose


def _verdict(
    tree: PageTree,
    block: TextBlock,
    path: tuple[int, ...],
    kinds: dict[int, tuple[str, bool]],
    root: int,
    in_head_zone: bool,
) -> str | None:
    """A block's first verdict: None for article, else the kind of chrome it is."""
    elements = tree.elements
    if root in path or in_head_zone:
        kind = _chrome_inside(path, kinds, root, elements)
    else:
        kind = _chrome_outside(path, kinds)
    if kind is None and _in_link_list(path, elements, root):
        kind = "navigation"
    if kind is None and is_link_line(tree, block):
        kind = "related"
    return kind


def _head_zone(
    tree: PageTree, paths: list[tuple[int, ...]], root: int, headline: TextBlock | None
) -> range:
    """The blocks between the headline and the article's root: standfirst, byline, date."""
    if headline is None:
        return range(0)
    start = tree.blocks.index(headline)
    end = next((k for k, path in enumerate(paths) if root in path), start)
    return range(start + 1, end)


def _protected(tree: PageTree, headline: TextBlock | None) -> set[int]:
    """Elements that hold the article's headline or its marked body: never chrome."""
    marked = [
        i
        for i, el in enumerate(tree.elements)
        if el.tag == "main" or el.role == "main" or el.itemprop == "articleBody"
    ]
    protected: set[int] = set()
    for i in marked:
        while i >= 0 and i not in protected:
            protected.add(i)
            i = tree.elements[i].parent
    if headline is not None:
        protected.update(tree.path(headline))
    return protected


def _chrome_kinds(tree: PageTree, headline: TextBlock | None) -> dict[int, tuple[str, bool]]:
    """The chrome elements of the page, their kinds and strength (wrappers left out)."""
    elements = tree.elements
    total = elements[0].prose if elements else 0
    protected = _protected(tree, headline)
    kinds: dict[int, tuple[str, bool]] = {}
    in_article = [False] * len(elements)  # (parents come before their children)
    for i, el in enumerate(elements):
        if el.parent < 0:
            continue
        parent = elements[el.parent]
        in_article[i] = in_article[el.parent] or parent.tag in _ARTICLE_TAGS
        if i in protected:
            continue
        found = own_kind(el, in_article[i])
        if found is None:
            continue
        if found[0] not in _NEVER_WRAPPERS and total and el.prose >= _WRAPPER_SHARE * total:
            continue  # holds most of the page's prose: a wrapper
        kinds[i] = found
    return kinds


def _is_gallery(
    elements: list[Element], kinds: dict[int, tuple[str, bool]], root: int, clean: list[int]
) -> bool:
    """An article told in its captions (a photo gallery): captions hold most of its prose."""
    captions = 0
    for i, (kind, _) in kinds.items():
        if kind == "caption" and _inside(elements, i, root):
            captions += elements[i].prose
    return captions >= _GALLERY_SHARE * clean[root]


def _inside(elements: list[Element], i: int, ancestor: int) -> bool:
    while i >= 0:
        if i == ancestor:
            return True
        i = elements[i].parent
    return False


def _clean_prose(
    elements: list[Element],
    paths: list[tuple[int, ...]],
    prose: list[int],
    kinds: dict[int, tuple[str, bool]],
) -> list[int]:
    """Each element's prose outside strong chrome."""
    strong = {i for i, (kind, is_strong) in kinds.items() if is_strong and kind != "caption"}
    clean = [0] * len(elements)
    for path, weight in zip(paths, prose, strict=True):
        if not weight or any(i in strong for i in path):
            continue
        for i in path:
            clean[i] += weight
    return clean


def _find_root(elements: list[Element], clean: list[int]) -> int:
    """Go down from the top while one child holds most of its parent's prose."""
    children: dict[int, list[int]] = {}
    for i, el in enumerate(elements):
        if el.parent >= 0 and clean[i]:
            children.setdefault(el.parent, []).append(i)
    node = 0
    while True:
        best = max(children.get(node, ()), key=lambda c: clean[c], default=None)
        if best is None or clean[best] < _DESCEND_SHARE * clean[node]:
            return node
        node = best


def _is_chrome_inside(el: Element, strong: bool, kind: str) -> bool:
    """Chrome inside the article: strong chrome, or weak chrome with little prose of its own.

    A weakly named "related" box without a link is the article's own teaser
    (its lead): related stories are links to them.
    """
    if strong:
        return True
    if kind == "related" and not el.link_chars:
        return False
    return el.prose < _WEAK_PROSE or el.link_chars > _PROSE_LINK_DENSITY * el.chars


def _chrome_outside(path: tuple[int, ...], kinds: dict[int, tuple[str, bool]]) -> str:
    """Why a block outside the article goes: the chrome around it, or none in particular."""
    return next((kinds[i][0] for i in path if i in kinds), "boilerplate")


def _chrome_inside(
    path: tuple[int, ...], kinds: dict[int, tuple[str, bool]], area: int, elements: list[Element]
) -> str | None:
    """The chrome a block of the article stands in (None when it is article)."""
    for i in path:
        if i == area:
            break
        if i in kinds and _is_chrome_inside(elements[i], kinds[i][1], kinds[i][0]):
            return kinds[i][0]
    return None


def _in_link_list(path: tuple[int, ...], elements: list[Element], root: int) -> bool:
    """A block inside a list (or a list-like container) whose text is mostly links."""
    for i in path:
        if i == root:
            return False
        el = elements[i]
        if el.tag in ("ul", "ol", "dl", "menu") and el.chars:
            return el.link_chars >= _LINK_LIST_DENSITY * el.chars
    return False
