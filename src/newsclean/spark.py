"""Spark adapter: parse a text column of a Spark DataFrame with ``mapInPandas``.

The output has the input's columns (all but the text column) followed by one
column per Article field, with an explicit schema derived from
``newsclean.article.ARTICLE_SCHEMA``: nested fields as arrays of structs,
dates as ISO 8601 strings, offsets as 64-bit integers.

    from pyspark.sql import SparkSession
    spark = SparkSession.builder.master("local[2]").getOrCreate()
    df = spark.createDataFrame([("a1", raw_text)], ["id", "text"])
    parse_column(df, "text").select("id", "headline").show()
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .article import ARTICLE_SCHEMA, INTEGER, FieldType, ListOf, Record, Scalar
from .pandas import COLUMNS, article_frame, parse_values

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType

__all__ = ["article_schema", "parse_column"]


def _spark_type(kind: FieldType) -> DataType:
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    if isinstance(kind, Scalar):  # dates are ISO 8601 strings, as in to_dict
        return LongType() if kind is INTEGER else StringType()
    if isinstance(kind, ListOf):
        return ArrayType(_spark_type(kind.item))
    assert isinstance(kind, Record)
    return StructType([StructField(f.name, _spark_type(f.type)) for f in kind.fields])


def article_schema() -> StructType:
    """The Spark schema of ``Article.to_dict()``, derived from ``ARTICLE_SCHEMA``.

    Nested fields are arrays of structs; dates are ISO 8601 strings.

    Examples:
        ```python
        from newsclean.spark import article_schema

        [field.name for field in article_schema().fields]
        # ['headline', 'body', 'paragraphs', 'attributions', 'briefs', 'published',
        #  'updated', 'dates', 'language', 'removed']
        ```
    """
    schema = _spark_type(ARTICLE_SCHEMA)
    return schema  # type: ignore[no-any-return]


def parse_column(df: DataFrame, column: str, **kwargs: Any) -> DataFrame:
    """Parse ``df[column]``; keyword arguments (such as ``lang``) go to ``parse_many``.

    The result keeps ``df``'s other columns and adds one column per Article
    field (schema: `article_schema`). It runs ``mapInPandas``, so the Python
    workers need newsclean installed. A null text gives an empty row.

    Examples:
        ```python
        from pyspark.sql import SparkSession
        from newsclean.spark import parse_column

        spark = SparkSession.builder.master("local[*]").getOrCreate()
        clean = parse_column(spark.read.json("news.jsonl"), "text")
        clean.select("id", "headline", "attributions").show()
        ```
    """
    from pyspark.sql.types import StructType

    if column not in df.columns:
        raise KeyError(f"parse_column(): no column {column!r} in {df.columns}")
    keep = [f for f in df.schema.fields if f.name != column]
    clash = {f.name for f in keep} & set(COLUMNS)
    if clash:
        raise ValueError(f"parse_column(): input columns {sorted(clash)} clash with Article fields")
    schema = StructType([*keep, *article_schema().fields])
    kwargs.pop("workers", None)  # Spark spreads the partitions itself

    def parse_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import pandas as pd

        for batch in batches:
            articles = parse_values(batch[column].tolist(), workers=1, **kwargs)
            parsed = article_frame(articles, batch.index, iso_dates=True)
            yield pd.concat([batch.drop(columns=[column]), parsed], axis=1)

    return df.mapInPandas(parse_batches, schema)
