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

__all__ = ["Selection", "own_kind", "page_header_flags", "select_article"]

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
_LIST_TAGS = frozenset(["ul", "ol", "dl", "menu"])


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


def page_header_flags(tree: PageTree) -> list[bool]:
    """For each element: is it in the page's own header (logo, site name), outside any article?"""
    elements = tree.elements
    header = tree.nearest(lambda i: (own_kind(elements[i]) or ("", False))[0] == "page_header")
    article = tree.nearest(lambda i: elements[i].tag in _ARTICLE_TAGS)
    return [h >= 0 and a < 0 for h, a in zip(header, article, strict=True)]


def _prose(block: TextBlock) -> int:
    if block.chars < _PROSE_CHARS or block.link_density > _PROSE_LINK_DENSITY:
        return 0
    return block.chars - block.link_chars


def select_article(tree: PageTree, headline: TextBlock | None) -> Selection:
    """Split the page's blocks into the article and the chrome around it.

    Every step is one pass over the blocks or the elements (ancestors are
    looked up through per-element tables, never walked per block): linear in
    the size of the page, however deep it nests.
    """
    elements = tree.elements
    prose = _weigh(tree)
    kinds = _chrome_kinds(tree, headline)
    clean = _clean_prose(tree, prose, kinds)
    root = _find_root(elements, clean)
    if _is_gallery(tree, kinds, root, clean):
        kinds = {i: k for i, k in kinds.items() if k[0] != "caption"}
    head_zone = _head_zone(tree, root, headline)
    judge = _Judge(tree, kinds, root)
    why = [
        None if block is headline else judge.verdict(block, k in head_zone)
        for k, block in enumerate(tree.blocks)
    ]
    drop_empty_sections(tree, why, headline)
    drop_trailing_headings(tree, why, headline)
    drop_link_run_titles(tree, why, headline)
    kept = [b for b, kind in zip(tree.blocks, why, strict=True) if kind is None]
    removed = [
        Removal(kind, b.text) for b, kind in zip(tree.blocks, why, strict=True) if kind is not None
    ]
    return Selection(kept, removed, root, headline)


def _weigh(tree: PageTree) -> list[int]:
    """Each block's prose; each element's characters, link characters and prose.

    Added to the block's own element, then summed from the last element to the
    first (children are numbered after their parents).
    """
    elements = tree.elements
    prose = [_prose(b) for b in tree.blocks]
    for weight, block in zip(prose, tree.blocks, strict=True):
        el = elements[block.element]
        el.prose += weight
        el.chars += block.chars
        el.link_chars += block.link_chars
    for el in reversed(elements):
        if el.parent >= 0:
            parent = elements[el.parent]
            parent.prose += el.prose
            parent.chars += el.chars
            parent.link_chars += el.link_chars
    return prose


class _Judge:
    """A block's first verdict, from tables of the innermost chrome and list around each element."""

    def __init__(self, tree: PageTree, kinds: dict[int, tuple[str, bool]], root: int) -> None:
        elements = tree.elements
        self.tree, self.kinds, self.root = tree, kinds, root
        self.any_chrome = tree.nearest(lambda i: i in kinds)
        self.inner_chrome = tree.nearest(
            lambda i: i in kinds and _is_chrome_inside(elements[i], kinds[i][1], kinds[i][0])
        )
        self.lists = tree.nearest(lambda i: elements[i].tag in _LIST_TAGS)

    def verdict(self, block: TextBlock, in_head_zone: bool) -> str | None:
        """None for article, else the kind of chrome the block is."""
        e, root = block.element, self.root
        in_root = self.tree.contains(root, e)
        if in_root or in_head_zone:
            chrome = self.inner_chrome[e]
            # (in the root, only chrome inside it counts: the root's own ancestors hold it)
            kind = self.kinds[chrome][0] if chrome > (root if in_root else -1) else None
        else:
            chrome = self.any_chrome[e]
            kind = self.kinds[chrome][0] if chrome >= 0 else "boilerplate"
        if kind is None and self._in_link_list(e, in_root):
            kind = "navigation"
        if kind is None and is_link_line(self.tree, block):
            kind = "related"
        return kind

    def _in_link_list(self, e: int, in_root: bool) -> bool:
        """In a list (below the root, for a block of the root) whose text is mostly links."""
        found = self.lists[e]
        if found < 0 or (in_root and found <= self.root):
            return False
        el = self.tree.elements[found]
        return bool(el.chars) and el.link_chars >= _LINK_LIST_DENSITY * el.chars


def _head_zone(tree: PageTree, root: int, headline: TextBlock | None) -> range:
    """The blocks between the headline and the article's root: standfirst, byline, date."""
    if headline is None:
        return range(0)
    start = tree.blocks.index(headline)
    end = next((k for k, b in enumerate(tree.blocks) if tree.contains(root, b.element)), start)
    return range(start + 1, end)


def _protected(tree: PageTree, headline: TextBlock | None) -> set[int]:
    """Elements that hold the article's headline or its marked body: never chrome."""
    marked = [
        i
        for i, el in enumerate(tree.elements)
        if el.tag == "main" or el.role == "main" or el.itemprop == "articleBody"
    ]
    if headline is not None:
        marked.append(headline.element)
    protected: set[int] = set()
    for i in marked:
        while i >= 0 and i not in protected:  # (each element once: linear)
            protected.add(i)
            i = tree.elements[i].parent
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
    tree: PageTree, kinds: dict[int, tuple[str, bool]], root: int, clean: list[int]
) -> bool:
    """An article told in its captions (a photo gallery): captions hold most of its prose."""
    captions = sum(
        tree.elements[i].prose
        for i, (kind, _) in kinds.items()
        if kind == "caption" and tree.contains(root, i)
    )
    return captions >= _GALLERY_SHARE * clean[root]


def _clean_prose(tree: PageTree, prose: list[int], kinds: dict[int, tuple[str, bool]]) -> list[int]:
    """Each element's prose outside strong chrome."""
    elements = tree.elements
    strong = tree.nearest(lambda i: i in kinds and kinds[i][1] and kinds[i][0] != "caption")
    clean = [0] * len(elements)
    for weight, block in zip(prose, tree.blocks, strict=True):
        if weight and strong[block.element] < 0:
            clean[block.element] += weight
    for i in range(len(elements) - 1, 0, -1):
        parent = elements[i].parent
        if parent >= 0:
            clean[parent] += clean[i]
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
