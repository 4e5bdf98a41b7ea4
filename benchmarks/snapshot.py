"""Write what newsclean makes of every shared input, to prove a refactoring changes nothing.

    python benchmarks/snapshot.py /tmp/before.jsonl            # before the change
    python benchmarks/snapshot.py /tmp/after.jsonl             # after it
    cmp /tmp/before.jsonl /tmp/after.jsonl && echo identical

One line per input: ``parse(...).to_dict()``, ``clean_html`` and
``repair_sentences`` over the corpus records, the dev cases, the seed and the
whole pages (their text and their HTML). ``--quick`` takes every 8th corpus
record and page.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsclean
from _data import corpus_records, dev_cases, page_records, seed_cases


def inputs(quick: bool) -> Iterator[tuple[str, str, str | None]]:
    step = 8 if quick else 1
    for i, rec in enumerate(corpus_records()):
        if i % step == 0:
            yield rec["id"], rec["raw"], rec["lang"]
    for case in dev_cases():
        yield case["id"], case["raw"], case["lang"]
    for i, (text, _expected) in enumerate(seed_cases()):
        yield f"seed{i}", text, None
    for i, page in enumerate(page_records()):
        if i % step == 0:
            yield page["id"] + "-text", page["text"], None
            yield page["id"] + "-html", page["html"], None


def record(name: str, text: str, lang: str | None) -> dict[str, Any]:
    return {
        "id": name,
        "parse": newsclean.parse(text, lang=lang).to_dict(),
        "parse_nolang": newsclean.parse(text).to_dict() if lang else None,
        "clean_html": newsclean.clean_html(text),
        "repair_sentences": newsclean.repair_sentences(text, lang=lang),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("output", type=Path)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    n = 0
    with args.output.open("w", encoding="utf-8") as out:
        for name, text, lang in inputs(args.quick):
            out.write(json.dumps(record(name, text, lang), ensure_ascii=False, sort_keys=True))
            out.write("\n")
            n += 1
    print(f"{n} inputs written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
