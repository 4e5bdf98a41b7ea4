"""Putting the attributions of an article together.

Sorted by where their evidence stands; an acronym that is the alias or the
initials of a full name found elsewhere is that name's alias, not a second
entry; the fullest name wins; each (name, kind) once. An outlet named by a
headline suffix or a footer that is a wire agency is the agency; one whose
name says it is an institution ("Institute for the Study of War") is a source.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex as re

from ...article import Attribution
from ...languages import available_languages, get_pack, shared
from .grammar import WordSet

__all__ = ["Found", "expand_acronym", "initials", "is_clipped_form", "merge_attributions"]


@dataclass(frozen=True)
class Found:
    """An attribution and where its evidence stands (for ordering)."""

    position: int
    attribution: Attribution


_ACRONYM = re.compile(r"^[\p{Lu}\d][\p{Lu}\d\-&]{1,11}$")
_ACRONYM_WORD = re.compile(r"(?<![\p{L}\d])[\p{Lu}][\p{Lu}\d\-&]{1,11}(?![\p{L}\d])")
# Words for initials: a hyphen parts them ("Robert Koch-Institut" -> RKI).
_INITIAL_WORDS = re.compile(r"[\p{L}][\p{L}\p{M}]*+")


def initials(name: str) -> str:
    """Initials of the significant words: "Institute for the Study of War" -> "ISW".

    Short lower-case words ("for", "the", "i", "de") do not count; longer ones
    do ("Національний банк України" -> "НБУ").
    """
    known = _INITIALS.get(name)
    if known is None:
        if len(_INITIALS) >= 4096:
            _INITIALS.clear()
        known = _INITIALS[name] = "".join(w[0] for w in _significant_words(name)).upper()
    return known


#: Initials already worked out (merging asks several times per name), a bounded memo.
_INITIALS: dict[str, str] = {}


def _significant_words(name: str) -> list[str]:
    """The words of a name that count: capitalised, or longer than a joining word."""
    return [w for w in _INITIAL_WORDS.findall(name) if w[0].isupper() or len(w) > 3]


def expand_acronym(acronym: str, text: str) -> str | None:
    """A phrase of ``text`` whose initials are ``acronym``: ISW, Institute for the Study of War."""
    return _spelled_out(frozenset([acronym]), text).get(acronym)


def _spelled_out(acronyms: frozenset[str], text: str) -> dict[str, str]:
    """For each acronym, the first phrase of ``text`` whose initials spell it.

    One pass over the words of ``text`` for all the acronyms together (a pass
    per acronym, or per mention of one, is quadratic in a long text). An
    acronym of n letters must be complete within 3n words; small words skipped
    inside it are joining words of a language ("for", "the", "de"), and with
    some skipped the phrase ends in a capital (not "VIZZION is a weird").
    """
    wanted = {a for a in acronyms if len(a) >= 2 and a.isupper()}
    if not wanted:
        return {}
    openings = {a[:i] for a in wanted for i in range(1, len(a) + 1)}
    window = 3 * max(len(a) for a in wanted)
    words = list(_INITIAL_WORDS.finditer(text))
    found: dict[str, str] = {}
    for i, w in enumerate(words):
        if w.group()[0] not in openings:
            continue
        for collected, j, skipped in _initials_from(words, i, openings, window):
            if (
                collected in wanted
                and collected not in found
                and collected[0] == w.group()[0]
                and j < i + 3 * len(collected)
                and (words[j].group()[0].isupper() or not skipped)
            ):
                found[collected] = text[w.start() : words[j].end()]
        if len(found) == len(wanted):
            break
    return found


def _initials_from(
    words: list[re.Match[str]], i: int, openings: set[str], window: int
) -> Iterator[tuple[str, int, bool]]:
    """The initials of the words from ``words[i]`` on, each with the index of its last
    word and whether a small word was skipped before it.

    Joining words ("for", "the", "de") are skipped inside a name; the initials
    stop at another small word, or when they open no acronym asked for.
    """
    collected = ""
    skipped = False
    for j in range(i, min(i + window, len(words))):
        token = words[j].group()
        if not (token[0].isupper() or len(token) > 3):
            if collected and token.casefold() in _joining_words():
                skipped = True
                continue
            return
        collected += token[0].upper()
        yield collected, j, skipped
        if collected not in openings:
            return


def _may_be_clipped(short: str) -> bool:
    """One capitalised word of 5 to 40 letters: the shape of a clipped form."""
    return " " not in short and 5 <= len(short) <= 40 and short[:1].isupper()


def is_clipped_form(short: str, name: str) -> bool:
    """Is ``short`` made of the openings of ``name``'s words, in order?

    "Укргідрометцентр" = Укр(аїнський) гідромет(еорологічний) центр, "Gazprom"
    = Gaz(ovaya) prom(yshlennost): a syllabic abbreviation, used as an alias.
    Every piece takes at least two letters of its word, and at least two
    words take part.
    """
    if not _may_be_clipped(short):
        return False
    words = [w.casefold() for w in _significant_words(name)]
    rest = short.casefold()
    if len(words) < 2 or len(words) > 8:
        return False

    @cache  # (at most 40 x 8 x 9 states: no exponential search)
    def fits(pos: int, i: int, used: int) -> bool:
        if pos == len(rest):
            return used >= 2
        for j in range(i, len(words)):
            word = words[j]
            for k in range(min(len(word), len(rest) - pos), 1, -1):
                if rest[pos : pos + k] == word[:k] and fits(pos + k, j + 1, used + 1):
                    return True
            if j == i and used == 0:
                return False  # the first piece opens the first word
        return False

    return fits(0, 0, 0)


def merge_attributions(found: list[Found], text: str = "") -> list[Attribution]:
    """Order by evidence, link acronyms to full names, drop repeats.

    An acronym ("ISW") that is the bracketed alias or the initials of a full
    name found elsewhere is that name's alias, not a second entry; so is an
    acronym of its initials that ``text`` uses anywhere (a later "ISW").
    """
    found = [Found(f.position, _with_kind(f.attribution)) for f in found]
    found.sort(key=lambda f: f.position)
    expansions = _expansions(found, text)
    acronyms: frozenset[str] | None = None  # the acronyms of ``text``, found when asked
    out: list[Attribution] = []
    index: dict[tuple[str, str], int] = {}
    for f in found:
        a = f.attribution
        name, alias, kind = a.name, a.alias, a.kind
        last = name.split()[-1] if name.split() else name
        if kind == "source" and last != name and last in expansions:
            name = last  # "Rzecznik PPL": the spokesman speaks for PPL
        if name in expansions and kind in ("source", "publisher", "agency"):
            name, alias = expansions[name], name
            kind = "agency" if kind == "agency" else "source"
        if alias is None and kind == "source":
            if acronyms is None:
                acronyms = frozenset(_ACRONYM_WORD.findall(text))
            if initials(name) in acronyms:
                alias = initials(name)
        key = (name.casefold(), kind)
        if key in index:
            old = out[index[key]]
            if old.alias is None and alias:
                out[index[key]] = Attribution(old.name, alias, old.kind, old.evidence)
            continue
        index[key] = len(out)
        out.append(Attribution(name, alias, kind, a.evidence))
    return out


def _with_kind(a: Attribution) -> Attribution:
    """A publisher that is a wire agency is the agency; an institution is a source."""
    if a.kind != "publisher":
        return a
    agencies = shared().agencies
    if a.name in agencies:
        return Attribution(agencies[a.name], a.alias, "agency", a.evidence)
    words = {w.casefold() for w in _INITIAL_WORDS.findall(a.name)}
    outlets, institutions = _word_sets()
    if any(w in outlets for w in words):
        return a  # "Salthaven Post", "Süddeutsche Zeitung": an outlet
    if any(w in institutions.words for w in words):
        return Attribution(a.name, a.alias, "source", a.evidence)
    return a


@cache
def _joining_words() -> frozenset[str]:
    """The small words inside names, in every language ("for", "the", "de", "für", "i")."""
    words: set[str] = set()
    for code in available_languages():
        pack = get_pack(code)
        words |= {w.casefold() for w in (*pack.name_connectors, *pack.articles)}
    return frozenset(words)


@cache
def _word_sets() -> tuple[WordSet, WordSet]:
    """The outlet and the institution words of every language (a suffix may be in any)."""
    outlets, institutions = WordSet(), WordSet()
    for code in available_languages():
        pack = get_pack(code)
        outlets = outlets | WordSet.of(pack.outlet_words)
        institutions = institutions | WordSet.of(pack.institution_words)
    return outlets, institutions


def _expansions(found: list[Found], text: str) -> dict[str, str]:
    """Short form -> full name: aliases, initials, clipped forms, acronyms the text spells out."""
    expansions: dict[str, str] = {}
    for f in found:
        a = f.attribution
        if a.kind not in ("source", "publisher", "agency"):
            continue  # a person's initials are no organisation's alias
        if a.alias:
            expansions[a.alias] = a.name
        elif not _ACRONYM.match(a.name) and len(initials(a.name)) >= 2:
            expansions.setdefault(initials(a.name), a.name)
    _link_clipped_forms(found, expansions)
    _link_spelled_out(found, expansions, text)
    return expansions


#: At most this many (name, full name) pairs are compared as clipped forms per
#: text (each comparison is a small search): the corpus, the pages and the dev
#: cases need 2 at most; a text citing thousands of sources would otherwise
#: take time quadratic in their number.
_CLIPPED_PAIRS = 500


def _link_clipped_forms(found: list[Found], expansions: dict[str, str]) -> None:
    """Link "Укргідрометцентр" to "Український гідрометеорологічний центр" (in ``expansions``).

    Each one-word source is compared with the full names found before it in
    the list, the first that fits wins. A name is compared once however often
    it is cited, and only with the full names whose first word opens as it
    does (a clipped form starts with two letters of it or more).
    """
    full_names: dict[str, dict[str, None]] = {}  # two first letters -> full names, in order
    for f in found:
        name = f.attribution.name
        words = _significant_words(name) if " " in name else []
        if 2 <= len(words) <= 8:
            full_names.setdefault(words[0].casefold()[:2], {})[name] = None
    pairs = _CLIPPED_PAIRS
    tried: set[str] = set()
    for f in found:
        short = f.attribution.name
        if f.attribution.kind != "source" or short in expansions or short in tried:
            continue
        if not _may_be_clipped(short):
            continue  # (no pair to spend on it)
        tried.add(short)
        for spelled_out in full_names.get(short.casefold()[:2], ()):
            pairs -= 1
            if pairs < 0:
                return
            if is_clipped_form(short, spelled_out):
                expansions[short] = spelled_out
                break


def _link_spelled_out(found: list[Found], expansions: dict[str, str], text: str) -> None:
    """Link an acronym source to its full name where ``text`` spells it out (in ``expansions``).

    All the acronyms are looked up in one pass over the text.
    """
    asked = frozenset(
        f.attribution.name
        for f in found
        if f.attribution.kind == "source"
        and _ACRONYM.match(f.attribution.name)
        and f.attribution.name not in expansions
    )
    if asked:
        expansions.update(_spelled_out(asked, text))
