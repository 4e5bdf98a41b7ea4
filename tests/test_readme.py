"""The README's Python example gives the outputs its comments show.

A checked line is ``article.<expression>  # <repr>``: the expression is
evaluated after the example's own lines, and its ``repr`` must match the
comment, where "…" stands for any text.
"""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
CHECKED = re.compile(r"^(article\S*)\s+# (.+)$")


def _example_block() -> list[str]:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    return next(b for b in blocks if "newsclean.parse(raw_text)" in b).splitlines()


def matches(shown: str, real: str) -> bool:
    """``real`` is ``shown`` with each "…" standing for any text (possibly none)."""
    pieces = shown.split("…")
    if len(pieces) == 1:
        return real == shown
    if not (real.startswith(pieces[0]) and real.endswith(pieces[-1])):
        return False
    pos = len(pieces[0])
    for piece in pieces[1:-1]:
        pos = real.find(piece, pos)
        if pos < 0:
            return False
        pos += len(piece)
    return pos <= len(real) - len(pieces[-1])


def test_matches_is_strict_outside_the_ellipses() -> None:
    assert matches("'Harbour …pier'", "'Harbour town pier'")
    assert not matches("'Harbour …pier'", "'Harbour town pier.'")
    assert not matches("'a'", "'b'")
    assert matches("'en'", "'en'")
    assert not matches("[1, …, 3]", "[1, 3]")


def test_the_readme_example_prints_what_its_comments_say() -> None:
    raw_text = (files("newsclean") / "examples" / "example_article.txt").read_text(encoding="utf-8")
    scope: dict[str, object] = {"raw_text": raw_text}
    checked = []
    for line in _example_block():
        m = CHECKED.match(line)
        if m is None:
            exec(line, scope)  # the example's own statements ("import", "article = ...")
            continue
        real = repr(eval(m.group(1), scope))
        assert matches(m.group(2), real), f"{m.group(1)}: README shows {m.group(2)}, got {real}"
        checked.append(m.group(1))
    assert len(checked) >= 8
