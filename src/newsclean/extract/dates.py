"""Dates: the publication time and the calendar dates the body mentions.

Candidate spans are found with per-language patterns built from the month
names and relative-day words in the language data; only those spans are
parsed (dateparser is the fallback for a stated publication time our own
patterns cannot read). ``dateparser.search.search_dates`` is never run over a
whole text: it is slow and reads ordinary words ("mit", "die") as weekdays.

No year is ever invented: a day and month without a year take the year of
publication, and without a stated publication date they have value None.
"""

from __future__ import annotations

import datetime as dt
import re  # the stdlib engine: faster on these patterns; letters are [^\W\d_]
from collections.abc import Collection, Iterator
from functools import lru_cache

import regex

from ..article import DateMention
from ..languages import LanguagePack, shared
from ..patterns import phrase_trie

__all__ = ["find_dates", "parse_published", "published_label_rest"]

_TIME = re.compile(r"(?<![\d:])(?P<H>[01]?\d|2[0-3])\s?[:h.]\s?(?P<M>[0-5]\d)(?![\d])")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_ZONE_WORD = regex.compile(r"[\p{Lu}]{3,4}")  # upper case: needs Unicode classes
_YEAR = re.compile(r"(?:19|20)\d\d")
# No leading look-behind (it would be tried at every position): starts are
# checked by _bounded instead.
_NUMERIC = re.compile(
    r"(?=\d)(?:(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>(?:19|20)\d\d)(?![\d])"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d]))"
)


def _alternation(phrases: Collection[str]) -> str:
    """Phrases as a regex alternation, longest first, any run of spaces matching."""
    items = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace("\\ ", " ").replace(" ", r"\s+") for p in items)


@lru_cache(maxsize=64)
def _anchors(pack: LanguagePack) -> re.Pattern[str]:
    """Month names and relative-day phrases as whole words, on lower-cased text.

    One scan for these finds every place where a word date can stand; the
    slower date patterns are then only tried around them.
    """
    # A trie, without a leading "\b": the engine then skips to the phrases'
    # first letters; where a word starts is checked by _anchor_matches.
    words = phrase_trie(set(pack.months) | set(pack.relative_days), space=r"\s+")
    return re.compile(rf"{words}(?![^\W\d_])")


def _anchor_matches(pack: LanguagePack, folded: str) -> Iterator[re.Match[str]]:
    """The anchors that start a word (what a leading ``\b`` would find)."""
    anchors = _anchors(pack)
    m = anchors.search(folded)
    while m is not None:
        i = m.start()
        if i and (folded[i - 1].isalnum() or folded[i - 1] == "_"):
            m = anchors.search(folded, i + 1)  # inside a word: try again one further on
        else:
            yield m
            m = anchors.search(folded, m.end())


_WINDOW = 24  # characters around an anchor word that a word date can span


def _near(
    pattern: re.Pattern[str], text: str, lo: int, hi: int, group: str, at: int
) -> re.Match[str] | None:
    """The match of ``pattern`` near ``[lo, hi)`` whose ``group`` starts at ``at``."""
    for m in pattern.finditer(text, max(0, lo), min(len(text), hi)):
        if m.start(group) == at:
            if m.end() >= hi - 1:  # it may go on past the window: match it whole
                m = pattern.match(text, m.start()) or m
            return m
    return None


@lru_cache(maxsize=64)
def _patterns(pack: LanguagePack) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    months = "|".join(re.escape(m) for m in sorted(pack.months, key=len, reverse=True))
    # No leading look-behind: the start of a word is checked by _starts_a_word.
    day_month = re.compile(
        rf"(?P<d>\d{{1,2}})(?:\.|er|st|nd|rd|th|-?го|-?е)?\s{{1,3}}(?:de\s{{1,3}})?"
        rf"(?P<m>(?i:{months}))\.?(?![^\W\d_])"
        rf"(?:,?\s{{1,3}}(?:de\s{{1,3}})?(?P<y>(?:19|20)\d\d)(?!\d))?"
    )
    month_day = None
    if pack.code in ("en", "mul"):
        titled = "|".join(
            re.escape(m.capitalize()) for m in sorted(pack.months, key=len, reverse=True)
        )
        month_day = re.compile(
            rf"(?=[A-Z])(?P<m>{titled})\.?\s{{1,3}}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\w)"
            rf"(?:,?\s{{1,3}}(?P<y>(?:19|20)\d\d)(?!\d))?"
        )
    return day_month, month_day


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _numeric_date(m: re.Match[str], pack: LanguagePack) -> dt.date | None:
    if m.group("iy"):
        return _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if pack.code == "en" and a <= 12 and "/" in m.group():  # US order on English slashes
        return _safe_date(y, a, b) or _safe_date(y, b, a)
    return _safe_date(y, b, a)


def _first_date(text: str, pack: LanguagePack) -> tuple[dt.date, int, int] | None:
    """The first fully stated (with year) date in ``text`` and its span."""
    best: tuple[dt.date, int, int] | None = None
    for m in _bounded(text, _NUMERIC.finditer(text), "./:"):
        value = _numeric_date(m, pack)
        if value:
            best = (value, m.start(), m.end())
            break
    day_month, month_day = _patterns(pack)
    for pattern in (day_month, month_day):
        if pattern is None:
            continue
        for m in _bounded(text, pattern.finditer(text)):
            if not m.group("y"):
                continue
            value = _safe_date(
                int(m.group("y")), pack.months[m.group("m").casefold()], int(m.group("d"))
            )
            if value and (best is None or m.start() < best[1]):
                best = (value, m.start(), m.end())
            break
    return best


def _zone(text: str) -> dt.tzinfo | None:
    for token in _ZONE_WORD.findall(text):
        offset = shared().timezones.get(token)
        if offset:
            sign = 1 if offset[0] == "+" else -1
            hours, minutes = int(offset[1:3]), int(offset[4:6])
            return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    return None


def parse_published(span: str, pack: LanguagePack) -> dt.datetime | None:
    """Parse a stated publication time ("14.05.2024, 09:20", "3 mars 2024 à 10h12 CET")."""
    found = _first_date(span, pack)
    if found is None:
        return _dateparser_fallback(span, pack)
    day, start, end = found
    rest = span[:start] + " " + span[end:]
    t = _TIME.search(rest)
    moment = dt.datetime(day.year, day.month, day.day)
    if t:
        moment = moment.replace(hour=int(t.group("H")), minute=int(t.group("M")))
    zone = _zone(span)
    return moment.replace(tzinfo=zone) if zone else moment


def _dateparser_fallback(span: str, pack: LanguagePack) -> dt.datetime | None:
    if not _YEAR.search(span):
        return None  # without a year dateparser would fill in the current one
    import dateparser

    languages = [pack.code] if pack.code != "mul" else None
    try:
        value = dateparser.parse(
            span,
            languages=languages,
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except Exception:  # dateparser raises on odd input; a date we cannot read is no date
        return None
    return value if isinstance(value, dt.datetime) else None


@lru_cache(maxsize=64)
def _label_re(pack: LanguagePack) -> regex.Pattern[str]:
    """The date part of a line that opens with a publication label.

    ("Published: 12 May 2024, 10:00 | Updated …" gives "12 May 2024, 10:00".)

    Linear however the line is spaced: the spaces after the label may still be
    read into a short date part (" 5/5", as before), but only runs of up to 20
    of them (each way to split them is a new try of everything after); the
    date part ends lazily, but only where a space does not precede (ending
    inside a run of spaces, one space earlier would have done); and the
    spaces and the "Updated …" clause after it are read possessively.
    """
    labels = _alternation(pack.published_labels) or r"(?!x)x"
    updated = _alternation(pack.updated_labels) or r"(?!x)x"
    rest = r".{4}(?:.{0,116}?(?<!\s))??"
    return regex.compile(
        rf"^(?i:{labels})\s{{0,20}}(?::\s{{0,20}})?(?P<rest>{rest})"
        rf"\s*+(?:[,;|–-]?\s*+(?i:{updated}).*+)?$"
    )


def published_label_rest(line: str, pack: LanguagePack) -> str | None:
    """The date part of a "Published ..." line, or None if the line is not one."""
    m = _label_re(pack).match(line)
    if m and any(ch.isdigit() for ch in m.group("rest")):
        return m.group("rest")
    return None


_BARE_DATE_LINE = re.compile(r"^[\d\s.:/,\-–]{8,40}(?:Uhr|h|МСК|MSK|CET|CEST|UTC|GMT)?$")


def bare_date_line(line: str, pack: LanguagePack | None = None) -> bool:
    """A line that is only a date and time ("14.07.2024, 16:20", "2. September 2024, 7:45 Uhr")."""
    if _BARE_DATE_LINE.match(line) and _NUMERIC.search(line):
        return True
    if pack is None or len(line.split()) > 7:
        return False
    found = _first_date(line, pack)
    if found is None:
        return False
    rest = line[: found[1]] + line[found[2] :]
    return not _LONG_WORD.search(rest.replace("Uhr", ""))


def _bounded(
    text: str, matches: Iterator[re.Match[str]], also: str = ""
) -> Iterator[re.Match[str]]:
    """Matches that do not start inside a word or a number (or after a char of ``also``)."""
    return (m for m in matches if _starts_a_word(text, m.start(), also))


def _starts_a_word(text: str, i: int, also: str = "") -> bool:
    before = text[i - 1] if i else " "
    return not before.isalnum() and before not in also


def _may_have_numeric_date(text: str) -> bool:
    """A cheap look for what every numeric date has: a separator before the year
    ("19.11.2019", "19/11/2019") or after it ("2019-11-19")."""
    return any(s in text for s in (".19", ".20", "/19", "/20", "-0", "-1"))


def find_dates(body: str, pack: LanguagePack, published: dt.datetime | None) -> list[DateMention]:
    """Calendar dates mentioned in ``body``; offsets are into ``body``."""
    day_month, month_day = _patterns(pack)
    spans: list[tuple[int, int, str, dt.date | None]] = []
    year = published.year if published else None
    if _may_have_numeric_date(body):
        for m in _bounded(body, _NUMERIC.finditer(body), "./:"):
            spans.append((m.start(), m.end(), m.group(), _numeric_date(m, pack)))
    # Word dates: one scan for month names and relative-day phrases, then the
    # date patterns only around each (scanning the text with them is slow).
    folded = body.lower()  # unlike casefold(), keeps "ß": offsets stay valid
    if len(folded) != len(body):
        folded = body  # (a rare character whose lower case is longer: match as written)
    for a in _anchor_matches(pack, folded):
        word = a.group()
        if word in pack.months:
            found = [
                _near(pattern, body, a.start() - _WINDOW, a.end() + _WINDOW, "m", a.start())
                for pattern in (day_month, month_day)
                if pattern is not None
            ]
            for near in found:
                if near is None or not _starts_a_word(body, near.start()):
                    continue
                month = pack.months[near.group("m").casefold()]
                y = int(near.group("y")) if near.group("y") else year
                value = _safe_date(y, month, int(near.group("d"))) if y else None
                spans.append((near.start(), near.end(), near.group(), value))
        else:  # the anchor is the whole relative-day phrase ("the day before yesterday")
            offset = pack.relative_days[" ".join(word.split())]
            value = published.date() + dt.timedelta(days=offset) if published else None
            spans.append((a.start(), a.end(), body[a.start() : a.end()], value))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[DateMention] = []
    last_end = -1
    for start, end, text, value in spans:
        if start < last_end:
            continue  # overlapping candidates: the first, longest reading wins
        out.append(DateMention(text, value, start, end))
        last_end = end
    return out
