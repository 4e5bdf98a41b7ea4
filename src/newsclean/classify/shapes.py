"""Shapes of lines that several labelling passes ask about: prose, marks, neighbours."""

from __future__ import annotations

from ..blocks import Block

__all__ = [
    "BLOCK_SPAN",
    "CLOSERS",
    "SENTENCE_END",
    "bullets_follow",
    "final_mark",
    "is_body_paragraph",
    "is_running_text",
    "leads_a_list",
    "next_block",
]


CLOSERS = "\"'»”“)]’"


SENTENCE_END = ".!?…。！？"


# Offsets for ordering evidence: a block's position plus the offset inside it.
BLOCK_SPAN = 100_000


def is_running_text(b: Block) -> bool:
    """A paragraph of article prose: long enough and closed by sentence punctuation."""
    if b.kind != "body" or b.is_bullet:
        return False
    if b.words >= 30 or len(b.text) >= 200:
        return True  # a long paragraph is prose however it ends (truncated, "All...")
    long_enough = b.words >= 6 or len(b.text) >= 40  # scripts without spaces count by length
    return long_enough and final_mark(b.text) in SENTENCE_END


def final_mark(text: str) -> str:
    """The last character before closing quotes and brackets ("" for an empty line)."""
    return text.rstrip(CLOSERS)[-1:]


def next_block(b: Block, blocks: list[Block]) -> Block | None:
    return blocks[b.index + 1] if b.index + 1 < len(blocks) else None


def bullets_follow(b: Block, blocks: list[Block]) -> bool:
    """The line after ``b`` is a bullet item."""
    nxt = next_block(b, blocks)
    return nxt is not None and nxt.is_bullet


def leads_a_list(b: Block, blocks: list[Block]) -> bool:
    """A sentence that introduces a list in the body ("The recipe needs three steps:")."""
    return (
        b.kind == "body"
        and b.words >= 4
        and b.text.rstrip().endswith(":")
        and bullets_follow(b, blocks)
    )


def is_body_paragraph(b: Block) -> bool:
    return b.kind == "body" and not b.is_bullet and b.words >= 8
