"""The data model: the one field schema and what derives from it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from newsclean import Article, Attribution, Brief, DateMention, Removal, parse
from newsclean.article import (
    ARTICLE_SCHEMA,
    DATE,
    INTEGER,
    TEXT,
    ListOf,
    Record,
    as_record,
    render_html,
)

CLASSES = {"Article": Article, "Attribution": Attribution, "Brief": Brief}
CLASSES |= {"DateMention": DateMention, "Removal": Removal}


def _records(record: Record) -> list[Record]:
    found = [record]
    for f in record.fields:
        kind = f.type.item if isinstance(f.type, ListOf) else f.type
        if isinstance(kind, Record):
            found.extend(_records(kind))
    return found


def test_schema_names_every_dataclass_field_in_order():
    records = _records(ARTICLE_SCHEMA)
    assert {r.name for r in records} == set(CLASSES)
    for record in records:
        names = [f.name for f in dataclasses.fields(CLASSES[record.name])]
        assert [f.name for f in record.fields] == names, record.name


def test_published_and_updated_follow_each_other_and_are_dates():
    names = [f.name for f in ARTICLE_SCHEMA.fields]
    assert names.index("updated") == names.index("published") + 1
    kinds = {f.name: f.type for f in ARTICLE_SCHEMA.fields}
    assert kinds["published"] is DATE and kinds["updated"] is DATE
    assert kinds["headline"] is TEXT


def _sample() -> Article:
    tz = dt.timezone(dt.timedelta(hours=2))
    return Article(
        headline="Kyiv metro extends night service",
        body="Trains run until 2 a.m. from 19 March.\n\nThe city council approved the plan.",
        paragraphs=[
            "Trains run until 2 a.m. from 19 March.",
            "The city council approved the plan.",
        ],
        attributions=[
            Attribution("Kyiv City Council", None, "source", "The city council approved")
        ],
        briefs=[Brief("Key points", ["Night trains", "From 19 March"])],
        published=dt.datetime(2024, 3, 4, 9, 30, tzinfo=tz),
        updated=dt.date(2024, 3, 5),
        dates=[DateMention("19 March", dt.date(2024, 3, 19), 31, 39)],
        language="en",
        removed=[Removal("boilerplate", "Share this article")],
    )


def test_to_dict_writes_iso_dates_and_plain_values():
    data = _sample().to_dict()
    assert [*data] == [f.name for f in ARTICLE_SCHEMA.fields]
    assert data["published"] == "2024-03-04T09:30:00+02:00"
    assert data["updated"] == "2024-03-05"
    assert data["dates"] == [{"text": "19 March", "value": "2024-03-19", "start": 31, "end": 39}]
    assert data["attributions"][0] == {
        "name": "Kyiv City Council",
        "alias": None,
        "kind": "source",
        "evidence": "The city council approved",
    }
    assert data["briefs"] == [{"title": "Key points", "items": ["Night trains", "From 19 March"]}]
    assert data["removed"] == [{"kind": "boilerplate", "text": "Share this article"}]
    assert json.loads(json.dumps(data)) == data


def test_to_dict_lists_are_copies():
    article = _sample()
    data = article.to_dict()
    data["paragraphs"].append("x")
    data["briefs"][0]["items"].append("x")
    assert len(article.paragraphs) == 2 and len(article.briefs[0].items) == 2


def test_as_record_can_keep_python_dates():
    data = as_record(_sample(), iso_dates=False)
    assert data["published"] == dt.datetime(
        2024, 3, 4, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    assert data["updated"] == dt.date(2024, 3, 5)
    assert data["dates"][0]["value"] == dt.date(2024, 3, 19)


def test_empty_article_and_missing_dates():
    data = Article().to_dict()
    assert data["published"] is None and data["updated"] is None and data["headline"] is None
    assert data["paragraphs"] == [] and data["body"] == ""


def test_date_mention_without_a_value():
    mention = DateMention("19. März", None, 0, 8)
    assert mention.to_dict() == {"text": "19. März", "value": None, "start": 0, "end": 8}


def test_the_pipeline_leaves_updated_empty_for_now():
    article = parse("Rates held\n\nThe bank kept rates at 4% on Monday.", "en")
    assert article.updated is None and article.to_dict()["updated"] is None


def test_flat_columns_leave_out_the_paragraphs_only():
    flat = [f.name for f in ARTICLE_SCHEMA.fields if f.flat]
    assert "paragraphs" not in flat and {"body", "published", "updated"} <= set(flat)


def test_scalar_kinds_are_the_three_declared():
    kinds = set()
    for record in _records(ARTICLE_SCHEMA):
        for f in record.fields:
            kind = f.type.item if isinstance(f.type, ListOf) else f.type
            if not isinstance(kind, Record):
                kinds.add(kind)
    assert kinds == {TEXT, INTEGER, DATE}


def test_notebook_view_shows_both_dates_escaped():
    html = render_html(_sample())
    assert "published: 2024-03-04T09:30:00+02:00" in html and "updated: 2024-03-05" in html


def test_attribution_kind_is_checked():
    with pytest.raises(ValueError, match="kind"):
        Attribution("Reuters", None, "wire")
