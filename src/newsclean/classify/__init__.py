"""Block classification: what each line of the repaired text is.

Kinds: headline, duplicate_headline, byline, published, caption, credit,
brief_title, brief_item, boilerplate, signoff, and body (which includes
subheadings and lists in the body). Each decision uses the language data,
the line's shape (length, closing punctuation, bullet) and its position
(the top and the bottom of a text are where bylines and boilerplate live).

The passes, in the order :func:`classify` runs them, each in its own module:
``lines`` (per-line labels), ``page`` (navigation and the page's core),
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
from .page import find_navigation, find_page_core, no_article
from .shapes import is_running_text, leads_a_list
from .structure import Structure

__all__ = ["Structure", "classify"]


def classify(blocks: list[Block], pack: LanguagePack) -> Structure:
    """Label every block and collect the article's structure."""
    st = Structure()
    classify_lines(blocks, pack, st)
    find_navigation(blocks)
    find_headline(blocks, pack, st)
    find_page_core(blocks)  # after the headline, which stands above the core
    find_caption_lines(blocks, pack)
    find_briefs(blocks, pack, st)
    if not st.briefs and not any(is_running_text(b) or leads_a_list(b, blocks) for b in blocks):
        no_article(blocks, st)
    collect_body(blocks, pack, st)
    return st
