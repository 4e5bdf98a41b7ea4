"""Dask adapter: parse a text column of a Dask DataFrame, partition by partition.

Each partition is parsed in the worker that holds it (``parse_many`` with
``workers=1`` there: Dask already spreads the partitions over its workers).
The result has the partition's index and one column per Article field, so it
lines up with the input (``ddf.join(result)``).

    import dask.dataframe as dd, pandas as pd
    ddf = dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=4)
    articles = parse_column(ddf, "text").compute()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .pandas import COLUMNS, parse_series

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd
    import pandas as pd

__all__ = ["parse_column"]


def _meta() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({name: pd.Series(dtype=object) for name in COLUMNS})


def _parse_partition(partition: pd.DataFrame, column: str, kwargs: dict[str, Any]) -> pd.DataFrame:
    return parse_series(partition[column], workers=1, **kwargs)


def parse_column(ddf: dd.DataFrame, column: str, **kwargs: Any) -> dd.DataFrame:
    """Parse ``ddf[column]``; keyword arguments (such as ``lang``) go to ``parse_many``."""
    if column not in ddf.columns:
        raise KeyError(f"parse_column(): no column {column!r} in {list(ddf.columns)}")
    kwargs.pop("workers", None)  # one process per partition: Dask does the spreading
    result: dd.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call]
        _parse_partition, column, kwargs, meta=_meta()
    )
    return result
