"""The tables the page reader works from: element kinds, chrome words, removal kinds.

Data only (and the one function that cuts class and id values into words).
The chrome words are HTML conventions that recur across sites and content
systems ("nav", "sidebar", "comment-list", "cookie-banner", "share-buttons"),
in the languages in which templates name them; never the names of a site.
"""

from __future__ import annotations

import re

from ..classify.chrome import CHROME_KINDS as TEXT_CHROME_KINDS
from ..markup import BLOCK_TAGS as TEXT_BLOCK_TAGS

__all__ = [
    "BLOCK_TAGS",
    "CELL_TAGS",
    "CHROME_KINDS",
    "CHROME_ROLES",
    "CHROME_STEMS",
    "CHROME_STEM_EXCEPTIONS",
    "CHROME_TAGS",
    "CHROME_WORDS",
    "DROP_TAGS",
    "HEADING_LEVEL",
    "HIDDEN_CLASSES",
    "LIST_ITEM_TAGS",
    "PAGE_ONLY_KINDS",
    "element_tokens",
    "value_words",
]

#: Kinds of chrome that only a parsed page tells apart (the others are the
#: kinds of whole-page text, declared once in ``classify.chrome``).
PAGE_ONLY_KINDS = {
    "page_header": "the page header above the article: logo, site name, top links",
    "form": "forms and their controls: search, login, rating",
    "popup": "pop-ups and overlays: donation, login and newsletter prompts",
    "hidden": "what the page hides: the hidden attribute, display: none, sr-only",
    "caption": "image captions and photo credits",
    "byline": "author lines, author boxes, time stamps and <address> around the article",
    "boilerplate": "other page text outside the article",
}

#: What the page reader takes out, and why: the ``kind`` of each ``Removal``.
CHROME_KINDS = {**TEXT_CHROME_KINDS, **PAGE_ONLY_KINDS}

#: Elements whose content is never text a reader sees.
DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "textarea",
        "input",
        "button",
        "head",
        "title",
        "meta",
        "link",
        "audio",
        "video",
        "map",
    ]
)

#: Elements that start and end a block of text: the text cleaner's (less the
#: framework roots and frames it knows of) and those a tree reader keeps apart.
BLOCK_TAGS = (TEXT_BLOCK_TAGS - {"app-article", "app-root", "frameset"}) | {
    "caption",
    "figcaption",
    "li",
    "td",
    "th",
    "tr",
}

HEADING_LEVEL = {f"h{n}": n for n in range(1, 7)}
LIST_ITEM_TAGS = frozenset(["li", "dd", "dt"])
CELL_TAGS = frozenset(["td", "th"])

#: Semantic elements that hold page chrome (when they do not hold the article).
CHROME_TAGS = {
    "nav": "navigation",
    "aside": "sidebar",
    "footer": "footer",
    "form": "form",
    "header": "page_header",
    "menu": "navigation",
    "figcaption": "caption",
    "address": "byline",
}

#: ARIA landmark roles of chrome.
CHROME_ROLES = {
    "navigation": "navigation",
    "banner": "page_header",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "search": "form",
    "menu": "navigation",
    "menubar": "navigation",
    "dialog": "cookie_notice",
    "alertdialog": "cookie_notice",
}

#: Words of class and id values that name chrome, and the kind they name.
#: Strong words name chrome whatever the element holds; weak words ("ad",
#: "teaser", "widget") also turn up on article containers (``section--ads``,
#: ``article-teaser``), and count only for elements with little prose.
CHROME_WORDS: dict[str, tuple[str, bool]] = {
    word: (kind, strong)
    for strong, table in (
        (
            True,
            {
                "navigation": (
                    "nav navi navbar navigation menu menubar submenu megamenu breadcrumb "
                    "breadcrumbs pagination pager skiplink skiplinks sidenav toc"
                ),
                "page_header": "masthead",
                "cookie_notice": "cookie cookies consent gdpr cmp cookiebar cookiebanner onetrust",
                "share": "share shares sharing sharebar social socials shariff addthis sharedaddy",
                "related": "related recommended recommendations yarpp outbrain taboola",
                "comments": "comment comments commentlist respond replies disqus kommentare",
                "footer": "footer colophon copyright impressum",
                "sidebar": "sidebar sidebars",
                "newsletter": "newsletter subscribe subscription signup optin mailchimp",
                "form": "searchform login searchbox",
                "caption": "caption captions credit credits",
                "byline": "byline bylines author authors autor dateline timestamp",
            },
        ),
        (
            False,
            {
                "navigation": "toolbar topbar",
                "page_header": "branding logo",
                "share": "teilen",
                "related": (
                    "teaser teasers readmore trending popular mostread empfehlungen "
                    "tags category categories keywords topics"
                ),
                "comments": "reply kommentar discussion",
                "footer": "foot",
                "byline": "meta metadata date datum time posted postmeta bio",
                "newsletter": "paywall donate donation donations spenden cta",
                "popup": "modal popup overlay flyout lightbox",
                "boilerplate": "disclaimer disclosure",
                "form": "search rating ratings rate vote voting",
                "sidebar": "widget widgets aside rail",
                "advertisement": (
                    "ad ads adsense advert advertisement advertising banner promo sponsor "
                    "sponsored werbung anzeige commercial"
                ),
            },
        ),
    )
    for kind, words in table.items()
    for word in words.split()
}

#: Beginnings of class and id words that name chrome in compounds
#: ("commentlinks", "sidebarleft", "cookiehint"), and the words they must not match.
CHROME_STEMS = {
    "comment": "comments",
    "cookie": "cookie_notice",
    "consent": "cookie_notice",
    "sidebar": "sidebar",
    "footer": "footer",
    "newsletter": "newsletter",
    "breadcrumb": "navigation",
    "related": "related",
    "sharing": "share",
    "navigation": "navigation",
}
CHROME_STEM_EXCEPTIONS = frozenset(["commentary", "commentaries", "commentator", "commentators"])

#: Whole class values that CSS frameworks use to hide an element from view.
HIDDEN_CLASSES = frozenset(
    [
        "hidden",
        "is-hidden",
        "d-none",
        "hide",
        "visually-hidden",
        "visuallyhidden",
        "sr-only",
        "screen-reader-text",
        "screen-reader-only",
        "u-hidden",
        "element-invisible",
        "invisible",
    ]
)

# Class values that name the article's taxonomy (WordPress and its kin write
# "category-social-media", "tag-cookies" on the article element itself).
_TAXONOMY_PREFIXES = ("category-", "tag-", "post_tag-", "topic-", "section-", "format-")
_WORD_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


def element_tokens(cls: str | None, ident: str | None) -> tuple[str, ...]:
    """The words of an element's class and id values, lower case.

    >>> element_tokens("post__ArticleContent share-bar", "comments")
    ('post', 'article', 'content', 'share', 'bar', 'comments')
    >>> element_tokens("category-social-media entry", None)
    ('entry',)
    """
    if not cls and not ident:
        return ()
    return value_words(cls or "") + value_words(ident or "")


def value_words(value: str) -> tuple[str, ...]:
    """The words of one class or id value (the page walk keeps them by value: they repeat)."""
    words: list[str] = []
    for name in value.split()[:20]:
        if name.lower().startswith(_TAXONOMY_PREFIXES):
            continue
        words.extend(w.lower() for w in _WORD_SPLIT.split(name[:80]) if w)
    return tuple(words)
