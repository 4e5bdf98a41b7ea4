"""Briefs: bullet-point summary blocks, told apart from lists in the body.

The rule (also in docs/steps.md): a run of bullet lines is a *brief* when

1. the line before it is a brief title from the language data ("Key points",
   "Коротко про головне", "L’essentiel"), or
2. it stands at the top of the article, before the first body paragraph
   (an untitled brief, title None), or
3. the line before it is a short title line (no closing punctuation) and no
   body paragraph follows the run;

otherwise it is a *list in the body* (the steps of a recipe, names after
"…the following:"): its items stay in the body, one paragraph each, glyphs
removed. A run introduced by a line ending in ":" is always a body list.
"""

from __future__ import annotations

import regex as re

from ..languages import LanguagePack

__all__ = ["is_brief_title"]

# The run of closing marks at the end of a line. (It starts where the run
# starts: tried at each mark of a long run in the middle of a line, it would
# scan the rest of that run each time.)
_STRIP = re.compile(r"(?<![\s:.!?–—-])[\s:.!?–—-]+$")


def is_brief_title(line: str, pack: LanguagePack) -> bool:
    """Is ``line`` one of the language's brief titles (or starts like one)?"""
    norm = _STRIP.sub("", line).casefold().replace("'", "’")
    for title in pack.brief_titles:
        t = title.casefold().replace("'", "’")
        if norm == t or (norm.startswith(t + " ") and len(line.split()) <= 12):
            return True
    return False
