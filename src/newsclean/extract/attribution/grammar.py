"""The attribution grammar of one language, read from the ``[attribution]`` table.

The table holds the phrases; this module turns them into what the readers
match: sets of words, endings and beginnings, and word sequences keyed by
their first word. The keys are declared in ``languages/schema.py`` (an
unknown key is an error there).

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

from ...languages import LanguagePack, shared
from ...patterns import phrase_trie

__all__ = ["Grammar", "WordSet", "grammar_of"]

_SPACE = r"\s{1,3}"

#: A sequence of lower-cased words, and the particle that closes the clause ("mit").
Phrase = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class WordSet:
    """Whole words, endings ("-amt", also the whole word "amt"; "--france" for "-france")
    and beginnings ("мін-", not the bare "мін"), lower-cased."""

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
        if self.endings and low.endswith(self.endings):
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
    voice_texts: tuple[str, ...]  # the voices as lower-cased text
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
    starters: frozenset[str]  # words that open sentences ("The", "But"): no name starts with one
    possessives: tuple[str, ...]  # "'s": the name of the owner ends there
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
    small_words: frozenset[str]  # connectors, articles, stop words: inside or just before names
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


def _folded(items: Iterable[str]) -> frozenset[str]:
    return frozenset(i.casefold().replace("’", "'") for i in items)


@lru_cache(maxsize=32)
def _triggers(pack: LanguagePack) -> tuple[stdlib_re.Pattern[str], stdlib_re.Pattern[str]]:
    """Any cue, verb or voice: for lower-cased text, and for text as written.

    Case-sensitive over lower-cased text: the stdlib engine is several times
    faster so than with IGNORECASE. A match inside a word ("unsaid") is dropped
    by the reader; an apostrophe matches ' and ’ ("d'après", "D’après").
    """
    phrases = [
        " ".join(phrase.partition("…")[0].lstrip(", ").split())
        for phrase in (
            *pack.cite_before,
            *pack.cite_after,
            *pack.reporting_verbs,
            *pack.inverted_verbs,
            *pack.name_voices,
            *pack.agency_descriptors,
        )
    ]
    lowered = phrase_trie({p.casefold() for p in phrases}, space=_SPACE).replace("'", "['’]")
    cased = phrase_trie(set(phrases), space=_SPACE, lower=True).replace("'", "['’]")
    return (
        stdlib_re.compile(rf"(?:{lowered})(?!\w)"),
        stdlib_re.compile(rf"(?:{cased})(?!\w)", stdlib_re.IGNORECASE),
    )


Words = frozenset[tuple[str, ...]]


def _cues(pack: LanguagePack) -> tuple[tuple[Phrase, ...], Words, Words]:
    """The citing phrases, those that count after a comma only, those that want a verb."""
    raw = pack.cite_before
    after_comma = {_words(c.lstrip(", ").partition("…")[0]) for c in raw if c.startswith(",")}
    wanting_verb = {_words(c.lstrip(", ").partition("…")[0]) for c in raw if "…" in c}
    cues = _phrases(c.lstrip(", ").replace("…", "") for c in raw)
    return cues, frozenset(after_comma), frozenset(wanting_verb)


def _evidence(pack: LanguagePack, agencies: dict[str, str]) -> WordSet:
    """Every word that can show an organisation near a verb (the cheap pre-check)."""
    lists = (
        pack.institution_words,
        pack.institution_heads,
        pack.outlet_words,
        pack.name_descriptors,
        pack.name_references,
    )
    words = WordSet(frozenset(a for a in agencies if " " not in a) | _folded(pack.locative_cues))
    for items in lists:
        words = words | WordSet.of(items)
    return words


@lru_cache(maxsize=32)
def grammar_of(pack: LanguagePack) -> Grammar:
    """The compiled grammar of ``pack`` (cached per pack)."""
    cues, after_comma, wanting_verb = _cues(pack)
    articles = _folded(a.strip() for a in pack.articles)
    agencies = {spelling.casefold(): name for spelling, name in shared().agencies.items()}
    trigger, trigger_cased = _triggers(pack)
    return Grammar(
        code=pack.code,
        trigger=trigger,
        trigger_cased=trigger_cased,
        cues=_by_first(cues),
        cues_after_comma=after_comma,
        cues_wanting_verb=wanting_verb,
        cues_after=_by_first(_phrases(pack.cite_after)),
        verbs=_by_first(_phrases(pack.reporting_verbs)),
        inverted=_by_first(_phrases(pack.inverted_verbs)),
        openers=frozenset(_words(o) for o in pack.inversion_openers),
        locatives=_folded(pack.locative_cues),
        voices=_by_first(_phrases(pack.name_voices)),
        voice_texts=tuple(" ".join(w) for w, _ in _phrases(pack.name_voices)),
        descriptors=WordSet.of(pack.name_descriptors + pack.agency_descriptors),
        agency_descriptors=WordSet.of(pack.agency_descriptors),
        institution_words=WordSet.of(pack.institution_words),
        institution_heads=WordSet.of(pack.institution_heads),
        outlet_words=WordSet.of(pack.outlet_words),
        person_titles=WordSet.of(pack.person_titles),
        references=WordSet.of(pack.name_references),
        generic=_folded(pack.generic_names),
        articles=frozenset(a for a in articles if not a.endswith("'")),
        elisions=tuple(sorted(a for a in articles if a.endswith("'"))),
        connectors=_folded(pack.name_connectors),
        conjunctions=_folded(pack.compound_conjunctions),
        stopwords=_folded(pack.name_stopwords),
        stop_endings=tuple(_folded(pack.name_stop_endings)),
        adjective_endings=tuple(_folded(pack.adjective_endings)),
        function_words=_folded(pack.function_words),
        starters=_folded(pack.sentence_starters) - _folded(pack.articles),
        possessives=tuple(_folded(pack.possessive_endings)),
        abbreviations=frozenset(a.replace(" ", "").casefold() for a in pack.abbreviations),
        months=frozenset(pack.months),
        lowercase_names=pack.name_lowercase,
        article_marks_name=pack.article_marks_name,
        nouns_capitalised=pack.nouns_capitalised,
        inflection=pack.inflection,
        nominative=pack.nominative,
        noun_genders={g: tuple(_folded(v)) for g, v in pack.noun_genders.items()},
        neuter_nouns=tuple(_folded(pack.neuter_nouns)),
        neuter_adjectives=pack.neuter_adjectives,
        evidence=_evidence(pack, agencies),
        small_words=_folded(pack.name_connectors)
        | articles
        | _folded(pack.name_stopwords)
        | _folded(pack.locative_cues),
        agencies=agencies,
        agency_words=_agency_words(agencies),
    )


def _agency_words(agencies: dict[str, str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for spelling in agencies:
        words = tuple(spelling.replace("«", " ").replace("»", " ").split())
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}
