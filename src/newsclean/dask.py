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

from .pandas import parse_series

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa

__all__ = ["parse_column"]


def _arrow_schema() -> pa.Schema:
    """Arrow types of the Article columns (dates as ISO 8601 strings, as in ``to_dict``)."""
    import pyarrow as pa

    def struct(*names: str, **others: pa.DataType) -> pa.DataType:
        return pa.struct([(n, pa.string()) for n in names] + list(others.items()))

    return pa.schema(
        {
            "headline": pa.string(),
            "body": pa.string(),
            "paragraphs": pa.list_(pa.string()),
            "attributions": pa.list_(struct("name", "alias", "kind", "evidence")),
            "briefs": pa.list_(struct("title", items=pa.list_(pa.string()))),
            "published": pa.string(),
            "dates": pa.list_(struct("text", "value", start=pa.int64(), end=pa.int64())),
            "language": pa.string(),
            "removed": pa.list_(struct("kind", "text")),
        }
    )


def _meta() -> pd.DataFrame:
    import pandas as pd

    schema = _arrow_schema()
    return pd.DataFrame({f.name: pd.Series(dtype=pd.ArrowDtype(f.type)) for f in schema})


def _parse_partition(partition: pd.DataFrame, column: str, kwargs: dict[str, Any]) -> pd.DataFrame:
    import pandas as pd
    import pyarrow as pa

    frame = parse_series(partition[column], workers=1, **kwargs)
    # Typed Arrow columns (not Python objects), so that to_parquet knows their types.
    table = pa.Table.from_pandas(frame, schema=_arrow_schema(), preserve_index=False)
    typed: pd.DataFrame = table.to_pandas(types_mapper=pd.ArrowDtype)
    typed.index = frame.index
    return typed


def parse_column(ddf: dd.DataFrame, column: str, **kwargs: Any) -> dd.DataFrame:
    """Parse ``ddf[column]``; keyword arguments (such as ``lang``) go to ``parse_many``.

    Lazy, like every Dask operation: the result has one column per Article
    field, typed with Arrow (``pd.ArrowDtype``: lists and structs, so that
    ``to_parquet`` works as is), and ``ddf``'s index, so ``ddf.join(result)``
    lines up.

    Examples:
        ```python
        import dask.dataframe as dd
        from newsclean.dask import parse_column

        ddf = dd.read_parquet("news/*.parquet")
        articles = parse_column(ddf, "text", lang=None)
        ddf.join(articles).to_parquet("clean/")
        ```
    """
    if column not in ddf.columns:
        raise KeyError(f"parse_column(): no column {column!r} in {list(ddf.columns)}")
    kwargs.pop("workers", None)  # one process per partition: Dask does the spreading
    result: dd.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call]
        _parse_partition, column, kwargs, meta=_meta()
    )
    return result
