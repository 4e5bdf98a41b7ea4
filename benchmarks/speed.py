"""Speed of newsclean, single core, against ftfy.fix_text in the same run.

    python benchmarks/speed.py               # corpus replayed to >= 50 MB
    python benchmarks/speed.py --quick       # CI: one pass over a third of the corpus

Reports MB/s over the UTF-8 bytes of the corpus `raw` fields for
`ftfy.fix_text`, `clean_html`, `repair_sentences` (on cleaned text) and
`parse`, each with its ratio to ftfy; per-mode `parse` timings; and hostile
inputs at two sizes, to show that time grows linearly.
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
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a short pass for CI")
    ap.add_argument("--mb", type=float, default=50.0, help="volume to replay the corpus to")
    ap.add_argument(
        "--pairs", type=int, default=5, help="alternating 1-worker/2-worker runs of parse_many"
    )
    args = ap.parse_args(argv)

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

    print(f"\n{'hostile input (parse)':28} {'1x s':>8} {'4x s':>8} {'ratio':>6}")
    small, large = hostile_inputs(250_000), hostile_inputs(1_000_000)
    for name in small:
        a = timed(newsclean.parse, [small[name]], 1)
        b = timed(newsclean.parse, [large[name]], 1)
        print(f"{name:28} {a:8.3f} {b:8.3f} {b / max(a, 1e-6):6.1f}")
    invalid = bytes(range(256))
    a = timed(newsclean.parse, [invalid * 1_000], 1)  # type: ignore[list-item]
    b = timed(newsclean.parse, [invalid * 4_000], 1)  # type: ignore[list-item]
    print(f"{'invalid UTF-8 bytes':28} {a:8.3f} {b:8.3f} {b / max(a, 1e-6):6.1f}")
    if not args.quick:  # the 10 MB single line of the hardening issue, 40 MB at 4x
        line = "Lorem ipsum dolor sit amet, "

        def unguarded(text: str) -> object:
            return newsclean.parse(text, max_chars=100_000_000)  # past the default size guard

        a = timed(unguarded, [line * 360_000], 1)
        b = timed(unguarded, [line * 1_440_000], 1)
        print(f"{'10 MB single line':28} {a:8.3f} {b:8.3f} {b / max(a, 1e-6):6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
