"""Write docs/examples/quickstart.ipynb from the cells below (run it after editing them).

python docs/examples/build_quickstart.py            # write the notebook, unexecuted
python docs/examples/run_notebook.py --write        # execute it and store the outputs
"""

from __future__ import annotations

from pathlib import Path

import nbformat

CELLS = [
    (
        "markdown",
        """# newsclean quickstart

Parse one damaged article, then a whole corpus into a DataFrame, and look at
what newsclean took out of each kind of damage.

The data is the project's shared evaluation data (`../shared/` next to the
repository, or `NEWSCLEAN_SHARED`): the seed article that started newsclean,
and the news corpus (real article pages in six damaged forms). It is not part
of the package; this notebook stops with a clear error when it is missing.""",
    ),
    (
        "code",
        """import gzip
import json
import os
from collections import Counter
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import newsclean


def find_shared() -> Path:
    if "NEWSCLEAN_SHARED" in os.environ:
        return Path(os.environ["NEWSCLEAN_SHARED"])
    here = Path.cwd().resolve()
    for folder in [here, *here.parents]:
        if (folder / "pyproject.toml").exists():
            return folder.parent / "shared"
    return here / "shared"


SHARED = find_shared()
if not (SHARED / "corpus" / "news.jsonl.gz").exists():
    raise FileNotFoundError(f"{SHARED} holds no corpus: set NEWSCLEAN_SHARED to the shared data")
newsclean.__version__""",
    ),
    (
        "markdown",
        """## One article: the seed

A German machine-translated article from a Ukrainian outlet, with HTML left in, a
repeated headline, glued blocks and a brief block. The `Article` shows itself as HTML:
headline, attribution chips coloured by kind, briefs, paragraphs, and what was removed.""",
    ),
    (
        "code",
        """seed_text = next((SHARED / "seed").glob("*.txt")).read_text(encoding="utf-8")
print(seed_text[:400])
article = newsclean.parse(seed_text)
article""",
    ),
    (
        "code",
        """[(a.kind, a.name, a.alias) for a in article.attributions]""",
    ),
    (
        "markdown",
        """## A corpus into a DataFrame

`parse_many` parses in order over a process pool. A sample of 40 pages per damage mode
keeps this notebook quick; drop `PER_MODE` to parse all 1,086 records.""",
    ),
    (
        "code",
        """PER_MODE = 40
records, seen = [], Counter()
with gzip.open(SHARED / "corpus" / "news.jsonl.gz", "rt", encoding="utf-8") as fh:
    for line in fh:
        record = json.loads(line)
        if seen[record["mode"]] < PER_MODE:
            seen[record["mode"]] += 1
            records.append(record)

articles = list(newsclean.parse_many((r["raw"] for r in records), workers=2))
frame = pd.DataFrame(
    {
        "mode": [r["mode"] for r in records],
        "language": [a.language for a in articles],
        "headline": [a.headline for a in articles],
        "paragraphs": [len(a.paragraphs) for a in articles],
        "removed": [Counter(x.kind for x in a.removed) for a in articles],
    }
)
frame.head()""",
    ),
    (
        "markdown",
        """## What was removed, per kind of damage

Each damage mode leaves its own trace in `Article.removed`: tags in `inner_html`, tag
fragments in `half_stripped`, repaired characters in `mojibake`, menus and boilerplate
in `page_text`.""",
    ),
    (
        "code",
        """removed = (
    pd.DataFrame([dict(c) for c in frame["removed"]], index=frame["mode"])
    .fillna(0)
    .groupby(level=0)
    .sum()
)
top = removed.sum().sort_values(ascending=False).index[:8]
ax = removed[top].plot.bar(stacked=True, figsize=(9, 4.5), colormap="tab10")
ax.set_ylabel(f"removals in {PER_MODE} articles")
ax.set_xlabel("corpus mode")
ax.set_title("What newsclean removed, by kind, per damage mode")
ax.legend(title="kind", bbox_to_anchor=(1.01, 1), loc="upper left")
plt.tight_layout()
plt.show()""",
    ),
    (
        "code",
        """# Languages detected per mode (the corpus is mostly English, some German and Russian)
pd.crosstab(frame["mode"], frame["language"].fillna("unsure"))""",
    ),
]


def build() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    for kind, source in CELLS:
        cell = (
            nbformat.v4.new_markdown_cell(source)
            if kind == "markdown"
            else nbformat.v4.new_code_cell(source)
        )
        nb.cells.append(cell)
    return nb


if __name__ == "__main__":
    out = Path(__file__).with_name("quickstart.ipynb")
    nbformat.write(build(), out)
    print("wrote", out)
