"""The attribution grammar of one language, read from the ``[attribution]`` table.

The table holds the phrases; this module turns them into what the readers
match: sets of words, endings and beginnings, and word sequences keyed by
their first word. Unknown keys are an error (a misspelt key would otherwise
switch a rule off without a word).

Phrase notation in the data:

* ``cite_before``: a phrase after which the cited name follows ("laut",
  "according to"); ``", so"`` counts only after a comma; ``"wie …"`` wants a
  reporting verb after the name ("wie das Amt am Freitag mitteilte").
* ``verbs``: "said", "a annoncé", "teilte … mit" (the particle closes the
  clause later).
* word lists: ``"-amt"`` is an ending ("Umweltbundesamt"), ``"мін-"`` a
  beginning ("Мінфін"), anything else a whole word; compared lower-cased.
"""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ...languages import LanguagePack, shared
from ...patterns import phrase_trie

__all__ = ["Grammar", "WordSet", "grammar_of"]

# Keys of [attribution] read elsewhere (lines.py, classify, repair) or here.
_KNOWN_KEYS = frozenset(
    {
        # line credits
        "byline",
        "byline_and",
        "photo",
        "photo_slash",
        "publisher",
        "source_labels",
        "copyright",
        # the sentence grammar
        "cite_before",
        "cite_after",
        "verbs",
        "verbs_inverted",
        "inversion_openers",
        "locatives",
        "voices",
        "descriptors",
        "agency_descriptors",
        "institution_words",
        "institution_heads",
        "outlet_words",
        "person_titles",
        "references",
        "generic_names",
        "articles",
        "article_marks_name",
        "name_connectors",
        "name_lowercase",
        "name_stopwords",
        "name_stop_endings",
        "nouns_capitalised",
        "adjective_endings",
        # the nominative
        "inflection",
        "nominative",
        "noun_genders",
        "neuter_nouns",
        "neuter_adjectives",
    }
)

_SPACE = r"\s{1,3}"

#: A sequence of lower-cased words, and the particle that closes the clause ("mit").
Phrase = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class WordSet:
    """Whole words, endings ("-amt") and beginnings ("мін-"), lower-cased."""

    words: frozenset[str] = frozenset()
    endings: tuple[str, ...] = ()
    beginnings: tuple[str, ...] = ()

    @classmethod
    def of(cls, items: Iterable[str]) -> WordSet:
        words, endings, beginnings = set(), [], []
        for item in items:
            low = item.strip().casefold()
            if len(low) > 1 and low.startswith("-"):
                endings.append(low[1:])
            elif len(low) > 1 and low.endswith("-"):
                beginnings.append(low[:-1])
            elif low:
                words.add(low)
        return cls(frozenset(words), tuple(endings), tuple(beginnings))

    def __contains__(self, low: object) -> bool:
        if not isinstance(low, str):
            return False
        if low in self.words:
            return True
        # (the C-level test first: most words have none of the endings)
        if (
            self.endings
            and low.endswith(self.endings)
            and any(low.endswith(e) and len(low) > len(e) for e in self.endings)
        ):
            return True
        if self.beginnings and low.startswith(self.beginnings):
            return any(low.startswith(b) and len(low) > len(b) for b in self.beginnings)
        return False

    def __or__(self, other: WordSet) -> WordSet:
        return WordSet(
            self.words | other.words,
            self.endings + other.endings,
            self.beginnings + other.beginnings,
        )


@dataclass(frozen=True, eq=False)
class Grammar:
    """What the sentence readers need of one language."""

    code: str
    trigger: stdlib_re.Pattern[str]  # any cue, verb or voice, in lower-cased text
    trigger_cased: stdlib_re.Pattern[
        str
    ]  # the same in text as written (when lower() moves offsets)
    cues: dict[str, tuple[Phrase, ...]]
    cues_after_comma: frozenset[tuple[str, ...]]
    cues_wanting_verb: frozenset[tuple[str, ...]]
    cues_after: dict[str, tuple[Phrase, ...]]
    verbs: dict[str, tuple[Phrase, ...]]
    inverted: dict[str, tuple[Phrase, ...]]
    openers: frozenset[tuple[str, ...]]
    locatives: frozenset[str]
    voices: dict[str, tuple[Phrase, ...]]
    descriptors: WordSet
    agency_descriptors: WordSet
    institution_words: WordSet
    institution_heads: WordSet
    outlet_words: WordSet  # "Times", "Zeitung", "правда": a newspaper's name
    person_titles: WordSet
    references: WordSet  # "the company", "вуза": a body named before
    generic: frozenset[str]
    articles: frozenset[str]
    elisions: tuple[str, ...]
    connectors: frozenset[str]
    conjunctions: frozenset[str]  # "and", "und": a connector that may also join two names
    stopwords: frozenset[str]
    stop_endings: tuple[str, ...]
    adjective_endings: tuple[str, ...]  # lower-case adjectives before an institution noun
    function_words: frozenset[str]
    abbreviations: frozenset[str]
    months: frozenset[str]
    lowercase_names: bool
    article_marks_name: bool
    nouns_capitalised: bool  # German: a describing noun is capitalised too
    inflection: str
    nominative: dict[str, tuple[tuple[str, str, str], ...]]
    noun_genders: dict[str, tuple[str, ...]]
    neuter_nouns: tuple[str, ...]
    neuter_adjectives: tuple[tuple[str, str], ...]
    evidence: WordSet  # any word that can show an organisation nearby (a cheap pre-check)
    agencies: dict[str, str]  # spelling (lower-cased) -> name as credited
    agency_words: dict[str, tuple[tuple[str, ...], ...]]  # first word -> spellings as words


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.casefold().replace("’", "'").split())


def _phrases(items: Iterable[str]) -> tuple[Phrase, ...]:
    """Phrases as word sequences, a part after "…" as the closing particle."""
    out = []
    for item in items:
        head, _, particle = item.partition("…")
        words = _words(head)
        if words:
            out.append((words, _words(particle)))
    return tuple(sorted(set(out), key=lambda p: len(p[0]), reverse=True))


def _by_first(phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    index: dict[str, list[Phrase]] = {}
    for p in phrases:
        index.setdefault(p[0][0], []).append(p)
    return {k: tuple(v) for k, v in index.items()}


def _check_keys(pack: LanguagePack) -> None:
    unknown = set(pack.attribution) - _KNOWN_KEYS
    if unknown:
        raise ValueError(f"{pack.code}.toml [attribution]: unknown keys {sorted(unknown)}")


def _strings(table: dict[str, Any], key: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"[attribution] {key} must be a list of strings")
    return value


@lru_cache(maxsize=32)
def grammar_of(pack: LanguagePack) -> Grammar:
    """The compiled grammar of ``pack`` (cached per pack)."""
    _check_keys(pack)
    at = pack.attribution
    raw_cues = _strings(at, "cite_before")
    after_comma = {_words(c.lstrip(", ").partition("…")[0]) for c in raw_cues if c.startswith(",")}
    wanting_verb = {_words(c.lstrip(", ").partition("…")[0]) for c in raw_cues if "…" in c}
    cues = _phrases(c.lstrip(", ").replace("…", "") for c in raw_cues)
    verbs = _phrases(_strings(at, "verbs"))
    inverted = _phrases(_strings(at, "verbs_inverted"))
    cues_after = _phrases(_strings(at, "cite_after"))
    voices = _phrases(_strings(at, "voices"))
    articles = [a.strip().casefold().replace("’", "'") for a in _strings(at, "articles")]
    agencies = {spelling.casefold(): name for spelling, name in shared().agencies.items()}
    trigger_phrases = [
        " ".join(phrase.partition("…")[0].lstrip(", ").split())
        for key in ("cite_before", "cite_after", "verbs", "verbs_inverted", "voices")
        for phrase in _strings(at, key)
    ]
    trigger_phrases += _strings(at, "agency_descriptors")
    # Case-sensitive over lower-cased text: the stdlib engine is several times
    # faster so than with IGNORECASE. A match inside a word ("unsaid") is dropped
    # by the reader; an apostrophe matches ' and ’ ("d'après", "D’après").
    lowered = {x.casefold() for x in trigger_phrases}
    alternation = phrase_trie(lowered, space=_SPACE).replace("'", "['’]")
    trigger = stdlib_re.compile(rf"(?:{alternation})(?!\w)")
    variants = {
        p for x in trigger_phrases for y in (x, x.casefold()) for p in (y, y[:1].upper() + y[1:])
    }
    cased = phrase_trie(variants, space=_SPACE).replace("'", "['’]")
    trigger_cased = stdlib_re.compile(rf"(?:{cased})(?!\w)", stdlib_re.IGNORECASE)
    genders = at.get("noun_genders", {})
    agencies_lower = frozenset(a for a in agencies if " " not in a)
    evidence = (
        WordSet.of(_strings(at, "institution_words"))
        | WordSet.of(_strings(at, "institution_heads"))
        | WordSet.of(_strings(at, "outlet_words"))
        | WordSet.of(_strings(at, "descriptors"))
        | WordSet.of(_strings(at, "references"))
        | WordSet(agencies_lower | {w.casefold() for w in _strings(at, "locatives")})
    )
    return Grammar(
        code=pack.code,
        trigger=trigger,
        trigger_cased=trigger_cased,
        cues=_by_first(cues),
        cues_after_comma=frozenset(after_comma),
        cues_wanting_verb=frozenset(wanting_verb),
        cues_after=_by_first(cues_after),
        verbs=_by_first(verbs),
        inverted=_by_first(inverted),
        openers=frozenset(_words(o) for o in _strings(at, "inversion_openers")),
        locatives=frozenset(w.casefold() for w in _strings(at, "locatives")),
        voices=_by_first(voices),
        descriptors=WordSet.of(_strings(at, "descriptors") + _strings(at, "agency_descriptors")),
        agency_descriptors=WordSet.of(_strings(at, "agency_descriptors")),
        institution_words=WordSet.of(_strings(at, "institution_words")),
        institution_heads=WordSet.of(_strings(at, "institution_heads")),
        outlet_words=WordSet.of(_strings(at, "outlet_words")),
        person_titles=WordSet.of(_strings(at, "person_titles")),
        references=WordSet.of(_strings(at, "references")),
        generic=frozenset(n.casefold() for n in _strings(at, "generic_names")),
        articles=frozenset(a for a in articles if not a.endswith("'")),
        elisions=tuple(a for a in articles if a.endswith("'")),
        connectors=frozenset(
            c.casefold().replace("’", "'") for c in _strings(at, "name_connectors")
        ),
        conjunctions=frozenset(c.casefold() for c in pack.compound_conjunctions),
        stopwords=frozenset(w.casefold() for w in _strings(at, "name_stopwords")),
        stop_endings=tuple(e.casefold() for e in _strings(at, "name_stop_endings")),
        adjective_endings=tuple(e.casefold() for e in _strings(at, "adjective_endings")),
        function_words=frozenset(w.casefold() for w in pack.function_words),
        abbreviations=frozenset(a.replace(" ", "").casefold() for a in pack.abbreviations),
        months=frozenset(pack.months),
        lowercase_names=bool(at.get("name_lowercase", False)),
        article_marks_name=bool(at.get("article_marks_name", False)),
        nouns_capitalised=bool(at.get("nouns_capitalised", False)),
        inflection=str(at.get("inflection", "")),
        nominative=pack.nominative,
        noun_genders={g: tuple(e.casefold() for e in v) for g, v in genders.items()},
        neuter_nouns=tuple(e.casefold() for e in _strings(at, "neuter_nouns")),
        neuter_adjectives=tuple((a, b) for a, b in at.get("neuter_adjectives", [])),
        evidence=evidence,
        agencies=agencies,
        agency_words=_agency_words(agencies),
    )


def _agency_words(agencies: dict[str, str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for spelling in agencies:
        words = tuple(spelling.replace("«", " ").replace("»", " ").split())
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}
