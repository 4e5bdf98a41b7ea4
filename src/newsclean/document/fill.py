"""The page's metadata fills the article where its text gives nothing, or less.

- headline: the text's own headline line stays; when the text steps found
  none, the page's displayed headline (its ``<h1>``) or, failing that, its
  title (JSON-LD ``headline``, ``og:title``, ``<title>``) with the site name
  split off. A first paragraph that is that headline leaves the body.
- published, updated: the page's stated dates (JSON-LD, ``article:*_time``)
  are machine-written and win over a date read from the text.
- authors and publisher: added from the metadata when the text did not name them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..article import Article, Attribution, Removal
from ..extract.dates import find_dates
from ..extract.headline import split_affixes
from ..languages import LanguagePack
from . import Document
from .metadata import PageMetadata

__all__ = ["fill_from_page"]

_SEPARATORS = "|–—-:·•»«/"


def fill_from_page(article: Article, page: Document, pack: LanguagePack) -> Article:
    """``article`` with what the page's metadata adds to it."""
    meta = page.metadata
    headline, paragraphs, removed = article.headline, article.paragraphs, list(article.removed)
    if headline is None:
        headline, paragraphs = _headline_from_page(page, paragraphs, pack, removed)
    published = _best_date(meta.published, meta.time_stamp, article.published)
    updated = _best_date(meta.updated, article.updated)
    body = "\n\n".join(paragraphs)
    dates = article.dates
    if body != article.body or published != article.published:
        dates = find_dates(body, pack, _as_moment(published))
    return dataclasses.replace(
        article,
        headline=headline,
        body=body,
        paragraphs=paragraphs,
        published=published,
        updated=updated,
        dates=dates,
        attributions=_with_page_attributions(article.attributions, meta),
        removed=removed,
    )


def _best_date(*found: dt.datetime | dt.date | None) -> dt.datetime | dt.date | None:
    """The first date found, in order of trust; a later one with the time of that day wins.

    >>> _best_date(dt.date(2024, 6, 3), dt.datetime(2024, 6, 3, 9, 30))
    datetime.datetime(2024, 6, 3, 9, 30)
    >>> _best_date(None, dt.date(2024, 6, 3), dt.datetime(2024, 6, 4, 9, 30))
    datetime.date(2024, 6, 3)
    """
    dates = [d for d in found if d is not None]
    if not dates:
        return None
    best = dates[0]
    if not isinstance(best, dt.datetime):
        for other in dates[1:]:
            if isinstance(other, dt.datetime) and other.date() == best:
                return other
    return best


def _as_moment(value: dt.datetime | dt.date | None) -> dt.datetime | None:
    """A day as the start of that day, for the date finder (which reads its year)."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day)


def strip_site_name(title: str, site: str | None) -> str:
    """``title`` without the site's name at either end ("Headline | Site", "Site: Headline").

    The name counts only when a separator stands between it and the rest.

    >>> strip_site_name("Flood barriers fail -- Coastal News -- Harbour Times", "Harbour Times")
    'Flood barriers fail -- Coastal News'
    >>> strip_site_name("Harbour Times: Flood barriers fail", "Harbour Times")
    'Flood barriers fail'
    >>> strip_site_name("Harbour Times readers vote", "Harbour Times")
    'Harbour Times readers vote'
    """
    if not site:
        return title
    folded, name = title.casefold(), site.casefold()
    if folded.endswith(name):
        rest = _without_separator(title[: len(title) - len(site)], at_end=True)
        if rest:
            return rest
    if folded.startswith(name):
        rest = _without_separator(title[len(site) :], at_end=False)
        if rest:
            return rest
    return title


def _without_separator(rest: str, at_end: bool) -> str | None:
    """``rest`` without the separator next to the site's name, or None if there is none."""
    trimmed = rest.rstrip() if at_end else rest.lstrip()
    mark = trimmed[-1:] if at_end else trimmed[:1]
    if not mark or mark not in _SEPARATORS:
        return None
    cleaned = trimmed.rstrip(_SEPARATORS + " ") if at_end else trimmed.lstrip(_SEPARATORS + " ")
    return cleaned or None


def _headline_from_page(
    page: Document, paragraphs: list[str], pack: LanguagePack, removed: list[Removal]
) -> tuple[str | None, list[str]]:
    meta = page.metadata
    candidates = ([page.headline] if page.headline else []) + meta.titles
    for candidate in candidates:
        title = strip_site_name(candidate, meta.site_name)
        title, suffix, prefix = split_affixes(title, pack)
        if len(title.split()) < 2:
            continue
        if prefix:
            removed.append(Removal("headline_prefix", prefix))
        if suffix:
            removed.append(Removal("headline_suffix", suffix))
        if paragraphs and paragraphs[0] in (candidate, title):
            return title, paragraphs[1:]
        return title, paragraphs
    return None, paragraphs


def _with_page_attributions(found: list[Attribution], meta: PageMetadata) -> list[Attribution]:
    names = {a.name.casefold() for a in found}
    out = list(found)
    site = (meta.site_name or "").casefold()
    if not any(a.kind == "author" for a in found):
        for author in meta.authors:
            if author.casefold() not in names and author.casefold() != site:
                out.append(Attribution(author, None, "author", f"author: {author}"))
                names.add(author.casefold())
    name = meta.site_name
    if name and site not in names and not any(a.kind == "publisher" for a in found):
        out.append(Attribution(name, None, "publisher", f"site name: {name}"))
    return out
