"""The sentence repairer: ``repair_sentences``.

Scraped text loses its line structure in two opposite ways. Breaks appear
where there were none (a paragraph break inside a sentence, hard wraps,
line-break hyphens) and vanish where there were some (blocks glued together:
"zu diskutierenUnd das", "on Tuesday.The minister"). The repairer

1. joins line and paragraph breaks that fall inside a sentence, unwrapping
   hard-wrapped text (the wrap width is measured on the document) and
   deciding for each line-break hyphen whether it belongs to the word
   (``joins``, ``hyphens``);
2. splits a headline run into its body off the first line
   (``extract.headline_split``), then the other glued blocks into paragraphs,
   restoring a lost full stop where a sentence (not a heading) was cut off
   (``glue``).

Every decision uses the text itself as evidence first (does the joined or the
hyphenated form occur elsewhere? ``word_index``) and the language data second.
"""

from __future__ import annotations

import re as stdlib_re

import regex as re

from .._check import check_lang, check_str
from ..decode import replace_surrogates
from ..extract.headline_split import split_headline
from ..languages import LanguagePack, get_pack
from ..markup import break_block_gaps
from .glue import GLUE_HINT, Glue, cut_glue, split_glue_in_lines
from .joins import join_breaks
from .word_index import WordIndex

__all__ = ["repair_cleaned", "repair_sentences", "repair_until_stable"]

_BLANK_LINES = re.compile(r"\n{3,}")
_SPACE_AT_BREAK = stdlib_re.compile(r"\n(?:(?<=[^\S\n]\n)|(?=[^\S\n]))")  # a line to strip


def _split_glue(text: str, pack: LanguagePack, words: WordIndex) -> str:
    """Split the headline off the first line, then every glued block of the text."""
    first, newline, _ = text.partition("\n")
    glue = Glue(pack, words, at_text_start=False)
    top = "\n".join(
        cut_glue(line, glue._replace(at_text_start=i == 0)) if GLUE_HINT.search(line) else line
        for i, line in enumerate(split_headline(first, pack, text))
    )
    return top + newline + split_glue_in_lines(text, len(first) + len(newline), glue)


def repair_sentences(text: str, lang: str | None = None) -> str:
    """Rejoin sentences broken across lines and split blocks glued together.

    Examples:
        >>> repair_sentences("Ziel ist es, im Bereich\\n\\nzu diskutierenUnd das ist alles.", "de")
        'Ziel ist es, im Bereich zu diskutieren.\\n\\nUnd das ist alles.'
        >>> repair_sentences("Die Zusammen-\\narbeit mit Nord-\\nKorea.", "de")
        'Die Zusammenarbeit mit Nord-Korea.'
    """
    check_str(text, "text", "repair_sentences")
    lang = check_lang(lang, "repair_sentences")
    text = replace_surrogates(text, [])  # (output is always valid Unicode)
    text = text.replace("\r\n", "\n")
    if _SPACE_AT_BREAK.search(text) or text[:1].isspace() or text[-1:].isspace():
        text = "\n".join(map(str.strip, text.split("\n")))
    # (Block gaps after the strip: a no-break space at a line end is no gap.)
    text = _BLANK_LINES.sub("\n\n", break_block_gaps(text)).strip("\n")
    return repair_until_stable(text, get_pack(lang))


# A repair changes what the next one reads: the token around a cut
# ("7.000.LondonThe" is one token until "7.000." goes), the evidence (a word
# that now stands alone: "Storm ReutersReutersThe"), the lines a join leaves.
# ``repair_sentences`` repeats the repair on its own output until it changes
# nothing, so that a second call changes nothing either.
_PASSES = 4


def repair_cleaned(text: str, pack: LanguagePack) -> str:
    """One pass of :func:`repair_sentences` on text as ``clean_markup`` leaves it.

    That is: lines stripped, at most one blank line between them, block gaps
    already broken. ``parse`` calls this, sparing the text the passes after
    the first (a second pass changes about one text in a thousand).
    """
    if not text:
        return text
    words = WordIndex(text)
    joined = join_breaks(text, words, pack)
    split = _split_glue(joined, pack, words)
    # A split can free a sentence that was blocked from joining its broken
    # continuation (it shared a line with a bullet): then join once more.
    return split if split == joined else join_breaks(split, words, pack)


def repair_until_stable(text: str, pack: LanguagePack) -> str:
    """:func:`repair_cleaned` repeated until a pass changes nothing."""
    for _ in range(_PASSES):
        repaired = repair_cleaned(text, pack)
        if repaired == text:
            break
        text = repaired
    return text
