"""Brief blocks on the repo's own labelled set (tests/data/briefs/cases.jsonl).

    python benchmarks/briefs_set.py

Each case is a short article in one supported language with the brief
blocks an editor finds in it (title and items), or none: near misses are
lists in the body, site menus, "most read"/"read also" link lists and
interviews in dialogue dashes. Scored per language: brief item F1 (an item
counts when the same text is in a brief of the output), title accuracy over
the expected briefs, and the cases whose briefs are exactly right.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import newsclean

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "briefs"
#: Written before the brief rules were rebuilt (cases.jsonl), and after (unseen.jsonl):
#: the second is the honest figure for text the rules were not fitted to.
SETS = ("cases.jsonl", "unseen.jsonl")


def load_cases(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _briefs(article: newsclean.Article) -> list[dict[str, Any]]:
    return [{"title": b.title, "items": list(b.items)} for b in article.briefs]


def score_briefs_set(name: str) -> dict[str, dict[str, float]]:
    by_lang: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    failures = []
    for case in load_cases(name):
        got = _briefs(newsclean.parse(case["text"], lang=case["lang"]))
        want = case["briefs"]
        got_items = [i for b in got for i in b["items"]]
        want_items = [i for b in want for i in b["items"]]
        s = by_lang[case["lang"]]
        s["cases"] += 1
        s["tp"] += sum(1 for i in got_items if i in want_items)
        s["pred"] += len(got_items)
        s["true"] += len(want_items)
        s["titles"] += len(want)
        got_titles = [b["title"] for b in got]
        s["titles_ok"] += sum(1 for b in want if b["title"] in got_titles)
        exact = got == want
        s["exact"] += exact
        if not exact:
            failures.append(f"{case['lang']}/{case['construction']}")
    total: dict[str, float] = defaultdict(float)
    for s in by_lang.values():
        for k, v in s.items():
            total[k] += v
    by_lang["all"] = total
    print(f"\n## Briefs set tests/data/briefs/{name}, lang given")
    head = ("lang", "cases", "item P", "item R", "item F1", "titles", "exact")
    print(f"{head[0]:5}{head[1]:>6}" + "".join(f"{h:>8}" for h in head[2:6]) + f"{head[6]:>7}")
    for lang, s in by_lang.items():
        p = s["tp"] / s["pred"] if s["pred"] else 1.0
        r = s["tp"] / s["true"] if s["true"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        titles = s["titles_ok"] / s["titles"] if s["titles"] else 1.0
        print(
            f"{lang:5}{int(s['cases']):>6}{p:>8.2f}{r:>8.2f}{f1:>8.2f}{titles:>8.2f}"
            f"{s['exact'] / s['cases']:>7.2f}"
        )
    print("not exact:", " ".join(failures) or "none")
    return by_lang


if __name__ == "__main__":
    for name in SETS:
        score_briefs_set(name)
    sys.exit(0)
