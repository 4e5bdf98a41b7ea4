"""The extractors as steps of their own (``str -> ...``).

Each runs the stages it needs (cleaning, repair, classification) on the text
and returns one part of what :func:`newsclean.parse` returns, so a step on
its own and ``parse`` never disagree.
"""

from __future__ import annotations

from ._check import check_lang, check_str
from .article import Attribution, Brief
from .pipeline import parse

__all__ = ["extract_attributions", "extract_briefs", "extract_headline"]


def extract_headline(text: str) -> str | None:
    """The headline at the top of ``text``, without site/source affixes, or None.

    Examples:
        >>> extract_headline("Fire near Marseille | Le Monde\\n\\nCrews fought it all night long.")
        'Fire near Marseille'
    """
    check_str(text, "text", "extract_headline")
    return parse(text).headline


def extract_attributions(text: str, lang: str | None = None) -> list[Attribution]:
    """Who ``text`` is attributed to: sources, agencies, authors, photo credits, publisher.

    Examples:
        >>> text = "Prices rose 3%, according to the Office for National Statistics."
        >>> [(a.name, a.kind) for a in extract_attributions(text, "en")]
        [('Office for National Statistics', 'source')]
    """
    check_str(text, "text", "extract_attributions")
    lang = check_lang(lang, "extract_attributions")
    return parse(text, lang).attributions


def extract_briefs(text: str, lang: str | None = None) -> list[Brief]:
    """Bullet-point brief blocks in ``text``.

    Examples:
        >>> extract_briefs("Key points\\n• Rates held at 4%.\\n• Next meeting in June.")[0].items
        ['Rates held at 4%.', 'Next meeting in June.']
    """
    check_str(text, "text", "extract_briefs")
    lang = check_lang(lang, "extract_briefs")
    return parse(text, lang).briefs
