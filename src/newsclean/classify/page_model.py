"""The page model: how likely each line of a whole page is to be article text.

Two logistic regressions, their weights kept as data (``page_model.json``,
written by ``benchmarks/train_page_model.py``): the first reads each line's
shape and neighbours (:data:`~.page_features.LINE_FEATURES`), the second
adds what the first made of the lines around it
(:data:`~.page_features.PAGE_FEATURES`). Pure Python: a dot product per
line and stage.
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..blocks import Block
from ..languages import LanguagePack
from .page_features import LINE_FEATURES, PAGE_FEATURES, line_features, page_features

__all__ = ["PageModel", "article_probabilities", "load_model"]


@dataclass(frozen=True)
class _Stage:
    weights: tuple[float, ...]
    bias: float

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(map(operator.mul, self.weights, row))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class PageModel:
    """The two stages and the probability from which a line is article."""

    line: _Stage
    page: _Stage
    threshold: float

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> PageModel:
        """Read the data file's form; its feature names must be the code's."""
        stages = []
        for key, names in (("line", LINE_FEATURES), ("page", LINE_FEATURES + PAGE_FEATURES)):
            stage = data[key]
            if not isinstance(stage, dict) or list(stage["features"]) != list(names):
                raise ValueError(f"page model: the {key} stage's features are not the code's")
            stages.append(_Stage(tuple(map(float, stage["weights"])), float(stage["bias"])))
        threshold = data["threshold"]
        if not isinstance(threshold, (int, float)):
            raise ValueError("page model: threshold must be a number")
        return cls(stages[0], stages[1], float(threshold))


@lru_cache(maxsize=1)
def load_model() -> PageModel:
    """The model shipped with the package."""
    text = resources.files(__package__).joinpath("page_model.json").read_text(encoding="utf-8")
    return PageModel.from_dict(json.loads(text))


def article_probabilities(
    blocks: list[Block], pack: LanguagePack, model: PageModel | None = None
) -> list[float]:
    """For each block, how likely it is to be article text (stage two of the model)."""
    model = model or load_model()
    rows = line_features(blocks, pack)
    first = [model.line.probability(r) for r in rows]
    return [model.page.probability(r) for r in page_features(rows, first, blocks)]
