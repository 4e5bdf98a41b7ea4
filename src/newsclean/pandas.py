"""pandas adapter: a Series of texts in, a DataFrame of articles out.

>>> import pandas as pd
>>> from newsclean.pandas import parse_series
>>> texts = pd.Series(["Rates held\\n\\nThe bank kept rates at 4% on Monday."])
>>> frame = parse_series(texts, workers=1)
>>> list(frame["headline"])
['Rates held']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .batch import parse_many

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["COLUMNS", "parse_series"]

#: One column per Article field, in this order.
COLUMNS = (
    "headline",
    "body",
    "paragraphs",
    "attributions",
    "briefs",
    "published",
    "dates",
    "language",
    "removed",
)


def parse_series(series: pd.Series, **kwargs: Any) -> pd.DataFrame:
    """Parse every text of ``series``; keyword arguments go to :func:`newsclean.parse_many`.

    The result has the series' index and one column per Article field
    (lists and nested objects as plain Python lists and dicts).

    Examples:
        >>> import pandas as pd
        >>> texts = pd.Series(["Rates held\\n\\nThe bank kept rates at 4%."])
        >>> frame = parse_series(texts, workers=1)
        >>> frame.loc[0, "headline"], frame.loc[0, "paragraphs"]
        ('Rates held', ['The bank kept rates at 4%.'])
    """
    import pandas as pd

    rows = [article.to_dict() for article in parse_many(series.tolist(), **kwargs)]
    # dtype=object keeps None as None (not NaN) for fields an article lacks
    return pd.DataFrame(rows, index=series.index, columns=list(COLUMNS), dtype=object)
