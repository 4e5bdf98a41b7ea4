"""`parse` over the whole corpus once, for a profiler.

pyinstrument -r text --show '*newsclean*' benchmarks/profile_parse.py
py-spy record -o parse.svg -- python benchmarks/profile_parse.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsclean
from _data import corpus_records


def main() -> None:
    texts = [r["raw"] for r in corpus_records()]
    newsclean.parse(texts[0])  # imports and caches first
    for text in texts:
        newsclean.parse(text)


if __name__ == "__main__":
    main()
