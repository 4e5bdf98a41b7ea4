"""The docs' examples that need Dask or datatrove, run in the environment that has them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs"))
import snippets

test_every_requirement_has_its_example, test_example_runs = snippets.tests_for(
    {"dask", "datatrove"}
)
