"""Whole-page text: the article against the menus, share bars, comments and footers around it.

On the text of a whole page (``get_text("\\n")`` of ``<body>``) the page model
(:mod:`.page_model`) tells, line by line, how likely a line is to be article
text; the lines below its threshold are page chrome, each named by
:func:`.chrome.name_chrome`. A text that shows no sign of a page around it
(no runs of menu lines, few chrome phrases) keeps all its prose: only menus
at its ends go. The first article line is ``Structure.article_start``; the
title-like line right above it is left for the head reader.
"""

from __future__ import annotations

from ..blocks import Block
from ..extract.headline import looks_like_headline
from ..languages import LanguagePack
from ..patterns import FIGURE
from .chrome import chrome_kind, name_chrome, names_chrome
from .page_model import article_probabilities, load_model
from .shapes import SENTENCE_END, final_mark, is_running_text, leads_a_list
from .structure import Structure

__all__ = ["find_page_article", "looks_like_a_page", "no_article", "reads_as_text"]


#: Lines a whole page has at least.
_PAGE_LINES = 15

#: Lines of chrome (menu items in runs, chrome phrases) that mark a whole page.
_PAGE_CHROME_LINES = 5

#: Share of a text's lines that are chrome on a whole page, at least.
_PAGE_CHROME_SHARE = 0.1

#: Words of a menu item ("Home", "Terms of use") at most.
_MENU_WORDS = 3

#: A menu: this many short lines in a row at least.
_MENU_RUN = 3

#: Cells of a table of figures at least (a shorter run of short lines may be a menu).
_TABLE_CELLS = 12

#: Words of a title at least (a credit, "Getty Images", is shorter).
_TITLE_WORDS = 3

#: Lines above the article's first paragraph where its title may stand.
_TITLE_REACH = 4

#: Words of a section heading ("14 comments", "We use cookies") at most.
_HEADING_WORDS = 10

#: Words of article kept above a comment thread at least (a comment count in
#: the byline, "3 Kommentare", stands above them).
_ARTICLE_ABOVE_THREAD = 25

#: Lines after a comment heading where the thread's short comment lines are looked for.
_THREAD_REACH = 60

#: Short comment lines ("Reply", "Antworten", "Anna says:") that make a thread.
_THREAD_LINES = 2

#: Probability of a paragraph next to article text that makes it article.
_WEAK = 0.25

#: Lines of a list inside the article at most (a longer run of short lines is a page's).
_LIST_LINES = 40


def _menu_item(b: Block) -> bool:
    """A short line without a closing mark: a link of a menu, a share bar, a tag list."""
    return (
        b.kind == "body"
        and b.words <= _MENU_WORDS
        and len(b.text) <= 40
        and b.text[-1:] not in ".!?:…,、。"
    )


def _is_table(run: list[Block]) -> bool:
    """Short lines that are the cells of a table of figures (standings, results), not a menu.

    A table whose cells lost their row structure is a long run of short lines,
    many of them figures and some of them words; a menu has few figures.
    """
    if len(run) < _TABLE_CELLS:
        return False
    figures = sum(1 for b in run if FIGURE.fullmatch(b.text))
    words = sum(1 for b in run if any(ch.isalpha() for ch in b.text))
    return 3 * figures >= len(run) and 10 * words >= len(run)


def _short_runs(blocks: list[Block]) -> list[tuple[int, int, bool, bool]]:
    """Runs of menu-like lines, as (first, end, is_menu, has_figures) with the end excluded.

    A run introduced by a line ending in a colon ("You need:") is a list in
    the text, and a run of figures is a table: neither is a menu. A run with
    figures in more than a third of its lines may be a menu (archive months,
    counts) or the rows of a table.
    """
    runs = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _menu_item(blocks[j]):
            j += 1
        if j - i >= _MENU_RUN:
            run = blocks[i:j]
            listed = i > 0 and blocks[i - 1].text.rstrip().endswith(":")
            figures = 3 * sum(1 for b in run if any(c.isdigit() for c in b.text)) > len(run)
            runs.append((i, j, not listed and not _is_table(run), figures))
        i = max(j, i + 1)
    return runs


def looks_like_a_page(blocks: list[Block]) -> bool:
    """Text of a whole web page: enough lines, a menu, chrome phrases, and enough of both.

    An article with a list or a table also has runs of short lines, but they
    are introduced by a colon or hold figures, and few chrome phrases stand
    around them; a page has its menus, share bars and footer links.
    """
    if len(blocks) < _PAGE_LINES:
        return False
    runs = _short_runs(blocks)
    in_menus = sum(end - start for start, end, menu, figures in runs if menu and not figures)
    phrases = sum(
        1
        for b in blocks
        if b.kind == "boilerplate" or (b.words <= _MENU_WORDS and names_chrome(b.text))
    )
    chrome = in_menus + phrases
    return (
        in_menus >= _MENU_RUN
        and phrases > 0
        and chrome >= _PAGE_CHROME_LINES
        and chrome >= _PAGE_CHROME_SHARE * len(blocks)
    )


def _end_menus(blocks: list[Block]) -> list[bool]:
    """On a text that is not a whole page: the menus above its first and below its last prose.

    (A short item that has no prose line at all keeps its lines.)
    """
    chrome = [False] * len(blocks)
    prose = [b.index for b in blocks if is_running_text(b)]
    if not prose:
        return chrome
    first, last = prose[0], prose[-1]
    kept: set[int] = set()  # the lines of lists and tables
    for start, end, menu, _ in _short_runs(blocks):
        if not menu:
            kept.update(range(start, end))
        elif not (first <= start and end - 1 <= last):  # inside the text: a list
            chrome[start:end] = [True] * (end - start)
    for b in blocks:
        outside = b.index < first or b.index > last
        if outside and b.kind == "body" and b.words <= 3 and b.index not in kept:
            chrome[b.index] = chrome[b.index] or not any(ch.isalpha() for ch in b.text)
    return chrome


def _title_above(blocks: list[Block], first: int, keep: list[bool]) -> int | None:
    """The title-like line right above the article's first line, if there is one."""
    for i in range(first - 1, max(-1, first - 1 - _TITLE_REACH), -1):
        b = blocks[i]
        if b.kind not in ("body",):
            continue  # a byline, a date line, a caption between title and text
        if b.words >= _TITLE_WORDS and looks_like_headline(b.text):
            return i
        if keep[i]:
            return None
    return None


def _keeps_list(blocks: list[Block], keep: list[bool], start: int, end: int) -> bool:
    """Lines ``start`` to ``end`` (excluded), dropped, are a list of the article.

    A line ending in a colon leads in ("Ingredients:", "Zutaten für ein
    Blech:"): the article's line above the run, or the run's first line right
    below article text. Article goes on below the run, and none of its lines
    names chrome or is a sentence.
    """
    if start == 0 or end >= len(blocks) or end - start > _LIST_LINES or not keep[end]:
        return False
    lead = start - 1 if final_mark(blocks[start - 1].text) == ":" else start
    if final_mark(blocks[lead].text) != ":" or not keep[start - 1]:
        return False
    return all(
        b.kind == "body" and not is_running_text(b) and not names_chrome(b.text)
        for b in blocks[lead + 1 : end]
    )


def _lists_in_article(blocks: list[Block], keep: list[bool]) -> None:
    """Keep the lists inside the article: short lines a colon leads in, article below."""
    i = 0
    while i < len(blocks):
        if keep[i]:
            i += 1
            continue
        end = i
        while end < len(blocks) and not keep[end]:
            end += 1
        if _keeps_list(blocks, keep, i, end):
            keep[i:end] = [True] * (end - i)
        i = end


def _next_to_article(blocks: list[Block], probs: list[float], keep: list[bool]) -> None:
    """Keep the paragraphs right next to the article that the model found likely enough.

    A paragraph the model doubted (its probability at least :data:`_WEAK`)
    is article when it stands next to article text: hysteresis, as an edge
    is followed in an image. Each one kept extends the article by one line.
    """
    n = len(blocks)
    todo = [i for i in range(n) if keep[i]]
    while todo:
        i = todo.pop()
        for j in (i - 1, i + 1):
            if 0 <= j < n and not keep[j] and probs[j] >= _WEAK and is_running_text(blocks[j]):
                keep[j] = True
                todo.append(j)


def _is_thread_heading(blocks: list[Block], i: int) -> bool:
    """A comment heading ("14 comments") with a thread below it: short comment lines."""
    b = blocks[i]
    if b.words > _HEADING_WORDS or chrome_kind(b.text) != "comments":
        return False
    below = blocks[i + 1 : i + 1 + _THREAD_REACH]
    short = sum(1 for c in below if c.words <= _MENU_WORDS and chrome_kind(c.text) == "comments")
    return short >= _THREAD_LINES


def _cookie_section(blocks: list[Block], i: int) -> int:
    """The end (excluded) of a cookie notice opened by a heading at ``i``, or ``i``.

    The notice goes on over lines that name cookies or consent, and the short
    lines of its buttons.
    """
    b = blocks[i]
    if b.words > _HEADING_WORDS or chrome_kind(b.text) != "cookie_notice":
        return i
    end = i + 1
    while end < len(blocks) and (
        blocks[end].words <= _MENU_WORDS or chrome_kind(blocks[end].text) == "cookie_notice"
    ):
        end += 1
    return end


def _chrome_sections(blocks: list[Block], keep: list[bool]) -> None:
    """Drop what stands in a cookie notice, and the comment thread below the article.

    Both can be longer than the article, and read like prose. A thread ends
    the article: what comes after it is the page's.
    """
    words = 0
    i = 0
    while i < len(blocks):
        b = blocks[i]
        end = _cookie_section(blocks, i)
        if end > i + 1:
            keep[i:end] = [False] * (end - i)
            i = end
            continue
        if words >= _ARTICLE_ABOVE_THREAD and _is_thread_heading(blocks, i):
            keep[i:] = [False] * (len(blocks) - i)
            return
        if keep[i] and is_running_text(b):
            words += b.words
        i += 1


def find_page_article(blocks: list[Block], pack: LanguagePack, st: Structure) -> None:
    """Label the page chrome around the article, and note where the article starts."""
    if not blocks:
        return
    if looks_like_a_page(blocks):
        model = load_model()
        probs = article_probabilities(blocks, pack, model)
        keep = [p >= model.threshold for p in probs]
        _next_to_article(blocks, probs, keep)
        _chrome_sections(blocks, keep)
        _lists_in_article(blocks, keep)
    else:
        keep = [not c for c in _end_menus(blocks)]
    article = [b.index for b in blocks if keep[b.index] and b.kind == "body"]
    first, last = (article[0], article[-1]) if article else (len(blocks), -1)
    if article:
        title = _title_above(blocks, first, keep)
        if title is not None:
            keep[title] = True  # the head reader decides what it is
        st.article_start = first
    chrome = [(not keep[b.index] and b.kind == "body") or b.kind == "boilerplate" for b in blocks]
    name_chrome(blocks, chrome, first, last)


def reads_as_text(blocks: list[Block]) -> bool:
    """Some line is article text: prose, a sentence, a list's lead-in, or the one line there is.

    A page of links only (menus, teaser titles, share buttons) has none.
    """
    body = [b for b in blocks if b.kind in ("body", "headline")]
    if len(blocks) == 1 and body:
        return True
    return any(
        is_running_text(b)
        or leads_a_list(b, blocks)
        or (b.words >= 3 and not b.is_bullet and final_mark(b.text) in SENTENCE_END)
        for b in body
    )


def no_article(blocks: list[Block], st: Structure) -> None:
    """Nothing here is article text (a menu, a list of links): all of it is chrome."""
    chrome = [b.kind in ("body", "headline", "boilerplate") for b in blocks]
    name_chrome(blocks, chrome, len(blocks), -1)
    st.headline = None
    st.article_start = None
    st.found = [f for f in st.found if f.position >= 0]
    st.removed = [r for r in st.removed if not r.kind.startswith("headline_")]
