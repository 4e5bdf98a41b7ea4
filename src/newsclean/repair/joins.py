"""Line joins: breaks that fall inside a sentence, joined again.

Scraped text breaks lines where the sentence goes on: hard wraps (the wrap
width is measured on the document), line-break hyphens (``hyphens``), a
paragraph break inside a sentence, the punctuation after a link on a line of
its own, a table taken one cell per line. Every other break is kept.
"""

from __future__ import annotations

import re as stdlib_re
from functools import lru_cache
from itertools import islice

import regex as re

from ..languages import LanguagePack
from ..markup import MARKS
from ..patterns import FIGURE
from ..tokens import CLOSERS, OPENING
from .hyphens import hyphen_join
from .word_index import FAST_WORD, WordIndex

__all__ = ["BULLET_RE", "NOT_CAPITAL", "byline_start", "join_breaks"]

BULLET_RE = stdlib_re.compile(r"^(?:[•·▪‣◦●■□➤►\-*–—]\s|\d{1,2}[.)]\s)")
_TERMINAL = ".!?…:;。！？"
NOT_CAPITAL = r"[^\W\d_A-ZÀ-ÖØ-ÞЀ-Я]"  # a letter that may be lower-case (stdlib engine)
_LABEL = re.compile(r"^[\p{L}]{2,15}:\s+\p{Lu}")
_DATE_START = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}|^\d{1,2}:\d{2}\s")
# Scripts written without spaces between words (a wrap inside them adds none),
# and the length from which a CJK line that ends mid-sentence was wrapped.
_CJK_WRAP = 40
_CJK = re.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff01-\uff60]")


def _is_cjk(char: str) -> bool:
    # Every CJK character is from U+2E80 on: one comparison spares most lines the pattern.
    return char >= "\u2e80" and _CJK.match(char) is not None


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _starts_lower(line: str) -> bool:
    """Does the line open (after opening quotes or brackets) with a lower-case letter?"""
    core = line.lstrip("«„\"'“‘‚‹([")
    return bool(core) and core[0].islower()


@lru_cache(maxsize=64)
def byline_start(pack: LanguagePack) -> re.Pattern[str]:
    """A byline that opens a line: a label, then a capitalised name ("Von Anna Schmidt")."""
    labels = "|".join(re.escape(b) for b in sorted(pack.byline_labels, key=len, reverse=True))
    return re.compile(rf"^(?:{labels or '(?!x)x'})\s+\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}")


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The width a document was hard-wrapped at, or None when it was not.

    Measured on lines followed by another line of the same block; list items
    do not count (their widths say nothing about wrapping).
    """
    inner: list[int] = []
    for block in blocks:
        if len(block) > 1:  # (most blocks are one line: nothing to measure)
            bullet = [BULLET_RE.match(line) is not None for line in block]
            inner.extend(
                len(line)
                for line, this, nxt in zip(block, bullet, bullet[1:], strict=False)
                if not this and not nxt
            )
    if len(inner) < 4:
        return None
    inner.sort()
    width = inner[int(0.9 * (len(inner) - 1))]
    if not 30 <= width <= 120:
        return None
    near = sum(1 for n in inner if width - 25 <= n <= width + 5)
    return width if near >= 0.7 * len(inner) else None


class _Line:
    """A line being rebuilt from physical lines, without quadratic string growth."""

    def __init__(self, first: str) -> None:
        self.parts = [first]

    @property
    def words(self) -> int:
        # Counted when asked (rarely): most lines are never joined or asked.
        return sum(len(part.split()) for part in self.parts)

    @property
    def last(self) -> str:
        return self.parts[-1]

    def join(self, nxt: str, words: WordIndex, pack: LanguagePack, cut_run: bool = False) -> None:
        prev = self.parts[-1]
        if cut_run or _opens_with_closing_mark(nxt):
            self.parts.append(nxt)  # a cut run, ", then"
            return
        # (A line that ends in a hyphen ends in no CJK and is no drop cap: the
        # hyphen is decided first, the common join of a hyphenated text.)
        if prev[-1:] == "-" and len(prev) > 1 and prev[-2].isalnum():
            how = hyphen_join(prev, nxt, words, pack)
            if how == "drop":
                self.parts[-1] = prev[:-1]
            if how != "space":
                self.parts.append(nxt)
                return
        elif (_is_cjk(prev[-1:]) and _is_cjk(nxt[:1])) or _is_drop_cap(prev, nxt, words):
            self.parts.append(nxt)  # no spaces in the script, "T" + "he"
            return
        self.parts.append(" " + nxt)

    def text(self) -> str:
        return "".join(self.parts)


def _is_drop_cap(letter: str, nxt: str, words: WordIndex) -> bool:
    """Is ``letter`` a first letter set apart from the rest of its word ("T" + "he minister")?

    A page styles an article's first letter as a drop cap; taken one node per
    line, it stands on a line of its own. Joined when the text uses the whole
    word elsewhere at least as often as the rest alone ("the" against "he");
    "A" + "new ferry" stays two words ("anew" is not in the text).
    """
    if len(letter) != 1 or not letter.isupper() or not nxt[:1].islower():
        return False
    rest = FAST_WORD.match(nxt)
    if rest is None:
        return False
    whole = words.count((letter + rest.group()).casefold())
    return whole > 0 and whole >= words.count(rest.group().casefold())


_GOES_ON = ",)]"  # a line that opens with one of these goes on the line before
_ENDS_ON = ".;:!?"  # these too, before a space, a closer or nothing (not ".NET", "...")


def _opens_with_closing_mark(line: str) -> bool:
    """Does ``line`` open with a mark that closes what the line before began?

    Text taken from HTML one node per line (``get_text("\\n")``) puts the
    punctuation after a link or an emphasis on a line of its own: "according
    to\\nReuters\\n, the ministry".
    """
    return line[:1] in _GOES_ON or (
        line[:1] in _ENDS_ON and (len(line) == 1 or line[1].isspace() or line[1] in CLOSERS)
    )


def _ends_in_never_final(line: str, words: frozenset[str]) -> bool:
    """Does ``line`` end in a word after which no sentence ends ("the", "der", "в")?"""
    if not words or not line[-1:].isalpha():
        return False
    return line[line.rfind(" ") + 1 :].lstrip(OPENING) in words


def _is_header_line(line: str, byline: re.Pattern[str]) -> bool:
    """A header line that stands on its own: "Автор: Олена Коваль", "14.07.2024, 16:20", "Von …"."""
    # (Cheap tests first: a label has its colon among the first 16 characters,
    # a date opens with a digit.)
    return bool(
        (":" in line[:16] and _LABEL.match(line))
        or (line[0].isdigit() and _DATE_START.match(line))
        or byline.match(line)
    )


def _breaks_before_new_line(prev: str, nxt: str) -> bool | None:
    """The breaks decided by the shape of the next line alone: True, False, or None."""
    if not prev or not nxt or BULLET_RE.match(nxt) or nxt[0] in MARKS:
        return False
    if prev[-1] == "-" and len(prev) > 1 and prev[-2].isalnum() and nxt[0].isalnum():
        return True
    if _opens_with_closing_mark(nxt) and not _ends_sentence(prev):
        return True
    return None


def _is_wrapped(prev: str, nxt: str, width: int | None) -> bool:
    """Was ``prev`` broken by a hard wrap (at the document's width, or a long CJK line)?"""
    if width is not None and len(prev) >= width - 15:
        return True
    # CJK has no case to tell a sentence goes on: a long line was wrapped
    return len(prev) >= _CJK_WRAP and _is_cjk(prev[-1]) and _is_cjk(nxt[0])


def _should_join(
    prev: str, nxt: str, width: int | None, byline: re.Pattern[str], never_final: frozenset[str]
) -> bool:
    """Does the line break between ``prev`` and ``nxt`` fall inside a sentence?"""
    decided = _breaks_before_new_line(prev, nxt)
    if decided is not None:
        return decided
    wrapped = _is_wrapped(prev, nxt, width)
    if not wrapped and (_ends_sentence(prev) or not _starts_lower(nxt)):
        # The common case, decided before the pattern checks below; but a line
        # that ends in "the" goes on ("according to the\nHarbour Gazette": a
        # link on a line of its own).
        return _ends_in_never_final(prev, never_final) and not _is_header_line(nxt, byline)
    if _is_header_line(nxt, byline):
        return False
    # A hard wrap, or a sentence that goes on in lower case; but not after a
    # short header line (a long one is a wrapped "Column: The …").
    return wrapped or not _LABEL.match(prev)


_TABLE_ROWS = 3  # consecutive blocks of one shape that make a table
_CELL_MAX = 60  # characters: a longer line is prose, not a table cell


def _table_rows(blocks: list[list[str]]) -> set[int]:
    """The blocks that are rows of a table with one cell per line.

    ``get_text("\\n")`` of an HTML table puts every cell on a line of its own
    and a blank line between rows ("1\\nKyle Busch\\n5040\\n5"). Three or more
    blocks in a row with the same number of lines (three or more), all of
    them short and a third of them figures, are such rows.
    """
    rows: set[int] = set()
    tall = [n for n, block in enumerate(blocks) if len(block) >= 3]  # (most blocks: one line)
    k = 0
    while k < len(tall):
        i = j = tall[k]
        size = len(blocks[i])
        while (
            j < len(blocks)
            and len(blocks[j]) == size
            and all(len(cell) <= _CELL_MAX for cell in blocks[j])
        ):
            j += 1
        if j - i >= _TABLE_ROWS:
            cells = [cell for block in blocks[i:j] for cell in block]
            if 3 * sum(1 for cell in cells if FIGURE.fullmatch(cell)) >= len(cells):
                rows.update(range(i, j))
        nxt = max(j, i + 1)
        while k < len(tall) and tall[k] < nxt:
            k += 1
    return rows


# A wrap width is the length of a line, from 30 on: text without such a line
# was not wrapped (a search in C spares a text of short lines the measuring).
_LONG_LINE = stdlib_re.compile(r"[^\n]{30}")


def _width_of(text: str, blocks: list[list[str]]) -> int | None:
    return _wrap_width(blocks) if _LONG_LINE.search(text) else None


_LINE_IN_PARAGRAPH = stdlib_re.compile(r"\n(?<!\n\n)(?!\n)")  # a single line break


def _blocks_of(text: str) -> list[list[str]]:
    """The paragraphs of ``text`` as lists of lines, empty lines and paragraphs left out."""
    blocks = ([ln for ln in b.split("\n") if ln] for b in text.split("\n\n"))
    return [b for b in blocks if b]


def join_breaks(text: str, words: WordIndex, pack: LanguagePack) -> str:
    """Join the line and paragraph breaks of ``text`` that fall inside a sentence."""
    if "\n\n\n" in text or text[:1] == "\n" or text[-1:] == "\n":
        # (Not as repair_cleaned is given text: rebuilt the long way.)
        blocks = _blocks_of(text)
        return _join_blocks(blocks, _width_of(text, blocks), _table_rows(blocks), words, pack)
    # A wrap width and a table need lines inside paragraphs: four at least.
    if len(list(islice(_LINE_IN_PARAGRAPH.finditer(text), 4))) < 4:
        return _join_near_candidates(text, words, pack)
    blocks = [b.split("\n") for b in text.split("\n\n")]  # (no empty lines: see above)
    width = _width_of(text, blocks)
    rows = _table_rows(blocks)
    if width is None and not rows:
        return _join_near_candidates(text, words, pack)
    return _join_blocks(blocks, width, rows, words, pack)


# A line break that can fall inside a sentence when the text is neither
# hard-wrapped nor a table: the line before ends in a comma or in a hyphen
# after a letter or digit (a line of dashes joins nothing), or the
# next opens with a closing mark (", then"), or (after opening marks) with
# what may be a lower-case letter or with CJK, which has no case. (A superset:
# the rules decide. It opens with its literal, so the engine skips ahead to
# line breaks.)
_MAYBE_LOWER = rf"{NOT_CAPITAL}|[\u2e80-\u303f\uff01-\uff60]"


@lru_cache(maxsize=64)
def _join_candidate(pack: LanguagePack) -> stdlib_re.Pattern[str]:
    """The candidate breaks, with those after the language's ``never_final`` words."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(pack.never_final):
        by_length.setdefault(len(word), []).append(stdlib_re.escape(word))
    # (A look-behind has one width: one per word length.)
    after_word = "".join(
        rf"|(?<=\b(?:{'|'.join(words)})\n)" for _, words in sorted(by_length.items())
    )
    return stdlib_re.compile(
        rf"\n(?:(?:(?<=,\n)|(?<=[^\W_]-\n))\n?{after_word}|\n?(?=[,.;:!?)\]]|[«„\"'“‘‚‹(\[]*(?:{_MAYBE_LOWER})))"
    )


def _join_near_candidates(text: str, words: WordIndex, pack: LanguagePack) -> str:
    """:func:`_join_blocks` on the lines around each candidate break only.

    In text that is not hard-wrapped, most breaks cannot join (the line ends a
    sentence, the next opens with a capital). Such a break is a wall: nothing
    on one side changes a decision on the other. So the lines between walls
    that hold a candidate are joined as a text of their own, and the rest is
    copied as it is.
    """
    regions: list[list[int]] = []  # [start, end) spans of whole lines
    for m in _join_candidate(pack).finditer(text):
        brk = m.start()
        hi = text.find("\n", brk + 2)  # (a paragraph break is two characters)
        hi = len(text) if hi < 0 else hi
        # (A break inside the last region or at its end extends it: its line
        # starts there at the latest; the start is looked for only otherwise.)
        if regions and (brk <= regions[-1][1] or text.rfind("\n", 0, brk) < regions[-1][1]):
            regions[-1][1] = hi
        else:
            regions.append([text.rfind("\n", 0, brk) + 1, hi])
    if not regions:
        return text
    byline = byline_start(pack)
    pieces: list[str] = []
    copied = 0
    for lo, hi in regions:
        pieces.append(text[copied:lo])
        pieces.append(
            _join_blocks(_blocks_of(text[lo:hi]), None, set(), words, pack, byline, lo == 0)
        )
        copied = hi
    pieces.append(text[copied:])
    return "".join(pieces)


def _rebuild_lines(
    block: list[str],
    width: int | None,
    byline: re.Pattern[str],
    words: WordIndex,
    pack: LanguagePack,
) -> list[_Line]:
    """The lines of one paragraph, each broken sentence joined again."""
    lines = [_Line(block[0])]
    for line in block[1:]:
        # Decisions look at the physical line before the break.
        before = lines[-1].last.strip()
        if _should_join(before, line, width, byline, pack.never_final):
            # A run longer than the line (a URL) was cut, not wrapped at a space.
            cut = width is not None and len(before) >= width and " " not in before
            lines[-1].join(line, words, pack, cut_run=cut)
        else:
            lines.append(_Line(line))
    return lines


def _join_headline_paragraph(out: list[list[_Line]], words: WordIndex, pack: LanguagePack) -> None:
    """A one-line first block is the headline: the paragraph after it joins it
    only when it is a sentence. A short lower-case line after a headline is
    alt text or a caption. (Decided on the finished paragraph, so that a
    second pass decides the same.)"""
    nxt_line = out[1][0] if len(out) > 1 else None
    if nxt_line and len(out[0]) == 1 and _joins_across_paragraphs(out[0][0], nxt_line.parts[0]):
        nxt = nxt_line.text()
        if len(nxt.split()) >= 8 or _ends_sentence(nxt):
            _merge_blocks(out[0], out.pop(1), words, pack)


def _join_blocks(
    blocks: list[list[str]],
    width: int | None,
    rows: set[int],
    words: WordIndex,
    pack: LanguagePack,
    byline: re.Pattern[str] | None = None,
    at_start: bool = True,
) -> str:
    """Rebuild the lines of ``blocks`` (paragraphs of physical lines), joining broken sentences.

    ``at_start``: the blocks open the text (where the headline stands).
    """
    byline = byline or byline_start(pack)
    out: list[list[_Line]] = []
    for n, block in enumerate(blocks):
        if n in rows:
            out.append([_Line(" ".join(block))])  # a table row: its cells on one line
            continue
        lines = _rebuild_lines(block, width, byline, words, pack)
        # A paragraph break inside a sentence: "im Medienbereich\n\nzu diskutieren".
        # (Not yet onto a one-line first block: see _join_headline_paragraph.)
        headline = at_start and len(out) == 1 and len(out[0]) == 1
        if (
            out
            and not headline
            and n - 1 not in rows
            and _joins_across_paragraphs(out[-1][-1], lines[0].parts[0])
        ):
            _merge_blocks(out[-1], lines, words, pack)
        else:
            out.append(lines)
    if at_start:
        _join_headline_paragraph(out, words, pack)
    return "\n\n".join(
        "\n".join([line.text() for line in b]) if len(b) > 1 else b[0].text() for b in out
    )


def _merge_blocks(
    block: list[_Line], nxt: list[_Line], words: WordIndex, pack: LanguagePack
) -> None:
    """Join ``nxt`` onto ``block``: a sentence that a blank line broke in two."""
    block[-1].join(nxt[0].text(), words, pack)
    block.extend(nxt[1:])


def _joins_across_paragraphs(line: _Line, nxt: str) -> bool:
    prev = line.last
    if _ends_sentence(prev) or nxt[0] in MARKS or BULLET_RE.match(nxt) or BULLET_RE.match(prev):
        return False  # (the common exit first)
    if nxt[0] in _GOES_ON:
        return True  # a paragraph does not open with a comma or a closing bracket
    if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha() and _starts_lower(nxt):
        return True
    return (_starts_lower(nxt) or prev.endswith(",")) and line.words >= 4
