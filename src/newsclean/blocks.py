"""Blocks: the units the classifier labels (one line of repaired text each)."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

__all__ = ["BULLET_GLYPH_RE", "Block", "split_blocks", "strip_bullet"]

# A bullet glyph or list number at the start of a line.
_BULLET_GLYPHS = "•·▪‣◦●■□◆◇○➤►▶→✓✔*-–—"
BULLET_GLYPH_RE = re.compile(rf"^(?:[{re.escape(_BULLET_GLYPHS)}]|\d{{1,2}}[.)])\s+")
_GLYPH_ONLY_RE = re.compile(rf"^[{re.escape(_BULLET_GLYPHS)}]\s+")


@dataclass
class Block:
    """One line of the repaired text and what the classifier made of it.

    ``group`` numbers the paragraph groups (runs of lines without a blank line
    between them), so that neighbours can be told apart from distant lines.
    ``words`` and ``is_bullet`` are measured once (the classifier asks often);
    change the text with :meth:`retext` to keep them right.
    """

    text: str
    index: int
    group: int
    kind: str = "body"
    words: int = field(init=False, repr=False, compare=False)
    is_bullet: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.retext(self.text)

    def retext(self, text: str) -> None:
        """Replace the text (a marker stripped off) and measure it again."""
        self.text = text
        self.words = len(text.split())
        first = text[:1]  # most lines open with a letter: no pattern to try
        self.is_bullet = (first in _BULLET_GLYPHS or first.isdigit()) and (
            BULLET_GLYPH_RE.match(text) is not None
        )


def split_blocks(text: str) -> list[Block]:
    """Split repaired text into one block per non-empty line."""
    blocks: list[Block] = []
    for group, para in enumerate(text.split("\n\n")):
        for line in para.split("\n"):
            line = line.strip()
            if line:
                blocks.append(Block(line, len(blocks), group))
    return blocks


def strip_bullet(text: str, numbers: bool = True) -> str:
    """Remove a leading bullet glyph, and a list number unless ``numbers`` is False.

    A number is content in a body list ("1. Ditch the diet" in a listicle):
    the body keeps it; a brief's items lose it with their glyphs.
    """
    return (BULLET_GLYPH_RE if numbers else _GLYPH_ONLY_RE).sub("", text, count=1).strip()
