"""Train the page model (src/newsclean/classify/page_model.json) on the shared data.

    pip install scikit-learn numpy      # training only; the package does not need them
    python benchmarks/train_page_model.py            # cross-validate, train, write the model
    python benchmarks/train_page_model.py --cv-only  # the held-out figures only

Data (../shared, read only): the whole pages of ../shared/pages, each line
labelled by the snippets it holds ("with" = article, "without" = chrome; the
other lines are unlabelled), and the corpus's page_text records, whose lines
are article when they are in the ground-truth body (every line labelled).

Two logistic regressions on the features of classify/page_features.py:
stage one on each line's shape and neighbours, stage two on those plus what
stage one made of the lines around it (trained on stage one's out-of-fold
probabilities, as it sees unseen pages). Cross-validation holds out whole
sites (5 folds, grouped by host name), and reports the held-out figures next
to the in-sample ones, with the same metrics as benchmarks/pages.py (snippet
F1) and benchmarks/quality.py (page_text body token F1).
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

import newsclean
import newsclean.classify.page as page_pass
from _data import corpus_records, page_records
from newsclean.blocks import split_blocks
from newsclean.classify.lines import classify_lines
from newsclean.classify.page_features import (
    LINE_FEATURES,
    PAGE_FEATURES,
    line_features,
    line_words,
    page_features,
)
from newsclean.classify.page_model import PageModel
from newsclean.classify.structure import Structure
from newsclean.languages import detect_language, get_pack
from newsclean.markup import clean_markup
from newsclean.repair import repair_cleaned
from pages import newsclean_output, score_page
from quality import token_prf

MODEL = Path(__file__).resolve().parents[1] / "src" / "newsclean" / "classify" / "page_model.json"
FOLDS = 5
#: A snippet label is worth this many dense labels (they mark the hard lines).
SNIPPET_WEIGHT = 3.0
#: Regularisation of both regressions (sklearn's C: smaller is stronger).
C = 0.5


def norm(text: str) -> str:
    return " ".join(text.split())


def prepare(raw: str, lang: str | None) -> tuple[Any, list[Any]]:
    """The blocks as the page pass sees them (after the per-line labels), and the pack."""
    markup = clean_markup(raw, keep_captions=True)
    pack = get_pack(lang or detect_language(markup.text))
    blocks = split_blocks(repair_cleaned(markup.text, pack))
    classify_lines(blocks, pack, Structure())
    return pack, blocks


def _spans(blocks: list[Any]) -> tuple[str, list[int]]:
    starts, pos, texts = [], 0, []
    for b in blocks:
        t = norm(b.text)
        starts.append(pos)
        texts.append(t)
        pos += len(t) + 1
    return " ".join(texts), starts


def _covering(starts: list[int], start: int, end: int) -> range:
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, end - 1) - 1
    return range(first, last + 1)


def snippet_labels(blocks: list[Any], keep: list[str], drop: list[str]) -> list[int | None]:
    """1 on lines of a "with" snippet found once, 0 on lines of a "without" snippet."""
    full, starts = _spans(blocks)
    labels: list[int | None] = [None] * len(blocks)
    negative: set[int] = set()
    for s in map(norm, drop):
        for m in re.finditer(re.escape(s), full) if s else ():
            negative.update(_covering(starts, m.start(), m.end()))
    for s in map(norm, keep):
        found = [m for m in re.finditer(re.escape(s), full)] if s else []
        if len(found) == 1:
            for i in _covering(starts, found[0].start(), found[0].end()):
                labels[i] = None if i in negative else 1
    for i in negative:
        if labels[i] is None:
            labels[i] = 0
    return labels


def body_labels(blocks: list[Any], body: str) -> list[int | None]:
    """1 on lines of the ground-truth body (found in order), 0 on every other line."""
    full, starts = _spans(blocks)
    labels: list[int | None] = [0] * len(blocks)
    cursor = 0
    for para in map(norm, body.split("\n")):
        if not para:
            continue
        k = full.find(para, cursor)
        k = full.find(para) if k < 0 else k
        if k < 0:
            continue
        for i in _covering(starts, k, k + len(para)):
            labels[i] = 1
        cursor = k + len(para)
    whole = norm(body)
    for i, b in enumerate(blocks):
        if labels[i] == 0 and b.words >= 4 and norm(b.text) in whole:
            labels[i] = 1  # a line the repairs changed a little (spacing)
    return labels


def load() -> list[dict[str, Any]]:
    items = []
    for p in page_records():
        pack, blocks = prepare(p["text"], None)
        items.append(
            {
                "id": p["id"],
                "src": "pages",
                "site": urlparse(p["url"]).netloc.removeprefix("www."),
                "record": p,
                "pack": pack,
                "blocks": blocks,
                "labels": snippet_labels(blocks, p["with"], p["without"]),
            }
        )
    for r in corpus_records():
        if r["mode"] != "page_text":
            continue
        pack, blocks = prepare(r["raw"], r["lang"])
        items.append(
            {
                "id": r["id"],
                "src": "corpus",
                "site": urlparse(r["url"]).netloc.removeprefix("www."),
                "record": r,
                "pack": pack,
                "blocks": blocks,
                "labels": body_labels(blocks, r["truth"]["body"]),
            }
        )
    sites = sorted({it["site"] for it in items})
    groups = [sites.index(it["site"]) for it in items]
    for k, (_, held) in enumerate(GroupKFold(n_splits=FOLDS).split(items, groups=groups)):
        for j in held:
            items[j]["fold"] = k
    for it in items:
        it["X1"] = np.array(line_features(it["blocks"], it["pack"]))
        it["words"] = line_words(it["blocks"], it["pack"])
    return items


def matrix(items: list[dict[str, Any]], key: str) -> tuple[Any, Any, Any]:
    xs, ys, ws = [], [], []
    for it in items:
        idx = [i for i, lab in enumerate(it["labels"]) if lab is not None]
        if not idx:
            continue
        xs.append(it[key][idx])
        ys += [it["labels"][i] for i in idx]
        ws += [SNIPPET_WEIGHT if it["src"] == "pages" else 1.0] * len(idx)
    return np.vstack(xs), np.array(ys), np.array(ws)


def fit(items: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """A logistic regression on standardised features, folded back into plain weights."""
    x, y, w = matrix(items, key)
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    reg = LogisticRegression(C=C, max_iter=5000).fit((x - scaler.mean_) / scale, y, sample_weight=w)
    weights = reg.coef_[0] / scale
    bias = float(reg.intercept_[0] - np.dot(weights, scaler.mean_))
    return {"weights": [round(float(v), 6) for v in weights], "bias": round(bias, 6)}


def predict(stage: dict[str, Any], x: Any) -> Any:
    return 1.0 / (1.0 + np.exp(-(x @ np.array(stage["weights"]) + stage["bias"])))


def stage_two_rows(it: dict[str, Any], probs: Any) -> Any:
    rows = page_features(it["X1"].tolist(), list(map(float, probs)), it["blocks"], it["words"])
    return np.array(rows)


def train(items: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    """Both stages on ``items``; stage two on stage one's out-of-fold probabilities."""
    folds = sorted({it["fold"] for it in items})
    for k in folds:
        line = fit([it for it in items if it["fold"] != k], "X1")
        for it in items:
            if it["fold"] == k:
                it["X2"] = stage_two_rows(it, predict(line, it["X1"]))
    return {
        "line": {"features": list(LINE_FEATURES), **fit(items, "X1")},
        "page": {"features": list(LINE_FEATURES + PAGE_FEATURES), **fit(items, "X2")},
        "threshold": threshold,
    }


def evaluate(items: list[dict[str, Any]], models: dict[int, PageModel]) -> dict[str, float]:
    """Snippet P/R/F1 over the pages and mean body token F1 over the corpus, as the benchmarks."""
    tp = fn = fp = 0
    token_f1 = []
    original = page_pass.load_model
    try:
        for it in items:
            model = models[it["fold"]]
            page_pass.load_model = lambda model=model: model  # type: ignore[assignment]
            rec = it["record"]
            if it["src"] == "pages":
                s = score_page(newsclean_output(rec["text"]), rec)
                tp, fn, fp = tp + s.tp, fn + s.fn, fp + s.fp
            else:
                article = newsclean.parse(rec["raw"], lang=rec["lang"])
                token_f1.append(token_prf(article.body, rec["truth"]["body"])[2])
    finally:
        page_pass.load_model = original  # type: ignore[assignment]
    return {
        "P": tp / max(tp + fp, 1),
        "R": tp / max(tp + fn, 1),
        "F1": 2 * tp / max(2 * tp + fp + fn, 1),
        "corpus": sum(token_f1) / max(len(token_f1), 1),
    }


def show(name: str, m: dict[str, float]) -> None:
    print(
        f"{name:28} pages P {m['P']:.3f} R {m['R']:.3f} F1 {m['F1']:.3f}"
        f" | corpus page_text token F1 {m['corpus']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cv-only", action="store_true", help="report held-out figures, write nothing")
    ap.add_argument("--threshold", type=float, default=0.4, help="probability of an article line")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    items = load()
    print(
        f"{len(items)} pages, {sum(len(it['blocks']) for it in items)} lines "
        f"({time.perf_counter() - t0:.0f} s)"
    )
    held: dict[int, PageModel] = {}
    for k in range(FOLDS):
        rest = [it for it in items if it["fold"] != k]
        held[k] = PageModel.from_dict(train(rest, args.threshold))
    show("held out (5 folds by site)", evaluate(items, held))
    if args.cv_only:
        return 0
    data = train(items, args.threshold)
    full = PageModel.from_dict(data)
    show("in sample", evaluate(items, dict.fromkeys(range(FOLDS), full)))
    MODEL.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL.relative_to(Path.cwd()) if MODEL.is_relative_to(Path.cwd()) else MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
