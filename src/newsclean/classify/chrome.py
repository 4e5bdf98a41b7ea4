"""The kinds of page chrome, declared once, and how a dropped line gets its kind.

A line of a whole page that is not the article goes to ``Article.removed``
under one of :data:`CHROME_KINDS`. Its kind is read from the phrases it holds
(the language data's ``[boilerplate.kinds]``, every language at once, since
site templates are often English on a German page); a line without such a
phrase takes the kind of the section it stands in (the lines after a
"Comments" or "Related posts" heading), else that of its place: navigation
above the article, footer below it.
"""

from __future__ import annotations

import re as stdlib_re  # alternations of literal phrases: the stdlib engine is faster there
from functools import lru_cache

from ..blocks import Block
from ..languages import available_languages, get_pack
from ..patterns import phrase_trie

__all__ = ["CHROME_KINDS", "chrome_kind", "chrome_words", "name_chrome", "names_chrome"]


#: Every kind of page chrome, with what it holds (docs/pages.md lists them too).
CHROME_KINDS: dict[str, str] = {
    "navigation": "menus, breadcrumbs, skip links, log-in and search above the article",
    "share": "share buttons and their counters",
    "comments": "comment threads, comment forms and comment policies",
    "related": "teasers of other articles: related, recommended, most read",
    "newsletter": "newsletter and subscription pitches",
    "cookie_notice": "cookie and consent notices",
    "advertisement": "ad labels and sponsored blocks",
    "sidebar": "side columns: archives, categories, tags, the author box",
    "footer": "the site's footer below the article: imprint, privacy, copyright, contact",
}

#: Which kind wins when a line holds phrases of two ("Subscribe to comments").
_PRIORITY = (
    "cookie_notice",
    "newsletter",
    "comments",
    "share",
    "related",
    "advertisement",
    "sidebar",
    "footer",
    "navigation",
)

#: Kinds whose heading opens a section: the lines after it are of its kind.
_SECTIONS = frozenset({"comments", "related", "newsletter", "cookie_notice", "sidebar", "footer"})

#: Words of a section heading at most ("34 responses to “…”" is one).
_HEADING_WORDS = 10


@lru_cache(maxsize=1)
def _kind_patterns() -> tuple[tuple[str, stdlib_re.Pattern[str]], ...]:
    kinds = get_pack(None).boilerplate_kinds
    out = []
    for kind in _PRIORITY:
        phrases = {p.casefold() for p in kinds.get(kind, ()) if p.strip()}
        if phrases:
            out.append((kind, stdlib_re.compile(rf"(?<!\w)(?:{phrase_trie(phrases)})(?!\w)")))
    return tuple(out)


@lru_cache(maxsize=1)
def _any_kind() -> stdlib_re.Pattern[str]:
    phrases = {p.casefold() for ps in get_pack(None).boilerplate_kinds.values() for p in ps}
    return stdlib_re.compile(rf"(?<!\w)(?:{phrase_trie(p for p in phrases if p.strip())})(?!\w)")


def names_chrome(text: str) -> bool:
    """The line holds a phrase of some kind of chrome (one search, for the page check)."""
    return _any_kind().search(text.casefold()) is not None


def chrome_kind(text: str) -> str | None:
    """The kind of chrome a line names by its phrases, or None.

    >>> chrome_kind("Share this:"), chrome_kind("34 responses to “Pier”"), chrome_kind("Salthaven")
    ('share', 'comments', None)
    """
    folded = text.casefold()
    if _any_kind().search(folded) is None:
        return None  # most lines: one search settles it
    for kind, pattern in _kind_patterns():
        if pattern.search(folded):
            return kind
    return None


@lru_cache(maxsize=1)
def chrome_words() -> frozenset[str]:
    """The content words of every chrome phrase ("subscribe", "cookies", "kommentare").

    A line made of them is chrome in any language; function words and short
    words are left out (they occur in any prose).
    """
    pack = get_pack(None)
    common = frozenset().union(*(get_pack(c).function_words for c in available_languages()))
    words: set[str] = set()
    for phrases in pack.boilerplate_kinds.values():
        for phrase in phrases:
            words.update(w.casefold() for w in phrase.split() if len(w) > 3)
    return frozenset(words - common)


def name_chrome(blocks: list[Block], chrome: list[bool], first: int, last: int) -> None:
    """Give each chrome line its kind: by its phrases, its section, else its place.

    ``chrome`` marks the lines that are page chrome; ``first`` and ``last``
    are the article's first and last lines (``last < first`` when there is none).
    """
    section: str | None = None
    for b, is_chrome in zip(blocks, chrome, strict=False):
        if not is_chrome:
            if b.kind == "body":
                section = None  # article text ends a section
            continue
        kind = chrome_kind(b.text)
        if kind in _SECTIONS and b.words <= _HEADING_WORDS:
            section = kind
        if kind is None:
            kind = section
        if kind is None:
            if b.index < first or last < first:
                kind = "navigation"
            elif b.index > last:
                kind = "footer"
            else:
                kind = "boilerplate"  # inside the article: nothing tells what it is
        b.kind = kind
