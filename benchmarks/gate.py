"""The CI gate on the benchmark figures: compare a run with benchmarks/baseline.json.

    python benchmarks/quality.py --quick                     # fails on a drop beyond noise
    python benchmarks/quality.py --quick --update-baseline   # after an intended change
    python benchmarks/speed.py --quick                       # fails under the ftfy ratio target
    python benchmarks/memory.py --quick                      # fails over the memory target

The quality figures are deterministic (the same code on the same data gives
the same numbers), so a figure that moves tells of a change in behaviour. A
figure may move by ``noise`` (0.005 absolute) either way; a drop beyond that
fails the run. A rise is reported so that the baseline can be raised with
the change that earned it (``--update-baseline`` writes the run's figures).
The speed ratio and the memory peak depend on the machine: they are held to
the documented targets, not to a past run.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

BASELINE = Path(__file__).resolve().with_name("baseline.json")

#: Figures where a smaller number is better (all others: larger is better).
LOWER_IS_BETTER = ("residue", "glued_per_10k")


def load(path: Path = BASELINE) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def save(data: Mapping[str, Any], path: Path = BASELINE) -> None:
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def _worse_by(name: str, got: float, base: float) -> float:
    """How much worse ``got`` is than ``base`` (negative when better)."""
    lower = name.rsplit("/", 1)[-1] in LOWER_IS_BETTER
    return got - base if lower else base - got


def compare_quality(
    figures: Mapping[str, float], baseline: Mapping[str, float], noise: float
) -> tuple[list[str], list[str]]:
    """(drops beyond noise, rises beyond noise) of ``figures`` against ``baseline``.

    A figure of the baseline that the run does not produce counts as a drop:
    a gate that silently loses a figure gates nothing.
    """
    drops, rises = [], []
    for name, base in sorted(baseline.items()):
        if name not in figures:
            drops.append(f"{name}: missing from the run (baseline {base:.3f})")
            continue
        worse = _worse_by(name, figures[name], base)
        line = f"{name}: {figures[name]:.3f} (baseline {base:.3f})"
        if worse > noise:
            drops.append(line)
        elif worse < -noise:
            rises.append(line)
    return drops, rises


def quality_gate(figures: Mapping[str, float], section: str, update: bool = False) -> int:
    """Compare (or, with ``update``, store) the quality figures of a run; the exit code."""
    data = load()
    if update:
        data["quality"][section] = {k: round(v, 4) for k, v in sorted(figures.items())}
        save(data)
        print(f"\nbaseline: {len(figures)} quality figures ({section}) written to {BASELINE}")
        return 0
    drops, rises = compare_quality(figures, data["quality"][section], data["quality"]["noise"])
    print(f"\n## Gate: {len(figures)} quality figures ({section}) against {BASELINE.name}")
    for line in rises:
        print(f"  better than the baseline (raise it with --update-baseline): {line}")
    if drops:
        print("FAIL: quality dropped beyond noise:", file=sys.stderr)
        for line in drops:
            print(f"  {line}", file=sys.stderr)
        return 1
    print("  no figure dropped beyond noise")
    return 0


def speed_gate(ratio: float) -> int:
    """``parse`` against ``ftfy.fix_text``: fails under the floor ratio.

    The floor (``parse_vs_ftfy_min``) guards against a regression; the target
    (``parse_vs_ftfy_target``) is the goal, reported but not yet met on every
    machine, so it does not fail the run.
    """
    speed = load()["speed"]
    floor, goal = float(speed["parse_vs_ftfy_min"]), float(speed["parse_vs_ftfy_target"])
    print(f"\n## Gate: parse is {ratio:.2f}x as fast as ftfy.fix_text (floor {floor:.1f}x)")
    if ratio < goal:
        print(f"note: under the goal of {goal:.1f}x (docs/performance.md)")
    if ratio < floor:
        print(f"FAIL: parse/ftfy ratio {ratio:.2f} under the floor {floor}", file=sys.stderr)
        return 1
    return 0


def memory_target_mb() -> float:
    return float(load()["memory"]["peak_pss_mb_max"])


# --- figures of a quality run, by name ------------------------------------------


def _f1(tp: float, pred: float, true: float) -> float:
    p = tp / pred if pred else (1.0 if not true else 0.0)
    r = tp / true if true else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def corpus_figures(stats: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """Per mode: token F1, paragraph-boundary F1, residue, glue and headline accuracy."""
    out: dict[str, float] = {}
    for mode, s in stats.items():
        n = s["n"]
        out[f"corpus/{mode}/tok_f1"] = s["f"] / n
        out[f"corpus/{mode}/para_bf1"] = s["bf1"] / n
        out[f"corpus/{mode}/residue"] = s["residue"] / n
        out[f"corpus/{mode}/glued_per_10k"] = 1e4 * s["glued"] / max(s["tokens"], 1)
        if s["hl_n"]:
            out[f"corpus/{mode}/headline"] = s["hl_ok"] / s["hl_n"]
    return out


def dev_figures(per_lang: Mapping[str, Mapping[str, float]], name: str) -> dict[str, float]:
    """All languages of a dev-case set together, field by field."""
    c: dict[str, float] = {}
    for counts in per_lang.values():
        for key, value in counts.items():
            c[key] = c.get(key, 0) + value
    n = c["cases"]
    return {
        f"{name}/headline": c["headline_ok"] / n,
        f"{name}/para_f1": _f1(c["para_tp"], c["para_pred"], c["para_true"]),
        f"{name}/tok_f1": c["tok_f1_x100"] / n / 100,
        f"{name}/attr_f1": _f1(c["attr_tp"], c["attr_pred"], c["attr_true"]),
        f"{name}/briefs": c["briefs_ok"] / n,
        f"{name}/published": c["published_ok"] / n,
        f"{name}/dates_f1": _f1(c["dates_tp"], c["dates_pred"], c["dates_true"]),
        f"{name}/residue": c["residue"] / n,
    }


def attribution_figures(per_lang: Mapping[str, Mapping[str, float]], name: str) -> dict[str, float]:
    """Name F1 per language and over all languages of an attribution set."""
    out = {
        f"{name}/{lang}/name_f1": _f1(c["tp"], c["pred"], c["true"]) for lang, c in per_lang.items()
    }
    total = {k: sum(c[k] for c in per_lang.values()) for k in ("tp", "pred", "true")}
    out[f"{name}/all/name_f1"] = _f1(total["tp"], total["pred"], total["true"])
    return out
