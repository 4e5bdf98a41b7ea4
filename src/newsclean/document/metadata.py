"""What a page says about its article outside the text: title, authors, dates, publisher.

Read from ``<title>``, the Open Graph and article meta tags (``og:title``,
``og:site_name``, ``article:published_time``, ``article:modified_time``,
``author``), schema.org microdata (``itemprop``), ``<time datetime>`` and
JSON-LD (``NewsArticle``, ``Article``, ``BlogPosting`` and their kin, also
inside an ``@graph``, with ``@id`` references to a ``Person`` resolved).
Dates are ISO 8601 as pages write them: a day alone is a ``date``, a day with
a time a ``datetime`` (aware when the zone is given).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import regex as re

__all__ = ["PageMetadata", "parse_iso_date", "read_metadata"]

_SPACE = re.compile(r"\s+")
_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d)(?:[.,]\d{1,9})?)?"
    r" ?(?P<z>Z|[+-][0-2]\d(?::?[0-5]\d)?)?)?"
)
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
# JSON-LD types that describe the article itself.
_ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "BlogPosting",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "LiveBlogPosting",
        "TechArticle",
        "Report",
        "SocialMediaPosting",
        "Recipe",
        "Review",
    ]
)
# JSON-LD types of an author that is the outlet, not a person.
_ORGANIZATIONS = frozenset(["Organization", "NewsMediaOrganization", "Corporation"])
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.date",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")


@dataclass
class PageMetadata:
    """The page's own statements about its article (None or empty where it makes none)."""

    title: str | None = None  # <title>
    og_title: str | None = None
    ld_headline: str | None = None  # JSON-LD headline
    site_name: str | None = None  # og:site_name, else the JSON-LD publisher
    published: dt.datetime | dt.date | None = None
    updated: dt.datetime | dt.date | None = None
    authors: list[str] = field(default_factory=list)
    # the first <time datetime> between the article's headline and its end
    time_stamp: dt.datetime | dt.date | None = None

    @property
    def titles(self) -> list[str]:
        """The page's titles for its article, most specific first."""
        return [t for t in (self.ld_headline, self.og_title, self.title) if t]


def parse_iso_date(value: str | None) -> dt.datetime | dt.date | None:
    """An ISO 8601 date or date-time at the start of ``value``.

    >>> parse_iso_date("2024-06-03")
    datetime.date(2024, 6, 3)
    >>> parse_iso_date("2024-06-03T09:30:00+02:00")
    datetime.datetime(2024, 6, 3, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))
    >>> parse_iso_date("2024-06-03T09:30:00Z").tzinfo
    datetime.timezone.utc
    >>> parse_iso_date("June 3") is None
    True
    """
    if not value:
        return None
    m = _ISO.match(value.strip()[:40])
    if m is None:
        return None
    try:
        day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
        if m["h"] is None:
            return day
        moment = dt.datetime(
            day.year, day.month, day.day, int(m["h"]), int(m["mi"]), int(m["s"] or 0)
        )
    except ValueError:
        return None
    zone = m["z"]
    if zone == "Z":
        return moment.replace(tzinfo=dt.timezone.utc)
    if zone:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        if hours > 23:
            return moment
        return moment.replace(tzinfo=dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes)))
    return moment


def _clean(text: str | None) -> str | None:
    """A metadata value with its white space collapsed and entities the page
    escaped twice decoded ("Olive &#038; Herb" in a JSON-LD string)."""
    if not text:
        return None
    if "&" in text:
        text = html.unescape(text)
    text = _SPACE.sub(" ", text).strip()
    return text or None


def read_metadata(root: Any) -> PageMetadata:
    """The metadata of a parsed page (an lxml root), before anything is removed from it."""
    meta = PageMetadata()
    head_title = root.find(".//title")
    if head_title is not None:
        meta.title = _clean("".join(head_title.itertext()))
    tags = _meta_tags(root)
    meta.og_title = _first(tags, ("og:title", "twitter:title"))
    meta.site_name = _first(tags, ("og:site_name", "application-name"))
    meta.published = _first_date(tags, _PUBLISHED_META)
    meta.updated = _first_date(tags, _MODIFIED_META)
    for key in _AUTHOR_META:
        for value in tags.get(key, ()):
            _add_author(meta.authors, value)
    for obj in _json_ld_articles(root):
        _read_json_ld(obj, meta)
    return meta


def _meta_tags(root: Any) -> dict[str, list[str]]:
    """``<meta>`` values by lower-case name/property/itemprop, in page order."""
    tags: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = _clean(el.get("content"))
        if key and value:
            tags.setdefault(key.strip().lower(), []).append(value)
    return tags


def _first(tags: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if tags.get(key):
            return tags[key][0]
    return None


def _first_date(tags: dict[str, list[str]], keys: tuple[str, ...]) -> dt.datetime | dt.date | None:
    for key in keys:
        for value in tags.get(key, ()):
            parsed = parse_iso_date(value)
            if parsed is not None:
                return parsed
    return None


def _add_author(authors: list[str], value: Any) -> None:
    """One author name, if it is one: not a link, not empty, not already there."""
    if not isinstance(value, str):
        return
    name = _clean(value)
    if not name or _URL.match(name) or len(name) > 80 or "@" in name:
        return
    if name.casefold() not in (a.casefold() for a in authors):
        authors.append(name)


def _json_ld_articles(root: Any) -> Iterator[dict[str, Any]]:
    """The article objects of the page's JSON-LD, with references to their graph resolved."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        objects = list(_objects(data))
        ids = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
        for obj in objects:
            if _types(obj) & _ARTICLE_TYPES:
                yield {"__ids__": ids, **obj}


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """The top-level objects of a JSON-LD value: a list, an object, an ``@graph``."""
    items = data if isinstance(data, list) else [data]
    for item in items[:100]:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        if isinstance(graph, list):
            yield from (g for g in graph[:200] if isinstance(g, dict))
        else:
            yield item


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    return set()


def _read_json_ld(obj: dict[str, Any], meta: PageMetadata) -> None:
    """Fill what the page's meta tags left open from one JSON-LD article object."""
    ids: dict[str, dict[str, Any]] = obj["__ids__"]
    if meta.ld_headline is None:
        meta.ld_headline = _clean(_text(obj.get("headline") or obj.get("name")))
    if meta.published is None:
        meta.published = parse_iso_date(_text(obj.get("datePublished")))
    if meta.updated is None:
        meta.updated = parse_iso_date(_text(obj.get("dateModified")))
    authors = obj.get("author") or obj.get("creator")
    for person in authors if isinstance(authors, list) else [authors]:
        person = _resolve(person, ids)
        if isinstance(person, str):
            _add_author(meta.authors, person)
        elif isinstance(person, dict) and not (
            _types(person) & {"Organization", "NewsMediaOrganization"}
        ):
            _add_author(meta.authors, _text(person.get("name")))
    if meta.site_name is None:
        publisher = _resolve(obj.get("publisher"), ids)
        if isinstance(publisher, list) and publisher:
            publisher = _resolve(publisher[0], ids)
        if isinstance(publisher, dict):
            meta.site_name = _clean(_text(publisher.get("name")))


def _resolve(value: Any, ids: dict[str, dict[str, Any]]) -> Any:
    """An ``{"@id": ...}`` reference replaced by the object of the graph it names."""
    if isinstance(value, dict) and set(value) == {"@id"} and value["@id"] in ids:
        return ids[value["@id"]]
    return value


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return value if isinstance(value, str) else None
