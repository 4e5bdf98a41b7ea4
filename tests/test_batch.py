"""parse_many: order, errors, workers."""

from __future__ import annotations

import pickle
from copy import deepcopy
from dataclasses import FrozenInstanceError

import pytest

from newsclean import Removal, parse, parse_many

TEXTS = [
    f"Council story number {i}\n\nThe council met on Monday and approved budget item {i} after a long debate."
    for i in range(40)
]


def test_in_process_matches_parse():
    assert list(parse_many(TEXTS[:5], lang="en", workers=1)) == [parse(t, "en") for t in TEXTS[:5]]


def test_two_workers_keep_order_and_results():
    results = list(parse_many(iter(TEXTS), lang="en", workers=2, chunk_size=3))
    assert [a.headline for a in results] == [f"Council story number {i}" for i in range(40)]
    assert results == [parse(t, "en") for t in TEXTS]


def test_bad_item_becomes_an_error_article_and_the_batch_goes_on():
    results = list(parse_many([TEXTS[0], None, TEXTS[1]], workers=2, chunk_size=1))  # type: ignore[list-item]
    assert [a.headline for a in results] == [
        "Council story number 0",
        None,
        "Council story number 1",
    ]
    assert results[1].removed[0].kind == "error" and "TypeError" in results[1].removed[0].text


def test_progress_bar_goes_to_stderr(capsys):
    assert len(list(parse_many(TEXTS[:3], workers=1, progress=True))) == 3
    assert "newsclean" in capsys.readouterr().err


@pytest.mark.parametrize("kwargs", [{"workers": 0}, {"chunk_size": 0}])
def test_invalid_arguments(kwargs):
    with pytest.raises(ValueError):
        parse_many(TEXTS, **kwargs)


def test_articles_cross_process_boundaries_whole():
    # Workers send Articles back pickled; Removal has its own compact pickling.
    text = (
        "<h1>Ferry fares frozen</h1>\n<p>The harbour board froze ferry fares on Monday.</p>\n"
        "<p>Share on Facebook</p>\n<p>Leave a Reply</p>"
    )
    article = parse(text, "en")
    assert {r.kind for r in article.removed} >= {"html_tag", "share", "comments"}
    for copy in (pickle.loads(pickle.dumps(article)), deepcopy(article)):
        assert copy == article
        assert all(type(r) is Removal for r in copy.removed)
    with pytest.raises(FrozenInstanceError):
        article.removed[0].kind = "other"  # type: ignore[misc]
