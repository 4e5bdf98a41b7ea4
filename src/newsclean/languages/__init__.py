"""Language knowledge, kept as data: one TOML file per language in ``data/``.

A :class:`LanguagePack` is loaded once per language (cached) and is read-only.
Adding a language means adding ``data/<code>.toml`` with the same tables as
the others (see ``docs/languages.md``) and tests; no code changes.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from .detect import detect_language
from .schema import LanguagePack, merge_packs, read_pack

__all__ = [
    "LanguagePack",
    "Shared",
    "available_languages",
    "detect_language",
    "get_pack",
    "shared",
]


@dataclass(frozen=True, eq=False)
class Shared:
    """Knowledge that is not tied to one language (common.toml)."""

    agencies: dict[str, str]  # spelling -> name as credited
    timezones: dict[str, str]
    inner_capital_names: frozenset[str]
    name_prefixes: tuple[str, ...] = ()
    dotted_suffixes: frozenset[str] = frozenset()


def _read(name: str) -> dict[str, Any]:
    data = resources.files(__package__).joinpath("data").joinpath(f"{name}.toml").read_bytes()
    parsed: dict[str, Any] = tomllib.loads(data.decode("utf-8"))
    return parsed


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


def get_pack(code: str | None) -> LanguagePack:
    """The pack for ``code``; for None or an unsupported code, the union of all packs.

    >>> get_pack("de").months["märz"]
    3
    """
    return _load_pack(code if code in available_languages() else None)


@cache
def _load_pack(code: str | None) -> LanguagePack:
    if code is not None:
        return read_pack(_read(code), f"{code}.toml")
    return merge_packs([_load_pack(c) for c in available_languages()])


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
