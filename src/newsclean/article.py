"""The data model: what `newsclean.parse` returns, and its one field schema.

All classes are frozen dataclasses. Lists inside them are part of the public
contract (``../shared/API.md``); treat them as read-only.

The fields are declared once, in :data:`ARTICLE_SCHEMA` (a tree of
:class:`Field`, :class:`ListOf` and :class:`Record`). Everything that writes
an Article out derives from it: ``to_dict``, the pandas columns, the Arrow
schema of the Dask adapter, the Spark schema and the command line's CSV
columns. A test checks that the schema and the dataclasses agree.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ARTICLE_SCHEMA",
    "ATTRIBUTION_KINDS",
    "KIND_COLOURS",
    "Article",
    "Attribution",
    "Brief",
    "DateMention",
    "Field",
    "ListOf",
    "Record",
    "Removal",
    "Scalar",
    "as_record",
    "corpus_text",
    "render_html",
]


# -- The one schema -----------------------------------------------------------


@dataclass(frozen=True)
class Scalar:
    """A single value: ``"text"``, ``"integer"`` (64-bit) or ``"date"``.

    A date is a ``datetime.date`` or ``datetime.datetime`` in Python and an
    ISO 8601 string in every written form (``to_dict``, Arrow, Spark, CSV):
    one column cannot hold both a day and a time with a zone otherwise.
    """

    kind: str


@dataclass(frozen=True)
class ListOf:
    """A list of values of one type."""

    item: FieldType


@dataclass(frozen=True)
class Record:
    """A dataclass of the model, field by field in declaration order."""

    name: str
    fields: tuple[Field, ...]


FieldType = Scalar | ListOf | Record


@dataclass(frozen=True)
class Field:
    """One named field. ``flat``: also a column of flat tables (CSV)."""

    name: str
    type: FieldType
    flat: bool = True


TEXT, INTEGER, DATE = Scalar("text"), Scalar("integer"), Scalar("date")

REMOVAL_SCHEMA = Record("Removal", (Field("kind", TEXT), Field("text", TEXT)))
ATTRIBUTION_SCHEMA = Record(
    "Attribution",
    (Field("name", TEXT), Field("alias", TEXT), Field("kind", TEXT), Field("evidence", TEXT)),
)
BRIEF_SCHEMA = Record("Brief", (Field("title", TEXT), Field("items", ListOf(TEXT))))
DATE_MENTION_SCHEMA = Record(
    "DateMention",
    (Field("text", TEXT), Field("value", DATE), Field("start", INTEGER), Field("end", INTEGER)),
)
#: Every field of an Article, in order. ``paragraphs`` is the body split up,
#: so flat tables leave it out.
ARTICLE_SCHEMA = Record(
    "Article",
    (
        Field("headline", TEXT),
        Field("body", TEXT),
        Field("paragraphs", ListOf(TEXT), flat=False),
        Field("attributions", ListOf(ATTRIBUTION_SCHEMA)),
        Field("briefs", ListOf(BRIEF_SCHEMA)),
        Field("published", DATE),
        Field("updated", DATE),
        Field("dates", ListOf(DATE_MENTION_SCHEMA)),
        Field("language", TEXT),
        Field("removed", ListOf(REMOVAL_SCHEMA)),
    ),
)


def _iso(value: _dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _same(value: Any) -> Any:
    return value


def _converter(kind: FieldType, iso_dates: bool) -> Callable[[Any], Any]:
    """A function from a model value to plain Python values (dicts, lists, scalars)."""
    if isinstance(kind, Scalar):
        return _iso if kind is DATE and iso_dates else _same
    if isinstance(kind, ListOf):
        item = _converter(kind.item, iso_dates)
        if item is _same:
            return list
        return lambda values: [item(v) for v in values]
    pairs = [(f.name, _converter(f.type, iso_dates)) for f in kind.fields]
    return lambda obj: {name: convert(getattr(obj, name)) for name, convert in pairs}


_PLAIN = {
    (schema.name, iso): _converter(schema, iso)
    for schema in (
        ARTICLE_SCHEMA,
        ATTRIBUTION_SCHEMA,
        BRIEF_SCHEMA,
        DATE_MENTION_SCHEMA,
        REMOVAL_SCHEMA,
    )
    for iso in (True, False)
}


def as_record(
    obj: Article | Attribution | Brief | DateMention | Removal, iso_dates: bool = True
) -> Any:
    """``obj`` as plain dicts and lists, field by field as the schema says.

    ``iso_dates=False`` keeps dates as ``datetime`` objects (the pandas form).

    >>> as_record(Brief("Key points", ["Prices rose."]))
    {'title': 'Key points', 'items': ['Prices rose.']}
    """
    return _PLAIN[type(obj).__name__, iso_dates](obj)


#: The kinds an :class:`Attribution` can have.
ATTRIBUTION_KINDS = ("source", "agency", "author", "photo", "publisher")


@dataclass(frozen=True, slots=True)
class Removal:
    """Something taken out of the text, and why.

    Examples:
        >>> Removal("boilerplate", "Leave a Reply")
        Removal(kind='boilerplate', text='Leave a Reply')
    """

    kind: str
    text: str

    def to_dict(self) -> dict[str, str]:
        result: dict[str, str] = as_record(self)
        return result

    def __reduce__(self) -> tuple[type[Removal], tuple[str, str]]:
        # parse_many ships tens of thousands of these between processes; pickled
        # as constructor arguments (with slots) they load in 30% less time.
        return (Removal, (self.kind, self.text))


@dataclass(frozen=True)
class Attribution:
    """Who the content is attributed to.

    Examples:
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
        result: dict[str, Any] = as_record(self)
        return result


@dataclass(frozen=True)
class Brief:
    """A bullet-point brief block: an optional title line and its items.

    Examples:
        >>> Brief("Key points", ["Prices rose.", "Rents fell."]).items
        ['Prices rose.', 'Rents fell.']
    """

    title: str | None
    items: list[str]

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = as_record(self)
        return result


@dataclass(frozen=True)
class DateMention:
    """A calendar date mentioned in the body.

    ``value`` is None when the text does not pin the date down (no year and
    no known publication date): newsclean never invents a year.
    ``start``/``end`` are offsets into ``Article.body``.

    Examples:
        >>> import newsclean
        >>> article = newsclean.parse("Der Plan wurde am 19. März vorgestellt.", "de")
        >>> mention = article.dates[0]
        >>> mention.text, mention.value, article.body[mention.start : mention.end]
        ('19. März', None, '19. März')
    """

    text: str
    value: _dt.date | _dt.datetime | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = as_record(self)
        return result


@dataclass(frozen=True)
class Article:
    """A cleaned, structured news article.

    Examples:
        >>> Article().body
        ''
    """

    headline: str | None = None
    body: str = ""
    paragraphs: list[str] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    briefs: list[Brief] = field(default_factory=list)
    published: _dt.datetime | _dt.date | None = None
    updated: _dt.datetime | _dt.date | None = None
    dates: list[DateMention] = field(default_factory=list)
    language: str | None = None
    removed: list[Removal] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (dates as ISO 8601 strings), as ``ARTICLE_SCHEMA`` says.

        >>> import datetime
        >>> Article(published=datetime.date(2024, 6, 3)).to_dict()["published"]
        '2024-06-03'
        """
        result: dict[str, Any] = as_record(self)
        return result

    def _repr_html_(self) -> str:
        """The article in a notebook: headline, attribution chips, briefs, paragraphs, removals."""
        return render_html(self)

    def __repr__(self) -> str:
        head = (self.headline or "")[:60]
        return (
            f"Article(headline={head!r}, paragraphs={len(self.paragraphs)}, "
            f"attributions={len(self.attributions)}, briefs={len(self.briefs)}, "
            f"language={self.language!r}, removed={len(self.removed)})"
        )


def corpus_text(article: Article) -> str:
    """The text a corpus keeps of an article: the headline, a blank line, the body.

    Used by the pipeline adapters (datatrove, NeMo Curator) that replace a
    document's text with the clean article.

    >>> corpus_text(Article(headline="Rates held", body="The bank kept rates."))
    'Rates held\\n\\nThe bank kept rates.'
    >>> corpus_text(Article(body="The bank kept rates."))
    'The bank kept rates.'
    """
    if article.headline and article.body:
        return f"{article.headline}\n\n{article.body}"
    return article.body or (article.headline or "")


#: Chip colours of the attribution kinds in notebooks.
KIND_COLOURS = {
    "source": "#d7ecff",
    "agency": "#ffe8c2",
    "author": "#dff5d8",
    "photo": "#f3dcf7",
    "publisher": "#e6e6e6",
}


def render_html(article: Article) -> str:
    """HTML for notebooks; every piece of article text is escaped."""
    esc = _html.escape
    parts = ['<div class="newsclean-article" style="font-family:sans-serif;max-width:48em">']
    if article.headline:
        parts.append(f"<h3>{esc(article.headline)}</h3>")
    meta = [f"language: {esc(article.language or '?')}"]
    if article.published:
        meta.append(f"published: {esc(article.published.isoformat())}")
    if article.updated:
        meta.append(f"updated: {esc(article.updated.isoformat())}")
    parts.append(f'<div style="color:#666;font-size:90%">{" · ".join(meta)}</div>')
    for a in article.attributions:
        alias = f" ({esc(a.alias)})" if a.alias else ""
        colour = KIND_COLOURS.get(a.kind, "#eee")
        parts.append(
            f'<span class="chip {esc(a.kind)}" title="{esc(a.evidence)}" '
            f'style="background:{colour};border-radius:1em;padding:0 .6em;margin:.2em;'
            f'display:inline-block">{esc(a.kind)}: {esc(a.name)}{alias}</span>'
        )
    for b in article.briefs:
        title = f"<strong>{esc(b.title)}</strong>" if b.title else ""
        items = "".join(f"<li>{esc(i)}</li>" for i in b.items)
        parts.append(
            '<div class="brief" style="border-left:3px solid #999;padding-left:.6em">'
            f"{title}<ul>{items}</ul></div>"
        )
    parts.extend(f"<p>{esc(p)}</p>" for p in article.paragraphs)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for r in article.removed:
        by_kind[r.kind].append(r.text)
    if by_kind:
        rows = "".join(
            f"<details><summary>{esc(kind)} ({len(texts)})</summary><ul>"
            + "".join(f"<li><code>{esc(t[:300])}</code></li>" for t in texts)
            + "</ul></details>"
            for kind, texts in sorted(by_kind.items())
        )
        parts.append(
            f"<details><summary>removed ({len(article.removed)})</summary>{rows}</details>"
        )
    parts.append("</div>")
    return "".join(parts)
