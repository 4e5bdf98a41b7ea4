"""Mutation testing with mutmut: how many small changes to the code the tests notice.

    python benchmarks/mutation.py          # CI: the fixed sample, fails under the floor
    python benchmarks/mutation.py --modules classify/boilerplate.py extract/briefs.py
    python benchmarks/mutation.py --modules markup.py --sample 100   # 100 of its mutants
    python benchmarks/mutation.py --modules repair/glue.py --sample 0  # all of them (slow)

mutmut (configured in pyproject.toml, ``[tool.mutmut]``) changes one thing at
a time in the code (``<=`` to ``<``, ``and`` to ``or``, a string to another,
a call dropped) and runs the tests that reach the changed function; a mutant
the tests do not notice *survives*. The score of a module is the share of its
mutants killed (a timeout counts as killed, a mutant no test reaches as
survived); mutants judged equivalent (no input can tell them from the code,
see ``EQUIVALENT``) are left out of the score and listed.

The run works on a copy of the repository in a temporary folder (mutmut
writes its ``mutants/`` tree next to the code), with the modules and tests
given here written into the copy's ``[tool.mutmut]``; one mutant runs at a
time (``--max-children 1``: the machine is shared). ``--keep`` keeps the copy,
where ``mutmut show <name>`` prints a mutant's diff and ``mutmut browse``
lists them all.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsclean"

#: The CI sample: a small module whole, and a seeded sample of the others'
#: mutants. 98 mutants took 6.7 minutes on the shared 2-core machine under
#: load (a test run beside it); these 74 take about 4.
CI_MODULES = {
    "extract/briefs.py": 0,  # 0: every mutant
    "classify/boilerplate.py": 25,
    "markup.py": 10,
    "repair/hyphens.py": 10,
}
#: Killed share of the sampled mutants (equivalent ones left out) below which CI fails.
FLOOR = 0.85

#: The tests mutmut may run (it runs, for each mutant, those that reach its function).
TESTS = [
    "tests/test_markup.py",
    "tests/test_repair.py",
    "tests/test_repair_joins.py",
    "tests/test_repair_hyphens.py",
    "tests/test_repair_glue.py",
    "tests/test_repair_word_index.py",
    "tests/test_headline_split.py",
    "tests/test_classify.py",
    "tests/test_briefs.py",
    "tests/test_extract.py",
    "tests/test_attribution.py",
    "tests/test_blocks.py",
    "tests/test_mojibake.py",
    "tests/test_pipeline.py",
    "tests/test_near_misses.py",
    "tests/test_removed_kinds.py",
    "tests/test_damage_properties.py",
    "tests/test_properties.py",
    "tests/test_rule_limits.py",
]

#: Mutants no input can tell from the code, by name, with the reason. (A name
#: holds while its function is unchanged: mutmut numbers the mutants of a
#: function in order.)
_BP = "newsclean.classify.boilerplate."
EQUIVALENT: dict[str, str] = {
    _BP + "x__norm__mutmut_2": "strip() gains 'X': a casefolded line holds no capital X",
    _BP + "x__is_run_of_phrases__mutmut_1": (
        "the first/last-word check is a shortcut; with 'and' the full search gives the same answer"
    ),
    _BP + "x__is_run_of_phrases__mutmut_14": "j <= i adds empty slices: '' is no phrase",
    _BP + "x__is_run_of_phrases__mutmut_16": "j <= i adds empty slices: '' is no phrase",
    _BP + "x__is_run_of_phrases__mutmut_24": (
        "one more j: the slice ends at the line's end anyway, or is longer than any phrase"
    ),
    "newsclean.markup.x_strip_tags__mutmut_21": "lt == pos appends an empty piece",
    "newsclean.markup.x__drop_name__mutmut_2": (
        "the dict lookup is a shortcut: the case-blind match over the same names finds it"
    ),
    "newsclean.markup.x_remove_hiding_chars__mutmut_12": "a space is never a hiding character",
    "newsclean.markup.x__skip_declaration__mutmut_1": "the default: its one caller passes it",
    "newsclean.markup.x_clean_markup__mutmut_3": "the result's text is set before it is returned",
    "newsclean.repair.word_index.x__whole_word_count__mutmut_11": (
        "at the limit the count of all words is taken instead: the same number"
    ),
}

_STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped"}
_TIMEOUTS = {36, -24, 24, 152, 255}


def status(exit_code: int | None) -> str:
    if exit_code is None:
        return "not run"
    if exit_code in _TIMEOUTS:
        return "killed"  # a mutant that makes the code hang is noticed
    return _STATUS.get(exit_code, "suspicious")


def copy_repository(dest: Path) -> None:
    for name in ("src", "tests", "docs", "benchmarks"):
        shutil.copytree(
            ROOT / name,
            dest / name,
            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", ".hypothesis"),
        )
    for name in ("pyproject.toml", "conftest.py", "README.md"):
        shutil.copy2(ROOT / name, dest / name)


def configure(dest: Path, modules: list[str], tests: list[str]) -> None:
    """Point the copy's ``[tool.mutmut]`` at ``modules`` and ``tests`` (the rest is kept)."""
    path = dest / "pyproject.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[tool.mutmut]")
    nxt = re.search(r"^\[", text[start + 1 :], re.MULTILINE)
    end = start + 1 + nxt.start() if nxt else len(text)
    lines = [
        line
        for line in text[start:end].splitlines()
        if not line.startswith(("only_mutate", "pytest_add_cli_args_test_selection"))
    ]
    lines.append(f"only_mutate = {json.dumps([f'src/newsclean/{m}' for m in modules])}")
    lines.append(f"pytest_add_cli_args_test_selection = {json.dumps(tests)}")
    path.write_text(text[:start] + "\n".join(lines) + "\n\n" + text[end:], encoding="utf-8")


def mutmut(dest: Path, *args: str, check: bool = True) -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("COVERAGE_PROCESS_START", None)
    cmd = [sys.executable, "-m", "mutmut", *args]
    out = subprocess.DEVNULL
    subprocess.run(cmd, cwd=dest, env=env, check=check, stdout=out, stderr=None if check else out)


def mutant_codes(dest: Path, module: str) -> dict[str, int | None]:
    meta = dest / "mutants" / "src" / "newsclean" / f"{module}.meta"
    codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return codes


def sample_names(names: list[str], size: int, seed: int) -> list[str]:
    """``size`` of ``names`` (all of them when 0), the same ones for the same seed."""
    if size <= 0 or size >= len(names):
        return sorted(names)
    return sorted(random.Random(seed).sample(sorted(names), size))


def report(dest: Path, sizes: dict[str, int]) -> tuple[int, int, list[str]]:
    """Print the score per module; (killed, scored, survivors) over all."""
    killed_all = scored_all = 0
    survivors: list[str] = []
    print(
        f"\n{'module':26} {'mutants':>7} {'run':>5} {'killed':>6} {'survived':>8} "
        f"{'equiv':>5} {'score':>6}"
    )
    for module in sizes:
        codes = mutant_codes(dest, module)
        counts: Counter[str] = Counter()
        for name, code in codes.items():
            st = "equivalent" if name in EQUIVALENT and code == 0 else status(code)
            counts[st] += 1
            if st in ("survived", "no tests", "suspicious"):
                survivors.append(name)
        scored = counts["killed"] + counts["survived"] + counts["no tests"] + counts["suspicious"]
        killed_all += counts["killed"]
        scored_all += scored
        score = counts["killed"] / scored if scored else float("nan")
        print(
            f"{module:26} {len(codes):7d} {scored + counts['equivalent']:5d} {counts['killed']:6d} "
            f"{scored - counts['killed']:8d} {counts['equivalent']:5d} {score:6.1%}"
        )
    return killed_all, scored_all, survivors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modules", nargs="+", help="under src/newsclean (default: the CI sample)")
    ap.add_argument("--sample", type=int, default=None, help="mutants per module (0: all)")
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("--tests", nargs="+", default=TESTS, help="the test files mutmut may run")
    ap.add_argument("--floor", type=float, default=FLOOR)
    ap.add_argument("--keep", action="store_true", help="keep the copy (mutmut show/browse there)")
    ap.add_argument("--mutants", nargs="+", help="only these mutants, by name (of --modules)")
    args = ap.parse_args(argv)
    sizes = (
        {m: args.sample or 0 for m in args.modules}
        if args.modules
        else {m: n if args.sample is None else args.sample for m, n in CI_MODULES.items()}
    )
    start = time.perf_counter()
    dest = Path(tempfile.mkdtemp(prefix="newsclean-mutation-"))
    try:
        copy_repository(dest)
        configure(dest, list(sizes), args.tests)
        # A first run that selects no mutant writes them all (and stops there:
        # mutmut then finds nothing to run, which is the point).
        mutmut(dest, "run", "--max-children", "1", "newsclean.no-such-mutant", check=False)
        chosen = args.mutants or [
            name
            for module, size in sizes.items()
            for name in sample_names(list(mutant_codes(dest, module)), size, args.seed)
        ]
        print(f"{len(chosen)} mutants of {len(sizes)} modules, in {dest}")
        mutmut(dest, "run", "--max-children", "1", *chosen)
        killed, scored, survivors = report(dest, sizes)
    finally:
        if not args.keep:
            shutil.rmtree(dest, ignore_errors=True)
    score = killed / scored if scored else 0.0
    print(f"\nall: {killed}/{scored} killed = {score:.1%} (floor {args.floor:.0%})")
    print(f"time: {time.perf_counter() - start:.0f} s")
    if survivors:
        print("survivors (mutmut show <name> in a --keep copy):\n  " + "\n  ".join(survivors))
    for name, why in EQUIVALENT.items():
        if any(name.startswith(f"newsclean.{m[:-3].replace('/', '.')}.") for m in sizes):
            print(f"equivalent: {name}: {why}")
    if score < args.floor:
        print(f"FAIL: mutation score {score:.1%} under the floor {args.floor:.0%}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
