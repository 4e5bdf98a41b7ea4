"""newsclean on a real Dask LocalCluster (2 worker processes), written to Parquet and read back.

Runs in an environment with the ``dask`` extra and the current pandas and
pyarrow (see ``.ci/run``).
"""

from __future__ import annotations

import pandas as pd
import pytest

from newsclean import parse

TEXTS = [
    f"Council story number {i} | Reuters\n\nThe council met on Monday, 4 March 2024, and approved budget item {i} after a long debate."
    for i in range(20)
]
TEXTS[5] = None  # a missing text: an empty row, not an error


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _none(value):
    """A missing string reads back as None, NaN or pd.NA depending on the reader."""
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"id": range(20), "text": TEXTS})


def test_parse_column_on_a_local_cluster(client):
    import dask.dataframe as dd

    from newsclean.dask import parse_column

    ddf = dd.from_pandas(_frame(), npartitions=4)
    result = parse_column(ddf, "text", lang="en").compute()
    assert list(result.index) == list(range(20))
    expected = [parse(t, "en").headline if t else None for t in TEXTS]
    assert [_none(h) for h in result["headline"]] == expected
    assert result.loc[3, "attributions"][0]["name"] == "Reuters"
    assert result.loc[5, "body"] == "" and list(result.loc[5, "removed"]) == []
    with pytest.raises(KeyError):
        parse_column(ddf, "missing")


def test_the_documented_recipe_writes_parquet_that_reads_back(client, tmp_path):
    """``ddf.join(parse_column(ddf, "text")).to_parquet(...)``, read by pandas and by Dask."""
    import dask.dataframe as dd
    import pyarrow.parquet as pq

    from newsclean.dask import arrow_schema, parse_column

    ddf = dd.from_pandas(_frame(), npartitions=4)
    ddf.join(parse_column(ddf, "text", lang="en")).to_parquet(str(tmp_path / "clean"))

    schema = pq.read_schema(next((tmp_path / "clean").glob("*.parquet")))
    for field in arrow_schema():
        assert schema.field(field.name).type == field.type, field.name

    for back in (
        pd.read_parquet(tmp_path / "clean"),
        dd.read_parquet(str(tmp_path / "clean")).compute(),
    ):
        back = back.sort_values("id").set_index("id")
        assert len(back) == 20
        row = back.loc[7]
        article = parse(TEXTS[7], "en")
        assert row["headline"] == article.headline == "Council story number 7"
        assert list(row["paragraphs"]) == article.paragraphs
        assert row["attributions"][0]["name"] == "Reuters"
        assert _none(row["published"]) == (
            article.published.isoformat() if article.published else None
        )
        assert [d["value"] for d in row["dates"]] == [
            d.value.isoformat() if d.value else None for d in article.dates
        ]
        assert all(isinstance(d["start"], int) for d in row["dates"])
        assert back.loc[5, "body"] == ""


def test_arrow_schema_follows_the_article_schema():
    import pyarrow as pa

    from newsclean.article import ARTICLE_SCHEMA
    from newsclean.dask import arrow_schema

    schema = arrow_schema()
    assert schema.names == [f.name for f in ARTICLE_SCHEMA.fields]
    assert schema.field("published").type == pa.string() == schema.field("updated").type
    dates = schema.field("dates").type.value_type
    assert dates.field("start").type == pa.int64()


def test_the_same_code_against_a_scheduler_address(tmp_path):
    """As on a cluster: a scheduler and a worker in processes of their own, reached by address."""
    import json
    import subprocess
    import sys
    import time
    from pathlib import Path

    import dask.dataframe as dd
    from dask.distributed import Client

    from newsclean.dask import parse_column

    dask_cli = str(Path(sys.executable).parent / "dask")
    info = tmp_path / "scheduler.json"
    scheduler = subprocess.Popen(
        [
            dask_cli,
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(info),
        ],
        stderr=subprocess.DEVNULL,
    )
    worker = None
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        worker = subprocess.Popen(
            [dask_cli, "worker", address, "--nthreads", "1", "--no-dashboard"],
            stderr=subprocess.DEVNULL,
        )
        (tmp_path / "news").mkdir()
        _frame().to_parquet(tmp_path / "news" / "part-0.parquet")
        with Client(address) as client:
            client.wait_for_workers(1, timeout=60)
            # The code of docs/pipelines.md, with local paths for the bucket.
            ddf = dd.read_parquet(str(tmp_path / "news" / "*.parquet"))
            ddf.join(parse_column(ddf, "text")).to_parquet(str(tmp_path / "clean"))
        back = pd.read_parquet(tmp_path / "clean").set_index("id")
        assert back.loc[7, "headline"] == "Council story number 7"
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
