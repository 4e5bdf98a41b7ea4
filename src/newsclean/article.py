"""The data model: what `newsclean.parse` returns.

All classes are frozen dataclasses. Lists inside them are part of the public
contract (``../shared/API.md``); treat them as read-only.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ATTRIBUTION_KINDS", "Article", "Attribution", "Brief", "DateMention", "Removal"]

#: The kinds an :class:`Attribution` can have.
ATTRIBUTION_KINDS = ("source", "agency", "author", "photo", "publisher")


@dataclass(frozen=True)
class Removal:
    """Something taken out of the text, and why.

    >>> Removal("boilerplate", "Leave a Reply")
    Removal(kind='boilerplate', text='Leave a Reply')
    """

    kind: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class Attribution:
    """Who the content is attributed to.

    >>> Attribution("Institute for the Study of War", "ISW", "source", "Wie das Institute ...")
    ... # doctest: +ELLIPSIS
    Attribution(name='Institute for the Study of War', alias='ISW', kind='source', ...)
    """

    name: str
    alias: str | None
    kind: str
    evidence: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ATTRIBUTION_KINDS:
            raise ValueError(
                f"Attribution.kind must be one of {ATTRIBUTION_KINDS}, got {self.kind!r}"
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "alias": self.alias,
            "kind": self.kind,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class Brief:
    """A bullet-point brief block: an optional title line and its items.

    >>> Brief("Key points", ["Prices rose.", "Rents fell."]).items
    ['Prices rose.', 'Rents fell.']
    """

    title: str | None
    items: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "items": list(self.items)}


@dataclass(frozen=True)
class DateMention:
    """A calendar date mentioned in the body.

    ``value`` is None when the text does not pin the date down (no year and
    no known publication date): newsclean never invents a year.
    ``start``/``end`` are offsets into ``Article.body``.
    """

    text: str
    value: _dt.date | _dt.datetime | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value.isoformat() if self.value is not None else None,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Article:
    """A cleaned, structured news article.

    >>> Article().body
    ''
    """

    headline: str | None = None
    body: str = ""
    paragraphs: list[str] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    briefs: list[Brief] = field(default_factory=list)
    published: _dt.datetime | None = None
    dates: list[DateMention] = field(default_factory=list)
    language: str | None = None
    removed: list[Removal] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (dates as ISO 8601 strings)."""
        return {
            "headline": self.headline,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "attributions": [a.to_dict() for a in self.attributions],
            "briefs": [b.to_dict() for b in self.briefs],
            "published": self.published.isoformat() if self.published else None,
            "dates": [d.to_dict() for d in self.dates],
            "language": self.language,
            "removed": [r.to_dict() for r in self.removed],
        }

    def __repr__(self) -> str:
        head = (self.headline or "")[:60]
        return (
            f"Article(headline={head!r}, paragraphs={len(self.paragraphs)}, "
            f"attributions={len(self.attributions)}, briefs={len(self.briefs)}, "
            f"language={self.language!r}, removed={len(self.removed)})"
        )
