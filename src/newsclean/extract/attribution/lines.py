"""Attributions read from a whole line: bylines, credits, datelines, sign-offs.

* author: a byline ("By", "Von", "Автор:", "Par", "Por", "autorka:");
* photo: an image credit ("Foto: …", "/Collage 24 Channel", "© …"), one
  attribution per credit, as the credit reads without its label;
* agency: a wire dateline ("(Reuters) -", "/Укрінформ/ —", "(EFE).-"), by the
  list of agencies or by the dateline's shape; a sign-off "(PAP)"; a credit
  line "Le Monde avec AFP"; a copyright footer naming an agency;
* publisher: "The post … appeared first on X".
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from ...article import Attribution
from ...languages import LanguagePack, shared

__all__ = [
    "agency_credit_line",
    "agency_signoff",
    "byline",
    "dateline_agencies",
    "photo_credit",
    "publisher_cue",
    "source_label_line",
]

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_JUNK_NAME_WORDS = frozenset(
    [
        "minute",
        "minutes",
        "read",
        "published",
        "updated",
        "posted",
        "min",
        "ago",
        "hours",
        "hour",
        "staff",
        "reporter",
    ]
)


def _phrase_alternation(phrases: tuple[str, ...] | frozenset[str]) -> str:
    items = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items) or r"(?!x)x"


@lru_cache(maxsize=64)
def _byline_re(pack: LanguagePack) -> re.Pattern[str]:
    labels = _phrase_alternation(pack.byline_labels)
    # ("\s*:?\s+" read a run of spaces two ways, quadratic in its length.)
    return re.compile(rf"^(?:{labels})(?:\s*+:)?\s++(?P<names>\S.{{1,150}})$")


@lru_cache(maxsize=64)
def _byline_split_re(pack: LanguagePack) -> re.Pattern[str]:
    # A separator starts where a run of spaces starts (or where the last one
    # ended, \G): tried inside a run, it would scan the rest of the run again
    # at each of its spaces. (Inside a run it matches only if it matches at
    # the start of that run, so the same places are found.)
    and_ = _phrase_alternation(pack.byline_and)
    return re.compile(rf"(?:(?<!\s)|\G)(?:\s*+,\s*+|\s++(?:{and_})\s++)")


def byline(line: str, pack: LanguagePack) -> list[Attribution] | None:
    """Authors (and agencies) of a byline line, or None if it is no byline."""
    if len(line.split()) > 14:
        return None
    m = _byline_re(pack).match(line)
    if not m:
        return None
    parts = _byline_split_re(pack).split(m.group("names"))
    agencies = shared().agencies
    out: list[Attribution] = []
    for part in parts:
        part = part.strip(" .;:|")
        if not part:
            continue
        if part in agencies:
            out.append(Attribution(agencies[part], None, "agency", line))
            continue
        words = [
            w for w in part.split() if w.casefold() not in _JUNK_NAME_WORDS and not w.isdigit()
        ]
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
            if out and not _is_clause(part, line, pack):
                continue  # a role after the name: "By John Smith, staff writer"
            return None
        out.append(Attribution(" ".join(words), None, "author", line))
    return out or None


def _is_clause(part: str, line: str, pack: LanguagePack) -> bool:
    """A piece of a sentence, not a role: four words or more, opening with a
    function word, in a line that ends like a sentence ("By Monday, the river
    had risen two metres."; a role opens with a noun or an adjective: "staff
    writer", "Projektleiterin der HSS in Tunesien.")."""
    words = part.split()
    return (
        len(words) >= 4
        and words[0].casefold() in pack.function_words
        and line.rstrip()[-1:] in ".!?"
    )


def _up_to_trailing_space(first: str, most: int) -> str:
    """A name read lazily up to what may follow it (spaces, then the end).

    ``first``, one more character, then up to ``most - 1`` more; the name
    ends after a character that is not a space. (It would never end inside
    a run of spaces anyway: one space earlier would have done. Trying each
    space of a run would scan the rest of the run again each time.)
    """
    return rf"{first}.(?:.{{0,{most - 1}}}?(?<!\s))??"


@lru_cache(maxsize=64)
def _credit_res(pack: LanguagePack) -> tuple[re.Pattern[str], ...]:
    labels = _phrase_alternation(pack.photo_labels)
    slash = _phrase_alternation(pack.photo_slash_labels)
    labelled = _up_to_trailing_space(r"[^\s:]", 80)
    slashed = _up_to_trailing_space(r"[^/\s]", 60)
    copyright_ = _up_to_trailing_space(r"[^\s©]", 80)
    return (
        re.compile(rf"(?:^|(?<=[\s.,;:(]))(?:{labels})\s*+(?::\s*+)?(?P<name>{labelled})\s*+\)?$"),
        re.compile(rf"/\s?(?:{slash})\s++(?P<name>{slashed})\s*+$"),
        re.compile(rf"(?:^|\s)©\s*+(?P<name>{copyright_})\s*+$"),
    )


def photo_credit(line: str, pack: LanguagePack) -> tuple[str, int] | None:
    """The credited name in an image caption or credit line, and where the credit starts."""
    if len(line.split()) > 45:
        return None
    for pattern in _credit_res(pack):
        m = pattern.search(line)
        if m:
            name = m.group("name").strip(" .;")
            if name and len(name.split()) <= 8 and not _YEAR.search(name):
                return name, m.start()
    return None


@lru_cache(maxsize=1)
def _agency_word_re() -> re.Pattern[str]:
    """A known agency as a word anywhere ("© 2024 The Associated Press.")."""
    names = _phrase_alternation(frozenset(shared().agencies))
    return re.compile(rf"(?<![\p{{L}}\d])(?:{names})(?![\p{{L}}\d])")


@lru_cache(maxsize=1)
def _agency_re() -> re.Pattern[str]:
    names = _phrase_alternation(frozenset(shared().agencies))
    return re.compile(
        rf"\((?P<a>{names})\)|/(?P<b>{names})/|[—–-]\s(?P<c>{names})[.,]|^(?P<d>{names})\s?[:.,]"
    )


# A dateline by its shape: a place in capitals, maybe a date, an acronym in
# brackets or slashes, a dash: "ХАРКІВ, 3 березня /УНН/ —", "SOFIA (BTA) -".
_DATELINE_SHAPE = re.compile(
    r"^[\p{Lu}][\p{L}\-]{1,25}(?:[ \-][\p{Lu}][\p{L}\-]{1,25}){0,2}"
    r"(?:,\s{1,3}[\p{L}\d][\p{L}\d .]{0,20}?)?\s{1,3}"
    r"[(/](?P<agency>[\p{Lu}][\p{Lu}\-]{1,11})[)/]\.?\s{0,3}(?:[—–-]|\.-)"
)


def dateline_agencies(paragraph: str) -> list[str]:
    """Agencies credited in a wire dateline at the start of a paragraph.

    A known agency anywhere in the dateline, or, by the dateline's shape, an
    acronym in brackets or slashes after the place and the date.
    """
    head = paragraph[:160]
    agencies = shared().agencies
    out = []
    for m in _agency_re().finditer(head):
        spelled = m.group("a") or m.group("b") or m.group("c") or m.group("d")
        out.append(agencies[spelled])
    shaped = None if out else _DATELINE_SHAPE.match(head)
    return [shaped.group("agency")] if shaped else out


def agency_signoff(line: str) -> str | None:
    """ "(PAP)" or "AFP" alone on a line: a wire credit."""
    core = line.strip().strip("()[]").strip()
    agencies = shared().agencies
    if core in agencies and len(line) <= len(core) + 4:
        return agencies[core]
    return None


def agency_credit_line(line: str) -> str | None:
    """A short credit line naming a wire agency: "Le Monde avec AFP", "Mit Material von dpa"."""
    words = line.split()
    if not 3 <= len(words) <= 6 or line[-1:] in ".!?:":
        return None
    agencies = shared().agencies
    last, before = words[-1].strip("(),"), words[-2]
    # "… avec AFP", "… with Reuters", "… mit dpa": a lower-case joining word before the agency
    if last in agencies and before.islower() and before.isalpha() and len(before) <= 5:
        return agencies[last]
    return None


@lru_cache(maxsize=64)
def _source_label_re(pack: LanguagePack) -> re.Pattern[str]:
    return re.compile(rf"^(?:{_phrase_alternation(pack.source_labels)})\s*(?P<name>\S.{{0,80}})$")


def source_label_line(line: str, pack: LanguagePack) -> str | None:
    """ "Джерело: ISW", "Quelle: Destatis": a line that names the source."""
    if len(line.split()) > 10:
        return None
    m = _source_label_re(pack).match(line)
    return m.group("name").strip(" .") if m else None


@lru_cache(maxsize=64)
def _publisher_re(pack: LanguagePack) -> re.Pattern[str] | None:
    if not pack.publisher_cues:
        return None
    cues = _phrase_alternation(pack.publisher_cues)
    # (The name starts after the spaces: "\s+" before a name that may open
    # with a space read each run of spaces in as many ways as it is long.)
    name = r"[^\s.][^\n.](?:[^\n.]{0,78}?(?<!\s))??"
    return re.compile(rf"(?:{cues})\s++(?P<name>{name})\s*+\.?$")


def publisher_cue(line: str, pack: LanguagePack) -> str | None:
    """ "The post ... appeared first on X." names the publisher X; a copyright footer
    naming a wire agency ("© 2024 The Associated Press. All rights reserved.") names it
    (``merge`` lists an agency named so as the agency)."""
    agency = copyright_agency(line, pack)
    if agency:
        return agency
    pattern = _publisher_re(pack)
    m = pattern.search(line) if pattern else None
    return m.group("name").strip() if m else None


_COPYRIGHT = re.compile(r"^(?i:copyright\s{1,3})?(?:©|\([cC]\))\s{0,3}|^(?i:copyright)\s")


def copyright_agency(line: str, pack: LanguagePack) -> str | None:
    """The wire agency a copyright footer names, or None.

    A footer opens with "©" or "Copyright" and has a year or a rights phrase of
    the language ("All rights reserved", "Alle Rechte vorbehalten"); a caption
    ending in "© Reuters" is a photo credit, not a footer.
    """
    if len(line) > 300 or not _COPYRIGHT.match(line):
        return None
    folded = line.casefold()
    if not _YEAR.search(line) and not any(p.casefold() in folded for p in pack.copyright_phrases):
        return None
    m = _agency_word_re().search(line)
    return shared().agencies.get(m.group()) if m else None
