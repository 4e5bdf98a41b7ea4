"""Patterns built from lists of phrases in the language data.

A plain alternation of many literals (``january|june|july|…``) makes the
regex engine try every phrase at each place where one of their first letters
occurs. The same phrases as a trie (``j(?:an(?:uary)?|u(?:ly?|ne?))``) are
tried one letter at a time, so a scan costs about the same however many
phrases a language lists. The match is the same as that of the alternation
with the longest phrases first.

Small patterns that several steps share live here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeAlias

__all__ = ["FIGURE", "phrase_trie"]

_Trie: TypeAlias = "dict[str, _Trie]"  # one letter -> the rest; "" marks a phrase's end

_NEVER = r"(?!x)x"  # a pattern that matches nothing: for an empty list

#: A figure standing alone, as in a table cell: "5040", "2:1", "12.5%", "-3", "2–3"
#: (not "(8)" or "2019年11月"); for ``fullmatch``.
FIGURE = re.compile(r"[+\-–]?\d[\d.,:%/\-–]*")


def phrase_trie(phrases: Iterable[str], space: str | None = None, lower: bool = False) -> str:
    """The phrases as one regex (for the stdlib engine or ``regex``), written as a trie.

    ``space``, when given, is what a space inside a phrase matches (such as
    ``r"\\s+"``; runs of spaces in a phrase count as one, and spaces around it
    as none, so that the trie matches as the alternation does). ``lower``
    lower-cases the phrases first, for a pattern used case-insensitively or
    on lower-cased text (two spellings of one phrase would otherwise be two
    branches, and the shorter could win).

    >>> phrase_trie(["june", "jan", "january"])
    'j(?:an(?:uary)?|une)'
    >>> import re
    >>> re.fullmatch(phrase_trie(["the day before", "the"], space=r"\\s+"), "the  day before")
    <re.Match object; span=(0, 15), match='the  day before'>
    """
    root: _Trie = {}
    for phrase in phrases:
        phrase = phrase.lower() if lower else phrase
        phrase = " ".join(phrase.split()) if space else phrase
        if not phrase:
            continue  # an empty phrase would match everywhere
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _node_pattern(root, space) if any(root) else _NEVER


def _node_pattern(node: _Trie, space: str | None) -> str:
    branches = [
        (space if char == " " and space else re.escape(char)) + _node_pattern(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    ends_here = "" in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    group = "|".join(branches)
    if ends_here:  # the longer phrases are tried first, then the one that ends here
        return f"(?:{group})?"
    return f"(?:{group})"
