"""The CI gate of the benchmarks (benchmarks/gate.py) against a baseline of figures."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_GATE = Path(__file__).resolve().parents[1] / "benchmarks" / "gate.py"
_spec = importlib.util.spec_from_file_location("benchmark_gate", _GATE)
assert _spec is not None and _spec.loader is not None
gate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gate)

BASE = {"corpus/glued/tok_f1": 0.990, "corpus/glued/residue": 0.010, "dev_cases/headline": 1.0}


def test_a_drop_beyond_noise_fails_and_a_drop_within_it_does_not() -> None:
    run = {"corpus/glued/tok_f1": 0.980, "corpus/glued/residue": 0.010, "dev_cases/headline": 0.996}
    drops, rises = gate.compare_quality(run, BASE, 0.005)
    assert drops == ["corpus/glued/tok_f1: 0.980 (baseline 0.990)"]
    assert rises == []


def test_lower_is_better_for_residue_and_glue() -> None:
    run = {"corpus/glued/tok_f1": 0.990, "corpus/glued/residue": 0.030, "dev_cases/headline": 1.0}
    drops, _ = gate.compare_quality(run, BASE, 0.005)
    assert drops == ["corpus/glued/residue: 0.030 (baseline 0.010)"]
    better = {**run, "corpus/glued/residue": 0.0}
    drops, rises = gate.compare_quality(better, BASE, 0.005)
    assert drops == []
    assert rises == ["corpus/glued/residue: 0.000 (baseline 0.010)"]


def test_a_figure_missing_from_the_run_is_a_drop() -> None:
    drops, _ = gate.compare_quality({"corpus/glued/tok_f1": 0.99}, BASE, 0.005)
    assert [d.split(":")[0] for d in drops] == ["corpus/glued/residue", "dev_cases/headline"]


def test_speed_gate_holds_the_documented_ratio() -> None:
    speed = gate.load()["speed"]
    target = speed["parse_vs_ftfy_min"]
    # The goal stays 2x; the floor under it only guards against a regression.
    assert speed["parse_vs_ftfy_target"] == 2.0 and 1.0 < target <= 2.0
    assert gate.speed_gate(target - 0.01) == 1
    assert gate.speed_gate(target) == 0


def test_the_baseline_in_the_repository_is_complete() -> None:
    data = json.loads(_GATE.with_name("baseline.json").read_text(encoding="utf-8"))
    assert gate.memory_target_mb() == 300
    for section in ("quick", "full"):
        figures = data["quality"][section]
        modes = {name.split("/")[1] for name in figures if name.startswith("corpus/")}
        assert {"glued", "hardwrap", "mojibake", "inner_html", "half_stripped"} <= modes
        assert all(0.0 <= v <= 1.0 for k, v in figures.items() if "glued_per_10k" not in k)
