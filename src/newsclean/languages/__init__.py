"""Language knowledge, kept as data: one TOML file per language in ``data/``.

A :class:`LanguagePack` is loaded once per language (cached) and is read-only.
Adding a language means adding ``data/<code>.toml`` with the same tables as
the others (see ``docs/languages.md``) and tests; no code changes.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from .detect import detect_language

__all__ = [
    "LanguagePack",
    "Shared",
    "available_languages",
    "detect_language",
    "get_pack",
    "shared",
]


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """Everything newsclean knows about one language (or, code "mul", all of them)."""

    code: str
    name: str
    function_words: frozenset[str] = frozenset()
    letters: str = ""
    abbreviations: tuple[str, ...] = ()
    final_abbreviations: tuple[str, ...] = ()
    sentence_starters: frozenset[str] = frozenset()
    title_case_minor: frozenset[str] = frozenset()
    compound_conjunctions: frozenset[str] = frozenset()
    # words after which no sentence ends ("the", "der", "в"): a line break after one is joined
    never_final: frozenset[str] = frozenset()
    hyphen_prefixes: frozenset[str] = frozenset()
    hyphen_suffixes: frozenset[str] = frozenset()
    # first part -> endings of the second that keep the hyphen ("по-" + "-ски": "по-русски")
    hyphen_prefix_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # compounds are written open or hyphenated, seldom closed ("gold-standard")
    open_compounds: bool = False
    headline_prefixes: tuple[str, ...] = ()
    boilerplate_exact: frozenset[str] = frozenset()
    boilerplate_prefix: tuple[str, ...] = ()
    boilerplate_contains: tuple[str, ...] = ()
    byline_labels: tuple[str, ...] = ()
    byline_and: tuple[str, ...] = ()
    photo_labels: tuple[str, ...] = ()
    photo_slash_labels: tuple[str, ...] = ()
    publisher_cues: tuple[str, ...] = ()
    source_templates: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    name_connectors: frozenset[str] = frozenset()
    name_lowercase: bool = False
    name_stopwords: frozenset[str] = frozenset()
    name_descriptors: tuple[str, ...] = ()
    institution_heads: tuple[str, ...] = ()
    generic_names: frozenset[str] = frozenset()
    source_labels: tuple[str, ...] = ()
    nominative: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    # the whole [attribution] table: extract.attribution.grammar reads (and checks) its keys
    attribution: dict[str, Any] = field(default_factory=dict)
    brief_titles: tuple[str, ...] = ()
    # dashes that open direct speech: a run of lines led by one, with a question, is dialogue
    dialogue_dashes: tuple[str, ...] = ()
    months: dict[str, int] = field(default_factory=dict)
    relative_days: dict[str, int] = field(default_factory=dict)
    published_labels: tuple[str, ...] = ()
    updated_labels: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"LanguagePack({self.code!r})"


@dataclass(frozen=True, eq=False)
class Shared:
    """Knowledge that is not tied to one language (common.toml)."""

    agencies: dict[str, str]  # spelling -> name as credited
    timezones: dict[str, str]
    inner_capital_names: frozenset[str]
    name_prefixes: tuple[str, ...] = ()
    dotted_suffixes: frozenset[str] = frozenset()


def _norm(phrase: str) -> str:
    return phrase.casefold().strip(" .:!|")


def _read(name: str) -> dict[str, Any]:
    data = resources.files(__package__).joinpath("data").joinpath(f"{name}.toml").read_bytes()
    parsed: dict[str, Any] = tomllib.loads(data.decode("utf-8"))
    return parsed


def _pack_from_data(d: dict[str, Any]) -> LanguagePack:
    rep = d.get("repair", {})
    bp = d.get("boilerplate", {})
    at = d.get("attribution", {})
    dates = d.get("dates", {})
    nominative = {
        key: tuple((r[0], r[1], r[2]) for r in rules)
        for key, rules in at.get("nominative", {}).items()
    }
    return LanguagePack(
        code=d["code"],
        name=d["name"],
        function_words=frozenset(d.get("function_words", ())),
        letters=d.get("letters", ""),
        abbreviations=tuple(rep.get("abbreviations", ())),
        final_abbreviations=tuple(rep.get("final_abbreviations", ())),
        sentence_starters=frozenset(rep.get("sentence_starters", ())),
        title_case_minor=frozenset(rep.get("title_case_minor", ())),
        compound_conjunctions=frozenset(rep.get("compound_conjunctions", ())),
        never_final=frozenset(rep.get("never_final", ())),
        hyphen_prefixes=frozenset(rep.get("hyphen_prefixes", ())),
        hyphen_suffixes=frozenset(rep.get("hyphen_suffixes", ())),
        hyphen_prefix_endings={
            k: tuple(v) for k, v in rep.get("hyphen_prefix_endings", {}).items()
        },
        open_compounds=bool(rep.get("open_compounds", False)),
        headline_prefixes=tuple(d.get("headline", {}).get("prefixes", ())),
        boilerplate_exact=frozenset(_norm(p) for p in bp.get("exact", ())),
        boilerplate_prefix=tuple(bp.get("prefix", ())),
        boilerplate_contains=tuple(bp.get("contains", ())),
        byline_labels=tuple(at.get("byline", ())),
        byline_and=tuple(at.get("byline_and", ())),
        photo_labels=tuple(at.get("photo", ())),
        photo_slash_labels=tuple(at.get("photo_slash", ())),
        publisher_cues=tuple(at.get("publisher", ())),
        source_templates=tuple(at.get("sources", ())),
        articles=tuple(at.get("articles", ())),
        name_connectors=frozenset(at.get("name_connectors", ())),
        name_lowercase=bool(at.get("name_lowercase", False)),
        name_stopwords=frozenset(at.get("name_stopwords", ())),
        name_descriptors=tuple(d.casefold() for d in at.get("name_descriptors", ())),
        institution_heads=tuple(at.get("institution_heads", ())),
        generic_names=frozenset(n.casefold() for n in at.get("generic_names", ())),
        source_labels=tuple(at.get("source_labels", ())),
        nominative=nominative,
        attribution=dict(at),
        brief_titles=tuple(d.get("briefs", {}).get("titles", ())),
        dialogue_dashes=tuple(d.get("briefs", {}).get("dialogue_dashes", ())),
        months={k.casefold(): int(v) for k, v in dates.get("months", {}).items()},
        relative_days={k.casefold(): int(v) for k, v in dates.get("relative", {}).items()},
        published_labels=tuple(dates.get("published", ())),
        updated_labels=tuple(dates.get("updated", ())),
    )


@cache
def available_languages() -> tuple[str, ...]:
    """ISO 639-1 codes of the languages that have a data file."""
    folder = resources.files(__package__).joinpath("data")
    return tuple(
        sorted(
            p.name.removesuffix(".toml")
            for p in folder.iterdir()
            if p.name.endswith(".toml") and p.name != "common.toml"
        )
    )


def _merge(packs: list[LanguagePack]) -> LanguagePack:
    """One pack holding the union of all languages: used when the language is unknown."""

    def union_t(attr: str) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for p in packs:
            for item in getattr(p, attr):
                seen[item] = None
        return tuple(seen)

    def union_s(attr: str) -> frozenset[str]:
        return frozenset().union(*(getattr(p, attr) for p in packs))

    def union_d(attr: str) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for p in packs:
            for k, v in getattr(p, attr).items():
                merged.setdefault(k, v)
        return merged

    return LanguagePack(
        code="mul",
        name="any supported language",
        abbreviations=union_t("abbreviations"),
        final_abbreviations=union_t("final_abbreviations"),
        sentence_starters=union_s("sentence_starters"),
        compound_conjunctions=union_s("compound_conjunctions"),
        # (never_final stays empty: one language's article is another's verb, "die")
        headline_prefixes=union_t("headline_prefixes"),
        boilerplate_exact=union_s("boilerplate_exact"),
        boilerplate_prefix=union_t("boilerplate_prefix"),
        boilerplate_contains=union_t("boilerplate_contains"),
        byline_labels=union_t("byline_labels"),
        byline_and=union_t("byline_and"),
        photo_labels=union_t("photo_labels"),
        photo_slash_labels=union_t("photo_slash_labels"),
        publisher_cues=union_t("publisher_cues"),
        source_labels=union_t("source_labels"),
        source_templates=(),
        brief_titles=union_t("brief_titles"),
        dialogue_dashes=union_t("dialogue_dashes"),
        months=union_d("months"),
        relative_days={},
        published_labels=union_t("published_labels"),
        updated_labels=union_t("updated_labels"),
    )


def get_pack(code: str | None) -> LanguagePack:
    """The pack for ``code``; for None or an unsupported code, the union of all packs.

    >>> get_pack("de").months["märz"]
    3
    """
    return _load_pack(code if code in available_languages() else None)


@cache
def _load_pack(code: str | None) -> LanguagePack:
    if code is not None:
        return _pack_from_data(_read(code))
    return _merge([_load_pack(c) for c in available_languages()])


@cache
def shared() -> Shared:
    """Language-independent knowledge: agencies, time zones, names with inner capitals."""
    d = _read("common")
    agencies: dict[str, str] = {}
    for name, spellings in d.get("agencies", {}).items():
        for s in spellings:
            agencies[s] = name
    return Shared(
        agencies=agencies,
        timezones=dict(d.get("timezones", {})),
        inner_capital_names=frozenset(d.get("repair", {}).get("inner_capital_names", ())),
        name_prefixes=tuple(d.get("repair", {}).get("name_prefixes", ())),
        dotted_suffixes=frozenset(d.get("repair", {}).get("dotted_suffixes", ())),
    )
