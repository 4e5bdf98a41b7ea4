"""Caption lines: the short line above an image's credit."""

from __future__ import annotations

from itertools import pairwise

from ..blocks import Block
from ..extract.attribution import photo_credit
from ..languages import LanguagePack

__all__ = ["find_caption_lines"]


def find_caption_lines(blocks: list[Block], pack: LanguagePack) -> None:
    """A short untitled line right above a credit-only line is that image's caption."""
    for prev, b in pairwise(blocks):
        if b.kind != "caption" or prev.kind != "body" or prev.is_bullet:
            continue
        credit = photo_credit(b.text, pack)
        if credit and credit[1] == 0 and prev.words <= 15 and not prev.text.endswith((".", ":")):
            prev.kind = "caption"
