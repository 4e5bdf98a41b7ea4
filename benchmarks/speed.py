"""Speed of newsclean, single core, against ftfy.fix_text in the same run.

    python benchmarks/speed.py               # corpus replayed to >= 50 MB
    python benchmarks/speed.py --quick       # CI: one pass over a third of the corpus

Reports MB/s over the UTF-8 bytes of the corpus `raw` fields for
`ftfy.fix_text`, `clean_html`, `repair_sentences` (on cleaned text) and
`parse`, each with its ratio to ftfy; per-mode `parse` timings; and hostile
inputs at two sizes (250 KB and 1 MB), to show that time grows linearly, and
short hostile inputs (under 1 KB, the kind that used to hang).

The hostile rows are held to the targets of issue 22: at least 1 MB/s, 4x the
input at most 5x the time, no input under 1 KB over 50 ms. They are timed in
processor time (on a shared machine, wall time also counts the other
processes), and judged with 20% slack for the noise that is left: a row
misses at under 0.8 MB/s (unless listed in KNOWN_SLOW, with the reason), a
ratio over 6, or a short input over 60 ms. A miss makes the run exit with
status 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from itertools import islice, product
from pathlib import Path
from string import ascii_lowercase

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ftfy

import newsclean
from _data import corpus_records
from gate import speed_gate


def timed(func: Callable[[str], object], texts: list[str], passes: int) -> float:
    start = time.perf_counter()
    for _ in range(passes):
        for t in texts:
            func(t)
    return time.perf_counter() - start


def timed_many(texts: list[str], workers: int) -> float:
    start = time.perf_counter()
    for _ in newsclean.parse_many(texts, workers=workers):
        pass
    return time.perf_counter() - start


def hostile_inputs(size: int) -> dict[str, str]:
    """Texts of about ``size`` characters that once were slow (or still are)."""
    return {
        "'<' x N": "<" * size,
        "'&' x N": "&" * size,
        "nested <div>": "<div>" * (size // 5),
        "attribute value": '<img alt="' + "a" * size + '">',
        "unclosed attrs": "<p " + 'data-x="1" ' * (size // 11),
        "'-\\n' x N": "ab-\n" * (size // 4),
        "bullets": "• x\n" * (size // 4),
        "dots": "." * size,
        "glued words": "wordWord" * (size // 8),
        "glued names": "".join(f"Ab{i % 997}Cd Ef" for i in range(size // 10)),
        "glued sentence openers": "WordThe " * (size // 8),
        "glued capitalised words": " ".join(
            "X" + "".join(w) + "Ilhan Omar Ilhan"
            for w in islice(product(ascii_lowercase, repeat=4), size // 26)
        ),
        "one long line": ("Lorem ipsum dolor sit amet, " * (size // 28)),
        "digits": "7" * size,
        "spaces": " " * size,
        "spaces around a tab": " " * (size // 2) + "\t" + " " * (size // 2),
        "space runs, then a capital": ("a" + " " * 20) * (size // 42) + " A" * (size // 4),
        "no-break spaces": "Word.\u00a0" * (size // 12) + "\u00a0x" * (size // 4),
        "sentence ends glued": "end.A " * (size // 6) + "word.1. " * (size // 16),
        "glued quotes": 'end.“A end."B ' * (size // 14),
        "month names inside words": "xjanuary mayday " * (size // 16),
        "capitalised hyphen breaks": "".join(
            f"W{''.join(w)}-\nx " for w in islice(product(ascii_lowercase, repeat=4), size // 8)
        ),
        "separators glued": "___a" * (size // 4),
        "table rows": "1\n2\n3\n\n" * (size // 8),
        "months glued": "xJune 1" * (size // 7),
        "addresses glued": "a.com.The " * (size // 10),
        "brackets glued": "one two three four (x)The " * (size // 26),
        "Latin read as cp1251": "fГ¤hrt Гі Д… В’ " * (size // 16),
        "lower-case lines": "word,\n(«and\n\nso-\non" * (size // 22),
        "closing-mark lines": "Link\n,\n.\n\n) x\n" * (size // 14),
        "lines ending in 'the'": "of the\nThe and\nAnd\n" * (size // 19),
        "newlines": "\n" * size,
        "short lines": "ab\n" * (size // 3),
        "CJK": "漢字仮名交じり文。" * (size // 9),
        "RTL": "שלום עולם مرحبا بالعالم " * (size // 24),
        "controls, NUL": "".join(chr(i) for i in range(32)) * (size // 32),
        "surrogates, PUA": "\ud800 text \udfff \ue000\uf8ff" * (size // 16),
        # Issue 22: the two short hangs repeated, the quadratic and the slow cases.
        "attribute value, blank lines": (
            'Intro text.\n    style="width: 100%;\n' + "            \n" * 6 + "Text goes on.\n\n"
        )
        * (size // 135),
        "tag of x= y pairs": ("Word <a " + "x= y " * 24 + " and more text.\n\n") * (size // 145),
        "acronym mentions": "Según el INE, el paro bajó. " * (size // 28),
        "acronym mentions, Cyrillic": "Как сообщает ТАСС, правительство приняло решение. "
        * (size // 50),
        "distinct sources": " ".join(
            f"Prices rose, according to the Institute {w.capitalize()} Research. "
            f"Prices fell, according to Instit{w}."
            for w in islice(("".join(p) for p in product(ascii_lowercase, repeat=4)), size // 110)
        ),
        "'-' lines": "-\n" * (size // 2),
        "'<a ' x N": "<a " * (size // 3),
        "markup and mojibake": "Wort<br>Wort&nbsp;Ã¼ " * (size // 21),
    }


def short_inputs() -> dict[str, str]:
    """Inputs under 1 KB that used to hang (issue 22), some made longer where that hurt."""
    return {
        "attribute value, 6 blank lines": (
            'Intro text.\n    style="width: 100%;\n'
            + "            \n" * 6
            + "The article continues here."
        ),
        "attribute value, 40 blank lines": (
            'Intro text.\n    style="width: 100%;\n'
            + "            \n" * 40
            + "The article continues here."
        ),
        "tag of 24 x= y pairs": "Word <a " + "x= y " * 24 + " and more text",
        "tag of 60 x= y pairs": "Word <a " + "x= y " * 60 + " and more text",
        "tag of 150 empty values": "Word <a " + "x= " * 150 + "<b>",
        "broken tag, 150 lines": "<p " + 'a="1"\n' * 150,
        "spaces in a byline": "By" + " " * 900 + "x",
        "spaces after a label": "Published:" + " " * 900 + "5",
        "spaces before a suffix": "Storm hits coast" + " " * 900 + "- x",
    }


# Rows below 1 MB/s for a known reason: linear, but with Python work per line
# or per block that only a fast path there would speed up (or ftfy on a whole
# paragraph of mojibake). Their growth is still held to the target, and any
# other row below 1 MB/s fails the run. Since repair decides a line-break
# hyphen or a glued sentence end once per text, and a line of dashes is no
# join candidate, most of their cost is in classify: each glued item or line
# becomes a block that classify weighs (classify_lines, find_page_article,
# split_blocks); repair's share at 1 MB is given (repair_cleaned / parse, CPU).
_PER_BLOCK = "classify per block (_classify_lines, looks_like_a_page, split_blocks)"
_PER_GLUE = "repair (_cut_glue) per glued item, and " + _PER_BLOCK + " for each item split off"
KNOWN_SLOW = {
    "bullets": _PER_BLOCK + ", classify (_unbullet) per bullet; repair 3%",
    "sentence ends glued": _PER_GLUE + "; repair 37%",
    "glued quotes": _PER_GLUE + "; repair 34%",
    "table rows": _PER_BLOCK + "; repair (table rows, a block per row) 31%",
    "months glued": _PER_GLUE + "; repair (_case_cuts per capital) 35%",
    "addresses glued": _PER_GLUE + " (_is_address); repair 41%",
    "closing-mark lines": _PER_BLOCK + "; repair (_join_blocks per region) 36%",
    "'-' lines": _PER_BLOCK + "; repair 2%",
    "markup and mojibake": "one paragraph of mojibake: ftfy over all of it (repair_mojibake)",
    "distinct sources": "a citing phrase and a new name in every sentence: each read in Python "
    "(attribution: tokens, name, checks; merging per name)",
}
#: The targets of issue 22, and the slack allowed for noise (20%).
TARGET_MBPS, TARGET_GROWTH, TARGET_SHORT = 1.0, 5.0, 0.050
SLACK = 1.2


def cpu_time(func: Callable[[str], object], text: str) -> float:
    start = time.process_time()
    func(text)
    return time.process_time() - start


def hostile_rows(full: bool) -> list[str]:
    """Print the hostile rows; the names of the rows that miss a target."""
    misses = []
    print(f"\n{'hostile input (parse)':32} {'1x s':>7} {'4x s':>7} {'ratio':>6} {'MB/s':>6}")
    small, large = hostile_inputs(250_000), hostile_inputs(1_000_000)
    for name in small:
        a = cpu_time(newsclean.parse, small[name])
        b = cpu_time(newsclean.parse, large[name])
        mbps = len(large[name].encode("utf-8", "surrogatepass")) / 1e6 / max(b, 1e-6)
        ratio = b / max(a, 1e-3)  # (under a millisecond, the ratio is noise)
        slow = mbps < TARGET_MBPS / SLACK and name not in KNOWN_SLOW
        miss = slow or ratio > TARGET_GROWTH * SLACK
        note = "MISS" if miss else ("known slow" if mbps < TARGET_MBPS / SLACK else "")
        print(f"{name:32} {a:7.3f} {b:7.3f} {ratio:6.1f} {mbps:6.2f} {note}")
        if miss:
            misses.append(name)
    invalid = bytes(range(256))
    a = cpu_time(newsclean.parse, invalid * 1_000)  # type: ignore[arg-type]
    b = cpu_time(newsclean.parse, invalid * 4_000)  # type: ignore[arg-type]
    print(f"{'invalid UTF-8 bytes':32} {a:7.3f} {b:7.3f} {b / max(a, 1e-3):6.1f}")
    if full:  # the 10 MB single line of the hardening issue, 40 MB at 4x
        line = "Lorem ipsum dolor sit amet, "

        def unguarded(text: str) -> object:
            return newsclean.parse(text, max_chars=100_000_000)  # past the default size guard

        a = cpu_time(unguarded, line * 360_000)
        b = cpu_time(unguarded, line * 1_440_000)
        print(f"{'10 MB single line':32} {a:7.3f} {b:7.3f} {b / max(a, 1e-3):6.1f}")
    print(f"\n{'short hostile input (parse)':32} {'chars':>7} {'ms':>7}")
    for name, text in short_inputs().items():
        ms = 1e3 * min(cpu_time(newsclean.parse, text) for _ in range(3))
        miss = ms > 1e3 * TARGET_SHORT * SLACK
        print(f"{name:32} {len(text):7} {ms:7.1f} {'MISS' if miss else ''}")
        if miss:
            misses.append(name)
    return misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a short pass for CI")
    ap.add_argument("--mb", type=float, default=50.0, help="volume to replay the corpus to")
    ap.add_argument(
        "--pairs", type=int, default=5, help="alternating 1-worker/2-worker runs of parse_many"
    )
    ap.add_argument("--hostile", action="store_true", help="only the hostile rows")
    args = ap.parse_args(argv)
    if not args.hostile:
        corpus_rows(args)
    misses = hostile_rows(full=not args.quick and not args.hostile)
    gate = 0 if args.hostile else speed_gate(ftfy_ratio(quick_texts()))
    print("\nknown slow (linear, below 1 MB/s):")
    for name, why in KNOWN_SLOW.items():
        print(f"  {name}: {why}")
    if misses:
        print(f"\nFAIL: hostile rows that miss a target: {', '.join(misses)}", file=sys.stderr)
        return 1
    return gate


def quick_texts() -> list[str]:
    """About a quarter of the corpus pages, all modes (the --quick pass)."""
    return [r["raw"] for r in corpus_records() if r["page_id"] < "4"]


def ftfy_ratio(texts: list[str], rounds: int = 3) -> float:
    """How many times faster ``parse`` is than ``ftfy.fix_text`` over ``texts``, for the gate.

    Processor time, the best of ``rounds`` alternating passes of each, caches
    warmed by a first pass: on a shared machine a single wall-clock pass
    moves by tens of per cent, and the gate must not fail on noise.
    """
    for t in texts:
        newsclean.parse(t)
    best_ftfy = best_parse = float("inf")
    for _ in range(rounds):
        best_ftfy = min(best_ftfy, sum(cpu_time(ftfy.fix_text, t) for t in texts))
        best_parse = min(best_parse, sum(cpu_time(newsclean.parse, t) for t in texts))
    return best_ftfy / best_parse


def corpus_rows(args: argparse.Namespace) -> None:
    """The corpus replayed: each step against ftfy, parse_many, parse by mode."""
    records = list(corpus_records())
    if args.quick:
        records = [
            r for r in records if r["page_id"] < "4"
        ]  # about a quarter of the pages, all modes
    texts = [r["raw"] for r in records]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    passes = 1 if args.quick else max(1, round(args.mb / mb))
    volume = mb * passes
    print(
        f"newsclean {newsclean.__version__}: {len(texts)} records, "
        f"{mb:.2f} MB x {passes} passes = {volume:.1f} MB"
    )

    newsclean.parse(texts[0])  # warm caches (language data, compiled patterns)
    cleaned = [newsclean.clean_html(t) for t in texts]
    t_ftfy = timed(ftfy.fix_text, texts, passes)
    rows = [
        ("ftfy.fix_text", t_ftfy),
        ("clean_html", timed(newsclean.clean_html, texts, passes)),
        ("repair_sentences (cleaned)", timed(newsclean.repair_sentences, cleaned, passes)),
        ("parse", timed(newsclean.parse, texts, passes)),
    ]
    print(f"\n{'step':28} {'seconds':>8} {'MB/s':>7} {'x ftfy':>7}")
    for name, secs in rows:
        print(f"{name:28} {secs:8.2f} {volume / secs:7.2f} {t_ftfy / secs:7.2f}")

    # One worker against two, in alternating pairs: a shared machine's noise
    # moves a single pair by several per cent, so the median and range are shown.
    replay = texts * passes
    pairs = []
    for _ in range(1 if args.quick else args.pairs):
        one = timed_many(replay, workers=1)
        pairs.append((one, timed_many(replay, workers=2)))
    one, two = sorted(pairs, key=lambda p: p[0] / p[1])[len(pairs) // 2]
    ups = sorted(a / b for a, b in pairs)
    print(
        f"\nparse_many: 1 worker {volume / one:.2f} MB/s, 2 workers {volume / two:.2f} MB/s, "
        f"speed-up {one / two:.2f}x (median of {len(pairs)}; range {ups[0]:.2f}-{ups[-1]:.2f})"
    )

    by_mode: dict[str, list[str]] = defaultdict(list)
    for r in records:
        by_mode[r["mode"]].append(r["raw"])
    print(f"\n{'parse by mode':28} {'MB':>8} {'MB/s':>7}")
    for mode, group in by_mode.items():
        size = sum(len(t.encode("utf-8")) for t in group) / 1e6
        secs = timed(newsclean.parse, group, 1)
        print(f"{mode:28} {size:8.2f} {size / secs:7.2f}")


if __name__ == "__main__":
    sys.exit(main())
