"""The pandas adapter."""

from __future__ import annotations

import pandas as pd

from newsclean.pandas import COLUMNS, parse_series


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
    assert list(frame.columns) == list(COLUMNS)
    assert list(frame.index) == ["a", "b", "c"]
    assert frame.loc["a", "headline"] == "Port strike halts grain exports for a third day"
    assert frame.loc["a", "attributions"][0]["name"] == "Reuters"
    assert frame.loc["b", "published"] is None
    assert frame.loc["c", "removed"][0]["kind"] == "error"
