"""The pandas adapter."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from newsclean import parse
from newsclean.article import ARTICLE_SCHEMA
from newsclean.pandas import COLUMNS, parse_series, parse_values


def test_series_to_frame_keeps_index_and_has_every_field(fixture_text):
    series = pd.Series(
        [
            fixture_text("en_wire_article.txt"),
            "Rates held\n\nThe bank kept rates at 4% on Monday, citing growth.",
            None,
        ],
        index=["a", "b", "c"],
    )
    frame = parse_series(series, workers=1)
    assert list(frame.columns) == list(COLUMNS) == [f.name for f in ARTICLE_SCHEMA.fields]
    assert list(frame.index) == ["a", "b", "c"]
    assert frame.loc["a", "headline"] == "Port strike halts grain exports for a third day"
    assert frame.loc["a", "attributions"][0]["name"] == "Reuters"
    assert frame.loc["b", "published"] is None and frame.loc["b", "updated"] is None


def test_published_is_a_datetime_not_a_string(fixture_text):
    text = fixture_text("en_wire_article.txt")
    frame = parse_series(pd.Series([text]), workers=1)
    published = frame.loc[0, "published"]
    assert isinstance(published, dt.datetime)
    assert published == parse(text).published
    assert isinstance(frame.loc[0, "dates"][0]["value"], dt.date)


def test_missing_values_give_empty_rows_not_errors():
    series = pd.Series(
        ["Hafen wieder offen\n\nDer Hafen ist seit Dienstag wieder offen.", None, np.nan, pd.NA],
        dtype=object,
    )
    frame = parse_series(series, workers=1)
    assert frame.loc[0, "headline"] == "Hafen wieder offen"
    for row in (1, 2, 3):
        assert frame.loc[row, "headline"] is None
        assert frame.loc[row, "body"] == ""
        assert frame.loc[row, "removed"] == []


def test_a_string_dtype_series_with_missing_values():
    series = pd.Series(["Rates held\n\nThe bank kept rates at 4% on Monday.", None], dtype="string")
    frame = parse_series(series, workers=1)
    assert frame.loc[0, "headline"] == "Rates held"
    assert frame.loc[1, "removed"] == [] and frame.loc[1, "body"] == ""


def test_a_value_that_is_not_text_is_still_reported():
    frame = parse_series(pd.Series(["Rates held\n\nThe bank kept rates at 4%.", 42]), workers=1)
    assert frame.loc[1, "removed"][0]["kind"] == "error"
    assert "TypeError" in frame.loc[1, "removed"][0]["text"]


def test_parse_values_keeps_order_over_two_workers():
    values = [
        None if i % 3 == 0 else f"Story {i} ends\n\nThe council met about item {i}."
        for i in range(12)
    ]
    headlines = [a.headline for a in parse_values(values, workers=2, chunk_size=2)]
    assert headlines == [None if i % 3 == 0 else f"Story {i} ends" for i in range(12)]
