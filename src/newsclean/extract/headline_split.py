"""A headline run into its body on the first line, split off.

Scraped text often loses the break after the headline: "… Davis Cup
FinalsMADRID — Rafael Nadal …" (a dateline), "…to NowhereAmericans have …"
(glued), "… to kill Omar A New York man pleaded …" (a lede that restates the
headline), "… Moon Europa A team led by …" (Title Case run into sentence case).
:func:`split_headline` finds where the headline ends; the repairer calls it on
the first line of a text, before it splits the rest of the glued blocks.
"""

from __future__ import annotations

from collections.abc import Callable

import regex as re

from ..languages import LanguagePack
from ..tokens import (
    CLOSERS,
    OPENING,
    TOKEN_PUNCT,
    after_name_prefix,
    cuts_in_tokens,
    ends_in_abbreviation,
    ends_sentence_word,
    protected_token,
)
from .headline import restates

__all__ = ["split_headline"]

# A dateline that opens the body ("(Reuters) — ", "MADRID — ", "CLEVELAND, Ohio – ",
# "NEW YORK (Reuters) - "), looked for right after a headline on the first line.
_DATELINE_START = re.compile(
    r"(?:\(\p{Lu}[^()\n]{1,29}\)"  # "(Reuters)"
    r"|\p{Lu}{3,}(?:,? {1,2}\p{Lu}[\p{L}.]{0,20}){0,3}(?: \([^()\n]{2,30}\))?)"  # "NEW YORK (AP)"
    r" ?[—–-] "
)


def _split_headline_from_dateline(line: str) -> str:
    """ "… Davis Cup FinalsMADRID — Rafael Nadal …": the headline ends where the dateline starts."""
    m = _DATELINE_START.search(line, 0, 300)
    if m is None or m.start() == 0:
        return line
    left = line[: m.start()]
    words = left.split()
    if not 3 <= len(words) <= 25 or any(ends_sentence_word(w) for w in words):
        return line  # not a headline: too short or long, or a sentence ends in it
    return left.rstrip() + "\n\n" + line[m.start() :]


# Where a headline glued to the body may end: a lower-case letter, digit or
# closing mark before a capital ("dealA", "2019As", "’Health"), or an
# upper-case run before a capitalised word ("PHCrossovers").
# An upper-case word glued to an upper-case dateline: "… from USNEW DELHI: Their …".
# (Read in the first _HEADLINE_MAX characters only, so the runs of capitals
# are bounded by that: a look-ahead tried at each capital of a run scans the
# rest of the run, at most that far.)
_HEADLINE_MAX = 250  # characters: a headline glued to the body ends before this
_HEADLINE_GLUE = re.compile(
    r"(?<=[\p{Ll}\p{N}’”\"')!?])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})"
    rf"|(?<=\p{{Lu}}{{2}})(?=\p{{Lu}}{{2,{_HEADLINE_MAX}}}+"
    rf"(?: \p{{Lu}}{{2,{_HEADLINE_MAX}}}+){{0,2}}: \p{{Lu}})"
)
_FIRST_WORD = re.compile(r"\p{Lu}(?:\p{Lu}+(?!\p{Ll})|[\p{Ll}\p{M}]*)")
_LEDE_WORDS = 6  # a body glued to a headline goes on for at least a sentence


def _camel_body_start(left: str, right: str, text: str) -> bool:
    """ "We|WorkWeWork": the body's first word is itself camel-case; only a
    name used again ("fall|SpaceX", "WeWork|WeWork") is cut."""
    return _stands_alone(right, text) and (left.islower() or _stands_alone(left, text))


def _upper_body_start(left_word: str, text: str) -> bool:
    """ "ProjectNASA has", "seatDEAR ABBY"; not "PHP" or "IOSApp"."""
    if left_word.isupper():  # "US|NEW DELHI:": the left word stands alone elsewhere
        return _stands_alone(left_word, text)
    return not left_word[-1].isupper()


def _glue_evidence(token: str, k: int, text: str, pack: LanguagePack) -> bool:
    """Is ``token[:k] | token[k:]`` a headline's last word glued to the body's first?

    Camel-case names ("MagSafe", "SpaceX", "PHP") look the same; they need
    evidence: the token is not used again, and one of its halves stands alone
    elsewhere in the text or the right-hand word starts sentences.
    """
    left, right = token[:k].lstrip(TOKEN_PUNCT), token[k:].rstrip(TOKEN_PUNCT)
    first = _FIRST_WORD.match(right)
    left_word = left.rstrip(CLOSERS + "!?")
    if first is None or len(left_word) < 2:
        return False
    word = first.group()
    if right[len(word) : len(word) + 1].isalnum():
        return _camel_body_start(left, right, text)
    if len(word) == 1:  # "dealA", "BeddingA": a one-letter sentence opener
        return word in pack.sentence_starters and not left_word[-1].isdigit()
    if word.isupper():
        return _upper_body_start(left_word, text)
    if not left_word[-1].isalpha() or left_word.islower():
        return True  # "2019As", "Lung’The", "dealThe" (not "iPhone": two letters at least)
    if text.count(left + right) > 1:
        return False  # a name the text uses again: "MagSafe", "PayPal"
    if word in pack.sentence_starters:
        return True
    # "NowhereAmericans", "PHCrossovers": a half stands alone elsewhere in the text.
    return _stands_alone(word, text) or _stands_alone(left_word, text)


def _stands_alone(word: str, text: str) -> bool:
    """Does ``word`` occur in ``text`` as a whole word (not inside a longer one)?"""
    bounded = rf"(?<![\p{{L}}\p{{N}}]){re.escape(word)}(?![\p{{L}}\p{{N}}])"
    return re.search(bounded, text) is not None


def _reads_as_headline(left: str, pack: LanguagePack) -> bool:
    words = left.split()
    if not 2 <= len(words) <= 25:
        return False
    quoted = False  # "‘Meth. We’re on it.’: Spokane …": a quoted sentence may end inside
    for word in words[:-1]:
        quoted = quoted or word[:1] in '‘“«„"'
        if not quoted and ends_sentence_word(word) and not ends_in_abbreviation(word, pack):
            return False  # a sentence ends inside ("Rep. Ilhan Omar" has none)
        quoted = quoted and not word.rstrip(".,:;!?").endswith(("’", "”", "»", '"'))
    first = left[0]
    return first.isupper() or first.isdigit() or first in OPENING


def _split_glued_headline(line: str, pack: LanguagePack, text: str) -> list[str]:
    """A headline glued to the body at the start of the text: "…to NowhereAmericans have …".

    The cut is the first one where the left part reads as a headline, the
    right part goes on for a sentence and the halves of the token it falls in
    are a word glued to a word, not a camel-case name.
    """
    for pos, start, end in cuts_in_tokens(line, _HEADLINE_GLUE.finditer(line, 0, _HEADLINE_MAX)):
        token = line[start:end]
        left = line[:pos].rstrip()
        # (The lede is counted in a bounded window: the line may be a whole article.)
        lede = line[pos : pos + 60 * _LEDE_WORDS].split()
        if len(lede) < _LEDE_WORDS or not _reads_as_headline(left, pack):
            continue
        if protected_token(token) or after_name_prefix(line, start, pos):
            continue
        if _glue_evidence(token, pos - start, text, pack):
            return _credit_to_body(left, line[pos:])
    return [line]


# A credit that opens the body, glued to the headline: "… health (CNN)President …",
# "… trade war Hong Kong (CNN Business)A muddled …" (a place, then the outlet).
_TRAILING_CREDIT = re.compile(r"(?:\s\p{Lu}[\p{L}.]*){0,3}\s\(\p{Lu}[^()]{0,29}\)$")


def _credit_to_body(headline: str, body: str) -> list[str]:
    tail = max(0, len(headline) - 80)
    m = _TRAILING_CREDIT.search(headline, tail)
    if m is None:
        return [headline, "", body]
    cut = m.start()
    place = headline[cut:].split("(")[0].split()
    before = headline[:cut].split()
    if place and before and before[-1][:1].isupper():
        # "… Trump's Health (CNN)": Title Case, the place cannot be told apart
        cut = headline.rindex(" (")
    return [headline[:cut].rstrip(), "", headline[cut:].lstrip() + body]


def _title_case_cut(words: list[str], pack: LanguagePack) -> int | None:
    """Where the body starts in a Title Case line: the word index, None when not sure.

    The first lower-case word that is not a minor word lies in the body; the
    body starts at the last sentence opener ("A", "When", "The") or the last
    capital after a closing quote before it, where the word before is not a
    minor word (a headline never ends in "of" or "Into").
    """
    minor = pack.title_case_minor
    cut = None
    for i, word in enumerate(words):
        bare = word.lstrip(OPENING)
        if not bare:
            continue
        if bare[0].islower() and bare.casefold() not in minor:
            # the first word of sentence case: the body has started
            return None if cut is None or i - cut > 4 else cut  # (a long subject: not sure)
        prev = words[i - 1] if i else ""
        if i < 3 or not bare[0].isupper() or prev.casefold().strip(TOKEN_PUNCT) in minor:
            continue
        opener = bare.rstrip(TOKEN_PUNCT) in pack.sentence_starters and prev[-1:].isalnum()
        if opener or prev.endswith(("’", "”", '"')):
            cut = i
    return None


def _split_title_case_headline(line: str, pack: LanguagePack) -> list[str]:
    """A Title Case headline run into its body by a space: "… Moon Europa A team led by …".

    In languages that write headlines in Title Case (``title_case_minor`` in the
    data).
    """
    if not pack.title_case_minor or len(line) < 80:
        return [line]
    words = line[:_HEADLINE_MAX].split(" ")
    cut = _title_case_cut(words, pack)
    if cut is None:
        return [line]
    left = " ".join(words[:cut])
    right = line[len(left) + 1 :]
    if not _reads_as_headline(left, pack) or len(right.split()) < _LEDE_WORDS:
        return [line]
    return [left, "", right]


def _split_restated_headline(line: str, pack: LanguagePack, text: str) -> list[str]:
    """A headline run into a lede that restates it: "… to kill Omar A New York man pleaded …".

    The lede opens (after a short opener such as "A" or "The") with the
    headline's first two capitalised words and says most of it again.
    """
    words = line[:_HEADLINE_MAX].split(" ")
    if not all(w[:1].isupper() for w in words[:2]):
        return [line]
    for i in range(4, min(len(words) - _LEDE_WORDS, 26)):
        j = i + 1 if len(words[i]) <= 3 and words[i] in pack.sentence_starters else i
        if [w.strip(TOKEN_PUNCT) for w in words[j : j + 2]] != words[:2]:
            continue
        left = " ".join(words[:i])
        right = line[len(left) + 1 :]
        if _reads_as_headline(left, pack) and restates(left, right[: 3 * len(left)]):
            return [left, "", right]
    return [line]


# Ways a headline runs into its body on the first line.
_HEADLINE_SPLITS: tuple[Callable[[str, LanguagePack, str], list[str]], ...] = (
    _split_glued_headline,
    _split_restated_headline,
)


def split_headline(first: str, pack: LanguagePack, text: str) -> list[str]:
    """The first line of ``text`` as lines: the headline, "" (a paragraph break), the body.

    A dateline that opens the body ends the headline; otherwise the earliest
    cut with evidence wins (a later one would leave body text in the
    headline), and the Title Case reading is the last resort. A line with no
    headline run into it comes back as it is (one element).
    """
    head = _split_headline_from_dateline(first)
    if head != first:
        return [head]
    splits = [split(first, pack, text) for split in _HEADLINE_SPLITS]
    found = [parts for parts in splits if len(parts) > 1]
    if found:
        return min(found, key=lambda parts: len(parts[0]))
    return _split_title_case_headline(first, pack)
