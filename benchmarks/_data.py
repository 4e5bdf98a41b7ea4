"""Where the shared evaluation data lives, and loaders that fail loudly without it."""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHARED = Path(os.environ.get("NEWSCLEAN_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus" / "news.jsonl.gz"
DEV_CASES = SHARED / "dev-cases"
SEED = SHARED / "seed"


def _require(path: Path) -> None:
    if not path.exists():
        sys.exit(
            f"error: {path} is missing. The benchmarks read ../shared/ next to the repository "
            "(set NEWSCLEAN_SHARED to its location)."
        )


def corpus_records(limit: int | None = None) -> Iterator[dict[str, Any]]:
    _require(CORPUS)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            yield json.loads(line)


def dev_cases() -> list[dict[str, Any]]:
    _require(DEV_CASES)
    cases = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV_CASES.glob("*.json"))]
    if not cases:
        sys.exit(f"error: no dev cases in {DEV_CASES}")
    return cases


def seed_cases() -> list[tuple[str, dict[str, Any]]]:
    _require(SEED)
    out = []
    for txt in sorted(SEED.glob("*.txt")):
        expected = json.loads(txt.with_suffix(".expected.json").read_text(encoding="utf-8"))
        out.append((txt.read_text(encoding="utf-8"), expected))
    if not out:
        sys.exit(f"error: no seed in {SEED}")
    return out


PAGES = SHARED / "pages" / "pages.jsonl.gz"


def page_records() -> Iterator[dict[str, Any]]:
    """The whole web pages with "must keep / must drop" snippets (../shared/pages)."""
    _require(PAGES)
    with gzip.open(PAGES, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)
