"""The docs' examples that need Dask, Spark or datatrove, run here where those are installed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs"))
import snippets

HERE = {"dask", "spark", "datatrove"}
BLOCKS = [s for s in snippets.snippets() if s.requires and s.requires <= HERE]


def test_every_requirement_has_its_example():
    assert {r for s in BLOCKS for r in s.requires} == HERE


@pytest.mark.parametrize("snippet", BLOCKS, ids=[s.id for s in BLOCKS])
def test_example_runs(snippet, tmp_path, monkeypatch):
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    snippets.make_workdir(tmp_path, snippet.requires)
    snippets.run(snippet, tmp_path)
    assert os.listdir(tmp_path)
