"""clean_html over ftfy's own test cases: mojibake repaired, good text left alone.

    python benchmarks/ftfy_cases.py            # the figures
    python benchmarks/ftfy_cases.py --show     # and every case that misses
    python benchmarks/ftfy_cases.py --check    # exit 1 if a target is missed

The cases are ``tests/test_cases.json`` of the source distribution of the
installed ftfy, downloaded at run time with pip (``pip download --no-binary
:all: --no-deps ftfy==<version>``) into a cache directory, checked against a
pinned sha256, and read from the archive: nothing of it is copied into the
repository. Without the download, or with another hash, the script stops
with an error.

Each case has an ``original`` and what ftfy makes of it (``fixed``).
*Negative* cases are those ftfy leaves as they are (``fixed == original``):
genuine text that looks odd ("NESTLÉ®", "5×£35"); ``clean_html`` must not
change one. *Pass* cases are those ftfy is expected to get right; one counts
as repaired when ``clean_html`` gives ftfy's result up to what newsclean does
differently on purpose: white space, curly quotes (ftfy straightens them,
newsclean keeps them), full-width forms and Latin ligatures (content to
newsclean), and control characters (newsclean removes them and records them).

Targets: negative cases changed 0; pass cases repaired >= 145 of 151.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

import newsclean

# sha256 of ftfy's source distribution, per version: a version not listed here
# is refused (add its hash after checking the archive by hand).
PINNED = {
    "6.3.1": "9b3c3d90f84fb267fe64d375a07b7f8912d817cf86009ae134aa03e1819506ec",
}
NEGATIVE_CHANGED_MAX = 0
PASS_REPAIRED_MIN = 145
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _fail(message: str) -> None:
    sys.exit(f"error: {message}")


def sdist(ftfy_version: str, cache: Path) -> Path:
    """The checked source distribution of ftfy ``ftfy_version``, downloaded once into ``cache``."""
    expected = PINNED.get(ftfy_version)
    if expected is None:
        _fail(
            f"no sha256 is pinned for ftfy {ftfy_version} (pinned: {', '.join(PINNED)}); "
            "install a pinned version or add the hash of its sdist to PINNED"
        )
    path = cache / f"ftfy-{ftfy_version}.tar.gz"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:"]
        command += ["--no-deps", "--dest", str(cache), f"ftfy=={ftfy_version}"]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0 or not path.exists():
            _fail(f"could not download ftfy {ftfy_version}'s sdist:\n{done.stderr[-2000:]}")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected:
        _fail(f"{path} has sha256 {digest}, expected {expected}: not using it")
    return path


def load_cases(archive: Path) -> list[dict[str, Any]]:
    """``tests/test_cases.json``, read from the archive."""
    with tarfile.open(archive, "r:gz") as tar:
        names = (m for m in tar.getmembers() if m.name.endswith("tests/test_cases.json"))
        member = next(names, None)
        if member is None:
            _fail(f"{archive} holds no tests/test_cases.json")
        handle = tar.extractfile(member)  # type: ignore[arg-type]
        assert handle is not None
        cases: list[dict[str, Any]] = json.loads(handle.read().decode("utf-8"))
    return cases


def comparable(text: str) -> str:
    """``text`` up to what newsclean does differently from ftfy on purpose (see the module doc)."""
    from ftfy import fixes

    text = fixes.uncurl_quotes(fixes.fix_character_width(fixes.fix_latin_ligatures(text)))
    return " ".join(_CONTROL.sub("", text).split())


def evaluate(cases: list[dict[str, Any]], show: bool) -> tuple[int, int, int, int]:
    """(negative cases changed, negative cases, pass cases repaired, pass cases)."""
    negative_changed = negatives = repaired = passing = 0
    for case in cases:
        original, fixed = case["original"], case["fixed"]
        out = newsclean.clean_html(original)
        if original == fixed and case["expect"] == "pass":
            negatives += 1
            if comparable(out) != comparable(original):
                negative_changed += 1
                if show:
                    print(f"changed  {original!r}\n      -> {out!r}")
        if case["expect"] == "pass":
            passing += 1
            if comparable(out) == comparable(fixed):
                repaired += 1
            elif show and original != fixed:
                print(f"missed   {original!r}\n      -> {out!r}\n  ftfy:   {fixed!r}")
    return negative_changed, negatives, repaired, passing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--show", action="store_true", help="print every case that misses")
    ap.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    ap.add_argument(
        "--cache",
        type=Path,
        default=Path(os.environ.get("XDG_CACHE_HOME", tempfile.gettempdir())) / "newsclean-ftfy",
        help="where the sdist is kept between runs",
    )
    args = ap.parse_args(argv)
    ftfy_version = version("ftfy")
    cases = load_cases(sdist(ftfy_version, args.cache))
    changed, negatives, repaired, passing = evaluate(cases, args.show)
    others = [c for c in cases if c["expect"] == "fail" and c["original"] == c["fixed"]]
    others_changed = sum(
        comparable(newsclean.clean_html(c["original"])) != comparable(c["original"]) for c in others
    )
    print(f"newsclean {newsclean.__version__}, ftfy {ftfy_version}: {len(cases)} test cases")
    print(f"negative cases changed:   {changed} of {negatives} (target {NEGATIVE_CHANGED_MAX})")
    print(f"pass cases repaired:      {repaired} of {passing} (target >= {PASS_REPAIRED_MIN})")
    print(
        f"(negative cases ftfy itself is known to change, 'expect: fail': "
        f"{others_changed} of {len(others)} changed)"
    )
    missed = changed > NEGATIVE_CHANGED_MAX or repaired < PASS_REPAIRED_MIN
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
