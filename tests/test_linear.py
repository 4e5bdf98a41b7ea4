"""Every pattern that runs on input takes time linear in its length.

The walk (``tests/pattern_walk.py``) finds every compiled pattern of the
package, module-level ones and those the cached builders make from the
language data (for every language and for the merged pack), and pumps each
with strings made of its own pieces, failing on growth well over linear (4x
the input taking more than 8x the time, confirmed by a second measurement)
and on hangs (a worker process silent for seconds is killed).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pattern_walk

# Patterns known to grow faster than linearly, each to be fixed (and then taken
# off this list: the test says so). None today.
KNOWN_SUPERLINEAR: dict[str, str] = {}

# The two hangs of issue 22, as the patterns were (markup.py before the fix).
_OLD_ATTR = (
    r"""[^\s"'<>/=]{1,80}"""
    r"""(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]{1,400})?)?"""
)
_OLD_NAME = r"[A-Za-z][A-Za-z0-9]{0,30}(?::[A-Za-z][A-Za-z0-9]{0,30})?(?:-[A-Za-z0-9]{1,30}){0,6}"
OLD_TAG = re.compile(rf"""<(/?)({_OLD_NAME})((?:\s+{_OLD_ATTR}){{0,60}})\s*/?\s*>""", re.IGNORECASE)
# The same with the end of the tag fixed: only the `x= y` ambiguity is left.
OLD_TAG_ATTRIBUTES = re.compile(
    rf"""<(/?)({_OLD_NAME})((?:\s+{_OLD_ATTR}){{0,60}})\s*(?:/\s*)?>""", re.IGNORECASE
)
_OLD_VALUE_LINE = (
    r"""[ \t]{0,200}(?:[^\s"<>]{1,400}(?:[ \t]{1,20}[^\s"<>]{1,400}){0,3})?[ \t]{0,20}"""
)
OLD_DEBRIS_BLOCK = re.compile(
    rf"""^[ \t]{{0,200}}[A-Za-z_:@][\w:.\-]{{0,80}}="[^"\n<>]{{0,400}}\n"""
    rf"""(?:{_OLD_VALUE_LINE}\n){{0,40}}{_OLD_VALUE_LINE}"(?:[ \t]{{0,20}}/?>)?""",
    re.MULTILINE,
)


@pytest.fixture(scope="module")
def walk_report() -> pattern_walk.Report:
    return pattern_walk.walk()


def test_the_walk_finds_every_kind_of_pattern(walk_report: pattern_walk.Report) -> None:
    found, unknown = pattern_walk.collect_patterns()
    names = [name for name, _ in found]
    assert not unknown, f"cached builders the walk cannot call: {unknown}"
    assert "newsclean.markup._TAG" in names  # module level, stdlib engine
    assert "newsclean.repair.glue._PUNCT_GLUE" in names  # module level, regex module
    assert "newsclean.markup._DROP_END['script']" in names  # inside a dict
    assert "newsclean.extract.dates._label_re(de)" in names  # built from language data
    assert "newsclean.extract.dates._label_re(mul)" in names  # ... and from the merged pack
    assert any(n.startswith("newsclean.classify.boilerplate._contains_re(phrases") for n in names)
    assert walk_report.patterns == len(found)


def test_every_pattern_grows_linearly(walk_report: pattern_walk.Report) -> None:
    unexpected = {
        name: why for name, why in walk_report.failures.items() if name not in KNOWN_SUPERLINEAR
    }
    assert not unexpected, "super-linear patterns:\n" + "\n".join(
        f"{name}: {why}" for name, why in unexpected.items()
    )


def test_the_known_superlinear_patterns_are_still_listed_for_a_reason(
    walk_report: pattern_walk.Report,
) -> None:
    fixed = set(KNOWN_SUPERLINEAR) - set(walk_report.failures)
    assert not fixed, f"now linear: take them off KNOWN_SUPERLINEAR: {sorted(fixed)}"


def test_the_walk_finds_the_hangs_of_issue_22() -> None:
    old = [
        ("old _TAG", OLD_TAG),
        ("old _TAG attributes", OLD_TAG_ATTRIBUTES),
        ("old _DEBRIS_BLOCK", OLD_DEBRIS_BLOCK),
    ]
    report = pattern_walk.walk(old, timeout=2.0)
    assert set(report.failures) == {name for name, _ in old}, report.summary


def test_the_walk_fails_a_pattern_that_rescans_a_run_of_spaces() -> None:
    # Linear at each position, but tried at every space of a run: quadratic.
    report = pattern_walk.walk([("rescan", regex.compile(r"\s++(?:and|or)\s++"))])
    assert "rescan" in report.failures


def test_the_walk_passes_a_linear_pattern_of_each_engine() -> None:
    patterns = [
        ("stdlib", re.compile(r"""<[a-z]{1,10}(?:\s+[a-z]{1,10}="[^"]*")*\s*>""")),
        ("regex", regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<!\s)\s++(?:and|or)\s++")),
    ]
    report = pattern_walk.walk(patterns)
    assert report.patterns == 2
    assert not report.failures, report.failures


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        (re.compile(r"ab[cd]+\s*(?:x|y)"), {"a", "b", "c", "d", " ", "x", "y"}),
        (regex.compile(r"\p{Lu}{2,}+(?=: )"), {"A", ":", " "}),
    ],
)
def test_attacks_are_made_of_the_pattern_s_own_pieces(
    pattern: re.Pattern[str], pieces: set[str]
) -> None:
    attacks = pattern_walk.attacks(pattern)
    used = {c for a in attacks for c in a.prefix + a.pump}
    assert pieces <= used
    assert {a.tail for a in attacks} >= {""}
    assert any(a.tail and not pattern.search(a.tail) for a in attacks)  # a failing tail
