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
    _words_of: str | None = field(default=None, repr=False, compare=False)

    @property
    def is_bullet(self) -> bool:
        return bool(BULLET_GLYPH_RE.match(self.text))

    @property
    def words(self) -> int:
        # Cached per text: the classifier asks often, and may strip a marker off the text.
        if self._words_of != self.text:
            self._words, self._words_of = len(self.text.split()), self.text
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
