"""The sentence repairer: ``repair_sentences``.

Scraped text loses its line structure in two opposite ways. Breaks appear
where there were none (a paragraph break inside a sentence, hard wraps,
line-break hyphens) and vanish where there were some (blocks glued together:
"zu diskutierenUnd das", "on Tuesday.The minister"). The repairer

1. joins line and paragraph breaks that fall inside a sentence, unwrapping
   hard-wrapped text (the wrap width is measured on the document) and
   deciding for each line-break hyphen whether it belongs to the word;
2. splits glued blocks into paragraphs, restoring a lost full stop where a
   sentence (not a heading) was cut off.

Every decision uses the text itself as evidence first (does the joined or the
hyphenated form occur elsewhere?) and the language data second.
"""

from __future__ import annotations

import re as stdlib_re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cached_property, lru_cache
from itertools import islice

import regex as re

from .extract.headline import restates
from .languages import LanguagePack, get_pack, shared
from .markup import MARKS, break_block_gaps
from .patterns import FIGURE

__all__ = ["repair_cleaned", "repair_sentences"]

BULLET_RE = stdlib_re.compile(r"^(?:[•·▪‣◦●■□➤►\-*–—]\s|\d{1,2}[.)]\s)")
_TERMINAL = ".!?…:;。！？"
_CLOSERS = "\"'»”“)]’"
_ALNUM = re.compile(r"[\p{L}\p{M}\d]+")
# Whole-text scans use the stdlib engine (faster); letters are [^\W\d_] there.
_FAST_WORD = stdlib_re.compile(r"[^\W\d_]+")
# Cheap supersets of the glue patterns below, to skip the lines (and the
# patterns) that cannot match. Stdlib engine: letters are [^\W\d_] there.
# The capitals of the Latin and Cyrillic alphabets (some ranges mix cases: a superset):
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ɏЀ-ЯѠ-ӿḀ-ỿ"
_NOT_CAPITAL = r"[^\W\d_A-ZÀ-ÖØ-ÞЀ-Я]"  # a letter that may be lower-case
# After a sentence end or closing mark: a word ("Tuesday.The", "Україні»Президент",
# "said.’The") or, after a sentence end, a numbered item ("winter.1. Keep").
_AFTER_MARK = (
    r"(?:(?<=[.!?…»”:\]])[\"»”“’)]?(?:[«„\"“‘]|[—–] ?)?[^\W\d_](?:[^\W\d_]|[ :’',])"
    r"|(?<=[.!?])\d{1,2}\. )"
)
_PUNCT_HINT = stdlib_re.compile(rf"[.!?…»”:\]]{_AFTER_MARK}")
_YEAR_HINT = stdlib_re.compile(r"(?:19|20)\d\d[^\W\d_]")
# Any glue: the above; a closing bracket before a word ("2019)The"); a capital
# glued after a letter or digit and followed by a lower-case letter
# ("diskutierenUnd", "2019The"), or after two lower-case letters and followed
# by a space ("todayI urge"), but not an acronym ("NASA", "4K"); a separator
# ("___"). (One class opens the pattern and look-behinds tell the branches
# apart: the engine then skips in C to the characters of that class; branches
# that open with classes of their own would be tried at every position, twice
# as slow.)
_GLUE_HINT = stdlib_re.compile(
    rf"[.!?…»”:\])_{_CAPITAL}]"
    rf"(?:(?<=[^\W_][{_CAPITAL}])(?:{_NOT_CAPITAL}|(?<={_NOT_CAPITAL}{{2}}.)[ ’':])"
    rf"|{_AFTER_MARK}|(?<=\))[^\W\d_]|(?<=_)__)"
)
_TOKEN_PUNCT = ".,;:!?()[]«»\"'“”„"
_OPENING = "«„\"'“‘‚‹¿¡(["  # marks that may open a title before its first letter
_LEFT_HYPHEN = re.compile(r"(?r)([\p{L}\p{M}\d]+)-$")  # (?r): searched from the end
_WORD_AT = re.compile(r"([\p{L}\p{M}\d]+)")  # for .match(text, pos): no "^"

# "Tuesday.The", "itd.Kolejnym", "Україні»Президент", "Reuters.A spokesman",
# "said.“I", "Council".The", "ужина.— Думаю", "completely.2. Avoid": a sentence
# end (its closing quote on either side of the mark), then a capitalised word,
# a one-letter word ("A", "I", "А"), an upper-case word of three letters or more
# ("announced.NASA"; a file extension or domain after it is checked in code:
# "bericht.PDF", "PanARMENIAN.Net") or a numbered item.
_PUNCT_GLUE = re.compile(
    r"(?<=[\p{L}\p{M}\d%)+][\"”’»]?)([.!?…]{1,3}[\"»”“’)]?|[»”\]])"
    r"(?=(?:[«„\"“‘]|[—–] ?)?\p{Lu}(?:[\p{Ll}’']|\p{Lu}{2}|\p{Lu}[ ,:]|[ :]))"
    r"|(?<=\p{L}[\"”’»)]?)([.!?])(?=\d{1,2}\. \p{Lu})"  # a numbered item after a word
    # "highlights:NISSAN SENTRA", "resolves to:Observe": a colon after a word,
    # then a capitalised word or an upper-case heading
    r"|(?<=\p{Ll}{2})(:)(?=[«„\"“‘]?\p{Lu}(?:\p{Ll}|\p{Lu}{2}| ))"
    # "… ready for …The Grow Stage": a free-standing ellipsis, then a capitalised word
    r"|(?<=\s)(…)(?=\p{Lu}\p{Ll})"
)
# "diskutierenUnd", "NowhereAmericans": a lower-case letter, then a capitalised word;
# "masks todayI urge", "betterA large": then a one-letter word.
# "SENTRANissan", "MACH EFord": an upper-case heading, then a capitalised word;
# "HOMEMADE JAMIf you": then a two-letter one (a sentence opener, checked in
# code), but not the plural "s" of an acronym ("HITS AT AMAs AMID").
_CASE_GLUE = re.compile(
    r"(?<=\p{L})(?=\p{Lu})"  # (one cheap test that most positions fail, then the cases)
    r"(?:(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2})(?=\p{Lu}[ ’':])|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})"
    r"|(?<=\p{Lu}{2})(?=\p{Lu}(?!s)\p{Ll}[ ,]))"
)
_CAMEL_RIGHT = re.compile(r"(?<=\p{L})\p{Lu}\p{Ll}+")
_LOWER_UPPER = re.compile(r"\p{Ll}\p{Lu}")
_GLUED_AFTER_MANY = 5  # see _Evidence.glued_after
# A year glued to a capitalised word: "November 18, 2019The latest", "in 2020Following".
_YEAR_GLUE = re.compile(r"(?<![\d.,:/\-])(?:19|20)\d\d(?=\p{Lu}\p{Ll}{2})")
# A day number after a month name: "Tampa, FLJune 10 --" is a list of dates glued together.
_DAY_NUMBER = re.compile(r"\.? \d{1,2}(?!\d)")
# A separator line glued to the text on either side: "more hits?___HOW WILL OBAMA PLAY?".
# (Both patterns open with their literal: the engine skips ahead to it in C.)
_RULE_GLUE = re.compile(r"___+")
# A closing bracket glued to a capitalised word: "(published Nov. 18, 2019)The suspect";
# the word must open sentences (checked in code).
_BRACKET_GLUE = re.compile(r"\)(?<=[\p{L}\p{N}.!?]\))(?=\p{Lu}\p{Ll}*(?![\p{L}\p{N}]))")
# A dateline that opens the body ("(Reuters) — ", "MADRID — ", "CLEVELAND, Ohio – ",
# "NEW YORK (Reuters) - "), looked for right after a headline on the first line.
_DATELINE_START = re.compile(
    r"(?:\(\p{Lu}[^()\n]{1,29}\)"  # "(Reuters)"
    r"|\p{Lu}{3,}(?:,? {1,2}\p{Lu}[\p{L}.]{0,20}){0,3}(?: \([^()\n]{2,30}\))?)"  # "NEW YORK (AP)"
    r" ?[—–-] "
)
_LABEL = re.compile(r"^[\p{L}]{2,15}:\s+\p{Lu}")
_DATE_START = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}|^\d{1,2}:\d{2}\s")
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACE_AT_BREAK = stdlib_re.compile(r"\n(?:(?<=[^\S\n]\n)|(?=[^\S\n]))")  # a line to strip
# Scripts written without spaces between words (a wrap inside them adds none),
# and the length from which a CJK line that ends mid-sentence was wrapped.
_CJK_WRAP = 40
_CJK = re.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff01-\uff60]")


def _is_cjk(char: str) -> bool:
    # Every CJK character is from U+2E80 on: one comparison spares most lines the pattern.
    return char >= "\u2e80" and _CJK.match(char) is not None


class _Evidence:
    """What the text itself says about its words (casefolded), computed on first use."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: dict[str, int] = {}
        self._counts_as_written: dict[str, int] = {}

    @cached_property
    def _folded(self) -> str:
        return self._text.casefold()

    @cached_property
    def words(self) -> Counter[str]:
        return Counter(_FAST_WORD.findall(self._folded))

    @cached_property
    def words_as_written(self) -> Counter[str]:
        return Counter(_FAST_WORD.findall(self._text))

    def count(self, word: str, as_written: bool = False) -> int:
        """How often ``word`` stands in the text as a whole word.

        The word is casefolded, and so is the text, unless ``as_written``
        ("Apple" as a name, not the "apple" of an apple tree). Most texts ask
        about two or three words: each is counted with a scan of the text; from
        the ``_COUNTED_ALONE``-th word on, or for a word found more than
        ``_HITS_LOOKED_AT`` times inside other words too ("in"), every word is
        counted at once (so that many questions stay linear in the text).
        """
        memo = self._counts_as_written if as_written else self._counts
        found = memo.get(word)
        if found is not None:
            return found
        if len(memo) >= _COUNTED_ALONE:
            found = (self.words_as_written if as_written else self.words)[word]
        elif not word or _FAST_WORD.fullmatch(word) is None:
            found = 0  # a word of the count has letters only
        else:
            text = self._text if as_written else self._folded
            found = _whole_word_count(text, word, _HITS_LOOKED_AT)
            if found is None:  # a frequent piece ("in", "de"): count every word at once
                found = (self.words_as_written if as_written else self.words)[word]
        memo[word] = found
        return found

    @cached_property
    def line_breaks(self) -> Counter[tuple[str, str]]:
        """How often each word pair is split by a hyphen at a line break ("geek-\nbench")."""
        pairs: Counter[tuple[str, str]] = Counter()
        text = self._text
        i = text.find("-\n")
        while i >= 0:
            head = _LEFT_HYPHEN.search(text, max(0, i - 60), i + 1)
            tail = _WORD_AT.match(text, i + 2)
            if head and tail:
                pairs[head.group(1).casefold(), tail.group(1).casefold()] += 1
            i = text.find("-\n", i + 2)
        return pairs

    @cached_property
    def camel_names(self) -> Counter[str]:
        """Each word with an inner capital ("GateHouse", "РудьковАккаунт"): how often it occurs."""
        names: Counter[str] = Counter()
        text = self._text
        for m in _CAMEL_RIGHT.finditer(text):
            start = j = m.start()
            while j > start - 30 and j > 0 and text[j - 1].isalpha():
                j -= 1  # back to the start of the left-hand letters (a bounded walk)
            names[text[j : m.end()]] += 1
        return names

    @cached_property
    def glued_after(self) -> Counter[str]:
        """After how many different words each capitalised word is glued.

        A word glued after five different ones is where blocks start ("Андрей
        РудьковАккаунт", "Олеся КупринАккаунт", …; "Tampa, FLJune 14", "Macon,
        GAJune 21"), not the second half of a name.
        """
        lefts: dict[str, set[str]] = {}
        for name in self.camel_names:
            m = _CAMEL_RIGHT.search(name)
            if m is not None:
                lefts.setdefault(name[m.start() :], set()).add(name[: m.start()])
        return Counter({right: len(found) for right, found in lefts.items()})

    @cached_property
    def hyphenated(self) -> frozenset[str]:
        # Tokens with an inner hyphen: a split is cheaper than a pattern here.
        return frozenset(
            t.strip(_TOKEN_PUNCT).casefold()
            for t in self._text.split()
            if "-" in t and "-" in t[1:-1]  # (the first test spares most tokens a slice)
        )


_COUNTED_ALONE = 16  # words counted one by one before the whole text is counted
_HITS_LOOKED_AT = 64  # a word found more often (inside words too) is counted with the rest
_NAME_USES = 3  # a capitalised word the text uses this often on its own is a name


def _is_letter(char: str) -> bool:
    """A character of a word as ``_FAST_WORD`` has it (a letter, not a digit or "_")."""
    return char.isalnum() and not char.isdecimal()


def _whole_word_count(text: str, word: str, limit: int) -> int | None:
    """How often ``word`` occurs in ``text`` not inside a longer run of letters.

    None when it occurs more than ``limit`` times, inside words or not: then a
    count of every word is cheaper than looking at each occurrence.
    """
    found = hits = 0
    i = text.find(word)
    while i >= 0:
        hits += 1
        if hits > limit:
            return None
        end = i + len(word)
        if not (i and _is_letter(text[i - 1])) and not (end < len(text) and _is_letter(text[end])):
            found += 1
        i = text.find(word, end)
    return found


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _starts_lower(line: str) -> bool:
    """Does the line open (after opening quotes or brackets) with a lower-case letter?"""
    core = line.lstrip("«„\"'“‘‚‹([")
    return bool(core) and core[0].islower()


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


def _hyphen_join(left: str, right: str, ev: _Evidence, pack: LanguagePack) -> str:
    """How to join ``left`` (ending in "-") and ``right`` across a line break.

    "keep": the hyphen belongs to the word (Nord-Korea, COVID-19, EU-Staaten);
    "drop": it was added at the break (Zusammen-arbeit); "space": a suspended
    compound ("Nord- und Südeuropa").
    """
    m_left = _LEFT_HYPHEN.search(left[-60:])
    m_right = _WORD_AT.match(right)
    if not m_left or not m_right:
        return "space"
    head, tail = m_left.group(1), m_right.group(1)
    after = right[m_right.end() : m_right.end() + 2]
    if after[:1] == "-" and after[1:].isalpha():
        return "keep"  # a hyphenated chain goes on: "blink-\nand-you'll-miss-it"
    if tail.casefold() in pack.compound_conjunctions:
        # "Nord- und Südeuropa", "pre- and post-war"; but "underst-\nand" is a hyphenation
        suspended = head[0].isupper() or head.casefold() in pack.hyphen_prefixes
        if suspended or ev.count(head.casefold()) > 1:
            return "space"
        return "drop"
    joined = (head + tail).casefold()
    hyphenated = f"{head}-{tail}".casefold() in ev.hyphenated
    if tail[0].isupper() and ev.count(joined) > 0 and not hyphenated:
        return "drop"  # "Give-\nWell" where the text writes "GiveWell" elsewhere
    if tail[0].isupper() or tail[0].isdigit() or head.isupper() or head.isdigit():
        return "keep"
    if hyphenated and not ev.count(joined):
        return "keep"
    if ev.count(joined):
        return "drop"
    if head.casefold() in pack.hyphen_prefixes or tail.casefold() in pack.hyphen_suffixes:
        return "keep"
    endings = pack.hyphen_prefix_endings.get(head.casefold())
    if endings and tail.casefold().endswith(endings):
        return "keep"  # "по-\nрусски", "по-\nновому"
    if pack.open_compounds:
        # far-flung: both halves are words of this text elsewhere too (not only at
        # this break, nor at the same break repeated: "Geek-\nbench" twice) ...
        h, t = head.casefold(), tail.casefold()
        here = ev.line_breaks[h, t] or 1
        if ev.count(h) > here and ev.count(t) > here:
            return "keep"
        # ... or the first half is a name the text uses on its own ("Apple-\nsanctioned").
        if head[0].isupper() and ev.count(head, as_written=True) >= here + _NAME_USES:
            return "keep"
    return "drop"


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

    def join(self, nxt: str, ev: _Evidence, pack: LanguagePack, cut_run: bool = False) -> None:
        prev = self.parts[-1]
        if (
            cut_run
            or (_is_cjk(prev[-1:]) and _is_cjk(nxt[:1]))
            or _opens_with_closing_mark(nxt)
            or _is_drop_cap(prev, nxt, ev)
        ):
            self.parts.append(nxt)  # a cut run, no spaces in the script, ", then", "T" + "he"
            return
        if prev.endswith("-") and len(prev) > 1 and prev[-2].isalnum():
            how = _hyphen_join(prev, nxt, ev, pack)
            if how == "drop":
                self.parts[-1] = prev[:-1]
            if how != "space":
                self.parts.append(nxt)
                return
        self.parts.append(" " + nxt)

    def text(self) -> str:
        return "".join(self.parts)


def _is_drop_cap(letter: str, nxt: str, ev: _Evidence) -> bool:
    """Is ``letter`` a first letter set apart from the rest of its word ("T" + "he minister")?

    A page styles an article's first letter as a drop cap; taken one node per
    line, it stands on a line of its own. Joined when the text uses the whole
    word elsewhere at least as often as the rest alone ("the" against "he");
    "A" + "new ferry" stays two words ("anew" is not in the text).
    """
    if len(letter) != 1 or not letter.isupper() or not nxt[:1].islower():
        return False
    rest = _FAST_WORD.match(nxt)
    if rest is None:
        return False
    whole = ev.count((letter + rest.group()).casefold())
    return whole > 0 and whole >= ev.count(rest.group().casefold())


_GOES_ON = ",)]"  # a line that opens with one of these goes on the line before
_ENDS_ON = ".;:!?"  # these too, before a space, a closer or nothing (not ".NET", "...")


def _opens_with_closing_mark(line: str) -> bool:
    """Does ``line`` open with a mark that closes what the line before began?

    Text taken from HTML one node per line (``get_text("\\n")``) puts the
    punctuation after a link or an emphasis on a line of its own: "according
    to\\nReuters\\n, the ministry".
    """
    return line[:1] in _GOES_ON or (
        line[:1] in _ENDS_ON and (len(line) == 1 or line[1].isspace() or line[1] in _CLOSERS)
    )


def _ends_in_never_final(line: str, words: frozenset[str]) -> bool:
    """Does ``line`` end in a word after which no sentence ends ("the", "der", "в")?"""
    if not words or not line[-1:].isalpha():
        return False
    return line[line.rfind(" ") + 1 :].lstrip(_OPENING) in words


def _is_header_line(line: str, byline: re.Pattern[str]) -> bool:
    """A header line that stands on its own: "Автор: Олена Коваль", "14.07.2024, 16:20", "Von …"."""
    # (Cheap tests first: a label has its colon among the first 16 characters,
    # a date opens with a digit.)
    return bool(
        (":" in line[:16] and _LABEL.match(line))
        or (line[0].isdigit() and _DATE_START.match(line))
        or byline.match(line)
    )


def _should_join(
    prev: str, nxt: str, width: int | None, byline: re.Pattern[str], never_final: frozenset[str]
) -> bool:
    """Does the line break between ``prev`` and ``nxt`` fall inside a sentence?"""
    if not prev or not nxt or BULLET_RE.match(nxt) or nxt[0] in MARKS:
        return False
    if _opens_with_closing_mark(nxt) and not _ends_sentence(prev):
        return True
    if prev.endswith("-") and len(prev) > 1 and prev[-2].isalnum() and nxt[0].isalnum():
        return True
    wrapped = width is not None and len(prev) >= width - 15
    if not wrapped and len(prev) >= _CJK_WRAP and _is_cjk(prev[-1]) and _is_cjk(nxt[0]):
        wrapped = True  # CJK has no case to tell a sentence goes on: a long line was wrapped
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


_LINE_IN_PARAGRAPH = stdlib_re.compile(r"\n(?<!\n\n)(?!\n)")  # a single line break


def _blocks_of(text: str) -> list[list[str]]:
    """The paragraphs of ``text`` as lists of lines, empty lines and paragraphs left out."""
    blocks = ([ln for ln in b.split("\n") if ln] for b in text.split("\n\n"))
    return [b for b in blocks if b]


def _join_breaks(text: str, ev: _Evidence, pack: LanguagePack) -> str:
    if "\n\n\n" in text or text[:1] == "\n" or text[-1:] == "\n":
        # (Not as repair_cleaned is given text: rebuilt the long way.)
        blocks = _blocks_of(text)
        return _join_blocks(blocks, _wrap_width(blocks), _table_rows(blocks), ev, pack)
    # A wrap width and a table need lines inside paragraphs: four at least.
    if len(list(islice(_LINE_IN_PARAGRAPH.finditer(text), 4))) < 4:
        return _join_near_candidates(text, ev, pack)
    blocks = [b.split("\n") for b in text.split("\n\n")]  # (no empty lines: see above)
    width = _wrap_width(blocks)
    rows = _table_rows(blocks)
    if width is None and not rows:
        return _join_near_candidates(text, ev, pack)
    return _join_blocks(blocks, width, rows, ev, pack)


# A line break that can fall inside a sentence when the text is neither
# hard-wrapped nor a table: the line before ends in a hyphen or a comma, or the
# next opens with a closing mark (", then"), or (after opening marks) with
# what may be a lower-case letter or with CJK, which has no case. (A superset:
# the rules decide. It opens with its literal, so the engine skips ahead to
# line breaks.)
_MAYBE_LOWER = rf"{_NOT_CAPITAL}|[\u2e80-\u303f\uff01-\uff60]"


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
        rf"\n(?:(?<=[-,]\n)\n?{after_word}|\n?(?=[,.;:!?)\]]|[«„\"'“‘‚‹(\[]*(?:{_MAYBE_LOWER})))"
    )


def _join_near_candidates(text: str, ev: _Evidence, pack: LanguagePack) -> str:
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
        lo = text.rfind("\n", 0, brk) + 1
        hi = text.find("\n", brk + 2)  # (a paragraph break is two characters)
        hi = len(text) if hi < 0 else hi
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = hi
        else:
            regions.append([lo, hi])
    if not regions:
        return text
    byline = _byline_start(pack)
    pieces: list[str] = []
    copied = 0
    for lo, hi in regions:
        pieces.append(text[copied:lo])
        pieces.append(
            _join_blocks(_blocks_of(text[lo:hi]), None, set(), ev, pack, byline, at_start=lo == 0)
        )
        copied = hi
    pieces.append(text[copied:])
    return "".join(pieces)


def _join_blocks(
    blocks: list[list[str]],
    width: int | None,
    rows: set[int],
    ev: _Evidence,
    pack: LanguagePack,
    byline: re.Pattern[str] | None = None,
    at_start: bool = True,
) -> str:
    """Rebuild the lines of ``blocks`` (paragraphs of physical lines), joining broken sentences.

    ``at_start``: the blocks open the text (where the headline stands).
    """
    byline = byline or _byline_start(pack)
    out: list[list[_Line]] = []
    for n, block in enumerate(blocks):
        if n in rows:
            out.append([_Line(" ".join(block))])  # a table row: its cells on one line
            continue
        lines = [_Line(block[0])]
        for line in block[1:]:
            # Decisions look at the physical line before the break.
            before = lines[-1].last.strip()
            if _should_join(before, line, width, byline, pack.never_final):
                # A run longer than the line (a URL) was cut, not wrapped at a space.
                cut = width is not None and len(before) >= width and " " not in before
                lines[-1].join(line, ev, pack, cut_run=cut)
            else:
                lines.append(_Line(line))
        # A paragraph break inside a sentence: "im Medienbereich\n\nzu diskutieren".
        # (Not yet onto a one-line first block: see below.)
        headline = at_start and len(out) == 1 and len(out[0]) == 1
        after_row = n - 1 in rows
        if (
            out
            and not headline
            and not after_row
            and _joins_across_paragraphs(out[-1][-1], lines[0].parts[0])
        ):
            _merge_blocks(out[-1], lines, ev, pack)
        else:
            out.append(lines)
    # A one-line first block is the headline: the paragraph after it joins it
    # only when it is a sentence. A short lower-case line after a headline is
    # alt text or a caption. (Decided on the finished paragraph, so that a
    # second pass decides the same.)
    nxt_line = out[1][0] if at_start and len(out) > 1 else None
    if nxt_line and len(out[0]) == 1 and _joins_across_paragraphs(out[0][0], nxt_line.parts[0]):
        nxt = nxt_line.text()
        if len(nxt.split()) >= 8 or _ends_sentence(nxt):
            _merge_blocks(out[0], out.pop(1), ev, pack)
    return "\n\n".join(
        "\n".join([line.text() for line in b]) if len(b) > 1 else b[0].text() for b in out
    )


def _merge_blocks(block: list[_Line], nxt: list[_Line], ev: _Evidence, pack: LanguagePack) -> None:
    """Join ``nxt`` onto ``block``: a sentence that a blank line broke in two."""
    block[-1].join(nxt[0].text(), ev, pack)
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


# --- glue ---------------------------------------------------------------------


@lru_cache(maxsize=64)
def _byline_start(pack: LanguagePack) -> re.Pattern[str]:
    labels = "|".join(re.escape(b) for b in sorted(pack.byline_labels, key=len, reverse=True))
    return re.compile(rf"^(?:{labels or '(?!x)x'})\s+\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}")


@lru_cache(maxsize=64)
def _abbreviations(pack: LanguagePack) -> frozenset[str]:
    """The language's abbreviations that end in a full stop, without spaces, lower-cased."""
    bare = (a.replace(" ", "") for a in pack.abbreviations)
    return frozenset(a.lower() for a in bare if a.endswith("."))


def _ends_in_abbreviation(text: str, pack: LanguagePack) -> bool:
    """Does ``text`` end in an abbreviation that stands alone or after "(" ("… z.B.", "(Dr.")?"""
    if not text or text[-1].isspace():
        return False
    last = text.rsplit(None, 1)[-1].rpartition("(")[2]  # (a set lookup, not a pattern: faster)
    return last.lower() in _abbreviations(pack)


@lru_cache(maxsize=64)
def _final_abbreviations(pack: LanguagePack) -> tuple[str, ...]:
    return tuple(a.replace(" ", "").casefold() for a in pack.final_abbreviations)


# An e-mail address is one token; a handle ("@MattBevin!”Trump") is a word like others.
_EMAIL = re.compile(r"[\p{L}\d._%+-]@[\p{L}\d-]+\.\p{L}")
_MAX_TOKEN = 80  # longer "words" are URLs, code or junk: never split inside them


def _token_around(text: str, pos: int) -> tuple[int, int] | None:
    """Bounds of the whitespace-delimited token at ``pos``; None if it is very long.

    The search is bounded, so scanning a huge token costs O(_MAX_TOKEN) per match.
    """
    lo = max(0, pos - _MAX_TOKEN)
    start = text.rfind(" ", lo, pos) + 1
    if start == 0 and lo > 0:
        return None
    end = text.find(" ", pos, pos + _MAX_TOKEN)
    if end < 0:
        if pos + _MAX_TOKEN < len(text):
            return None
        end = len(text)
    return start, end


def _cuts_in_tokens(line: str, matches: Iterator[re.Match[str]]) -> Iterator[tuple[int, int, int]]:
    """(cut position, token start, token end) for each match not inside a very long token."""
    for m in matches:
        bounds = _token_around(line, m.start())
        if bounds is not None:
            yield m.start(), bounds[0], bounds[1]


def _ends_sentence_word(word: str) -> bool:
    """A word that closes a sentence: "Tuesday." yes; "L.A.", "U.S.", "Dr." no."""
    core = word.rstrip(_CLOSERS)
    if core in ("…", "...", "-", "–", "—"):
        return False  # a free-standing ellipsis or dash inside a title
    if core.endswith(("!", "?", "…")):
        return True
    return core.endswith(".") and "." not in core[:-1] and len(core) > 3


def _is_heading(segment: str, at_text_start: bool = False) -> bool:
    """A glued left part that is a heading (no full stop to restore).

    A heading is short, has no sentence end inside and is mostly capitalised;
    at the very start of a text any short line without a sentence end is one
    (that is where the headline stands).
    """
    words = segment.split()
    if not words or len(words) > 20 or any(_ends_sentence_word(w) for w in words[:-1]):
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or not words[0][:1].isalpha()):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) / len(words)
    if at_text_start:  # where the headline stands: a title unless it reads like a clause
        return "," not in segment or caps >= 0.3
    if len(words) > 16:
        return False
    return len(words) <= 3 or caps >= 0.5


def _caps_heading_before(line: str, pos: int) -> bool:
    """The text since the last sentence end before ``pos`` is an upper-case heading.

    "… on Friday.NISSAN SENTRA|Nissan is …": the segment "NISSAN SENTRA" has
    no lower-case letter and enough letters not to be an acronym glued to a
    name ("JSONDecoder", "XMLHttp" stand inside lower-case text).
    """
    window = line[max(0, pos - 80) : pos]
    end = max(window.rfind(c) for c in ".!?…:;")
    if end < 0 and pos > 80:
        return False
    segment = window[end + 1 :]
    if "," in segment:
        return False  # "XML, JSON, HTTPS, OAuth": a list of acronyms, not a heading
    letters = [c for c in segment if c.isalpha()]
    return len(letters) >= 4 and not any(c.islower() for c in letters)


def _after_name_prefix(line: str, start: int, pos: int) -> bool:
    """The capitalised piece right before ``pos`` is a surname prefix ("Mc", "Mac", "Fitz")."""
    j = pos
    while j > max(start, pos - 5) and line[j - 1].islower():
        j -= 1
    return j > start and line[j - 1].isupper() and line[j - 1 : pos] in shared().name_prefixes


def _is_address(token: str) -> bool:
    """A URL, an e-mail address, a domain or a file name: one token, never split."""
    core = token.strip(".,;:!?()[]«»\"'“”„")
    if "://" in core or core.lower().startswith("www") or ("@" in core and _EMAIL.search(core)):
        return True
    head, dot, suffix = core.rpartition(".")
    # a domain or file name: "PanARMENIAN.Net", "Report2019.PDF"
    return bool(dot) and head[-1:].isalnum() and suffix.casefold() in shared().dotted_suffixes


def _protected_token(token: str) -> bool:
    """An address, or a token with a name of inner capitals ("AirPods") to cut inside."""
    return _is_address(token) or _inner_capital_names_re().search(token) is not None


@lru_cache(maxsize=1)
def _inner_capital_names_re() -> stdlib_re.Pattern[str]:
    names = sorted(shared().inner_capital_names, key=len, reverse=True)
    return stdlib_re.compile("|".join(stdlib_re.escape(n) for n in names) or r"(?!x)x")


def _both_used_alone(left: str, right: str, ev: _Evidence) -> bool:
    """ "OmarIlhan" where the text says "Omar" and "Ilhan" three times each."""
    if len(right) < 3 or not right.isalpha():
        return False
    return ev.count(left.casefold()) >= 3 and ev.count(right.casefold()) >= 3


def _address_then_word(left: str, right: str) -> bool:
    """ "www.usef.org.|VISIT the …": a sentence ends in an address, the next starts with a word.

    (Not a domain or file name of its own: "PanARMENIAN.Net", "bericht.PDF".)
    """
    word = right.rstrip(_TOKEN_PUNCT)
    return (
        word.isalpha()
        and word.casefold() not in shared().dotted_suffixes
        and _is_address(left.lstrip(_TOKEN_PUNCT))
    )


_CREDIT_REACH = 120  # characters: how far back a credit's bracket is looked for


def _opens_with_credit(line: str, pos: int) -> bool:
    """The bracket closed at ``pos`` is an outlet's credit among a line's first words.

    "(CNN)The mayor", "Hong Kong (CNN Business)A muddled view": the credit
    opens the body and stays with it. (Looked for in a bounded window: linear.)
    """
    opener = line.rfind("(", max(0, pos - _CREDIT_REACH), pos)
    if opener < 0 or opener > _CREDIT_REACH:
        return False
    words = line[:opener].split()
    return len(words) <= 3 and not any(_ends_sentence_word(w) for w in words)


def _bracket_cuts(line: str, pack: LanguagePack) -> Iterator[int]:
    """Where a sentence opener glued to a closing bracket starts a block ("2019)|The suspect")."""
    for m in _BRACKET_GLUE.finditer(line):
        pos = m.end()
        word = _WORD_AT.match(line, pos)
        if word is None or word.group(1) not in pack.sentence_starters:
            continue  # (most matches: the cheap check first)
        bounds = _token_around(line, pos)
        if bounds is None or _opens_with_credit(line, pos):
            continue
        if not _protected_token(line[bounds[0] : bounds[1]]):
            yield pos


def _separator_cuts(line: str) -> Iterator[int]:
    """Where a separator ("___") touches the text, so that it stands on a line of its own."""
    for m in _RULE_GLUE.finditer(line):
        bounds = _token_around(line, m.start())
        if bounds is None or _is_address(line[bounds[0] : bounds[1]]):
            continue
        if m.start() > 0 and not line[m.start() - 1].isspace():
            yield m.start()
        if m.end() < len(line) and not line[m.end()].isspace():
            yield m.end()


def _split_glue_in_lines(text: str, pos: int, pack: LanguagePack, ev: _Evidence) -> str:
    """:func:`_cut_glue` on each line of ``text[pos:]`` that has a glue hint.

    One search finds the next hint; the lines before it are copied untouched,
    so most lines cost no Python work at all.
    """
    pieces: list[str] = []
    while (m := _GLUE_HINT.search(text, pos)) is not None:
        start = text.rfind("\n", pos, m.start()) + 1 or pos
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        pieces.append(text[pos:start])
        pieces.append(_cut_glue(text[start:end], pack, False, text, ev))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _cut_glue(line: str, pack: LanguagePack, text_start: bool, text: str, ev: _Evidence) -> str:
    """Split the blocks glued together in one line (it has a glue hint)."""
    cuts: list[tuple[int, str]] = []  # (position, what to insert)
    first_low_quote = line.find("„")
    straight_quotes, counted_to = 0, 0  # '"' before the match, counted as we go (linear)
    for m in _PUNCT_GLUE.finditer(line) if _PUNCT_HINT.search(line) else ():
        end = m.end()
        straight_quotes += line.count('"', counted_to, m.start())
        counted_to = m.start()
        before, after = _token_around(line, m.start()), _token_around(line, end)
        if before is None or after is None:
            continue
        start = before[0]
        left = line[start : m.start()]
        punct = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if _is_address(line[start : after[1]]) and not _address_then_word(
            left, line[end : after[1]]
        ):
            continue  # (a name is never cut at a full stop: "AirPods.While" is glued)
        if punct.startswith("."):
            word = left + "."
            words = _ALNUM.findall(left)
            if not words or (
                len(words[-1]) <= 1
                and not words[-1].isdigit()
                and not left.endswith("°" + words[-1])  # a unit: "+3°C.Rescuers"
            ):
                continue  # an initial: "J.R.R. Tolkien"
            window = line[max(0, m.start() - 24) : m.start() + 1]
            is_abbreviation = _ends_in_abbreviation(window, pack)
            # "z. B.Die" is no sentence end, "itd.Kolejnym" is one.
            if is_abbreviation and not word.casefold().endswith(_final_abbreviations(pack)):
                continue
        if punct.endswith("“") and not 0 <= first_low_quote < m.start():
            end -= 1  # "“" opens the next quote unless the text quotes „like this“
        elif punct.endswith('"') and straight_quotes % 2 == 0:
            end -= 1  # no quote is open: '"' opens the next one ('strength."Although')
        cuts.append((end, ""))
    for pos, start, end in _cuts_in_tokens(line, _CASE_GLUE.finditer(line)):
        token = line[start:end]
        if _protected_token(token) or len(_LOWER_UPPER.findall(token)) > 2:
            continue  # (an address; a name from code with three humps: "getElementById")
        left = line[start:pos].lstrip("(«„\"'“")
        if left[:1] in ("@", "#"):  # a handle: "@darkzip|Что" is glued, "@Matt|Bevin" is a name
            left = left[1:].replace("_", "") if left[1:].islower() else ""
        right = _WORD_AT.match(line, pos)
        right_word = right.group(1) if right else ""
        if right and right_word.casefold() in pack.months and _DAY_NUMBER.match(line, right.end()):
            cuts.append((pos, ""))  # "Tampa, FLJune 10 --": a date opens the next item
            continue
        if _after_name_prefix(line, start, pos):
            continue  # "McKinley", "rulingMcKinley": never split after a surname prefix
        if left.isupper() and left.isalpha() and _caps_heading_before(line, pos):
            if len(right_word) > 2 or right_word in pack.sentence_starters:
                cuts.append((pos, ""))  # an upper-case heading: no full stop
            continue
        if len(left) < 2 or not left.isalpha():
            continue
        # The glued form as the text's count of names has it ("OmarIlhan").
        camel = _CAMEL_RIGHT.match(line, pos)
        name = left + (camel.group() if camel else right_word)
        # A block start glued after many words (a name the text repeats stays).
        capitalised = left[0].isupper()
        many = capitalised and ev.glued_after[right_word] >= _GLUED_AFTER_MANY
        if many and ev.camel_names[name] == 1:
            cuts.append((pos, "."))
            continue
        if capitalised:
            # Inside a capitalised token ("NowhereAmericans", but also "MagSafe")
            # only the headline glued to the text at the very start, a sentence
            # opener, or two words the text uses alone often are split.
            heading = text_start and pos <= 200 and len(line[:pos].split()) >= 2
            heading = heading and _is_heading(line[:pos], text_start)
            if not left[1:].islower():
                continue  # "JSONDecoder", "XMLHttpRequest": an acronym inside a name
            # (A one-letter capital and a colon opens an interview's turn: "Q:", "A:".)
            turn = len(right_word) == 1 and line[pos + 1 : pos + 2] == ":"
            starter = turn or right_word in pack.sentence_starters
            if not starter and not heading and not _both_used_alone(left, right_word, ev):
                continue
            if ev.camel_names[name] > 1:
                continue  # a name the text repeats (counted once per text: linear)
            # "WeWork" stays; "FestivalAs" is split: the left word stands alone
            # elsewhere in the text and the right one starts sentences.
            short = len(left) < 3 or len(right_word) < 3
            if short and not (starter and len(left) >= 3 and ev.count(left.casefold()) > 0):
                continue
        cuts.append((pos, "."))
    if ")" in line:
        cuts.extend((pos, "") for pos in _bracket_cuts(line, pack))
    if "___" in line:
        cuts.extend((pos, "") for pos in _separator_cuts(line))
    for m in _YEAR_GLUE.finditer(line) if _YEAR_HINT.search(line) else ():
        bounds = _token_around(line, m.end())
        if bounds is not None and not _protected_token(line[bounds[0] : bounds[1]]):
            cuts.append((m.end(), "."))  # no full stop after a dateline (a heading)
    if not cuts:
        return line
    pieces: list[str] = []
    last = 0
    for pos, mark in sorted(cuts):
        left_part = line[last:pos]
        if mark == "." and _is_heading(left_part, text_start and not pieces):
            mark = ""  # a heading glued to its text gets no full stop
        pieces.append(left_part.rstrip() + mark)
        last = pos
    pieces.append(line[last:])
    return "\n\n".join(p.strip() for p in pieces if p.strip())


def _split_headline_from_dateline(line: str) -> str:
    """ "… Davis Cup FinalsMADRID — Rafael Nadal …": the headline ends where the dateline starts."""
    m = _DATELINE_START.search(line, 0, 300)
    if m is None or m.start() == 0:
        return line
    left = line[: m.start()]
    words = left.split()
    if not 3 <= len(words) <= 25 or any(_ends_sentence_word(w) for w in words):
        return line  # not a headline: too short or long, or a sentence ends in it
    return left.rstrip() + "\n\n" + line[m.start() :]


# Where a headline glued to the body may end: a lower-case letter, digit or
# closing mark before a capital ("dealA", "2019As", "’Health"), or an
# upper-case run before a capitalised word ("PHCrossovers").
# An upper-case word glued to an upper-case dateline: "… from USNEW DELHI: Their …".
# (Read in the first _HEADLINE_MAX characters only, so the runs of capitals
# are bounded by that: a look-ahead tried at each capital of a run scans the
# rest of the run, at most that far.)
_HEADLINE_MAX = 250  # characters: a headline glued to the body ends before this
_HEADLINE_GLUE = re.compile(
    r"(?<=[\p{Ll}\p{N}’”\"')!?])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})"
    rf"|(?<=\p{{Lu}}{{2}})(?=\p{{Lu}}{{2,{_HEADLINE_MAX}}}+"
    rf"(?: \p{{Lu}}{{2,{_HEADLINE_MAX}}}+){{0,2}}: \p{{Lu}})"
)
_FIRST_WORD = re.compile(r"\p{Lu}(?:\p{Lu}+(?!\p{Ll})|[\p{Ll}\p{M}]*)")
_LEDE_WORDS = 6  # a body glued to a headline goes on for at least a sentence


def _glue_evidence(token: str, k: int, text: str, pack: LanguagePack) -> bool:
    """Is ``token[:k] | token[k:]`` a headline's last word glued to the body's first?

    Camel-case names ("MagSafe", "SpaceX", "PHP") look the same; they need
    evidence: the token is not used again, and one of its halves stands alone
    elsewhere in the text or the right-hand word starts sentences.
    """
    left, right = token[:k].lstrip(_TOKEN_PUNCT), token[k:].rstrip(_TOKEN_PUNCT)
    first = _FIRST_WORD.match(right)
    left_word = left.rstrip(_CLOSERS + "!?")
    if first is None or len(left_word) < 2:
        return False
    word = first.group()
    if right[len(word) : len(word) + 1].isalnum():
        # "We|WorkWeWork": the body's first word is itself camel-case; only a
        # name used again ("fall|SpaceX", "WeWork|WeWork") is cut.
        right_alone = _stands_alone(right, text)
        return right_alone and (left.islower() or _stands_alone(left, text))
    if len(word) == 1:  # "dealA", "BeddingA": a one-letter sentence opener
        return word in pack.sentence_starters and not left_word[-1].isdigit()
    if word.isupper():  # "ProjectNASA has", "seatDEAR ABBY"; not "PHP" or "IOSApp"
        if left_word.isupper():  # "US|NEW DELHI:": the left word stands alone elsewhere
            return _stands_alone(left_word, text)
        return not left_word[-1].isupper()
    if not left_word[-1].isalpha() or left_word.islower():
        return True  # "2019As", "Lung’The", "dealThe" (not "iPhone": two letters at least)
    if text.count(left + right) > 1:
        return False  # a name the text uses again: "MagSafe", "PayPal"
    if word in pack.sentence_starters:
        return True
    # "NowhereAmericans", "PHCrossovers": a half stands alone elsewhere in the text.
    return _stands_alone(word, text) or _stands_alone(left_word, text)


def _stands_alone(word: str, text: str) -> bool:
    """Does ``word`` occur in ``text`` as a whole word (not inside a longer one)?"""
    bounded = rf"(?<![\p{{L}}\p{{N}}]){re.escape(word)}(?![\p{{L}}\p{{N}}])"
    return re.search(bounded, text) is not None


def _reads_as_headline(left: str, pack: LanguagePack) -> bool:
    words = left.split()
    if not 2 <= len(words) <= 25:
        return False
    quoted = False  # "‘Meth. We’re on it.’: Spokane …": a quoted sentence may end inside
    for word in words[:-1]:
        quoted = quoted or word[:1] in '‘“«„"'
        if not quoted and _ends_sentence_word(word) and not _ends_in_abbreviation(word, pack):
            return False  # a sentence ends inside ("Rep. Ilhan Omar" has none)
        quoted = quoted and not word.rstrip(".,:;!?").endswith(("’", "”", "»", '"'))
    first = left[0]
    return first.isupper() or first.isdigit() or first in _OPENING


def _split_glued_headline(line: str, pack: LanguagePack, text: str) -> list[str]:
    """A headline glued to the body at the start of the text: "…to NowhereAmericans have …".

    The cut is the first one where the left part reads as a headline, the
    right part goes on for a sentence and the halves of the token it falls in
    are a word glued to a word, not a camel-case name.
    """
    for pos, start, end in _cuts_in_tokens(line, _HEADLINE_GLUE.finditer(line, 0, _HEADLINE_MAX)):
        token = line[start:end]
        left = line[:pos].rstrip()
        # (The lede is counted in a bounded window: the line may be a whole article.)
        lede = line[pos : pos + 60 * _LEDE_WORDS].split()
        if len(lede) < _LEDE_WORDS or not _reads_as_headline(left, pack):
            continue
        if _protected_token(token) or _after_name_prefix(line, start, pos):
            continue
        if _glue_evidence(token, pos - start, text, pack):
            return _credit_to_body(left, line[pos:])
    return [line]


# A credit that opens the body, glued to the headline: "… health (CNN)President …",
# "… trade war Hong Kong (CNN Business)A muddled …" (a place, then the outlet).
_TRAILING_CREDIT = re.compile(r"(?:\s\p{Lu}[\p{L}.]*){0,3}\s\(\p{Lu}[^()]{0,29}\)$")


def _credit_to_body(headline: str, body: str) -> list[str]:
    tail = max(0, len(headline) - 80)
    m = _TRAILING_CREDIT.search(headline, tail)
    if m is None:
        return [headline, "", body]
    cut = m.start()
    place = headline[cut:].split("(")[0].split()
    before = headline[:cut].split()
    if place and before and before[-1][:1].isupper():
        # "… Trump's Health (CNN)": Title Case, the place cannot be told apart
        cut = headline.rindex(" (")
    return [headline[:cut].rstrip(), "", headline[cut:].lstrip() + body]


def _split_title_case_headline(line: str, pack: LanguagePack) -> list[str]:
    """A Title Case headline run into its body by a space: "… Moon Europa A team led by …".

    In languages that write headlines in Title Case (``title_case_minor`` in the
    data) the first lower-case word that is not a minor word ("team") lies in
    the body; the body starts at the last sentence opener ("A", "When", "The")
    or the last capital after a closing quote before it, where the word before
    is not a minor word (a headline never ends in "of" or "Into").
    """
    minor = pack.title_case_minor
    if not minor or len(line) < 80:
        return [line]
    words = line[:_HEADLINE_MAX].split(" ")
    cut = None
    for i, word in enumerate(words):
        bare = word.lstrip(_OPENING)
        if not bare:
            continue
        if bare[0].islower() and bare.casefold() not in minor:
            break  # the first word of sentence case: the body has started
        prev = words[i - 1] if i else ""
        if i < 3 or not bare[0].isupper() or prev.casefold().strip(_TOKEN_PUNCT) in minor:
            continue
        opener = bare.rstrip(_TOKEN_PUNCT) in pack.sentence_starters and prev[-1:].isalnum()
        if opener or prev.endswith(("’", "”", '"')):
            cut = i
    else:
        return [line]
    if cut is None or i - cut > 4:
        return [line]  # the body's subject is longer than a few words: not sure
    left = " ".join(words[:cut])
    right = line[len(left) + 1 :]
    if not _reads_as_headline(left, pack) or len(right.split()) < _LEDE_WORDS:
        return [line]
    return [left, "", right]


def _split_restated_headline(line: str, pack: LanguagePack, text: str) -> list[str]:
    """A headline run into a lede that restates it: "… to kill Omar A New York man pleaded …".

    The lede opens (after a short opener such as "A" or "The") with the
    headline's first two capitalised words and says most of it again.
    """
    words = line[:_HEADLINE_MAX].split(" ")
    if not all(w[:1].isupper() for w in words[:2]):
        return [line]
    for i in range(4, min(len(words) - _LEDE_WORDS, 26)):
        j = i + 1 if len(words[i]) <= 3 and words[i] in pack.sentence_starters else i
        if [w.strip(_TOKEN_PUNCT) for w in words[j : j + 2]] != words[:2]:
            continue
        left = " ".join(words[:i])
        right = line[len(left) + 1 :]
        if _reads_as_headline(left, pack) and restates(left, right[: 3 * len(left)]):
            return [left, "", right]
    return [line]


# Ways a headline runs into its body on the first line.
_HEADLINE_SPLITS: tuple[Callable[[str, LanguagePack, str], list[str]], ...] = (
    _split_glued_headline,
    _split_restated_headline,
)


def _split_glue(text: str, pack: LanguagePack, ev: _Evidence) -> str:
    first, newline, _ = text.partition("\n")
    head = _split_headline_from_dateline(first)
    if head == first:
        # The earliest cut with evidence wins (a later one would leave body text
        # in the headline); the Title Case reading is the last resort.
        splits = [split(first, pack, text) for split in _HEADLINE_SPLITS]
        found = [parts for parts in splits if len(parts) > 1]
        best: list[str] = min(found, key=lambda parts: len(parts[0])) if found else []
        heads = best or _split_title_case_headline(first, pack)
    else:
        heads = [head]
    top = "\n".join(
        _cut_glue(line, pack, i == 0, text, ev) if _GLUE_HINT.search(line) else line
        for i, line in enumerate(heads)
    )
    return top + newline + _split_glue_in_lines(text, len(first) + len(newline), pack, ev)


def repair_sentences(text: str, lang: str | None = None) -> str:
    """Rejoin sentences broken across lines and split blocks glued together.

    Examples:
        >>> repair_sentences("Ziel ist es, im Bereich\\n\\nzu diskutierenUnd das ist alles.", "de")
        'Ziel ist es, im Bereich zu diskutieren.\\n\\nUnd das ist alles.'
        >>> repair_sentences("Die Zusammen-\\narbeit mit Nord-\\nKorea.", "de")
        'Die Zusammenarbeit mit Nord-Korea.'
    """
    if not isinstance(text, str):
        raise TypeError(f"repair_sentences() expects str, got {type(text).__name__}")
    text = break_block_gaps(text.replace("\r\n", "\n"))
    if _SPACE_AT_BREAK.search(text) or text[:1].isspace() or text[-1:].isspace():
        text = "\n".join(map(str.strip, text.split("\n")))
    return repair_cleaned(_BLANK_LINES.sub("\n\n", text).strip("\n"), get_pack(lang))


def repair_cleaned(text: str, pack: LanguagePack) -> str:
    """:func:`repair_sentences` for text as ``clean_markup`` leaves it.

    That is: lines stripped, at most one blank line between them, block gaps
    already broken. ``parse`` calls this, sparing the text a second pass.
    """
    if not text:
        return text
    ev = _Evidence(text)
    joined = _join_breaks(text, ev, pack)
    split = _split_glue(joined, pack, ev)
    # A split can free a sentence that was blocked from joining its broken
    # continuation (it shared a line with a bullet): then join once more.
    return split if split == joined else _join_breaks(split, ev, pack)
