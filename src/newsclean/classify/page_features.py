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

The training script (``benchmarks/train_page_model.py``) and the labeller
call the same functions.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from ..blocks import Block
from ..languages import LanguagePack, available_languages, get_pack
from .chrome import chrome_words
from .shapes import SENTENCE_END, final_mark, is_running_text

__all__ = ["LINE_FEATURES", "PAGE_FEATURES", "line_features", "page_features"]


#: Stage one: what the line and its neighbours look like.
LINE_FEATURES = (
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
)


_SEPARATORS = ("|", "·", "•", "»", "›", "/")
_STRIP = ".,;:!?()[]\"'«»„“”‘’|·•›"
_TIME = re.compile(r"\d:\d\d")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TITLE_PARTS = re.compile(r"\s[|–—:»-]\s")

#: A run of likely article lines goes on over this many other lines.
_RUN_GAP = 3
#: A run this share of the largest one counts as a piece of article.
_RUN_SHARE = 0.3


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names and their abbreviations in every language (site templates mix them)."""
    return frozenset(get_pack(None).months)


@lru_cache(maxsize=16)
def _function_words(pack: LanguagePack) -> frozenset[str]:
    """The language's function words; for an unknown language, those of every language."""
    if pack.function_words:
        return pack.function_words
    return frozenset().union(*(get_pack(c).function_words for c in available_languages()))


@dataclass(frozen=True)
class _Words:
    """The word lists a line is measured against, looked up once per language."""

    function: frozenset[str]
    address: frozenset[str]  # lower-case: in any case
    address_as_written: frozenset[str]  # German "Sie" is "you", "sie" is "she"
    chrome: frozenset[str]
    months: frozenset[str]


@lru_cache(maxsize=16)
def _words(pack: LanguagePack) -> _Words:
    address = pack.boilerplate_address
    return _Words(
        function=_function_words(pack),
        address=frozenset(w for w in address if w.islower()),
        address_as_written=frozenset(w for w in address if not w.islower()),
        chrome=chrome_words(),
        months=_months(),
    )


def _tokens(text: str) -> list[str]:
    return [t.strip(_STRIP) for t in text.split()]


def _is_stamp(text: str, words: int, folded: list[str], months: frozenset[str]) -> bool:
    """A date or time line ("November 19, 2019 at 6:34 am", "23.06.2016 um 16:14")."""
    if words > 10 or not any(map(str.isdigit, text)):
        return False
    if _TIME.search(text) or _YEAR.search(text):
        return True
    return any(map(months.__contains__, folded))


def _own_features(b: Block, words: _Words) -> tuple[list[float], bool]:
    """The line's own shape, and whether it is a date stamp."""
    text = b.text
    raw = _tokens(text)
    folded = [t.casefold() for t in raw]
    n = max(len(raw), 1)
    mark = final_mark(text)
    letters = sum(map(str.isalpha, text)) or 1
    address = sum(map(words.address.__contains__, folded)) + sum(
        map(words.address_as_written.__contains__, raw[1:])
    )
    row = [
        math.log1p(b.words),
        float(is_running_text(b)),
        float(mark in SENTENCE_END),
        float(mark == ":"),
        float(mark.isalnum()),
        sum(map(words.function.__contains__, folded)) / n,
        min(text.count(",") / n, 1.0),
        sum(1 for t in raw if t[:1].isupper()) / n,
        min(sum(map(str.isdigit, text)) / letters, 1.0),
        float(text[:1].islower()),
        float(b.is_bullet),
        float(b.kind == "boilerplate"),
        float(b.kind not in ("body", "boilerplate")),
        float(any(f" {s} " in text for s in _SEPARATORS)),
        min(5 * address / n, 1.0),
        sum(map(words.chrome.__contains__, folded)) / n,
    ]
    return row, _is_stamp(text, b.words, folded, words.months)


def _window_sum(values: Sequence[float], radius: int) -> list[float]:
    """The sum of ``values`` over each position's neighbours within ``radius`` (itself excluded)."""
    sums = [0.0, *accumulate(values)]
    n = len(values)
    return [sums[min(n, i + radius + 1)] - sums[max(0, i - radius)] - values[i] for i in range(n)]


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


def _group_features(blocks: list[Block]) -> list[list[float]]:
    """The paragraph group of each line: its words, lines, and whether it reads as prose."""
    words: Counter[int] = Counter()
    lines: Counter[int] = Counter()
    last: dict[int, Block] = {}
    for b in blocks:
        words[b.group] += b.words
        lines[b.group] += 1
        last[b.group] = b
    rows = []
    for i, b in enumerate(blocks):
        gw = words[b.group]
        prose = gw >= 12 and final_mark(last[b.group].text) in SENTENCE_END
        prev = blocks[i - 1] if i else None
        broken = (
            prev is not None and prev.group == b.group and final_mark(prev.text) not in SENTENCE_END
        )
        rows.append(
            [
                math.log1p(gw),
                math.log1p(lines[b.group] - 1),
                float(prose),
                float(broken and gw >= 12),
            ]
        )
    return rows


def line_features(blocks: list[Block], pack: LanguagePack) -> list[list[float]]:
    """Stage one: one row of :data:`LINE_FEATURES` per block."""
    n = len(blocks)
    if not n:
        return []
    words = _words(pack)
    own = [_own_features(b, words) for b in blocks]
    counts = Counter(b.text for b in blocks)
    prose = [row[1] for row, _ in own]
    stamps = [float(stamp) for _, stamp in own]
    repeated = [float(counts[b.text] > 1) for b in blocks]
    chrome = [row[11] for row, _ in own]
    prose_words = [b.words * p for b, p in zip(blocks, prose, strict=False)]
    short = [float(b.words <= 4 and not p) for b, p in zip(blocks, prose, strict=False)]
    total = sum(prose_words) or 1.0
    before = [0.0, *accumulate(prose_words)]
    near = _window_sum(prose, 3)
    around = _window_sum(prose_words, 10)
    short_near = _window_sum(short, 5)
    stamps_near = _window_sum(stamps, 8)
    repeated_near = _window_sum(repeated, 8)
    chrome_near = _window_sum(chrome, 5)
    groups = _group_features(blocks)
    first, last = _core(prose_words, short)
    title = _title_line(blocks)
    rows = []
    for i, (row, _) in enumerate(own):
        distance = 0 if first <= i <= last else min(abs(i - first), abs(i - last))
        after = title >= 0 and i > title
        rows.append(
            [
                *row,
                repeated[i],
                stamps[i],
                *groups[i],
                near[i] / 6,
                math.log1p(around[i]),
                short_near[i] / 10,
                min(stamps_near[i], 4.0) / 4,
                repeated_near[i] / 16,
                chrome_near[i] / 10,
                prose[i - 1] if i else 0.0,
                prose[i + 1] if i + 1 < n else 0.0,
                i / n,
                before[i] / total,
                (total - before[i + 1]) / total,
                float(first <= i <= last),
                math.log1p(distance),
                float(i == title),
                float(after),
                math.log1p(i - title) if after else 0.0,
                float(title >= 0),
            ]
        )
    return rows


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


def _run_features(probs: Sequence[float], blocks: list[Block]) -> list[list[float]]:
    """Per line: the run it stands in, its size next to the largest, which run comes first."""
    n = len(probs)
    runs = _runs(probs, blocks)
    if not runs:
        return [[0.0] * 6 for _ in range(n)]
    main = max(range(len(runs)), key=lambda k: runs[k][2])
    largest = runs[main][2] or 1
    first_piece = next(k for k, r in enumerate(runs) if r[2] >= _RUN_SHARE * largest)
    main_start, main_end = runs[main][0], runs[main][1]
    rows = []
    k = 0
    for i in range(n):
        while k < len(runs) and runs[k][1] < i:
            k += 1
        if k < len(runs) and runs[k][0] <= i:
            start, end, words = runs[k]
            gap = 0 if k == main else min(abs(start - main_end), abs(main_start - end))
            rows.append(
                [
                    1.0,
                    math.log1p(words),
                    words / largest,
                    float(k == first_piece),
                    math.log1p(gap),
                    float(k > main),
                ]
            )
        else:
            gap = main_start - i if i < main_start else i - main_end
            rows.append([0.0, 0.0, 0.0, 0.0, math.log1p(gap), float(i > main_end)])
    return rows


def page_features(
    rows: list[list[float]], probs: Sequence[float], blocks: list[Block]
) -> list[list[float]]:
    """Stage two: each stage-one row followed by :data:`PAGE_FEATURES`."""
    n = len(probs)
    sums = [0.0, *accumulate(probs)]

    def mean(i: int, radius: int) -> float:
        start, end = max(0, i - radius), min(n, i + radius + 1)
        return (sums[end] - sums[start]) / (end - start)

    before = [0.0, *accumulate(probs, max)][:n]
    after = [*list(accumulate(reversed(probs), max))[::-1][1:], 0.0]
    group_sum: Counter[int] = Counter()
    group_lines: Counter[int] = Counter()
    for b, p in zip(blocks, probs, strict=False):
        group_sum[b.group] += p  # type: ignore[assignment]
        group_lines[b.group] += 1
    runs = _run_features(probs, blocks)
    out = []
    for i, b in enumerate(blocks):
        out.append(
            [
                *rows[i],
                _logit(probs[i]),
                mean(i, 1),
                mean(i, 3),
                mean(i, 8),
                mean(i, 20),
                before[i],
                after[i],
                min(before[i], after[i]),
                *runs[i],
                group_sum[b.group] / group_lines[b.group],
            ]
        )
    return out
