"""Glued blocks: where two blocks run together in one line, split them.

Scraped text loses breaks as well as gaining them: "zu diskutierenUnd das",
"on Tuesday.The minister", "(published Nov. 18, 2019)The suspect", "more
hits?___HOW WILL". Each kind of glue has its own finder (``_GLUE_FINDERS``,
tried in order, the way ftfy composes its fixes); a finder yields the cuts it
makes in a line, each a position and the mark to restore there (a full stop
where a sentence was cut off, nothing after a heading). The cuts of all
finders are then made at once.
"""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

import regex as re

from ..languages import LanguagePack, shared
from ..tokens import (
    TOKEN_PUNCT,
    WORD_AT,
    after_name_prefix,
    cuts_in_tokens,
    ends_in_abbreviation,
    ends_sentence_word,
    is_address,
    protected_token,
    token_around,
)
from .joins import NOT_CAPITAL
from .word_index import CAMEL_RIGHT, WordIndex

__all__ = ["GLUE_HINT", "Glue", "cut_glue", "is_heading", "split_glue_in_lines"]

_ALNUM = re.compile(r"[\p{L}\p{M}\d]+")
# Cheap supersets of the glue patterns below, to skip the lines (and the
# patterns) that cannot match. Stdlib engine: letters are [^\W\d_] there.
# The capitals of the Latin and Cyrillic alphabets (some ranges mix cases: a superset):
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ɏЀ-ЯѠ-ӿḀ-ỿ"
# After a sentence end or closing mark: a word ("Tuesday.The", "Україні»Президент",
# "said.’The") or, after a sentence end, a numbered item ("winter.1. Keep").
_AFTER_MARK = (
    r"(?:(?<=[.!?…»”:\]])[\"»”“’)]?(?:[«„\"“‘]|[—–] ?)?[^\W\d_](?:[^\W\d_]|[ :’',])"
    r"|(?<=[.!?])\d{1,2}\. )"
)
_PUNCT_HINT = stdlib_re.compile(rf"[.!?…»”:\]]{_AFTER_MARK}")
_YEAR_HINT = stdlib_re.compile(r"(?:19|20)\d\d[^\W\d_]")
# Any glue: the above; a closing bracket before a word ("2019)The"); a capital
# glued after a letter or digit and followed by a lower-case letter
# ("diskutierenUnd", "2019The"), or after two lower-case letters and followed
# by a space ("todayI urge"), but not an acronym ("NASA", "4K"); a separator
# ("___"). (One class opens the pattern and look-behinds tell the branches
# apart: the engine then skips in C to the characters of that class; branches
# that open with classes of their own would be tried at every position, twice
# as slow.)
GLUE_HINT = stdlib_re.compile(
    rf"[.!?…»”:\])_{_CAPITAL}]"
    rf"(?:(?<=[^\W_][{_CAPITAL}])(?:{NOT_CAPITAL}|(?<={NOT_CAPITAL}{{2}}.)[ ’':])"
    rf"|{_AFTER_MARK}|(?<=\))[^\W\d_]|(?<=_)__)"
)

# "Tuesday.The", "itd.Kolejnym", "Україні»Президент", "Reuters.A spokesman",
# "said.“I", "Council".The", "ужина.— Думаю", "completely.2. Avoid": a sentence
# end (its closing quote on either side of the mark), then a capitalised word,
# a one-letter word ("A", "I", "А"), an upper-case word of three letters or more
# ("announced.NASA"; a file extension or domain after it is checked in code:
# "bericht.PDF", "PanARMENIAN.Net") or a numbered item.
_PUNCT_GLUE = re.compile(
    r"(?<=[\p{L}\p{M}\d%)+][\"”’»]?)([.!?…]{1,3}[\"»”“’)]?|[»”\]])"
    r"(?=(?:[«„\"“‘]|[—–] ?)?\p{Lu}(?:[\p{Ll}’']|\p{Lu}{2}|\p{Lu}[ ,:]|[ :]))"
    r"|(?<=\p{L}[\"”’»)]?)([.!?])(?=\d{1,2}\. \p{Lu})"  # a numbered item after a word
    # "highlights:NISSAN SENTRA", "resolves to:Observe": a colon after a word,
    # then a capitalised word or an upper-case heading
    r"|(?<=\p{Ll}{2})(:)(?=[«„\"“‘]?\p{Lu}(?:\p{Ll}|\p{Lu}{2}| ))"
    # "… ready for …The Grow Stage": a free-standing ellipsis, then a capitalised word
    r"|(?<=\s)(…)(?=\p{Lu}\p{Ll})"
)


# "diskutierenUnd", "NowhereAmericans": a lower-case letter, then a capitalised word;
# "masks todayI urge", "betterA large": then a one-letter word.
# "SENTRANissan", "MACH EFord": an upper-case heading, then a capitalised word;
# "HOMEMADE JAMIf you": then a two-letter one (a sentence opener, checked in
# code), but not the plural "s" of an acronym ("HITS AT AMAs AMID").
# (The plural endings are the language's ``acronym_plurals``.)
@lru_cache(maxsize=64)
def _case_glue(pack: LanguagePack) -> re.Pattern[str]:
    endings = "|".join(re.escape(e) for e in sorted(pack.acronym_plurals, key=len, reverse=True))
    not_plural = f"(?!(?:{endings})[ ,])" if endings else ""
    return re.compile(
        r"(?<=\p{L})(?=\p{Lu})"  # (one cheap test that most positions fail, then the cases)
        r"(?:(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2})(?=\p{Lu}[ ’':])"
        r"|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})"
        rf"|(?<=\p{{Lu}}{{2}})(?=\p{{Lu}}{not_plural}\p{{Ll}}[ ,]))"
    )


_LOWER_UPPER = re.compile(r"\p{Ll}\p{Lu}")
_GLUED_AFTER_MANY = 5  # see WordIndex.glued_after
# A year glued to a capitalised word: "November 18, 2019The latest", "in 2020Following".
_YEAR_GLUE = re.compile(r"(?<![\d.,:/\-])(?:19|20)\d\d(?=\p{Lu}\p{Ll}{2})")
# A day number after a month name: "Tampa, FLJune 10 --" is a list of dates glued together.
_DAY_NUMBER = re.compile(r"\.? \d{1,2}(?!\d)")
# A separator line glued to the text on either side: "more hits?___HOW WILL OBAMA PLAY?".
# (Both patterns open with their literal: the engine skips ahead to it in C.)
_RULE_GLUE = re.compile(r"___+")
# A closing bracket glued to a capitalised word: "(published Nov. 18, 2019)The suspect";
# the word must open sentences (checked in code).
_BRACKET_GLUE = re.compile(r"\)(?<=[\p{L}\p{N}.!?]\))(?=\p{Lu}\p{Ll}*(?![\p{L}\p{N}]))")


class Glue(NamedTuple):
    """What a glue finder reads besides the line: the language and the text's words."""

    pack: LanguagePack
    words: WordIndex
    at_text_start: bool  # the line opens the text (where the headline stands)


Cut = tuple[int, str]  # (position, the mark to restore there: "." or "")


# --- a sentence end glued to the next sentence: "Tuesday.The" --------------------


@lru_cache(maxsize=64)
def _final_abbreviations(pack: LanguagePack) -> tuple[str, ...]:
    return tuple(a.replace(" ", "").casefold() for a in pack.final_abbreviations)


def _is_initial_or_abbreviation(line: str, left: str, at: int, pack: LanguagePack) -> bool:
    """The full stop at ``at`` ends an initial ("J.R.R.") or an abbreviation ("z. B.")."""
    words = _ALNUM.findall(left)
    if not words or (
        len(words[-1]) <= 1
        and not words[-1].isdigit()
        and not left.endswith("°" + words[-1])  # a unit: "+3°C.Rescuers"
    ):
        return True  # an initial: "J.R.R. Tolkien"
    window = line[max(0, at - 24) : at + 1]
    # "z. B.Die" is no sentence end, "itd.Kolejnym" is one.
    return ends_in_abbreviation(window, pack) and not (left + ".").casefold().endswith(
        _final_abbreviations(pack)
    )


def _address_then_word(left: str, right: str) -> bool:
    """ "www.usef.org.|VISIT the …": a sentence ends in an address, the next starts with a word.

    (Not a domain or file name of its own: "PanARMENIAN.Net", "bericht.PDF".)
    """
    word = right.rstrip(TOKEN_PUNCT)
    return (
        word.isalpha()
        and word.casefold() not in shared().dotted_suffixes
        and is_address(left.lstrip(TOKEN_PUNCT))
    )


def _ends_a_sentence(token: str, at: int, end: int, pack: LanguagePack) -> bool:
    """Does the mark ``token[at:end]`` end a sentence, not an address, initial or abbreviation?"""
    left = token[:at]
    if is_address(token) and not _address_then_word(left, token[end:]):
        return False  # (a name is never cut at a full stop: "AirPods.While" is glued)
    return not (token[at] == "." and _is_initial_or_abbreviation(token, left, at, pack))


def _punct_cut(line: str, m: re.Match[str], glue: Glue) -> int | None:
    """Where the sentence end ``m`` is cut, before the quote it may open; None: no cut."""
    before, after = token_around(line, m.start()), token_around(line, m.end())
    if before is None or after is None:
        return None
    start = before[0]
    # Read in its token only: decided once per token and place in it (glued
    # text repeats its tokens: "end.A end.A …" is one decision).
    key = (line[start : after[1]], m.start() - start, m.end() - start, glue.pack)
    cut = glue.words.sentence_ends_decided.get(key)
    if cut is None:
        cut = glue.words.sentence_ends_decided[key] = _ends_a_sentence(*key)
    return m.end() if cut else None


def _sentence_end_cuts(line: str, glue: Glue) -> Iterator[Cut]:
    """ "Tuesday.The", "said.“I", "Council".The", "highlights:NISSAN": a sentence end glued."""
    if not _PUNCT_HINT.search(line):
        return
    first_low_quote = line.find("„")
    straight_quotes, counted_to = 0, 0  # '"' before the match, counted as we go (linear)
    for m in _PUNCT_GLUE.finditer(line):
        straight_quotes += line.count('"', counted_to, m.start())
        counted_to = m.start()
        end = _punct_cut(line, m, glue)
        if end is None:
            continue
        punct = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if punct.endswith("“") and not 0 <= first_low_quote < m.start():
            end -= 1  # "“" opens the next quote unless the text quotes „like this“
        elif punct.endswith('"') and straight_quotes % 2 == 0:
            end -= 1  # no quote is open: '"' opens the next one ('strength."Although')
        yield end, ""


# --- a capital glued to a word: "diskutierenUnd", "SENTRANissan" -----------------


def is_heading(segment: str, at_text_start: bool = False) -> bool:
    """A glued left part that is a heading (no full stop to restore).

    A heading is short, has no sentence end inside and is mostly capitalised;
    at the very start of a text any short line without a sentence end is one
    (that is where the headline stands).
    """
    words = segment.split()
    if not words or len(words) > 20 or any(ends_sentence_word(w) for w in words[:-1]):
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or not words[0][:1].isalpha()):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) / len(words)
    if at_text_start:  # where the headline stands: a title unless it reads like a clause
        return "," not in segment or caps >= 0.3
    if len(words) > 16:
        return False
    return len(words) <= 3 or caps >= 0.5


def _caps_heading_before(line: str, pos: int) -> bool:
    """The text since the last sentence end before ``pos`` is an upper-case heading.

    "… on Friday.NISSAN SENTRA|Nissan is …": the segment "NISSAN SENTRA" has
    no lower-case letter and enough letters not to be an acronym glued to a
    name ("JSONDecoder", "XMLHttp" stand inside lower-case text).
    """
    window = line[max(0, pos - 80) : pos]
    end = max(window.rfind(c) for c in ".!?…:;")
    if end < 0 and pos > 80:
        return False
    segment = window[end + 1 :]
    if "," in segment:
        return False  # "XML, JSON, HTTPS, OAuth": a list of acronyms, not a heading
    letters = [c for c in segment if c.isalpha()]
    return len(letters) >= 4 and not any(c.islower() for c in letters)


def _both_used_alone(left: str, right: str, words: WordIndex) -> bool:
    """ "OmarIlhan" where the text says "Omar" and "Ilhan" three times each."""
    if len(right) < 3 or not right.isalpha():
        return False
    return words.count(left.casefold()) >= 3 and words.count(right.casefold()) >= 3


def _word_left_of(line: str, start: int, pos: int) -> str:
    """The word left of a capital at ``pos``, without opening marks; a handle's name."""
    left = line[start:pos].lstrip("(«„\"'“")
    if left[:1] in ("@", "#"):  # a handle: "@darkzip|Что" is glued, "@Matt|Bevin" is a name
        left = left[1:].replace("_", "") if left[1:].islower() else ""
    return left


def _capitalised_glue_is_cut(
    line: str, pos: int, left: str, right_word: str, name: str, glue: Glue
) -> bool:
    """Inside a capitalised token ("NowhereAmericans", but also "MagSafe")
    only the headline glued to the text at the very start, a sentence
    opener, or two words the text uses alone often are split."""
    at_start = glue.at_text_start
    heading = at_start and pos <= 200 and len(line[:pos].split()) >= 2
    heading = heading and is_heading(line[:pos], at_start)
    if not left[1:].islower():
        return False  # "JSONDecoder", "XMLHttpRequest": an acronym inside a name
    # (A one-letter capital and a colon opens an interview's turn: "Q:", "A:".)
    turn = len(right_word) == 1 and line[pos + 1 : pos + 2] == ":"
    starter = turn or right_word in glue.pack.sentence_starters
    if not starter and not heading and not _both_used_alone(left, right_word, glue.words):
        return False
    if glue.words.camel_names[name] > 1:
        return False  # a name the text repeats (counted once per text: linear)
    # "WeWork" stays; "FestivalAs" is split: the left word stands alone
    # elsewhere in the text and the right one starts sentences.
    short = len(left) < 3 or len(right_word) < 3
    return not short or (starter and len(left) >= 3 and glue.words.count(left.casefold()) > 0)


def _word_glue_mark(line: str, pos: int, left: str, right_word: str, glue: Glue) -> str | None:
    """The mark to restore between two glued words ("diskutierenUnd"), None for no cut."""
    if len(left) < 2 or not left.isalpha():
        return None
    # The glued form as the text's count of names has it ("OmarIlhan").
    camel = CAMEL_RIGHT.match(line, pos)
    name = left + (camel.group() if camel else right_word)
    # A block start glued after many words (a name the text repeats stays).
    capitalised = left[0].isupper()
    many = capitalised and glue.words.glued_after[right_word] >= _GLUED_AFTER_MANY
    if many and glue.words.camel_names[name] == 1:
        return "."
    if capitalised and not _capitalised_glue_is_cut(line, pos, left, right_word, name, glue):
        return None
    return "."


def _never_cut_inside(token: str, words: WordIndex) -> bool:
    """An address, a protected name, a name from code with three humps ("getElementById").

    (Read in the token alone: decided once per token of the text.)
    """
    never = words.tokens_never_cut.get(token)
    if never is None:
        never = protected_token(token) or len(_LOWER_UPPER.findall(token)) > 2
        words.tokens_never_cut[token] = never
    return never


def _case_mark(line: str, pos: int, start: int, end: int, glue: Glue) -> str | None:
    """The mark to restore at a capital glued inside the token ``line[start:end]``."""
    if _never_cut_inside(line[start:end], glue.words):
        return None
    left = _word_left_of(line, start, pos)
    right = WORD_AT.match(line, pos)
    right_word = right.group(1) if right else ""
    if right and right_word.casefold() in glue.pack.months and _DAY_NUMBER.match(line, right.end()):
        return ""  # "Tampa, FLJune 10 --": a date opens the next item
    if after_name_prefix(line, start, pos):
        return None  # "McKinley", "rulingMcKinley": never split after a surname prefix
    if left.isupper() and left.isalpha() and _caps_heading_before(line, pos):
        # an upper-case heading: no full stop
        return "" if len(right_word) > 2 or right_word in glue.pack.sentence_starters else None
    return _word_glue_mark(line, pos, left, right_word, glue)


def _case_cuts(line: str, glue: Glue) -> Iterator[Cut]:
    """ "diskutierenUnd", "todayI urge", "SENTRANissan", "FLJune 10": a capital glued."""
    for pos, start, end in cuts_in_tokens(line, _case_glue(glue.pack).finditer(line)):
        mark = _case_mark(line, pos, start, end, glue)
        if mark is not None:
            yield pos, mark


# --- a bracket, a separator, a year glued: "2019)The", "hits?___HOW", "2019The" ---


_CREDIT_REACH = 120  # characters: how far back a credit's bracket is looked for


def _opens_with_credit(line: str, pos: int) -> bool:
    """The bracket closed at ``pos`` is an outlet's credit among a line's first words.

    "(CNN)The mayor", "Hong Kong (CNN Business)A muddled view": the credit
    opens the body and stays with it. (Looked for in a bounded window: linear.)
    """
    opener = line.rfind("(", max(0, pos - _CREDIT_REACH), pos)
    if opener < 0 or opener > _CREDIT_REACH:
        return False
    words = line[:opener].split()
    return len(words) <= 3 and not any(ends_sentence_word(w) for w in words)


def _bracket_cuts(line: str, glue: Glue) -> Iterator[Cut]:
    """Where a sentence opener glued to a closing bracket starts a block ("2019)|The suspect")."""
    if ")" not in line:
        return
    for m in _BRACKET_GLUE.finditer(line):
        pos = m.end()
        word = WORD_AT.match(line, pos)
        if word is None or word.group(1) not in glue.pack.sentence_starters:
            continue  # (most matches: the cheap check first)
        bounds = token_around(line, pos)
        if bounds is None or _opens_with_credit(line, pos):
            continue
        if not protected_token(line[bounds[0] : bounds[1]]):
            yield pos, ""


def _separator_cuts(line: str, glue: Glue) -> Iterator[Cut]:
    """Where a separator ("___") touches the text, so that it stands on a line of its own."""
    if "___" not in line:
        return
    for m in _RULE_GLUE.finditer(line):
        bounds = token_around(line, m.start())
        if bounds is None or is_address(line[bounds[0] : bounds[1]]):
            continue
        if m.start() > 0 and not line[m.start() - 1].isspace():
            yield m.start(), ""
        if m.end() < len(line) and not line[m.end()].isspace():
            yield m.end(), ""


def _year_cuts(line: str, glue: Glue) -> Iterator[Cut]:
    """ "November 18, 2019The latest": a year glued to the next sentence."""
    if not _YEAR_HINT.search(line):
        return
    for m in _YEAR_GLUE.finditer(line):
        bounds = token_around(line, m.end())
        if bounds is not None and not protected_token(line[bounds[0] : bounds[1]]):
            yield m.end(), "."  # no full stop after a dateline (a heading)


# The kinds of glue, each a finder of cuts; all cuts are made at once (in order
# of position), so the order here changes nothing but the reading order.
_GLUE_FINDERS: tuple[Callable[[str, Glue], Iterable[Cut]], ...] = (
    _sentence_end_cuts,
    _case_cuts,
    _bracket_cuts,
    _separator_cuts,
    _year_cuts,
)


def _split_at(line: str, cuts: list[Cut], at_text_start: bool) -> str:
    """``line`` cut at ``cuts``, a block each, the mark restored unless a heading ends there."""
    pieces: list[str] = []
    last = 0
    for pos, mark in sorted(cuts):
        left_part = line[last:pos]
        if mark == "." and is_heading(left_part, at_text_start and not pieces):
            mark = ""  # a heading glued to its text gets no full stop
        pieces.append(left_part.rstrip() + mark)
        last = pos
    pieces.append(line[last:])
    return "\n\n".join(p.strip() for p in pieces if p.strip())


def cut_glue(line: str, glue: Glue) -> str:
    """Split the blocks glued together in one line (it has a glue hint)."""
    cuts = [cut for find in _GLUE_FINDERS for cut in find(line, glue)]
    return _split_at(line, cuts, glue.at_text_start) if cuts else line


def split_glue_in_lines(text: str, pos: int, glue: Glue) -> str:
    """:func:`cut_glue` on each line of ``text[pos:]`` that has a glue hint.

    One search finds the next hint; the lines before it are copied untouched,
    so most lines cost no Python work at all.
    """
    pieces: list[str] = []
    while (m := GLUE_HINT.search(text, pos)) is not None:
        start = text.rfind("\n", pos, m.start()) + 1 or pos
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        pieces.append(text[pos:start])
        pieces.append(cut_glue(text[start:end], glue))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
