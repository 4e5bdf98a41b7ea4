"""Blocks: one per non-empty line of repaired text, with its paragraph group and bullet shape."""

from __future__ import annotations

import pytest

from newsclean.blocks import Block, split_blocks, strip_bullet


def test_one_block_per_line_with_the_paragraph_group_it_stands_in():
    blocks = split_blocks("Port strike\n\nShips wait outside.\nTalks resume today.\n\n  \n\nEnd.")
    assert [(b.text, b.index, b.group) for b in blocks] == [
        ("Port strike", 0, 0),
        ("Ships wait outside.", 1, 1),
        ("Talks resume today.", 2, 1),
        ("End.", 3, 3),  # a blank-only paragraph is no block but keeps its group number
    ]
    assert all(b.kind == "body" for b in blocks)


@pytest.mark.parametrize(
    ("line", "bullet"),
    [
        ("• Rates held.", True),
        ("- Rates held.", True),
        ("— Что известно?", True),
        ("1. Soak the beans.", True),
        ("12) Season to taste.", True),
        ("✓ Turnout reached a record.", True),
        ("-5 degrees at night.", False),  # a minus sign, no space after it
        ("2024. Ein gutes Jahr.", False),  # a year, not a list number
        ("•Rates held.", False),  # a glyph must be followed by a space
        ("Rates held.", False),
        ("", False),
    ],
)
def test_bullet_lines_need_a_glyph_or_a_short_number_and_a_space(line, bullet):
    assert Block(line, 0, 0).is_bullet is bullet


def test_retext_measures_the_new_text_again():
    block = Block("• Rates held at four percent.", 0, 0)
    assert (block.words, block.is_bullet) == (6, True)
    block.retext("Rates held at four percent.")
    assert (block.words, block.is_bullet) == (5, False)


@pytest.mark.parametrize(
    ("text", "numbers", "expected"),
    [
        ("• Rates held.", True, "Rates held."),
        ("1. Ditch the diet", True, "Ditch the diet"),
        ("1. Ditch the diet", False, "1. Ditch the diet"),  # a body list keeps its numbers
        ("– Item – with a dash inside", False, "Item – with a dash inside"),
        ("No glyph here", True, "No glyph here"),
    ],
)
def test_strip_bullet_takes_the_glyph_and_a_number_only_when_asked(text, numbers, expected):
    assert strip_bullet(text, numbers) == expected
