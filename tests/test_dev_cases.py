"""The repository's own dev cases (tests/data/dev_cases): the shared format, and words from raw.

benchmarks/quality.py scores them; here only their form is checked, so that a
case with a typo in its expected output does not score the library wrongly.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from newsclean import clean_html
from newsclean.languages import available_languages

CASES = sorted((Path(__file__).parent / "data" / "dev_cases").glob("*.json"))
KINDS = {"source", "agency", "author", "photo", "publisher"}
_WORD = re.compile(r"\w+")
_CAMEL = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")


def _raw_words(raw: str) -> set[str]:
    """The words of ``raw`` once cleaned, with line-break hyphens undone or kept, and
    blocks glued at a capital ("municípiosO") taken apart."""
    text = clean_html(raw)
    words: set[str] = set()
    for variant in (text.replace("-\n", ""), text.replace("-\n", "-")):
        for word in _WORD.findall(variant):
            words.add(word)
            words.update(_CAMEL.split(word))
    return words


def test_there_are_cases_for_italian_and_portuguese() -> None:
    langs = [json.loads(p.read_text(encoding="utf-8"))["lang"] for p in CASES]
    assert langs.count("it") >= 5 and langs.count("pt") >= 5


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_case_has_the_shared_format(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    assert case["id"] == path.stem and case["id"].startswith(case["lang"] + "_")
    assert case["lang"] in available_languages()
    assert case["damage"] and case["notes"]
    exp = case["expected"]
    assert set(exp) == {"headline", "paragraphs", "attributions", "briefs", "published", "dates"}
    assert all(
        set(a) == {"name", "alias", "kind"} and a["kind"] in KINDS for a in exp["attributions"]
    )
    assert len({(a["name"], a["kind"]) for a in exp["attributions"]}) == len(exp["attributions"])
    assert all(set(b) == {"title", "items"} and b["items"] for b in exp["briefs"])
    if exp["published"] is not None:
        dt.datetime.fromisoformat(exp["published"])
    assert len(set(exp["dates"])) == len(exp["dates"])
    assert all(dt.date.fromisoformat(d) for d in exp["dates"])


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_expected_word_comes_from_raw(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    exp = case["expected"]
    texts = [exp["headline"] or "", *exp["paragraphs"]]
    texts += [t for b in exp["briefs"] for t in [b["title"] or "", *b["items"]]]
    missing = {w for t in texts for w in _WORD.findall(t)} - _raw_words(case["raw"])
    assert not missing
