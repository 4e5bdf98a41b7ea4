"""``parse``: the order of the stages, and only that.

decode -> read a whole HTML page as a document, or clean the markup of other
input -> detect language -> repair sentences -> split into blocks -> classify
blocks -> extract attributions, briefs, dates (-> the page's metadata fills
what the text left open) -> Article. Every stage reports what it took out;
``Article.removed`` is their union.
"""

from __future__ import annotations

from .article import Article, Removal
from .blocks import split_blocks
from .classify import classify
from .decode import ensure_text
from .document import read_document
from .document.fill import fill_from_page
from .extract.attribution import merge_attributions
from .extract.dates import find_dates
from .languages import detect_language, get_pack
from .markup import clean_markup
from .repair import repair_cleaned

__all__ = ["DEFAULT_MAX_CHARS", "parse"]

#: Texts longer than this are cut at a paragraph boundary (recorded in ``removed``).
DEFAULT_MAX_CHARS = 2_000_000


def _guard_size(text: str, max_chars: int, removed: list[Removal]) -> str:
    if len(text) <= max_chars:
        return text
    cut = text.rfind("\n\n", 0, max_chars)
    if cut < max_chars // 2:
        cut = text.rfind("\n", 0, max_chars)
    if cut < max_chars // 2:
        cut = max_chars
    removed.append(Removal("size_limit", text[cut:]))
    return text[:cut]


def parse(
    text: str | bytes,
    lang: str | None = None,
    url: str | None = None,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Parse scraped news text into an `Article`.

    ``lang`` is an ISO 639-1 hint; when None the language is detected. ``url``
    is accepted for provenance and future use. Texts over ``max_chars``
    characters are cut at a paragraph boundary, and the cut is recorded.

    Examples:
        >>> article = parse("Storm hits coast – Reuters\\n\\nA storm hit the coast on Monday.")
        >>> article.headline
        'Storm hits coast'
        >>> [a.name for a in article.attributions]
        ['Reuters']
    """
    raw = ensure_text(text, "parse")
    if lang is not None and not isinstance(lang, str):
        raise TypeError(f"parse() expects lang as str or None, got {type(lang).__name__}")
    removed: list[Removal] = []
    raw = _guard_size(raw, max_chars, removed)
    if not raw.strip():
        return Article(language=lang, removed=removed)
    page = read_document(raw)  # a whole HTML page: its article as text, its chrome, its metadata
    markup = page.clean() if page is not None else clean_markup(raw, keep_captions=True)
    removed.extend(markup.removed)
    language = lang or detect_language(markup.text)
    pack = get_pack(language)
    repaired = repair_cleaned(markup.text, pack)
    structure = classify(split_blocks(repaired), pack, chrome_removed=page is not None)
    removed.extend(structure.removed)
    body = "\n\n".join(structure.paragraphs)
    article = Article(
        headline=structure.headline,
        body=body,
        paragraphs=structure.paragraphs,
        attributions=merge_attributions(structure.found, repaired),
        briefs=structure.briefs,
        published=structure.published,
        updated=None,
        dates=find_dates(body, pack, structure.published),
        language=language,
        removed=removed,
    )
    return article if page is None else fill_from_page(article, page, pack)
