"""How well newsclean tells the article from the page around it (../shared/pages).

    python benchmarks/pages.py               # text and HTML, all 482 pages
    python benchmarks/pages.py --quick       # CI: every 8th page, fails below the floor
    python benchmarks/pages.py --worst 20    # list the worst pages
    python benchmarks/pages.py --mode text   # one input form only
    python benchmarks/pages.py --hostile     # hostile pages at two sizes: time grows linearly
    python benchmarks/pages.py --trafilatura # trafilatura on the same HTML, same metric and
                                             # the speed of parse(html) against it, same run

The metric is the one the snippets were made for (../shared/pages/README.md):
a snippet counts as present when its whitespace-normalised form is a substring
of the whitespace-normalised output (headline, a newline, the body). Per page,
``with`` snippets present are true positives, absent ones false negatives;
``without`` snippets present are false positives. Sums over pages give
precision, recall and F1. A crash scores as an empty output.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsclean
from _data import page_records

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class Score:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    pages: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fn += other.fn
        self.fp += other.fp
        self.tn += other.tn
        self.pages += other.pages

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else 1.0


def score_page(output: str, page: dict[str, Any]) -> Score:
    out = normalise(output)
    s = Score(pages=1)
    for snippet in page["with"]:
        if normalise(snippet) in out:
            s.tp += 1
        else:
            s.fn += 1
    for snippet in page["without"]:
        if normalise(snippet) in out:
            s.fp += 1
        else:
            s.tn += 1
    return s


def newsclean_output(text: str) -> str:
    try:
        article = newsclean.parse(text)
    except Exception as exc:  # a crash scores as an empty output, and is reported
        print(f"  crash: {type(exc).__name__}: {exc}", file=sys.stderr)
        return ""
    return f"{article.headline or ''}\n{article.body}"


def trafilatura_output(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def run(
    pages: Iterable[dict[str, Any]], field: str, extract: Callable[[str], str]
) -> tuple[Score, dict[str, Score], list[tuple[float, str, Score]], float]:
    total = Score()
    by_lang: dict[str, Score] = defaultdict(Score)
    per_page: list[tuple[float, str, Score]] = []
    seconds = 0.0
    for page in pages:
        t0 = time.perf_counter()
        output = extract(page[field])
        seconds += time.perf_counter() - t0
        s = score_page(output, page)
        total.add(s)
        by_lang[page["declared_lang"] or "?"].add(s)
        per_page.append((s.f1, page["id"], s))
    return total, by_lang, per_page, seconds


def report(name: str, result: tuple[Score, dict[str, Score], list[Any], float], worst: int) -> None:
    total, by_lang, per_page, seconds = result
    print(f"\n## {name}: {total.pages} pages in {seconds:.1f} s")
    print(f"{'lang':6}{'pages':>6}{'P':>7}{'R':>7}{'F1':>7}")
    rows = sorted(by_lang.items(), key=lambda kv: -kv[1].pages)
    for lang, s in [*rows, ("all", total)]:
        print(f"{lang:6}{s.pages:>6}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}")
    if worst:
        print(f"worst {worst}:")
        for f1, page_id, s in sorted(per_page, key=lambda r: (r[0], r[1]))[:worst]:
            print(f"  {page_id} F1 {f1:.2f} (tp {s.tp}, fn {s.fn}, fp {s.fp})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="every 8th page; fail below the floor")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    ap.add_argument("--mode", choices=("text", "html", "both"), default="both")
    ap.add_argument("--trafilatura", action="store_true", help="also score trafilatura on HTML")
    ap.add_argument("--ids", nargs="*", help="only these page ids")
    ap.add_argument("--hostile", action="store_true", help="time hostile pages at two sizes")
    args = ap.parse_args(argv)
    if args.hostile:
        report_hostile()
        return 0

    pages = list(page_records())
    if args.quick:
        pages = pages[::8]
    if args.ids:
        pages = [p for p in pages if p["id"] in set(args.ids)]
    print(f"newsclean {newsclean.__version__}, {len(pages)} pages")
    results = {}
    if args.mode in ("text", "both"):
        results["text"] = run(pages, "text", newsclean_output)
        report("parse(text)", results["text"], args.worst)
    if args.mode in ("html", "both"):
        results["html"] = run(pages, "html", newsclean_output)
        report("parse(html)", results["html"], args.worst)
    if args.trafilatura:
        results["trafilatura"] = run(pages, "html", trafilatura_output)
        report("trafilatura.extract(html)", results["trafilatura"], args.worst)
    if "html" in results and "trafilatura" in results:
        report_speed(pages, results["html"][3], results["trafilatura"][3])
    return 0


def hostile_pages(size: int) -> dict[str, str]:
    """Pages built to be slow for a page reader, about ``size`` characters each."""
    page = "<html><body>"
    stamp = "<p><time datetime='2024-01-01'>x</time> y.</p>"
    return {
        "sibling comments": page + "<!--c-->x" * (size // 9),
        "unclosed comments": page + "<!--" * (size // 4),
        "headings and paragraphs": page + "<h2>a b</h2><p>c</p>" * (size // 19),
        "2,000 deep, then blocks": page + "<div>" * 2000 + "<p>text here.</p>" * (size // 17),
        "deeper than libxml2": "<div>" * (size // 5),
        "a list of links": page + "<ul>" + "<li><a href=x>x y</a></li>" * (size // 26),
        "table cells": page + "<table>" + "<tr><td>1</td><td>2</td></tr>" * (size // 30),
        "hidden siblings": page + "<div hidden>x</div>" * (size // 19),
        "noscript": page + "<noscript>x" * (size // 11),
        "time stamps": page + "<h1>a b</h1>" + stamp * (size // 48),
        "chrome classes": page
        + "".join(f"<div class='c{i} comment-{i} sidebar'>w</div>" for i in range(size // 45)),
    }


def report_hostile(size: int = 100_000) -> None:
    """Each hostile page at two sizes: a ratio near 4 is linear growth."""
    print(f"\nhostile page (parse)           {size // 1000}k s   {4 * size // 1000}k s  ratio")
    small, large = hostile_pages(size), hostile_pages(4 * size)
    for name in small:
        times = []
        for text in (small[name], large[name]):
            start = time.perf_counter()
            newsclean.parse(text)
            times.append(time.perf_counter() - start)
        ratio = times[1] / times[0] if times[0] else float("nan")
        print(f"{name:28}{times[0]:8.3f}{times[1]:8.3f}{ratio:7.1f}")


def report_speed(pages: list[dict[str, Any]], ours: float, theirs: float) -> None:
    """parse(html) against trafilatura.extract on the same pages, in the same run."""
    megabytes = sum(len(p["html"].encode("utf-8")) for p in pages) / 1e6
    print(f"\n## speed on the pages' HTML ({megabytes:.1f} MB)")
    print(f"parse(html)                {ours:6.1f} s {megabytes / ours:6.2f} MB/s")
    print(f"trafilatura.extract(html)  {theirs:6.1f} s {megabytes / theirs:6.2f} MB/s")
    print(f"parse(html) is {theirs / ours:.2f}x as fast as trafilatura.extract")


if __name__ == "__main__":
    sys.exit(main())
