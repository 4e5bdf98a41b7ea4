"""Run the code examples of the docs, so that the docs never drift from the code.

Doctest blocks (``>>>``) in the Markdown pages are run by pytest's
``--doctest-glob=*.md``. This module runs the rest:

* a ```` ```python ```` block without ``>>>`` is executed as a script;
* in a ```` ```bash ```` block, every command line that starts with
  ``newsclean`` or ``cat`` is run in a shell (``pip install`` lines are the
  README's setup commands, which CI runs itself; ``bash``/``python`` lines are
  development commands, run by CI directly).

Both run in a scratch directory that holds the files the examples name
(``article.txt``, ``dump.jsonl``, ``news.jsonl``, ``dumps/*.jsonl``,
``feed.csv``, ``articles/``, ``news/*.parquet``) and with ``raw_text`` and ``texts`` defined.

A block that needs an optional dependency says so in an HTML comment on the
line before it, ``<!-- requires: dask -->``; the test run that installs that
dependency runs it (``tests/test_docs_examples.py`` runs the blocks without
requirements, ``tests_integrations`` and ``tests_nemo`` the others).

    python docs/snippets.py --requires dask,spark,datatrove   # run blocks from the command line
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

_FENCE = re.compile(
    r"^(?:<!-- requires: (?P<req>[\w, -]+) -->\n)?```(?P<lang>\w*)[^\n]*\n(?P<code>.*?)^```$",
    re.M | re.S,
)
_RUN_BASH = re.compile(r"^(?:newsclean|cat) ")


@dataclass(frozen=True)
class Snippet:
    page: str
    line: int
    lang: str
    code: str
    requires: frozenset[str]

    @property
    def id(self) -> str:
        return f"{self.page}:{self.line}"


def snippets() -> list[Snippet]:
    """Every runnable block of the README and the docs."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for m in _FENCE.finditer(text):
            lang, code = m["lang"], m["code"]
            if lang not in ("python", "bash") or ">>>" in code:
                continue
            if lang == "bash" and not _bash_commands(code):
                continue
            req = frozenset(r.strip() for r in (m["req"] or "").split(",") if r.strip())
            line = text.count("\n", 0, m.start("code"))
            found.append(Snippet(str(page.relative_to(ROOT)), line, lang, code, req))
    return found


def _bash_commands(code: str) -> list[str]:
    lines = (line.split("  #")[0].strip() for line in code.splitlines())
    return [line for line in lines if _RUN_BASH.match(line)]


def _example_text() -> str:
    from importlib.resources import files

    return (files("newsclean") / "examples" / "example_article.txt").read_text(encoding="utf-8")


SHORT_TEXTS = [
    "Harbour reopens after storm | Reuters\n\nThe harbour reopened on Tuesday after a "
    "storm closed it for three days, according to the port authority.",
    "Hafen wieder offen\n\nDer Hafen ist seit Dienstag wieder offen, wie die Behörde mitteilte.",
]


def make_workdir(path: Path, requires: frozenset[str] = frozenset()) -> None:
    """Write the files that the examples read into ``path``."""
    raw = _example_text()
    texts = [raw, *SHORT_TEXTS]
    (path / "article.txt").write_text(raw, encoding="utf-8")
    (path / "dumps").mkdir(exist_ok=True)
    for name in ("dump.jsonl", "news.jsonl", "dumps/news.jsonl"):
        with open(path / name, "w", encoding="utf-8") as f:
            for i, text in enumerate(texts):
                f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    with open(path / "feed.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "body"])
        writer.writerows(enumerate(texts))
    (path / "articles").mkdir(exist_ok=True)
    for i, text in enumerate(texts):
        (path / "articles" / f"{i}.txt").write_text(text, encoding="utf-8")
    if "dask" in requires:
        import pandas as pd

        (path / "news").mkdir(exist_ok=True)
        frame = pd.DataFrame({"id": range(len(texts)), "text": texts})
        frame.to_parquet(path / "news" / "part-0.parquet")


def run(snippet: Snippet, workdir: Path) -> None:
    """Run one block in ``workdir``; raise AssertionError with its output when it fails."""
    if snippet.lang == "python":
        prelude = "raw_text = open('article.txt', encoding='utf-8').read()\n"
        prelude += f"texts = {[_example_text(), *SHORT_TEXTS]!r}\n"
        cmd = [sys.executable, "-c", prelude + snippet.code]
        _check(cmd, workdir, snippet)
        return
    for command in _bash_commands(snippet.code):
        _check(["bash", "-o", "pipefail", "-c", command], workdir, snippet)


def _check(cmd: list[str], workdir: Path, snippet: Snippet) -> None:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    # Spark's Python workers must run this interpreter, which has newsclean.
    env.update(PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    done = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise AssertionError(
            f"{snippet.id} failed ({done.returncode}): {cmd[-1]}\n{done.stdout}\n{done.stderr}"
        )


def tests_for(requirements: set[str]) -> tuple[Callable[[], None], Callable[..., None]]:
    """Two pytest tests for the blocks that need exactly these optional dependencies.

    A test module binds them to ``test_*`` names (see ``tests_integrations/``):
    one checks that each requirement has an example, one runs every block.
    """
    import pytest

    blocks = [s for s in snippets() if s.requires and s.requires <= requirements]

    def every_requirement_has_its_example() -> None:
        assert {r for s in blocks for r in s.requires} == requirements

    @pytest.mark.parametrize("snippet", blocks, ids=[s.id for s in blocks])
    def example_runs(snippet: Snippet, tmp_path: Path) -> None:
        make_workdir(tmp_path, snippet.requires)
        run(snippet, tmp_path)

    return every_requirement_has_its_example, example_runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requires", default="", help="also run blocks that need these")
    args = parser.parse_args()
    allowed = {r for r in args.requires.split(",") if r}
    import tempfile

    for snippet in snippets():
        if not snippet.requires <= allowed:
            continue
        workdir = Path(tempfile.mkdtemp())
        try:
            make_workdir(workdir, snippet.requires)
            run(snippet, workdir)
            print("ok", snippet.id)
        finally:
            shutil.rmtree(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
