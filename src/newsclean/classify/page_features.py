"""What the page model reads of each line: its shape, its neighbours and its place on the page.

Every feature is a number computed from the line and the lines around it:
length, closing punctuation, capitals and figures, the density of function
words, of words that address the reader and of chrome words (language data),
the paragraph group it stands in (``get_text`` breaks a paragraph with links
into lines without a blank line between them), how much prose there is
around it, date stamps and repeated lines near it (comment threads, teaser
lists), and where it stands on the page. Stage two adds what the first
stage made of the neighbours: the run of likely article lines a line stands
in, how large it is next to the largest one, and which comes first.

A line's features come in three parts, in this order: its own
(:data:`OWN_FEATURES`, from its text and kind alone, so the same line
anywhere is measured once), its context (the rest of :data:`LINE_FEATURES`)
and, in stage two, :data:`PAGE_FEATURES`. The training script
(``benchmarks/train_page_model.py``) reads the rows of :func:`line_features`
and :func:`page_features`; the labeller (:mod:`.page_model`) reads the same
parts without joining them into rows.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import accumulate

from ..blocks import Block
from ..languages import LanguagePack
from .page_words import content_word, count, word_facts
from .shapes import CLOSERS, SENTENCE_END, final_mark, is_running_text

__all__ = [
    "LINE_FEATURES",
    "OWN_FEATURES",
    "PAGE_FEATURES",
    "context_rows",
    "line_features",
    "line_words",
    "own_features",
    "page_features",
    "page_rows",
]


#: Stage one, first part: what the line itself looks like.
OWN_FEATURES = (
    "log_words",
    "running_text",
    "sentence_end",
    "colon_end",
    "no_end_mark",
    "function_words",
    "commas",
    "capitalised",
    "figures",
    "lower_start",
    "bullet",
    "phrase_chrome",
    "other_label",
    "separators",
    "address",
    "chrome_words",
    "foreign_words",
    "cut_off",
    "link",
)

#: Stage one: what the line and its neighbours look like.
LINE_FEATURES = (
    *OWN_FEATURES,
    "repeated",
    "stamp",
    "group_words",
    "group_lines",
    "group_prose",
    "fragment",
    "prose_near",
    "prose_around",
    "short_near",
    "stamps_near",
    "repeated_near",
    "chrome_near",
    "prev_prose",
    "next_prose",
    "position",
    "prose_before",
    "prose_after",
    "core",
    "core_distance",
    "title_repeat",
    "after_title",
    "title_distance",
    "has_title",
    "echo",
)

#: Stage two: the first stage's probabilities around the line.
PAGE_FEATURES = (
    "logit",
    "mean_1",
    "mean_3",
    "mean_8",
    "mean_20",
    "max_before",
    "max_after",
    "between",
    "in_run",
    "run_words",
    "run_share",
    "first_run",
    "run_distance",
    "after_main",
    "group_mean",
    "topic",
)

#: Where the own features the context reads stand in a row.
PROSE, PHRASE_CHROME = OWN_FEATURES.index("running_text"), OWN_FEATURES.index("phrase_chrome")

_CUT_OFF = ("…", "...", "[…]", "[...]")  # a teaser cut short
_LINK = re.compile(r"://|www\.|\w@\w")  # an address, a handle
_SEPARATOR = re.compile(r" [|·•»›/] ")  # a menu's "News | Sport", a breadcrumb's "Home › News"
_TIME = re.compile(r"\d:\d\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TITLE_PARTS = re.compile(r"\s[|–—:»-]\s")

#: A run of likely article lines goes on over this many other lines.
_RUN_GAP = 3
#: A run this share of the largest one counts as a piece of article.
_RUN_SHARE = 0.3


def own_features(
    b: Block, facts: Callable[[str], int]
) -> tuple[tuple[float, ...], bool, frozenset[str]]:
    """The line's :data:`OWN_FEATURES`, whether it is a date stamp, and its content words."""
    text = b.text
    tokens = text.split()
    packed = sum(map(facts, tokens))
    as_written = count(packed, "as_written")
    if tokens:  # a capital "Sie" opening a line may be "she": only inside a line is it "you"
        as_written -= count(facts(tokens[0]), "as_written")
    letters, digits = count(packed, "letters"), count(packed, "digits")
    n = max(len(tokens), 1)
    mark = final_mark(text)
    row = (
        math.log1p(b.words),
        1.0 if is_running_text(b) else 0.0,
        1.0 if mark in SENTENCE_END else 0.0,
        1.0 if mark == ":" else 0.0,
        1.0 if mark.isalnum() else 0.0,
        count(packed, "function") / n,
        min(text.count(",") / n, 1.0),
        count(packed, "capital") / n,
        min(digits / (letters or 1), 1.0),
        1.0 if text[:1].islower() else 0.0,
        1.0 if b.is_bullet else 0.0,
        1.0 if b.kind == "boilerplate" else 0.0,
        1.0 if b.kind not in ("body", "boilerplate") else 0.0,
        1.0 if _SEPARATOR.search(text) else 0.0,
        min(5 * (count(packed, "address") + as_written) / n, 1.0),
        count(packed, "chrome") / n,
        count(packed, "foreign") / n,
        1.0 if text.rstrip(CLOSERS).endswith(_CUT_OFF) else 0.0,
        1.0 if _LINK.search(text) else 0.0,
    )
    stamp = _is_stamp(text, b.words, digits, count(packed, "month"))
    return row, stamp, frozenset(map(content_word, tokens)) - {""}


def _is_stamp(text: str, words: int, digits: int, months: int) -> bool:
    """A date or time line ("November 19, 2019 at 6:34 am", "23.06.2016 um 16:14")."""
    if words > 10 or not digits:
        return False
    if _TIME.search(text) or _YEAR.search(text):
        return True
    return months > 0


def _padded_sums(values: Sequence[float], radius: int) -> list[float]:
    """Prefix sums of ``values``, the first and last repeated ``radius`` times.

    Item ``i`` is the sum of the values before ``i - radius`` and item
    ``i + 2 * radius + 1`` that of the values up to ``i + radius``, both
    clipped to the text: a window's sum without a bound checked per line.
    """
    sums = [0.0, *accumulate(values)]
    return [sums[0]] * radius + sums + [sums[-1]] * radius


def _window_sum(values: Sequence[float], radius: int, scale: float = 1) -> list[float]:
    """The sum of ``values`` over each position's neighbours within ``radius`` (itself excluded).

    Each sum is divided by ``scale``.
    """
    sums = _padded_sums(values, radius)
    span = 2 * radius + 1
    return [(hi - lo - v) / scale for hi, lo, v in zip(sums[span:], sums, values, strict=False)]


def _window_mean(values: Sequence[float], radius: int) -> list[float]:
    """The mean of ``values`` over each position's window of ``radius`` (itself included)."""
    n = len(values)
    sums = _padded_sums(values, radius)
    ends = [0] * radius + list(range(n + 1)) + [n] * radius  # the same clipping, for the counts
    span = 2 * radius + 1
    return [
        (hi - lo) / (end - start)
        for hi, lo, end, start in zip(sums[span:], sums, ends[span:], ends, strict=False)
    ]


def _core(prose_words: Sequence[float], short: Sequence[float]) -> tuple[int, int]:
    """The run of lines with the most prose words less a toll per short line."""
    best, span, total, start = 0.0, (0, -1), 0.0, 0
    for i, (w, s) in enumerate(zip(prose_words, short, strict=False)):
        if total <= 0:
            total, start = 0.0, i
        total += w - 10 if w else -4 * s
        if total > best:
            best, span = total, (start, i)
    return span


def _title_line(blocks: list[Block]) -> int:
    """Where the page's first line (its ``<title>``, less the site name) comes again."""
    if len(blocks) < 2:
        return -1
    parts = [p.strip() for p in _TITLE_PARTS.split(blocks[0].text.casefold())]
    parts = [p for p in parts if len(p.split()) >= 2]
    if not parts:
        return -1
    for b in blocks[1:]:
        if b.words < 2:
            continue
        line = b.text.casefold()
        if any(p == line or (len(p) > 15 and (p in line or line in p)) for p in parts):
            return b.index
    return -1


def _group_features(blocks: list[Block]) -> list[tuple[float, float, float, float]]:
    """The paragraph group of each line: its words, lines, and whether it reads as prose."""
    words: dict[int, int] = {}
    lines: dict[int, int] = {}
    last: dict[int, str] = {}
    for b in blocks:
        words[b.group] = words.get(b.group, 0) + b.words
        lines[b.group] = lines.get(b.group, 0) + 1
        last[b.group] = b.text
    each = {
        g: (
            math.log1p(gw),
            math.log1p(lines[g] - 1),
            1.0 if gw >= 12 and final_mark(last[g]) in SENTENCE_END else 0.0,
            gw >= 12,
        )
        for g, gw in words.items()
    }
    rows = []
    prev: Block | None = None
    for b in blocks:
        log_words, log_lines, prose, long_group = each[b.group]
        broken = (
            prev is not None and prev.group == b.group and final_mark(prev.text) not in SENTENCE_END
        )
        rows.append((log_words, log_lines, prose, 1.0 if broken and long_group else 0.0))
        prev = b
    return rows


def _place_columns(n: int, first: int, last: int, title: int) -> list[list[float]]:
    """Where each line stands: on the page, against the prose core and the title's repeat."""
    lines = range(n)
    return [
        [i / n for i in lines],
        [1.0 if first <= i <= last else 0.0 for i in lines],
        [
            0.0 if first <= i <= last else math.log1p(min(abs(i - first), abs(i - last)))
            for i in lines
        ],
        [1.0 if i == title else 0.0 for i in lines],
        [1.0 if title >= 0 and i > title else 0.0 for i in lines],
        [math.log1p(i - title) if title >= 0 and i > title else 0.0 for i in lines],
        [1.0 if title >= 0 else 0.0] * n,
    ]


def _shared(
    blocks: list[Block], words: Sequence[frozenset[str]], among: Sequence[bool]
) -> list[float]:
    """The share of each line's content words that another line ``among`` holds.

    Each distinct line counts once: a menu repeated at the foot echoes nothing.
    """
    held: Counter[str] = Counter()
    counted: set[str] = set()
    for b, ws, chosen in zip(blocks, words, among, strict=True):
        if chosen and b.text not in counted:
            counted.add(b.text)
            held.update(ws)
    return [
        sum(held[w] > (b.text in counted) for w in ws) / len(ws) if ws else 0.0
        for b, ws in zip(blocks, words, strict=True)
    ]


def context_rows(
    blocks: list[Block],
    prose: list[float],
    stamps: list[float],
    chrome: list[float],
    words: Sequence[frozenset[str]],
) -> list[tuple[float, ...]]:
    """Each line's context: the part of :data:`LINE_FEATURES` after :data:`OWN_FEATURES`.

    ``prose``, ``stamps``, ``chrome`` and ``words`` are, per line, its own
    running-text and phrase-chrome features, whether it is a date stamp, and
    its content words.
    """
    n = len(blocks)
    counts = Counter(b.text for b in blocks)
    repeated = [1.0 if counts[b.text] > 1 else 0.0 for b in blocks]
    prose_words = [b.words * p for b, p in zip(blocks, prose, strict=False)]
    short = [1.0 if b.words <= 4 and not p else 0.0 for b, p in zip(blocks, prose, strict=False)]
    total = sum(prose_words) or 1.0
    before = [0.0, *accumulate(prose_words)]
    first, last = _core(prose_words, short)
    position, core, distance, *title = _place_columns(n, first, last, _title_line(blocks))
    return list(
        zip(
            repeated,
            stamps,
            *zip(*_group_features(blocks), strict=True),
            _window_sum(prose, 3, 6),
            map(math.log1p, _window_sum(prose_words, 10)),
            _window_sum(short, 5, 10),
            [min(v, 4.0) / 4 for v in _window_sum(stamps, 8)],
            _window_sum(repeated, 8, 16),
            _window_sum(chrome, 5, 10),
            [0.0, *prose[:-1]],
            [*prose[1:], 0.0],
            position,
            [v / total for v in before[:n]],
            [(total - v) / total for v in before[1:]],
            core,
            distance,
            *title,
            _shared(blocks, words, [True] * n),  # the article's paragraphs echo each other
            strict=True,
        )
    )


_Own = tuple[tuple[float, ...], bool, frozenset[str]]


def _own_rows(blocks: list[Block], pack: LanguagePack) -> list[_Own]:
    """:func:`own_features` of each block, measured once per distinct line of the page."""
    facts = word_facts(pack)
    seen: dict[tuple[str, str], _Own] = {}
    out = []
    for b in blocks:
        key = (b.text, b.kind)
        own = seen.get(key)
        if own is None:
            own = seen[key] = own_features(b, facts)
        out.append(own)
    return out


def line_features(blocks: list[Block], pack: LanguagePack) -> list[list[float]]:
    """Stage one: one row of :data:`LINE_FEATURES` per block."""
    if not blocks:
        return []
    own = _own_rows(blocks, pack)
    context = context_rows(
        blocks,
        [row[PROSE] for row, _, _ in own],
        [1.0 if stamp else 0.0 for _, stamp, _ in own],
        [row[PHRASE_CHROME] for row, _, _ in own],
        [words for _, _, words in own],
    )
    return [[*row, *rest] for (row, _, _), rest in zip(own, context, strict=True)]


def line_words(blocks: list[Block], pack: LanguagePack) -> list[frozenset[str]]:
    """The content words of each block (what stage two's ``words`` reads)."""
    return [words for _, _, words in _own_rows(blocks, pack)]


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _runs(probs: Sequence[float], blocks: list[Block]) -> list[tuple[int, int, int]]:
    """Runs of likely article lines (probability at least a half), with their words."""
    runs: list[tuple[int, int, int]] = []
    for i, p in enumerate(probs):
        if p < 0.5:
            continue
        if runs and i - runs[-1][1] <= _RUN_GAP:
            start, _, words = runs[-1]
            runs[-1] = (start, i, words + blocks[i].words)
        else:
            runs.append((i, i, blocks[i].words))
    return runs


def _run_features(probs: Sequence[float], blocks: list[Block]) -> list[tuple[float, ...]]:
    """Per line: the run it stands in, its size next to the largest, which run comes first."""
    n = len(probs)
    runs = _runs(probs, blocks)
    if not runs:
        return [(0.0,) * 6] * n
    main = max(range(len(runs)), key=lambda k: runs[k][2])
    largest = runs[main][2] or 1
    first_piece = next(k for k, r in enumerate(runs) if r[2] >= _RUN_SHARE * largest)
    main_start, main_end = runs[main][0], runs[main][1]
    rows: list[tuple[float, ...]] = []
    for k, (start, end, words) in enumerate(runs):
        rows += _outside_runs(len(rows), start, main_start, main_end)
        gap = 0 if k == main else min(abs(start - main_end), abs(main_start - end))
        inside = (
            1.0,
            math.log1p(words),
            words / largest,
            1.0 if k == first_piece else 0.0,
            math.log1p(gap),
            1.0 if k > main else 0.0,
        )
        rows += [inside] * (end + 1 - start)
    return rows + _outside_runs(len(rows), n, main_start, main_end)


def _outside_runs(start: int, end: int, main_start: int, main_end: int) -> list[tuple[float, ...]]:
    """The run features of lines ``start`` to ``end`` (excluded), which stand in no run."""
    return [
        (
            0.0,
            0.0,
            0.0,
            0.0,
            math.log1p(main_start - i if i < main_start else i - main_end),
            1.0 if i > main_end else 0.0,
        )
        for i in range(start, end)
    ]


def page_rows(
    probs: Sequence[float], blocks: list[Block], words: Sequence[frozenset[str]]
) -> list[tuple[float, ...]]:
    """Each line's :data:`PAGE_FEATURES`, from stage one's probabilities ``probs``.

    ``words`` are the content words of each line.
    """
    before = [0.0, *accumulate(probs, max)][: len(probs)]
    after = [*list(accumulate(reversed(probs), max))[::-1][1:], 0.0]
    group_sum: dict[int, float] = {}
    group_lines: dict[int, int] = {}
    for b, p in zip(blocks, probs, strict=False):
        group_sum[b.group] = group_sum.get(b.group, 0) + p
        group_lines[b.group] = group_lines.get(b.group, 0) + 1
    group_mean = {g: total / group_lines[g] for g, total in group_sum.items()}
    return list(
        zip(
            map(_logit, probs),
            _window_mean(probs, 1),
            _window_mean(probs, 3),
            _window_mean(probs, 8),
            _window_mean(probs, 20),
            before,
            after,
            map(min, before, after),
            *zip(*_run_features(probs, blocks), strict=True),
            [group_mean[b.group] for b in blocks],
            _shared(blocks, words, [p >= 0.5 for p in probs]),  # the article's topic
            strict=True,
        )
    )


def page_features(
    rows: list[list[float]],
    probs: Sequence[float],
    blocks: list[Block],
    words: Sequence[frozenset[str]],
) -> list[list[float]]:
    """Stage two: each stage-one row followed by :data:`PAGE_FEATURES`."""
    page = page_rows(probs, blocks, words)
    return [[*row, *more] for row, more in zip(rows, page, strict=True)]
