"""The page model: how likely each line of a whole page is to be article text.

Two logistic regressions, their weights kept as data (``page_model.json``,
written by ``benchmarks/train_page_model.py``): the first reads each line's
shape and neighbours (:data:`~.page_features.LINE_FEATURES`), the second
adds what the first made of the lines around it
(:data:`~.page_features.PAGE_FEATURES`). Pure Python: a dot product per
line and stage.

A line's own features depend on its text alone, and pages of one site share
their menus and footers: each distinct line is measured and weighed once
(a bounded cache per model and language), and each stage's dot product
goes on from there over the line's context, in the order of a full row (the
same sums as :meth:`PageModel` applied to the training script's rows).
"""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..blocks import Block
from ..languages import LanguagePack
from .page_features import (
    LINE_FEATURES,
    OWN_FEATURES,
    PAGE_FEATURES,
    PHRASE_CHROME,
    PROSE,
    context_rows,
    own_features,
    page_rows,
)
from .page_words import word_facts

__all__ = ["PageModel", "article_probabilities", "load_model"]

#: Distinct lines whose weighed own features are kept, per model and language.
_LINE_CACHE = 1 << 13

#: A line's stage sums over its own features, its running text, stamp and
#: phrase chrome features, and its content words.
_Weighed = tuple[float, float, float, float, float, frozenset[str]]

_OWN = len(OWN_FEATURES)
_LINE = len(LINE_FEATURES)


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class _Stage:
    weights: tuple[float, ...]
    bias: float

    def probability(self, row: Sequence[float]) -> float:
        return _sigmoid(self.bias + sum(map(operator.mul, self.weights, row)))

    def dot(self, start: int, end: int) -> Callable[[Sequence[float], float], float]:
        """The dot product of weights ``start`` to ``end`` with a part of a row, after ``sum``.

        Added in the order of a whole row, so that the parts give the row's sum.
        """
        weights = self.weights[start:end]
        return lambda part, before: sum(map(operator.mul, weights, part), before)


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


@lru_cache(maxsize=16)
def _line_scorer(model: PageModel, pack: LanguagePack) -> Callable[[Block], _Weighed]:
    """A function with a memory: a line -> its weighed own features.

    It gives the two stages' sums over :data:`~.page_features.OWN_FEATURES`,
    and what the context reads of them: running text, stamp, phrase chrome,
    content words.
    The memory holds the last few thousand distinct lines (text and kind) and
    starts again when full: pages of one site share their menus and footers.
    """
    facts = word_facts(pack)
    line, page = model.line.dot(0, _OWN), model.page.dot(0, _OWN)
    seen: dict[tuple[str, str], _Weighed] = {}

    def score(b: Block) -> _Weighed:
        key = (b.text, b.kind)
        known = seen.get(key)
        if known is None:
            if len(seen) >= _LINE_CACHE:
                seen.clear()
            row, stamp, words = own_features(b, facts)
            known = seen[key] = (
                line(row, 0),
                page(row, 0),
                row[PROSE],
                1.0 if stamp else 0.0,
                row[PHRASE_CHROME],
                words,
            )
        return known

    return score


def article_probabilities(
    blocks: list[Block], pack: LanguagePack, model: PageModel | None = None
) -> list[float]:
    """For each block, how likely it is to be article text (stage two of the model)."""
    if not blocks:
        return []
    model = model or load_model()
    score = _line_scorer(model, pack)
    own = list(map(score, blocks))
    line_sum, page_sum, prose, stamps, chrome, words = map(list, zip(*own, strict=True))
    context = context_rows(blocks, prose, stamps, chrome, words)
    line_rest = model.line.dot(_OWN, _LINE)
    first = [
        _sigmoid(model.line.bias + line_rest(c, s)) for c, s in zip(context, line_sum, strict=True)
    ]
    page_context, page_rest = (
        model.page.dot(_OWN, _LINE),
        model.page.dot(_LINE, _LINE + len(PAGE_FEATURES)),
    )
    return [
        _sigmoid(model.page.bias + page_rest(p, page_context(c, s)))
        for c, p, s in zip(context, page_rows(first, blocks, words), page_sum, strict=True)
    ]
