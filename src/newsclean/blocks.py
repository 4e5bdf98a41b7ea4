"""Blocks: the units the classifier labels (one line of repaired text each)."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

__all__ = ["BULLET_GLYPH_RE", "Block", "split_blocks", "strip_bullet"]

# A bullet glyph or list number at the start of a line.
BULLET_GLYPH_RE = re.compile(r"^(?:[•·▪‣◦●■□➤►*\-–—]|\d{1,2}[.)])\s+")


@dataclass
class Block:
    """One line of the repaired text and what the classifier made of it.

    ``group`` numbers the paragraph groups (runs of lines without a blank line
    between them), so that neighbours can be told apart from distant lines.
    """

    text: str
    index: int
    group: int
    kind: str = "body"
    _words: int = field(default=0, repr=False, compare=False)
    _bullet: bool = field(default=False, repr=False, compare=False)
    _measured: str | None = field(default=None, repr=False, compare=False)

    def _measure(self) -> None:
        # Cached per text: the classifier asks often, and may strip a marker off the text.
        if self._measured is not self.text:
            self._words = len(self.text.split())
            self._bullet = BULLET_GLYPH_RE.match(self.text) is not None
            self._measured = self.text

    @property
    def is_bullet(self) -> bool:
        self._measure()
        return self._bullet

    @property
    def words(self) -> int:
        self._measure()
        return self._words


def split_blocks(text: str) -> list[Block]:
    """Split repaired text into one block per non-empty line."""
    blocks: list[Block] = []
    for group, para in enumerate(text.split("\n\n")):
        for line in para.split("\n"):
            line = line.strip()
            if line:
                blocks.append(Block(line, len(blocks), group))
    return blocks


def strip_bullet(text: str) -> str:
    """Remove a leading bullet glyph or list number."""
    return BULLET_GLYPH_RE.sub("", text, count=1).strip()
