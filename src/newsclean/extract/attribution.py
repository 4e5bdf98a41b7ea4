"""Attribution: who the article is attributed to.

Five kinds, each read from its own kind of evidence:

* ``source``: a citing phrase around an organisation ("laut ...", "according
  to ...", "за даними ...", "selon ..."), the phrases per language in data;
* ``agency``: a wire credit ("(Reuters) -", "/Укрінформ/ —", "(PAP)" alone on
  a line, "Von Jonas Weber, dpa"), agencies listed in ``common.toml``;
* ``author``: a byline ("By", "Von", "Автор:", "Par", "Por", "autorka:");
* ``photo``: an image credit ("Foto: ...", "/Collage 24 Channel", "© ...");
* ``publisher``: the outlet naming itself (a headline suffix, "appeared first on").

People and organisations that are merely mentioned are not attributions: only
these phrases make one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

import regex as re

from ..article import Attribution
from ..languages import LanguagePack, shared

__all__ = [
    "Found",
    "agency_credit_line",
    "agency_signoff",
    "byline",
    "dateline_agencies",
    "expand_acronym",
    "find_sources",
    "initials",
    "merge_attributions",
    "photo_credit",
    "publisher_cue",
    "source_label_line",
]


@dataclass(frozen=True)
class Found:
    """An attribution and where its evidence stands (for ordering)."""

    position: int
    attribution: Attribution


_CAP = r"[\p{Lu}][\p{L}\p{M}’'\-.&]{0,40}"
_LOW = r"[\p{Ll}][\p{L}\p{M}’'\-]{0,40}"
_ALIAS = r"(?: {1,3}\((?P<alias>[\p{Lu}\d][\p{L}\d\-&]{1,15})\))?"
_ACRONYM = re.compile(r"^[\p{Lu}\d][\p{Lu}\d\-&]{1,11}$")
_ACRONYM_WORD = re.compile(r"(?<![\p{L}\d])[\p{Lu}][\p{Lu}\d\-&]{1,11}(?![\p{L}\d])")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_INITIAL_WORDS = re.compile(r"[\p{L}][\p{L}\p{M}\-]*")
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
def _source_patterns(
    pack: LanguagePack,
) -> tuple[tuple[re.Pattern[str] | None, re.Pattern[str], bool], ...]:
    """(pre-check, pattern, name is already nominative) per citing template.

    A template marked "nom:" in the data has the name as grammatical subject
    ("{name} poinformował"), so its ending rules do not apply.
    """
    connectors = "|".join(re.escape(c) for c in sorted(pack.name_connectors, key=len, reverse=True))
    if pack.name_lowercase:
        # "le ministère de l’Intérieur": a name may open with a lower-case
        # institution noun from the data when a complement follows it.
        heads = "|".join(
            re.escape(h) for h in sorted(pack.institution_heads, key=len, reverse=True)
        )
        first = rf"(?:{_CAP}|(?:{heads})(?= {{1,3}}[\p{{Ll}}’']{{1,4}}\s?))" if heads else _CAP
        name = rf"(?P<name>{first}(?: {{1,3}}(?:{_CAP}|{_LOW})){{0,9}})"
    else:
        conn = rf"(?:(?:{connectors}) {{1,3}}){{0,3}}" if connectors else ""
        name = rf"(?P<name>{_CAP}(?: {{1,3}}{conn}{_CAP}){{0,7}})"
    arts = "|".join(re.escape(a) for a in sorted(pack.articles, key=len, reverse=True))
    art = rf"(?P<art>(?i:{arts}))?" if arts else "(?P<art>)"
    patterns = []
    for entry in pack.source_templates:
        as_subject = entry.startswith("nom:")
        template = entry.removeprefix("nom:")
        quoted = rf"[«\"„“]?{name}[»\"“”]?"
        body = template.replace("{art}", art).replace("{name}", quoted + _ALIAS) + r"(?![\p{L}])"
        full = re.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{body})")
        # A template that opens with the name is slow to scan (it is tried at
        # every capital letter); the cue after the name is a cheap pre-check.
        cue = template.replace("{art}", "").strip()
        prefilter = re.compile(cue.split("{name}", 1)[1]) if cue.startswith("{name}") else None
        patterns.append((prefilter, full, as_subject))
    return tuple(patterns)


def _ends_sentence(word: str, pack: LanguagePack) -> bool:
    """A word with a full stop that closes a sentence, not "U.S.", "J.", "Dr." or "Inc."."""
    return (
        word.endswith(".")
        and len(word) >= 4
        and "." not in word[:-1]
        and not word.isupper()
        and word not in pack.abbreviations
    )


def _trim_name(name: str, pack: LanguagePack) -> str:
    """Cut a name read too far: at a stop word, and drop trailing lower-case words."""
    words = name.strip('«»"„“”').split()
    if len(words) > 1 and words[0].casefold().endswith(pack.name_descriptors):
        words = words[1:]  # "Flughafenbetreiber Fraport": the describing noun goes
    for i, w in enumerate(words[:-1]):
        if _ends_sentence(w, pack):
            words = words[: i + 1]  # "the Ministry of Agrarian Policy. Prime Minister …"
            break
    for i, w in enumerate(words):
        lowered = w.casefold()
        if i and w.islower() and (lowered in pack.name_stopwords or lowered in _JUNK_NAME_WORDS):
            words = words[:i]
            break
    while len(words) > 1 and (
        words[-1].casefold() in pack.name_connectors
        or (len(words[-1]) <= 2 and words[-1].islower())
    ):
        words.pop()
    return " ".join(words).strip(" .,;:-–—’'\"«»„“”")


def nominative(name: str, article: str, pack: LanguagePack) -> str:
    """Put the head of a name in the nominative with the language's ending rules.

    Leading adjectives, then the head noun, then adjectives right after it are
    rewritten; dependent words (genitive complements, acronyms) stay as written.
    """
    rules = pack.nominative.get(article.casefold(), ()) or pack.nominative.get("", ())
    if not rules:
        return name
    words = name.split()
    ordered = sorted(rules, key=lambda r: len(r[0]), reverse=True)

    def rewrite(word: str, role: str | None) -> tuple[str, str | None]:
        if any(c.isupper() and before.isalpha() for before, c in pairwise(word)):
            return word, "noun"  # a camel-case brand ("ВКонтакте") does not decline
        low = word.casefold()
        for suffix, repl, r_role in ordered:
            if (
                (role is None or r_role == role)
                and low.endswith(suffix)
                and len(low) > len(suffix) + 2
            ):
                return word[: len(word) - len(suffix)] + repl, r_role
        return word, None

    out: list[str] = []
    stage = "before_noun"
    all_adjective = all(r[2] == "adj" for r in rules)
    for i, word in enumerate(words):
        if _ACRONYM.match(word):
            out.extend(words[i:])
            break
        if all_adjective:  # German: an adjective stands right before a capitalised word
            before_noun = i < len(words) - 1 and words[i + 1][:1].isupper()
            out.append(rewrite(word, "adj")[0] if before_noun else word)
            continue
        if stage == "before_noun":
            new, role = rewrite(word, None)
            out.append(new)
            if role != "adj":
                stage = "after_noun"
        else:
            new, role = rewrite(word, "adj")
            if role != "adj":
                out.extend(words[i:])
                break
            out.append(new)
    return " ".join(out)


def initials(name: str) -> str:
    """Initials of the significant words: "Institute for the Study of War" -> "ISW".

    Short lower-case words ("for", "the", "i", "de") do not count; longer ones
    do ("Національний банк України" -> "НБУ").
    """
    return "".join(w[0] for w in _significant_words(name)).upper()


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
    acronym of n letters must be complete within 3n words.
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
        for collected, j in _initials_from(words, i, openings, window):
            if (
                collected in wanted
                and collected not in found
                and collected[0] == w.group()[0]
                and j < i + 3 * len(collected)
            ):
                found[collected] = text[w.start() : words[j].end()]
        if len(found) == len(wanted):
            break
    return found


def _initials_from(
    words: list[re.Match[str]], i: int, openings: set[str], window: int
) -> Iterator[tuple[str, int]]:
    """The initials of the words from ``words[i]`` on, each with the index of its last word.

    Short lower-case words ("for", "the", "de") are skipped inside a name; the
    initials stop when they open no acronym asked for.
    """
    collected = ""
    for j in range(i, min(i + window, len(words))):
        token = words[j].group()
        if not (token[0].isupper() or len(token) > 3):
            if collected:
                continue
            return
        collected += token[0].upper()
        yield collected, j
        if collected not in openings:
            return


def find_sources(text: str, pack: LanguagePack, offset: int = 0) -> list[Found]:
    """Organisations cited with a citing phrase in ``text``."""
    found: list[Found] = []
    for prefilter, pattern, as_subject in _source_patterns(pack):
        if prefilter is not None and prefilter.search(text) is None:
            continue
        for m in pattern.finditer(text):
            raw = m.group("name")
            name = _trim_name(raw, pack)
            first = name.split()[0].casefold() if name else ""
            institution = name.startswith(pack.institution_heads)
            if not name or not (name[0].isupper() or institution) or first in pack.function_words:
                continue  # "Об этом сообщили", "In the ..." : no name
            if name.casefold() in pack.generic_names:
                continue  # "das Unternehmen", "the ministry": nobody new
            alias = m.group("alias") if name == raw.strip() else None
            art = (m.group("art") or "") if "art" in m.groupdict() else ""
            if not as_subject:
                name = nominative(name, art, pack)
            evidence = m.group().strip()
            found.append(Found(offset + m.start(), Attribution(name, alias, "source", evidence)))
    return found


# Runs of white space are read possessively (``\s*+``, ``\s++``) where what
# follows cannot start with white space: giving spaces back could not help a
# match, and trying would cost a pass over the run for each space given back.


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
            if out:
                continue
            return None
        out.append(Attribution(" ".join(words), None, "author", line))
    return out or None


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
def _agency_re() -> re.Pattern[str]:
    names = _phrase_alternation(frozenset(shared().agencies))
    return re.compile(
        rf"\((?P<a>{names})\)|/(?P<b>{names})/|[—–-]\s(?P<c>{names})[.,]|^(?P<d>{names})\s?[:.,]"
    )


def dateline_agencies(paragraph: str) -> list[str]:
    """Agencies credited in a wire dateline at the start of a paragraph."""
    head = paragraph[:160]
    agencies = shared().agencies
    out = []
    for m in _agency_re().finditer(head):
        spelled = m.group("a") or m.group("b") or m.group("c") or m.group("d")
        out.append(agencies[spelled])
    return out


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
    """ "The post ... appeared first on X." names the publisher X."""
    pattern = _publisher_re(pack)
    m = pattern.search(line) if pattern else None
    return m.group("name").strip() if m else None


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


def merge_attributions(found: list[Found], text: str = "") -> list[Attribution]:
    """Order by evidence, link acronyms to full names, drop repeats.

    An acronym ("ISW") that is the bracketed alias or the initials of a full
    name found elsewhere is that name's alias, not a second entry; so is an
    acronym of its initials that ``text`` uses anywhere (a later "ISW").
    """
    acronyms: frozenset[str] | None = None  # the acronyms of ``text``, found when asked
    found = sorted(found, key=lambda f: f.position)
    expansions: dict[str, str] = {}
    for f in found:
        a = f.attribution
        if a.alias:
            expansions[a.alias] = a.name
        elif not _ACRONYM.match(a.name) and len(initials(a.name)) >= 2:
            expansions.setdefault(initials(a.name), a.name)
    _link_clipped_forms(found, expansions)
    _link_spelled_out(found, expansions, text)
    out: list[Attribution] = []
    index: dict[tuple[str, str], int] = {}
    for f in found:
        a = f.attribution
        name, alias = a.name, a.alias
        last = name.split()[-1] if name.split() else name
        if a.kind == "source" and last != name and last in expansions:
            name = last  # "Rzecznik PPL": the spokesman speaks for PPL
        if name in expansions and a.kind in ("source", "publisher"):
            name, alias, kind = expansions[name], name, "source"
        else:
            kind = a.kind
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
