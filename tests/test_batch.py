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


def test_max_chars_reaches_every_worker():
    long_text = "Rates held\n\n" + "The bank kept rates at 4% on Monday.\n\n" * 200
    results = list(parse_many([long_text] * 3, lang="en", workers=2, chunk_size=1, max_chars=500))
    for article in results:
        assert len(article.body) <= 500
        assert article.removed[0].kind == "size_limit"


_ENDLESS = """
import itertools, multiprocessing, sys
from newsclean import parse_many

texts = (f"Story {i} ends\\n\\nThe council met on Monday about item {i}." for i in itertools.count())
for n, article in enumerate(parse_many(texts, workers=2, chunk_size=4)):
    if n == 20:
        print(*[p.pid for p in multiprocessing.active_children()], flush=True)
"""


def _alive(pid: int) -> bool:

    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False
    return True


def test_workers_end_when_the_parent_is_killed():
    import os
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen([sys.executable, "-c", _ENDLESS], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    workers = [int(pid) for pid in proc.stdout.readline().split()]
    assert len(workers) == 2 and all(_alive(pid) for pid in workers)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:  # do not leave them behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_stopping_early_terminates_the_workers_at_once():
    import multiprocessing
    import time

    texts = (f"Story {i} ends\n\nThe council met on Monday about item {i}." for i in range(10**6))
    results = parse_many(texts, workers=2, chunk_size=4)
    assert next(results).headline == "Story 0 ends"
    start = time.monotonic()
    results.close()  # type: ignore[attr-defined]
    assert time.monotonic() - start < 5
    assert multiprocessing.active_children() == []
