"""pandas adapter: a Series of texts in, a DataFrame of articles out.

>>> import pandas as pd
>>> from newsclean.pandas import parse_series
>>> texts = pd.Series(["Rates held\\n\\nThe bank kept rates at 4% on Monday."])
>>> frame = parse_series(texts, workers=1)
>>> list(frame["headline"])
['Rates held']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .article import ARTICLE_SCHEMA, Article, as_record
from .batch import parse_many

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["COLUMNS", "article_frame", "parse_series", "parse_values"]

#: One column per Article field, in the order of ``newsclean.article.ARTICLE_SCHEMA``.
COLUMNS = tuple(f.name for f in ARTICLE_SCHEMA.fields)


def _is_missing(value: object) -> bool:
    """None, NaN, ``pd.NA`` or ``pd.NaT``: a row with no text at all."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value  # NaN
    return type(value).__name__ in ("NAType", "NaTType")


def parse_values(values: Sequence[object], **kwargs: Any) -> Iterator[Article]:
    """One Article per value, in order; a missing value (None, NaN, NA) gives an empty Article.

    Keyword arguments go to :func:`newsclean.parse_many`; anything else that
    is not text still gives an Article whose ``removed`` holds the error.

    Examples:
        >>> texts = ["Rates held\\n\\nThe bank kept rates at 4% on Monday.", None]
        >>> [a.headline for a in parse_values(texts, workers=1)]
        ['Rates held', None]
    """
    present = (v for v in values if not _is_missing(v))
    parsed = parse_many(present, **kwargs)  # type: ignore[arg-type]  # errors are reported
    for value in values:
        yield Article() if _is_missing(value) else next(parsed)


def article_frame(
    articles: Iterable[Article], index: pd.Index, iso_dates: bool = False
) -> pd.DataFrame:
    """A DataFrame with one row per Article and one column per field (``COLUMNS``).

    Lists and nested objects are plain Python lists and dicts (object
    columns); dates are ``datetime`` objects, or ISO 8601 strings with
    ``iso_dates=True`` (the form of ``Article.to_dict``).

    Examples:
        >>> import datetime, pandas as pd
        >>> from newsclean import Article
        >>> articles = [Article(headline="Rates held", published=datetime.date(2024, 6, 3))]
        >>> frame = article_frame(articles, pd.Index(["a"]), iso_dates=True)
        >>> frame.loc["a", "headline"], frame.loc["a", "published"]
        ('Rates held', '2024-06-03')
    """
    import pandas as pd

    rows = [as_record(article, iso_dates) for article in articles]
    # dtype=object keeps None as None (not NaN) for fields an article lacks
    return pd.DataFrame(rows, index=index, columns=list(COLUMNS), dtype=object)


def parse_series(series: pd.Series, **kwargs: Any) -> pd.DataFrame:
    """Parse every text of ``series``; keyword arguments go to :func:`newsclean.parse_many`.

    The result has the series' index and one column per Article field
    (lists and nested objects as plain Python lists and dicts; ``published``
    and ``updated`` as ``datetime.datetime`` or ``datetime.date`` objects, or
    None). A missing value (None, NaN, ``pd.NA``) gives an empty row: no
    headline, an empty body, nothing removed.

    Examples:
        >>> import pandas as pd
        >>> texts = pd.Series(["Rates held\\n\\nThe bank kept rates at 4%."])
        >>> frame = parse_series(texts, workers=1)
        >>> frame.loc[0, "headline"], frame.loc[0, "paragraphs"]
        ('Rates held', ['The bank kept rates at 4%.'])
    """
    return article_frame(parse_values(series.tolist(), **kwargs), series.index)
