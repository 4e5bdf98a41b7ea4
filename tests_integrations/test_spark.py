"""newsclean on Spark in local mode: parse a DataFrame, write Parquet, read it back.

Runs in an environment with the ``spark`` extra (PySpark pins pandas below 3;
see ``.ci/run``).
"""

from __future__ import annotations

import json
import sys

import pytest

from newsclean import parse

TEXTS = [
    f"Council story number {i} | Reuters\n\nThe council met on Monday, 4 March 2024, and approved budget item {i} after a long debate."
    for i in range(20)
]


@pytest.fixture(scope="module")
def spark():
    import os

    from pyspark.sql import SparkSession

    # The Python workers must run the interpreter that has newsclean installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_parse_column_in_local_mode(spark):
    from newsclean.spark import parse_column

    rows = [(f"a{i}", t) for i, t in enumerate(TEXTS)] + [("none", None)]
    df = spark.createDataFrame(rows, "id string, text string")
    out = parse_column(df, "text", lang="en").collect()
    by_id = {r["id"]: r for r in out}
    assert len(out) == 21
    assert by_id["a7"]["headline"] == "Council story number 7"
    assert by_id["a7"]["attributions"][0]["name"] == "Reuters"
    assert by_id["a7"]["paragraphs"] == parse(TEXTS[7], "en").paragraphs
    assert by_id["none"]["body"] == "" and by_id["none"]["removed"] == []
    assert "text" not in out[0].asDict()
    with pytest.raises(KeyError):
        parse_column(df, "missing")
    with pytest.raises(ValueError, match="clash"):
        parse_column(df.withColumnRenamed("id", "headline"), "text")


def test_written_to_parquet_and_read_back(spark, tmp_path):
    import pandas as pd
    from pyspark.sql.types import LongType

    from newsclean.spark import article_schema, parse_column

    df = spark.createDataFrame([(f"a{i}", t) for i, t in enumerate(TEXTS)], ["id", "text"])
    parse_column(df, "text", lang="en").write.parquet(str(tmp_path / "clean"))

    back = spark.read.parquet(str(tmp_path / "clean"))
    assert [f.name for f in back.schema.fields] == ["id", *article_schema().fieldNames()]
    dates = back.schema["dates"].dataType.elementType
    assert isinstance(dates["start"].dataType, LongType)
    row = back.where("id = 'a7'").collect()[0]
    article = parse(TEXTS[7], "en")
    assert row["headline"] == article.headline
    assert row["published"] == (article.published.isoformat() if article.published else None)
    assert [d["value"] for d in row["dates"]] == [
        d.value.isoformat() if d.value else None for d in article.dates
    ]
    # The same files, read with pandas.
    frame = pd.read_parquet(tmp_path / "clean").set_index("id")
    assert frame.loc["a7", "headline"] == article.headline
    assert list(frame.loc["a7", "paragraphs"]) == article.paragraphs


def test_article_schema_follows_the_article_schema():
    from newsclean.article import ARTICLE_SCHEMA
    from newsclean.spark import article_schema

    assert article_schema().fieldNames() == [f.name for f in ARTICLE_SCHEMA.fields]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_port(port: int, seconds: float) -> None:
    import socket
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    raise AssertionError(f"nothing listens on port {port}")


def test_the_same_code_against_a_master_url(tmp_path, monkeypatch):
    """As on a cluster: a standalone master and a worker, each its own JVM, reached by URL."""
    import os
    import subprocess
    from pathlib import Path

    import pyspark
    from pyspark.sql import SparkSession

    from newsclean.spark import parse_column

    active = SparkSession.getActiveSession()
    if active is not None:  # the local-mode session of the tests above
        active.stop()
    home = Path(pyspark.__file__).parent
    env = dict(os.environ, SPARK_HOME=str(home), SPARK_WORKER_DIR=str(tmp_path / "work"))
    env.update(SPARK_LOG_DIR=str(tmp_path / "logs"), PYSPARK_PYTHON=sys.executable)
    spark_class = [str(home / "bin" / "spark-class")]
    port = _free_port()
    master = subprocess.Popen(
        [
            *spark_class,
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--webui-port",
            str(_free_port()),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    worker = None
    try:
        _wait_for_port(port, 90)
        url = f"spark://127.0.0.1:{port}"
        worker = subprocess.Popen(
            [
                *spark_class,
                "org.apache.spark.deploy.worker.Worker",
                url,
                "--cores",
                "1",
                "--memory",
                "1G",
                "--host",
                "127.0.0.1",
                "--webui-port",
                str(_free_port()),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        news = tmp_path / "news.jsonl"
        news.write_text(
            "".join(f'{{"id": "a{i}", "text": {json.dumps(t)}}}\n' for i, t in enumerate(TEXTS)),
            encoding="utf-8",
        )
        # The code of docs/pipelines.md, with local paths for the bucket.
        monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
        spark = SparkSession.builder.master(url).config("spark.ui.enabled", "false").getOrCreate()
        try:
            df = spark.read.json(str(news))
            parse_column(df, "text").write.parquet(str(tmp_path / "clean"))
            row = spark.read.parquet(str(tmp_path / "clean")).where("id = 'a7'").collect()[0]
            assert row["headline"] == "Council story number 7"
            assert spark.sparkContext.master == url
        finally:
            spark.stop()
    finally:
        for process in (worker, master):
            if process is not None:
                process.terminate()
                process.wait(timeout=60)
