"""Dask adapter: parse a text column of a Dask DataFrame, partition by partition.

Each partition is parsed in the worker that holds it (``parse_many`` with
``workers=1`` there: Dask already spreads the partitions over its workers).
The result has the partition's index and one column per Article field, so it
lines up with the input (``ddf.join(result)``).

    import dask.dataframe as dd, pandas as pd
    ddf = dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=4)
    articles = parse_column(ddf, "text").compute()

Why the nested columns are object columns: the result's ``meta`` carries the
Arrow type of every field (``arrow_schema()``), which is what ``to_parquet``
writes. The partitions themselves hold the nested fields as Python lists and
dicts, not as ``pd.ArrowDtype`` columns: pandas records an Arrow list or
struct dtype in the Parquet file's pandas metadata under a name that neither
``pd.read_parquet`` nor ``dd.read_parquet`` can read back (pandas issue
57411). Written from object columns with the Arrow schema, the file has the
same Arrow types and reads back everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .article import ARTICLE_SCHEMA, INTEGER, FieldType, ListOf, Record, Scalar
from .pandas import article_frame, parse_values

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa

__all__ = ["arrow_schema", "parse_column"]


def _arrow_type(kind: FieldType) -> pa.DataType:
    import pyarrow as pa

    if isinstance(kind, Scalar):  # dates are ISO 8601 strings, as in to_dict
        return pa.int64() if kind is INTEGER else pa.string()
    if isinstance(kind, ListOf):
        return pa.list_(_arrow_type(kind.item))
    assert isinstance(kind, Record)
    return pa.struct([(f.name, _arrow_type(f.type)) for f in kind.fields])


def arrow_schema() -> pa.Schema:
    """The Arrow schema of ``Article.to_dict()``, derived from ``ARTICLE_SCHEMA``.

    Examples:
        ```python
        from newsclean.dask import arrow_schema

        str(arrow_schema().field("published").type), str(arrow_schema().field("paragraphs").type)
        # ('string', 'list<item: string>')
        ```
    """
    import pyarrow as pa

    return pa.schema([(f.name, _arrow_type(f.type)) for f in ARTICLE_SCHEMA.fields])


def _meta() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({f.name: pd.Series(dtype=pd.ArrowDtype(f.type)) for f in arrow_schema()})


def _scalar_dtypes() -> dict[str, Any]:
    import pandas as pd

    return {
        f.name: pd.ArrowDtype(_arrow_type(f.type))
        for f in ARTICLE_SCHEMA.fields
        if isinstance(f.type, Scalar)
    }


def _parse_partition(partition: pd.DataFrame, column: str, kwargs: dict[str, Any]) -> pd.DataFrame:
    articles = parse_values(partition[column].tolist(), workers=1, **kwargs)
    frame = article_frame(articles, partition.index, iso_dates=True)
    # Scalar columns typed as the meta says; nested ones stay Python objects
    # (see the module's docstring for why).
    return frame.astype(_scalar_dtypes())


def parse_column(ddf: dd.DataFrame, column: str, **kwargs: Any) -> dd.DataFrame:
    """Parse ``ddf[column]``; keyword arguments (such as ``lang``) go to ``parse_many``.

    Lazy, like every Dask operation: the result has one column per Article
    field and ``ddf``'s index, so ``ddf.join(result)`` lines up. Its meta
    carries the Arrow types of ``arrow_schema()`` (lists and structs; dates
    as ISO 8601 strings), which ``to_parquet`` writes as they are; the
    Parquet reads back with ``pd.read_parquet`` and ``dd.read_parquet``. A
    missing text (None, NaN) gives an empty row.

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
