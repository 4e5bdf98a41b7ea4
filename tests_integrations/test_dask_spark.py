"""newsclean on real local engines: a Dask LocalCluster (2 workers) and Spark in local mode."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

from newsclean import parse

TEXTS = [
    f"Council story number {i} | Reuters\n\nThe council met on Monday and approved budget item {i} after a long debate."
    for i in range(20)
]


def test_dask_parse_column_on_a_local_cluster():
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    from newsclean.dask import parse_column

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        ddf = dd.from_pandas(pd.DataFrame({"id": range(20), "text": TEXTS}), npartitions=4)
        result = parse_column(ddf, "text", lang="en").compute()
    assert list(result.index) == list(range(20))
    assert list(result["headline"]) == [parse(t, "en").headline for t in TEXTS]
    assert result.loc[3, "attributions"][0]["name"] == "Reuters"
    with pytest.raises(KeyError):
        parse_column(ddf, "missing")


def test_spark_parse_column_in_local_mode(monkeypatch):
    from pyspark.sql import SparkSession

    # The Python workers must run the interpreter that has newsclean installed.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)

    from newsclean.spark import parse_column

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    try:
        df = spark.createDataFrame([(f"a{i}", t) for i, t in enumerate(TEXTS)], ["id", "text"])
        rows = parse_column(df, "text", lang="en").orderBy("id").collect()
        by_id = {r["id"]: r for r in rows}
        assert len(rows) == 20
        assert by_id["a7"]["headline"] == "Council story number 7"
        assert by_id["a7"]["attributions"][0]["name"] == "Reuters"
        assert by_id["a7"]["paragraphs"] == [parse(TEXTS[7], "en").paragraphs[0]]
        assert "text" not in rows[0].asDict()
    finally:
        spark.stop()
