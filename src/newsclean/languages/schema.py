"""The language data schema: every field of a language file declared once.

Each field of :class:`LanguagePack` says where it lives in a data file
(``key`` is the TOML path, "repair.never_final"), how its value is read
(``read``), how the packs of all languages merge into the one used when the
language is unknown (``merge``), and what it is for (``doc``). Loading,
merging, the unknown-key check and the docs table all read this one place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["LanguagePack", "SchemaError", "docs_table", "merge_packs", "pack_fields", "read_pack"]


class SchemaError(ValueError):
    """A language data file holds a key the schema does not know, or a value of the wrong shape."""


def _norm_phrase(phrase: str) -> str:
    return phrase.casefold().strip(" .:!|")


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("a list of strings")
    return value


# How a value is read from TOML: one small function per shape.
def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(_strings(value))


def _set(value: Any) -> frozenset[str]:
    return frozenset(_strings(value))


def _folded_tuple(value: Any) -> tuple[str, ...]:
    return tuple(v.casefold() for v in _strings(value))


def _folded_set(value: Any) -> frozenset[str]:
    return frozenset(v.casefold() for v in _strings(value))


def _phrase_set(value: Any) -> frozenset[str]:
    return frozenset(_norm_phrase(v) for v in _strings(value))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("a string")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("true or false")
    return value


def _day_numbers(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise TypeError("a table of words to numbers")
    return {k.casefold(): int(v) for k, v in value.items()}


def _tuples_by_key(value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise TypeError("a table of lists")
    return {k: tuple(_strings(v)) for k, v in value.items()}


def _rules_by_key(value: Any) -> dict[str, tuple[tuple[str, str, str], ...]]:
    if not isinstance(value, dict):
        raise TypeError("a table of lists of [ending, replacement, condition]")
    return {k: tuple((r[0], r[1], r[2]) for r in rules) for k, rules in value.items()}


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in value
    ):
        raise TypeError("a list of [from, to] pairs")
    return tuple((p[0], p[1]) for p in value)


def _field(
    default: Any, key: str, read: Callable[[Any], Any], doc: str, merge: str = "union"
) -> Any:
    """A pack field: ``merge`` is "union" (all languages' entries) or "none" (left empty)."""
    meta = {"key": key, "read": read, "doc": doc, "merge": merge}
    if isinstance(default, dict):
        return field(default_factory=dict, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """Everything newsclean knows about one language (or, code "mul", all of them)."""

    code: str
    name: str
    function_words: frozenset[str] = _field(
        frozenset(), "function_words", _set, "language detection: ~120 frequent words", "none"
    )
    letters: str = _field(
        "", "letters", _text, "language detection: the language's own letters", "none"
    )
    abbreviations: tuple[str, ...] = _field(
        (), "repair.abbreviations", _tuple, "repairer: no sentence ends after these"
    )
    final_abbreviations: tuple[str, ...] = _field(
        (), "repair.final_abbreviations", _tuple, "repairer: abbreviations that can end a sentence"
    )
    sentence_starters: frozenset[str] = _field(
        frozenset(), "repair.sentence_starters", _set, "repairer: words that open sentences"
    )
    title_case_minor: frozenset[str] = _field(
        frozenset(),
        "repair.title_case_minor",
        _set,
        "repairer: minor words a Title Case headline leaves in lower case",
        "none",
    )
    compound_conjunctions: frozenset[str] = _field(
        frozenset(),
        "repair.compound_conjunctions",
        _set,
        'repairer: conjunctions of suspended compounds ("in- and outbound")',
    )
    never_final: frozenset[str] = _field(
        frozenset(),
        "repair.never_final",
        _set,
        'repairer: words after which no sentence ends ("the", "der"); empty when the language'
        " is unknown (one language's article is another's verb)",
        "none",
    )
    hyphen_prefixes: frozenset[str] = _field(
        frozenset(),
        "repair.hyphen_prefixes",
        _set,
        "repairer: first parts keeping a hyphen",
        "none",
    )
    hyphen_suffixes: frozenset[str] = _field(
        frozenset(),
        "repair.hyphen_suffixes",
        _set,
        "repairer: second parts keeping a hyphen",
        "none",
    )
    hyphen_prefix_endings: dict[str, tuple[str, ...]] = _field(
        {},
        "repair.hyphen_prefix_endings",
        _tuples_by_key,
        'repairer: a first part and the endings of the second that keep its hyphen ("по-русски")',
        "none",
    )
    open_compounds: bool = _field(
        False,
        "repair.open_compounds",
        _flag,
        "repairer: compounds are written open or hyphenated, seldom closed",
        "none",
    )
    acronym_plurals: tuple[str, ...] = _field(
        (),
        "repair.acronym_plurals",
        _tuple,
        'repairer: endings of an acronym\'s plural ("AMAs"): a capital before one starts no word',
    )
    headline_prefixes: tuple[str, ...] = _field(
        (), "headline.prefixes", _tuple, 'headline: "BREAKING"-style prefixes'
    )
    boilerplate_exact: frozenset[str] = _field(
        frozenset(), "boilerplate.exact", _phrase_set, "boilerplate: whole-line phrases"
    )
    boilerplate_prefix: tuple[str, ...] = _field(
        (), "boilerplate.prefix", _tuple, "boilerplate: line openings"
    )
    boilerplate_contains: tuple[str, ...] = _field(
        (), "boilerplate.contains", _tuple, "boilerplate: phrases inside a line"
    )
    boilerplate_address: frozenset[str] = _field(
        frozenset(),
        "boilerplate.address",
        _set,
        'page chrome: words addressing the reader ("you")',
        "none",
    )
    boilerplate_kinds: dict[str, tuple[str, ...]] = _field(
        {}, "boilerplate.kinds", _tuples_by_key, "page chrome: phrases naming each kind of chrome"
    )
    byline_labels: tuple[str, ...] = _field(
        (), "attribution.byline", _tuple, 'bylines: labels ("By", "Von")'
    )
    byline_and: tuple[str, ...] = _field(
        (), "attribution.byline_and", _tuple, "bylines: words joining two authors"
    )
    photo_labels: tuple[str, ...] = _field(
        (), "attribution.photo", _tuple, 'photo credits: labels ("Photo:")'
    )
    photo_slash_labels: tuple[str, ...] = _field(
        (), "attribution.photo_slash", _tuple, 'photo credits: labels before a slash ("Foto/")'
    )
    publisher_cues: tuple[str, ...] = _field(
        (), "attribution.publisher", _tuple, 'publishers: cues ("appeared first on")'
    )
    copyright_phrases: tuple[str, ...] = _field(
        (),
        "attribution.copyright",
        _tuple,
        'copyright footers: phrases besides "©" ("All rights reserved")',
    )
    cite_before: tuple[str, ...] = _field(
        (),
        "attribution.cite_before",
        _tuple,
        'sources: citing phrases before a name ("according to", "laut"); ", so" only after a'
        ' comma, "wie …" wants a reporting verb after the name',
        "none",
    )
    cite_after: tuple[str, ...] = _field(
        (),
        "attribution.cite_after",
        _tuple,
        'sources: citing words after a name ("zufolge")',
        "none",
    )
    reporting_verbs: tuple[str, ...] = _field(
        (),
        "attribution.verbs",
        _tuple,
        'sources: reporting verbs with the name as subject ("said", "teilte … mit")',
        "none",
    )
    inverted_verbs: tuple[str, ...] = _field(
        (),
        "attribution.verbs_inverted",
        _tuple,
        'sources: reporting verbs before their subject ("…, said the World Bank")',
        "none",
    )
    inversion_openers: tuple[str, ...] = _field(
        (),
        "attribution.inversion_openers",
        _tuple,
        'sources: words before an inverted verb besides a comma or a quote ("Об этом", "Jak")',
        "none",
    )
    locative_cues: tuple[str, ...] = _field(
        (),
        "attribution.locatives",
        _tuple,
        'sources: prepositions naming a body as a place ("в Укренерго повідомили")',
        "none",
    )
    name_voices: tuple[str, ...] = _field(
        (),
        "attribution.voices",
        _tuple,
        'sources: voices of a body before its name ("a spokeswoman for", "пресс-служба")',
        "none",
    )
    name_descriptors: tuple[str, ...] = _field(
        (),
        "attribution.descriptors",
        _tuple,
        'names: describing nouns before a name, not part of it ("the charity", "-betreiber")',
        "none",
    )
    agency_descriptors: tuple[str, ...] = _field(
        (),
        "attribution.agency_descriptors",
        _tuple,
        'agencies: describing nouns that make the name a wire agency ("Nachrichtenagentur")',
        "none",
    )
    institution_words: tuple[str, ...] = _field(
        (),
        "attribution.institution_words",
        _tuple,
        'names: words of an organisation\'s name ("Bank", "-amt", "мін-")',
        "none",
    )
    outlet_words: tuple[str, ...] = _field(
        (),
        "attribution.outlet_words",
        _tuple,
        'names: words of an outlet\'s name ("Times", "Zeitung")',
        "none",
    )
    person_titles: tuple[str, ...] = _field(
        (),
        "attribution.person_titles",
        _tuple,
        'names: titles that make a name a person\'s ("Prime Minister", "мэр")',
        "none",
    )
    name_references: tuple[str, ...] = _field(
        (),
        "attribution.references",
        _tuple,
        'sources: nouns standing for a body named before ("das Unternehmen", "вуза")',
        "none",
    )
    article_marks_name: bool = _field(
        False,
        "attribution.article_marks_name",
        _flag,
        'names: an article before a name marks an organisation ("the Kremlin")',
        "none",
    )
    nouns_capitalised: bool = _field(
        False,
        "attribution.nouns_capitalised",
        _flag,
        "names: common nouns are capitalised (German)",
        "none",
    )
    name_stop_endings: tuple[str, ...] = _field(
        (),
        "attribution.name_stop_endings",
        _tuple,
        'names: endings of lower-case words that end a name ("-ée" participles)',
        "none",
    )
    possessive_endings: tuple[str, ...] = _field(
        (),
        "attribution.possessive",
        _tuple,
        'names: a possessive ending closes a name ("the Post\'s Fact Checker" -> "Post")',
        "none",
    )
    adjective_endings: tuple[str, ...] = _field(
        (),
        "attribution.adjective_endings",
        _tuple,
        "names: endings of lower-case adjectives inside a name",
        "none",
    )
    articles: tuple[str, ...] = _field(
        (), "attribution.articles", _tuple, "names: articles before a name", "none"
    )
    name_connectors: frozenset[str] = _field(
        frozenset(), "attribution.name_connectors", _set, "names: lower-case words inside", "none"
    )
    name_lowercase: bool = _field(
        False,
        "attribution.name_lowercase",
        _flag,
        "names: institution names go on in lower case",
        "none",
    )
    name_stopwords: frozenset[str] = _field(
        frozenset(), "attribution.name_stopwords", _set, "names: words that end a name", "none"
    )
    institution_heads: tuple[str, ...] = _field(
        (),
        "attribution.institution_heads",
        _tuple,
        "names: nouns that open an institution's name in lower case and take words after them",
        "none",
    )
    generic_names: frozenset[str] = _field(
        frozenset(),
        "attribution.generic_names",
        _folded_set,
        'names: common nouns that never name a source alone ("the ministry")',
        "none",
    )
    source_labels: tuple[str, ...] = _field(
        (), "attribution.source_labels", _tuple, 'sources: line labels ("Source:")'
    )
    inflection: str = _field(
        "",
        "attribution.inflection",
        _text,
        'names: how names decline: "german" (adjective endings by gender) or "slavic"',
        "none",
    )
    nominative: dict[str, tuple[tuple[str, str, str], ...]] = _field(
        {},
        "attribution.nominative",
        _rules_by_key,
        "names: endings back to the nominative ([oblique, nominative, adj|noun])",
        "none",
    )
    noun_genders: dict[str, tuple[str, ...]] = _field(
        {},
        "attribution.noun_genders",
        _tuples_by_key,
        "names: noun endings by gender (m, f, n, p), for the adjectives before them",
        "none",
    )
    neuter_nouns: tuple[str, ...] = _field(
        (), "attribution.neuter_nouns", _tuple, "names: endings of neuter head nouns", "none"
    )
    neuter_adjectives: tuple[tuple[str, str], ...] = _field(
        (),
        "attribution.neuter_adjectives",
        _pairs,
        "names: masculine adjective endings and their neuter forms",
        "none",
    )
    brief_titles: tuple[str, ...] = _field((), "briefs.titles", _tuple, "briefs: titles")
    dialogue_dashes: tuple[str, ...] = _field(
        (), "briefs.dialogue_dashes", _tuple, "briefs: dashes that open direct speech"
    )
    months: dict[str, int] = _field({}, "dates.months", _day_numbers, "dates: month names")
    relative_days: dict[str, int] = _field(
        {}, "dates.relative", _day_numbers, 'dates: relative days ("yesterday" = -1)', "none"
    )
    published_labels: tuple[str, ...] = _field(
        (), "dates.published", _tuple, 'dates: labels of the publication date ("Published")'
    )
    updated_labels: tuple[str, ...] = _field(
        (), "dates.updated", _tuple, 'dates: labels of the update stamp ("Updated")'
    )

    def __repr__(self) -> str:
        return f"LanguagePack({self.code!r})"


def pack_fields() -> Iterator[dataclasses.Field[Any]]:
    """The fields read from a data file (all but ``code`` and ``name``)."""
    return (f for f in dataclasses.fields(LanguagePack) if f.metadata)


def _lookup(data: dict[str, Any], key: str) -> tuple[bool, Any]:
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return False, None
        node = node[part]
    return True, node


def _known_keys() -> set[str]:
    keys = {"code", "name"}
    for f in pack_fields():
        parts = f.metadata["key"].split(".")
        keys.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    return keys


def _check_keys(data: dict[str, Any], source: str, known: set[str], prefix: str = "") -> None:
    for key, value in data.items():
        path = prefix + key
        if path not in known:
            raise SchemaError(f"{source}: unknown key {path!r}")
        # A table of declared keys ("repair") is checked inside; a table that is
        # one field's value ("dates.months") holds free keys.
        if isinstance(value, dict) and any(k.startswith(path + ".") for k in known):
            _check_keys(value, source, known, path + ".")


def read_pack(data: dict[str, Any], source: str) -> LanguagePack:
    """The pack of one data file; an unknown key or a value of the wrong shape is an error.

    >>> read_pack({"code": "xx", "name": "Test", "dates": {"months": {"Mai": 5}}}, "xx.toml").months
    {'mai': 5}
    >>> read_pack({"code": "xx", "name": "Test", "dates": {"month": {}}}, "xx.toml")
    Traceback (most recent call last):
    ...
    newsclean.languages.schema.SchemaError: xx.toml: unknown key 'dates.month'
    """
    _check_keys(data, source, _known_keys())
    values: dict[str, Any] = {}
    for f in pack_fields():
        found, raw = _lookup(data, f.metadata["key"])
        if not found:
            continue
        try:
            values[f.name] = f.metadata["read"](raw)
        except (TypeError, ValueError, IndexError) as exc:
            raise SchemaError(f"{source}: {f.metadata['key']} must be {exc}") from None
    return LanguagePack(code=data["code"], name=data["name"], **values)


def _union(values: list[Any]) -> Any:
    first = values[0] if values else ()
    if isinstance(first, frozenset):
        return frozenset().union(*values)
    if isinstance(first, dict):
        merged: dict[str, Any] = {}
        for value in values:
            for k, v in value.items():
                if isinstance(v, tuple) and k in merged:  # lists under one key: all of them
                    merged[k] = tuple(dict.fromkeys(merged[k] + v))
                else:
                    merged.setdefault(k, v)
        return merged
    seen: dict[str, None] = {}
    for value in values:
        seen.update(dict.fromkeys(value))
    return tuple(seen)


def merge_packs(packs: list[LanguagePack]) -> LanguagePack:
    """One pack holding the union of all languages: used when the language is unknown.

    Fields merged "none" stay empty: they only make sense for one language.
    """
    values = {
        f.name: _union([getattr(p, f.name) for p in packs])
        for f in pack_fields()
        if f.metadata["merge"] == "union"
    }
    return LanguagePack(code="mul", name="any supported language", **values)


def docs_table() -> str:
    """The Markdown table of the data file's keys (docs/languages.md embeds it)."""
    rows = ["| key | merged when the language is unknown | what it is for |", "|---|---|---|"]
    for f in pack_fields():
        merged = "yes" if f.metadata["merge"] == "union" else "no"
        rows.append(f"| `{f.metadata['key']}` | {merged} | {f.metadata['doc']} |")
    return "\n".join(rows)
