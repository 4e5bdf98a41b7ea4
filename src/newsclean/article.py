"""The data model: what `newsclean.parse` returns.

All classes are frozen dataclasses. Lists inside them are part of the public
contract (``../shared/API.md``); treat them as read-only.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ATTRIBUTION_KINDS",
    "KIND_COLOURS",
    "Article",
    "Attribution",
    "Brief",
    "DateMention",
    "Removal",
    "corpus_text",
    "render_html",
]

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
        return {"kind": self.kind, "text": self.text}

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
        return {
            "name": self.name,
            "alias": self.alias,
            "kind": self.kind,
            "evidence": self.evidence,
        }


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
        return {"title": self.title, "items": list(self.items)}


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
        return {
            "text": self.text,
            "value": self.value.isoformat() if self.value is not None else None,
            "start": self.start,
            "end": self.end,
        }


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
        """A JSON-serialisable dict (dates as ISO 8601 strings)."""
        return {
            "headline": self.headline,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "attributions": [a.to_dict() for a in self.attributions],
            "briefs": [b.to_dict() for b in self.briefs],
            "published": self.published.isoformat() if self.published else None,
            "updated": self.updated.isoformat() if self.updated else None,
            "dates": [d.to_dict() for d in self.dates],
            "language": self.language,
            "removed": [r.to_dict() for r in self.removed],
        }

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
