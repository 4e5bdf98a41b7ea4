"""Block classification: what each line of the repaired text is.

Kinds: headline, duplicate_headline, byline, published, caption, credit,
brief_title, brief_item, boilerplate, signoff, and body (which includes
subheadings and lists in the body). Each decision uses the language data,
the line's shape (length, closing punctuation, bullet) and its position
(the top and the bottom of a text are where bylines and boilerplate live).
"""

from __future__ import annotations

import datetime as dt
import re as stdlib_re  # alternations of literal phrases: the stdlib engine is ~3x faster there
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import regex as re

from .article import Attribution, Brief, Removal
from .blocks import Block, strip_bullet
from .extract.attribution import (
    Found,
    agency_credit_line,
    agency_signoff,
    byline,
    dateline_agencies,
    find_sources,
    photo_credit,
    publisher_cue,
    source_label_line,
)
from .extract.briefs import is_brief_title
from .extract.dates import bare_date_line, parse_published, published_label_rest
from .extract.headline import is_duplicate_headline, looks_like_headline, split_affixes
from .languages import LanguagePack, get_pack, shared
from .markup import ALT_MARK, CAPTION_MARK
from .patterns import FIGURE, phrase_trie

__all__ = ["Structure", "classify"]

_CLOSERS = "\"'»”“)]’"
_SIGNOFF = stdlib_re.compile(r"^(?:[a-ząćęłńóśźżа-яёіїєґ]{2,5}/\s?){1,5}$")
_TRUNCATION = re.compile(r"\s?(?:…|\.\.\.)?\s?\[\+\d{1,7} chars\]$")
_SHARE_SEPARATORS = stdlib_re.compile(r"\s+[·|•/]\s+")
_KIND_TO_REMOVAL = {
    "boilerplate": "boilerplate",
    "signoff": "signoff",
    "byline": "byline",
    "published": "published",
    "caption": "caption",
    "credit": "credit",
    "duplicate_headline": "duplicate_headline",
    "alt_text": "caption",
}
# Offsets for ordering evidence: a block's position plus the offset inside it.
_BLOCK_SPAN = 100_000


@dataclass
class Structure:
    """What the classifier found: the article's parts and what it took out."""

    headline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    briefs: list[Brief] = field(default_factory=list)
    published: dt.datetime | None = None
    removed: list[Removal] = field(default_factory=list)


def _norm(line: str) -> str:
    return line.casefold().strip(" .:!|·–—-")


def is_boilerplate(line: str, words: int) -> bool:
    """A line that is not article text: share bars, cookie notices, "Read more" openings.

    Whole-line phrases and line openings are checked in every language (site
    templates are often English on a German page). Phrases inside a line are
    checked in the text's own language by the line pass (``_classify_lines``).
    ``words`` is the line's word count.
    """
    phrases = _boilerplate_phrases()
    if len(line) <= phrases.longest and _norm(line) in phrases.exact:
        return True
    if words <= 60 and ("·" in line or "|" in line or "•" in line or "/" in line):
        pieces = _SHARE_SEPARATORS.split(line)  # "Share · Tweet · Email"
        if len(pieces) > 1 and all(_norm(p) in phrases.exact for p in pieces):
            return True
    if 2 <= words <= _SHARE_BAR_WORDS and _is_run_of_phrases(line.casefold().split(), phrases):
        return True
    return words <= 30 and line.startswith(phrases.prefixes.get(line[:1], ()))


#: Words of a share bar at most ("Partager sur Facebook Partager sur X Envoyer par e-mail").
_SHARE_BAR_WORDS = 12


@dataclass(frozen=True)
class _Phrases:
    """The boilerplate phrases of every language, arranged for the per-line checks."""

    exact: frozenset[str]  # whole-line phrases, casefolded
    longest: int  # no longer line can be one (with a few marks stripped around it)
    prefixes: dict[str, tuple[str, ...]]  # line openings by first character: one group to try
    first_words: frozenset[str]  # the words that open a whole-line phrase
    last_words: frozenset[str]  # ... and that close one
    most_words: int  # words of the longest whole-line phrase


@lru_cache(maxsize=1)
def _boilerplate_phrases() -> _Phrases:
    """The phrases of every language, looked up once (the check runs on most lines)."""
    pack = get_pack(None)
    groups: dict[str, list[str]] = {}
    for prefix in pack.boilerplate_prefix:
        groups.setdefault(prefix[:1], []).append(prefix)
    split = [p.split() for p in pack.boilerplate_exact if p.split()]
    return _Phrases(
        exact=frozenset(pack.boilerplate_exact),
        longest=max((len(p) for p in pack.boilerplate_exact), default=0) + 10,
        prefixes={first: tuple(group) for first, group in groups.items()},
        first_words=frozenset(w[0] for w in split),
        last_words=frozenset(w[-1] for w in split),
        most_words=max((len(w) for w in split), default=0),
    )


def _is_run_of_phrases(words: list[str], phrases: _Phrases) -> bool:
    """Whole-line phrases run together with no separator: a share bar.

    "Partager sur Facebook Partager sur X Envoyer par e-mail" is three of
    them. (Two set lookups settle most lines before any phrase is tried.)
    """
    if words[0] not in phrases.first_words or words[-1] not in phrases.last_words:
        return False
    reached = {0}  # word positions where a run of phrases can end
    for i in range(len(words)):
        if i in reached:
            for j in range(i + 1, min(len(words), i + phrases.most_words) + 1):
                if " ".join(words[i:j]) in phrases.exact:
                    reached.add(j)
    return len(words) in reached


@lru_cache(maxsize=64)
def _contains_re(phrases: tuple[str, ...]) -> stdlib_re.Pattern[str]:
    return stdlib_re.compile(phrase_trie(phrases))


def _contains_boilerplate(line: str, phrases: tuple[str, ...]) -> bool:
    return _contains_re(phrases).search(line) is not None


#: Words of a typical teaser or blurb: shorter running text counts against a page's core.
_TEASER_WORDS = 10
#: Short lines above and below the prose that mark the text of a whole page.
_PAGE_CHROME_LINES = 5
#: The first and last stretch of a text (per cent of its lines) where a page has its menus.
_PAGE_END_SHARE = 15
_SENTENCE_END = ".!?…。！？"
#: Words of an image's alt text at most.
_ALT_TEXT_WORDS = 15
#: Cells of a table of figures at least (a shorter run of short lines may be a menu).
_TABLE_CELLS = 12
#: What a line that is not running text costs a page's core.
_CHROME_PENALTY = 4


def _mark(block: Block, kind: str) -> None:
    block.kind = kind


def classify(blocks: list[Block], pack: LanguagePack) -> Structure:
    """Label every block and collect the article's structure."""
    st = Structure()
    _classify_lines(blocks, pack, st)
    _find_navigation(blocks)
    _find_headline(blocks, pack, st)
    _find_page_core(blocks)  # after the headline, which stands above the core
    _find_caption_lines(blocks, pack)
    _find_briefs(blocks, pack, st)
    if not st.briefs and not any(_is_running_text(b) or _leads_a_list(b, blocks) for b in blocks):
        _no_article(blocks, st)
    _collect_body(blocks, pack, st)
    return st


def _is_running_text(b: Block) -> bool:
    """A paragraph of article prose: long enough and closed by sentence punctuation."""
    if b.kind != "body" or b.is_bullet:
        return False
    if b.words >= 30 or len(b.text) >= 200:
        return True  # a long paragraph is prose however it ends (truncated, "All...")
    long_enough = b.words >= 6 or len(b.text) >= 40  # scripts without spaces count by length
    return long_enough and _final_mark(b.text) in _SENTENCE_END


def _final_mark(text: str) -> str:
    """The last character before closing quotes and brackets ("" for an empty line)."""
    return text.rstrip(_CLOSERS)[-1:]


def _next_block(b: Block, blocks: list[Block]) -> Block | None:
    return blocks[b.index + 1] if b.index + 1 < len(blocks) else None


def _bullets_follow(b: Block, blocks: list[Block]) -> bool:
    """The line after ``b`` is a bullet item."""
    nxt = _next_block(b, blocks)
    return nxt is not None and nxt.is_bullet


def _leads_a_list(b: Block, blocks: list[Block]) -> bool:
    """A sentence that introduces a list in the body ("The recipe needs three steps:")."""
    return (
        b.kind == "body"
        and b.words >= 4
        and b.text.rstrip().endswith(":")
        and _bullets_follow(b, blocks)
    )


def _no_article(blocks: list[Block], st: Structure) -> None:
    """Nothing here is article prose (a menu, a list of links): all of it is boilerplate."""
    for b in blocks:
        if b.kind in ("body", "headline"):
            b.kind = "boilerplate"
    st.headline = None
    st.found = [f for f in st.found if f.position >= 0]
    st.removed = [r for r in st.removed if not r.kind.startswith("headline_")]


def _find_navigation(blocks: list[Block]) -> None:
    """Runs of three or more one-to-three-word lines (menus, share bars) are navigation.

    Only above the first and below the last paragraph of prose: that is where
    menus live, while a short-line table inside the article is content.
    """
    prose = [b.index for b in blocks if _is_running_text(b)]
    first, last = (prose[0], prose[-1]) if prose else (len(blocks), -1)

    def outside(b: Block) -> bool:
        return b.index < first or b.index > last

    def menu_item(b: Block) -> bool:
        short = b.words <= 3 and len(b.text) <= 40
        return (
            outside(b)
            and b.kind == "body"
            and not b.is_bullet
            and short
            and b.text[-1:] not in ".!?:…,、。"
        )

    table: set[int] = set()  # lines of tables of figures: content, wherever they stand
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and menu_item(blocks[j]):
            j += 1
        if _is_table(blocks[i:j]):
            table.update(range(i, j))
        elif j - i >= 3:
            for b in blocks[i:j]:
                b.kind = "boilerplate"
        i = max(j, i + 1)
    for b in blocks:
        if (
            b.kind == "body"
            and outside(b)
            and b.index not in table
            and not any(ch.isalpha() for ch in b.text)
            and b.words <= 3
        ):
            b.kind = "boilerplate"  # "18+", "|", "© 2024"


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


def _looks_like_a_page(blocks: list[Block]) -> bool:
    """Text of a whole web page: runs of short lines (menus, footers) at both ends.

    A table or a list inside an article also has many short lines, but in
    the middle; a page has its chrome at both ends. Either there are short
    lines above the first and below the last long paragraph of prose, or
    menu-like lines (short, no digits) fill at least half of the first and
    of the last stretch of the text (a long icon list or cookie notice at an
    end does not hide the menus next to it).
    """

    def short(b: Block) -> bool:
        return b.words <= 4 and len(b.text) <= 40

    def menu(b: Block) -> bool:
        return short(b) and not any(c.isdigit() for c in b.text)

    zone = len(blocks) * _PAGE_END_SHARE // 100
    need = max(_PAGE_CHROME_LINES, zone / 2)
    if zone and sum(map(menu, blocks[:zone])) >= need and sum(map(menu, blocks[-zone:])) >= need:
        return True
    long_prose = [
        b.index
        for b in blocks
        if b.kind == "body" and b.words >= 30 and _final_mark(b.text) in _SENTENCE_END
    ]
    if not long_prose:
        return False
    above = sum(1 for b in blocks[: long_prose[0]] if short(b))
    below = sum(1 for b in blocks[long_prose[-1] + 1 :] if short(b))
    return above >= _PAGE_CHROME_LINES and below >= _PAGE_CHROME_LINES


# A run of this many non-prose lines with a boilerplate line among them (a
# share bar, "34 Comments") ends an article on a whole page; the article is
# the first piece of the page core with this many words of prose.
_BREAK_RUN = 8
_ARTICLE_WORDS = 100
# A run this long ends it even without a boilerplate line ("more opinion"
# teasers after a list of tags).
_LONG_BREAK_RUN = 16


def _article_piece(blocks: list[Block], first: int, last: int) -> tuple[int, int]:
    """Cut the core at chrome that ends an article (a share bar, a comments header).

    A run of non-prose lines holding a boilerplate line splits the core into
    pieces; the first piece with enough prose to be an article is the article
    (comments and "more stories" come after it, and can be longer).
    """
    pieces: list[tuple[int, int, int]] = []  # (start, end, words of prose)
    start, run, has_bp, words = first, 0, False, 0
    for i in range(first, last + 1):
        b = blocks[i]
        if b.kind == "body" and _is_running_text(b):
            if ((run >= _BREAK_RUN and has_bp) or run >= _LONG_BREAK_RUN) and words:
                pieces.append((start, i - run - 1, words))
                start, words = i, 0
            run, has_bp = 0, False
            words += b.words
        else:
            run += 1
            has_bp = has_bp or b.kind == "boilerplate"
    pieces.append((start, last, words))
    for start, end, words in pieces:
        if words >= _ARTICLE_WORDS:
            return start, end
    return first, last  # no piece is long enough to tell: keep them all


def _find_page_core(blocks: list[Block]) -> None:
    """On a whole page, keep the densest run of long prose and drop the chrome around it.

    Each block scores its words minus a teaser's length when it is running
    text (article paragraphs are long, teasers and newsletter blurbs short)
    and a small penalty otherwise; the run with the highest sum is the
    article (the maximum-sum segment, found in one pass). Only text that
    looks like a whole page is trimmed: an article with lists keeps them.
    """
    if not _looks_like_a_page(blocks):
        return
    best, best_span = 0, (0, -1)
    total, start = 0, 0
    for i, b in enumerate(blocks):
        if b.kind != "body":
            score = 0
        elif _is_running_text(b):
            score = b.words - _TEASER_WORDS
        else:
            score = -_CHROME_PENALTY
        if total <= 0:
            total, start = 0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    first, last = best_span
    if last < 0:
        return
    first, last = _article_piece(blocks, first, last)
    for b in blocks[:first] + blocks[last + 1 :]:
        if b.kind == "body":
            b.kind = "boilerplate"


def _classify_lines(blocks: list[Block], pack: LanguagePack, st: Structure) -> None:
    """Per-line kinds that need no context: captions, bylines, dates, boilerplate."""
    for b in blocks:
        pos = b.index * _BLOCK_SPAN
        text = b.text
        if text.startswith(ALT_MARK):
            b.retext(text[1:].strip())
            _mark(b, "alt_text")  # a duplicate headline or an image caption; decided later
            continue
        if text.startswith(CAPTION_MARK):
            text = text[1:].strip()
            b.retext(text)
            _mark(b, "caption")
            credit = photo_credit(text, pack)
            if credit:
                st.found.append(Found(pos + credit[1], Attribution(credit[0], None, "photo", text)))
            continue
        if b.words > 60:
            continue  # a long line is running text: none of the checks below can match
        # One search tells whether any label or phrase of the checks below occurs;
        # most lines of an article have none, and skip them.
        label, phrase = _cue_res(pack)
        has_cue = label.match(text) is not None or phrase.search(text) is not None
        publisher = publisher_cue(text, pack) if has_cue else None
        if publisher:
            _mark(b, "boilerplate")
            st.found.append(Found(pos, Attribution(publisher, None, "publisher", text)))
            continue
        if has_cue and _contains_boilerplate(text, pack.boilerplate_contains):
            _mark(b, "boilerplate")
            continue
        if _SIGNOFF.match(text):
            _mark(b, "signoff")
            continue
        agency = agency_signoff(text) if b.words <= 3 else None
        if agency:
            _mark(b, "credit")
            st.found.append(Found(pos, Attribution(agency, None, "agency", text)))
            continue
        labelled = source_label_line(text, pack) if has_cue else None
        if labelled:
            _mark(b, "credit")
            st.found.append(Found(pos, Attribution(labelled, None, "source", text)))
            continue
        if b.words > 45:
            continue  # too long for a date line, a byline or a credit
        if st.published is None or b.index < 8:
            rest = published_label_rest(text, pack) if has_cue else None
            if rest is None and b.index < 8 and bare_date_line(text, pack):
                rest = text
            if rest is not None:
                value = parse_published(rest, pack)
                if value is not None:
                    _mark(b, "published")
                    if st.published is None:
                        st.published = value
                    continue
        authors = byline(text, pack) if has_cue else None
        if authors:
            _mark(b, "byline")
            st.found.extend(Found(pos + i, a) for i, a in enumerate(authors))
            continue
        credit = photo_credit(text, pack) if has_cue else None
        if credit:
            _mark(b, "caption")
            st.found.append(Found(pos + credit[1], Attribution(credit[0], None, "photo", text)))
            continue
        agency = agency_credit_line(text) if 3 <= b.words <= 6 else None
        if agency:
            _mark(b, "credit")
            st.found.append(Found(pos, Attribution(agency, None, "agency", text)))
            continue
        if is_boilerplate(text, b.words):
            _mark(b, "boilerplate")


@lru_cache(maxsize=64)
def _cue_res(pack: LanguagePack) -> tuple[stdlib_re.Pattern[str], stdlib_re.Pattern[str]]:
    """A label at the start of a line, and a phrase anywhere, that a line check looks for.

    Two patterns, not one: the phrases alone (case-sensitive literals) let the
    engine skip ahead to their first letters.
    """

    def alt(phrases: tuple[str, ...], lower: bool = False) -> str:
        return phrase_trie({p.strip() for p in phrases if p.strip()}, lower=lower)

    start = alt(pack.published_labels + pack.byline_labels + pack.source_labels, lower=True)
    anywhere = alt(
        pack.photo_labels
        + pack.publisher_cues
        + pack.boilerplate_contains
        + ("©",)
        + tuple("/" + s for s in pack.photo_slash_labels)
        + tuple("/ " + s for s in pack.photo_slash_labels)
    )
    return stdlib_re.compile(rf"(?i:{start})"), stdlib_re.compile(anywhere)


def _is_body_paragraph(b: Block) -> bool:
    return b.kind == "body" and not b.is_bullet and b.words >= 8


def _find_headline(blocks: list[Block], pack: LanguagePack, st: Structure) -> None:
    candidates = [b for b in blocks[:12] if b.kind == "body"]
    if not candidates:
        return
    first = candidates[0]
    if first.is_bullet or not looks_like_headline(first.text):
        return
    if first.text.rstrip().endswith(":") or _titles_bullets(first, blocks, pack):
        return  # a lead-in or a brief title, not a headline
    # Nothing that is body text may stand before the headline.
    if any(_is_body_paragraph(b) for b in blocks[: first.index]):
        return
    if not any(b.kind == "body" for b in blocks[first.index + 1 :]):
        return
    first.kind = "headline"
    headline, suffix, prefix = split_affixes(first.text, pack)
    st.headline = headline
    if prefix:
        st.removed.append(Removal("headline_prefix", prefix))
    if suffix:
        st.removed.append(Removal("headline_suffix", suffix))
        agencies = shared().agencies
        kind = "agency" if suffix in agencies else "publisher"
        name = agencies.get(suffix, suffix)
        st.found.append(Found(-1, Attribution(name, None, kind, first.text)))
    _find_alt_text_after(first, blocks)
    # A reworded repeat (alt text, og:title line) before the body starts.
    for b in blocks[first.index + 1 : first.index + 8]:
        if _is_body_paragraph(b) and not is_duplicate_headline(headline, b.text):
            break
        if b.kind in ("body", "alt_text") and is_duplicate_headline(
            headline, split_affixes(b.text, pack)[0]
        ):
            b.kind = "duplicate_headline"


def _find_alt_text_after(headline: Block, blocks: list[Block]) -> None:
    """Short lower-case lines between the headline and the body are image alt text.

    "a flooded street in Harbor City": no capital, no closing punctuation, and
    article prose right after it. (A sentence the scraper broke would end
    with punctuation or go on in the next line.)
    """
    for b in blocks[headline.index + 1 : headline.index + 4]:
        if _is_body_paragraph(b) and b.words > _ALT_TEXT_WORDS:
            return  # the body has started
        nxt = _next_block(b, blocks)
        if (
            b.kind == "body"
            and not b.is_bullet
            and b.text[:1].islower()
            and b.words <= _ALT_TEXT_WORDS
            and _final_mark(b.text) not in _SENTENCE_END + ",:;-"
            and nxt is not None
            and _is_running_text(nxt)
            and nxt.text[:1].isupper()
        ):
            b.kind = "alt_text"


def _titles_bullets(b: Block, blocks: list[Block], pack: LanguagePack) -> bool:
    """A brief title ("Key points", "Коротко про головне") right above bullet lines."""
    return _bullets_follow(b, blocks) and (
        is_brief_title(b.text, pack) or is_brief_title(b.text, get_pack(None))
    )


def _find_caption_lines(blocks: list[Block], pack: LanguagePack) -> None:
    """A short untitled line right above a credit-only line is that image's caption."""
    for prev, b in pairwise(blocks):
        if b.kind != "caption" or prev.kind != "body" or prev.is_bullet:
            continue
        credit = photo_credit(b.text, pack)
        if credit and credit[1] == 0 and prev.words <= 15 and not prev.text.endswith((".", ":")):
            prev.kind = "caption"


def _is_title_line(b: Block) -> bool:
    """A short lead-in line that can title a bullet block ("Highlights", "Kurz über …")."""
    return b.words <= 14 and (
        looks_like_headline(b.text) or (b.words == 1 and b.text[:1].isupper())
    )


def _find_briefs(blocks: list[Block], pack: LanguagePack, st: Structure) -> None:
    i = 0
    while i < len(blocks):
        if not (blocks[i].kind == "body" and blocks[i].is_bullet):
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind == "body" and blocks[j].is_bullet:
            j += 1
        run = blocks[i:j]
        lead = blocks[i - 1] if i > 0 and blocks[i - 1].kind == "body" else None
        if _is_dialogue(run, lead, pack) and not (lead and is_brief_title(lead.text, pack)):
            for b in run:
                b.is_bullet = False  # direct speech: body text, its dashes kept
            i = j
            continue
        body_before = any(_is_body_paragraph(b) for b in blocks[:i] if b is not lead)
        body_after = any(_is_body_paragraph(b) for b in blocks[j:])
        title: Block | None = None
        if lead is not None and lead.text.rstrip().endswith(":"):
            brief = False  # introduced by the body text: a list in the body
        elif lead is not None and (
            is_brief_title(lead.text, pack) or is_brief_title(lead.text, get_pack(None))
        ):
            brief, title = True, lead
        elif not body_before:
            brief = True
            if lead is not None and _is_title_line(lead):
                title = lead
        elif lead is not None and _is_title_line(lead) and not body_after:
            brief, title = True, lead
        else:
            brief = False
        if brief:
            if title is not None:
                title.kind = "brief_title"
            for b in run:
                b.kind = "brief_item"
            st.briefs.append(
                Brief(title.text if title else None, [_unbullet(b.text, st) for b in run])
            )
        i = j


def _is_dialogue(run: list[Block], lead: Block | None, pack: LanguagePack) -> bool:
    """Lines of an interview ("— Какие блюда вам не нравятся?"), not a list.

    Every line opens with a dash that opens direct speech in the language
    (``dialogue_dashes`` in the data), and one of them, or the paragraph
    before them (the interviewer's question), asks a question.
    """
    dashes = pack.dialogue_dashes
    if not dashes or not all(b.text.startswith(dashes) for b in run):
        return False
    asked = run if lead is None else [lead, *run]
    return any(b.text.rstrip(_CLOSERS).endswith("?") for b in asked)


def _unbullet(text: str, st: Structure, numbers: bool = True) -> str:
    """Drop a bullet glyph (and a list number if ``numbers``), and say so in ``removed``."""
    item = strip_bullet(text, numbers)
    if len(item) < len(text.strip()):
        st.removed.append(Removal("bullet", text[: len(text) - len(item)].strip()))
    return item


def _collect_body(blocks: list[Block], pack: LanguagePack, st: Structure) -> None:
    first_body = True
    starts: list[int] = []  # offset of each paragraph in the joined body
    bases: list[int] = []  # its evidence position
    offset = 0
    for b in blocks:
        if b.kind in _KIND_TO_REMOVAL:
            st.removed.append(Removal(_KIND_TO_REMOVAL[b.kind], b.text))
            continue
        if b.kind != "body":
            continue
        text = _unbullet(b.text, st, numbers=False) if b.is_bullet else b.text
        m = _TRUNCATION.search(text)
        if m:
            st.removed.append(Removal("truncation", m.group().strip()))
            text = text[: m.start()].rstrip()
        if not text:
            continue
        pos = b.index * _BLOCK_SPAN
        if first_body:
            agencies = dateline_agencies(text)
            st.found.extend(
                Found(pos + k, Attribution(a, None, "agency", text[:80]))
                for k, a in enumerate(agencies)
            )
            first_body = False
        starts.append(offset)
        bases.append(pos)
        offset += len(text) + 1
        st.paragraphs.append(text)
    # Citing phrases are searched once over the whole body (one line per
    # paragraph; name patterns do not cross lines), then placed by paragraph.
    for f in find_sources("\n".join(st.paragraphs), pack):
        k = bisect_right(starts, f.position) - 1
        st.found.append(Found(bases[k] + f.position - starts[k], f.attribution))
