"""newsclean: turn scraped news text into clean, structured articles.

>>> import newsclean
>>> article = newsclean.parse("Floods close schools – AFP\\n\\nRain closed 40 schools on Monday.")
>>> article.headline, article.paragraphs
('Floods close schools', ['Rain closed 40 schools on Monday.'])
"""

from ._version import __version__
from .article import Article, Attribution, Brief, DateMention, Removal
from .batch import parse_many
from .markup import clean_html
from .pipeline import parse
from .repair import repair_sentences
from .steps import extract_attributions, extract_briefs, extract_headline

__all__ = [
    "Article",
    "Attribution",
    "Brief",
    "DateMention",
    "Removal",
    "__version__",
    "clean_html",
    "extract_attributions",
    "extract_briefs",
    "extract_headline",
    "parse",
    "parse_many",
    "repair_sentences",
]
