"""Block classification: what each line of the repaired text is.

Kinds: headline, duplicate_headline, byline, published, caption, credit,
brief_title, brief_item, boilerplate, signoff, the kinds of page chrome
(``chrome.CHROME_KINDS``: navigation, share, comments, ...), and body (which includes
subheadings and lists in the body). Each decision uses the language data,
the line's shape (length, closing punctuation, bullet) and its position
(the top and the bottom of a text are where bylines and boilerplate live).

The passes, in the order :func:`classify` runs them, each in its own module:
``lines`` (per-line labels), ``page`` (page chrome and where the article starts),
``head`` (the headline), ``captions``, ``briefs`` and ``body``.
"""

from __future__ import annotations

from ..blocks import Block
from ..languages import LanguagePack
from .body import collect_body
from .briefs import find_briefs
from .captions import find_caption_lines
from .head import find_headline
from .lines import classify_lines
from .page import find_page_article, no_article, reads_as_text
from .structure import Structure

__all__ = ["Structure", "classify"]


def classify(blocks: list[Block], pack: LanguagePack, chrome_removed: bool = False) -> Structure:
    """Label every block and collect the article's structure.

    ``chrome_removed``: the blocks are an article the page reader already took
    out of its HTML page (``newsclean.document``): the page pass is skipped,
    and a list is a brief only under a brief title.
    """
    st = Structure()
    classify_lines(blocks, pack, st)
    if not chrome_removed:
        find_page_article(blocks, pack, st)  # before the head: menus are not headlines or briefs
    find_headline(blocks, pack, st)
    find_caption_lines(blocks, pack)
    find_briefs(blocks, pack, st, titled_only=chrome_removed)
    if not chrome_removed and not st.briefs and not reads_as_text(blocks):
        no_article(blocks, st)
    collect_body(blocks, pack, st)
    return st
