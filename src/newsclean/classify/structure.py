"""What the classifier hands on: the article's parts and what it took out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..article import Brief, Removal
from ..extract.attribution import Found

__all__ = ["Structure"]


@dataclass
class Structure:
    """What the classifier found: the article's parts and what it took out."""

    headline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    briefs: list[Brief] = field(default_factory=list)
    published: dt.datetime | None = None
    removed: list[Removal] = field(default_factory=list)
    #: Index of the block where the article's text starts (on a whole page, its
    #: first paragraph: the head reader looks above it); None when unknown.
    article_start: int | None = None
