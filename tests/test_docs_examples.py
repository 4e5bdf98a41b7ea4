"""Every code example of the README and docs/ runs (doctest blocks run through --doctest-glob)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs"))
import snippets

CORE = [s for s in snippets.snippets() if not s.requires]


def test_the_docs_have_runnable_examples_of_each_kind():
    kinds = {(s.lang, s.page) for s in CORE}
    assert ("bash", "README.md") in kinds and ("python", "README.md") in kinds
    assert ("bash", "docs/cli.md") in kinds


@pytest.mark.parametrize("snippet", CORE, ids=[s.id for s in CORE])
def test_example_runs(snippet, tmp_path):
    snippets.make_workdir(tmp_path)
    snippets.run(snippet, tmp_path)


# Public API: the package's __all__, the integration modules' __all__, and the CLI entry point.
INTEGRATIONS = ["pandas", "dask", "spark", "datatrove", "nemo_curator"]


def _docstrings_by_module():
    """{module stem: ({function or class name: docstring}, __all__)}, read without importing."""
    import ast

    import newsclean

    modules = {}
    root = Path(newsclean.__file__).parent
    for path in [*root.glob("*.py"), *root.glob("*/__init__.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs, exported = {}, []
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                docs[node.name] = ast.get_docstring(node) or ""
            elif isinstance(node, ast.Assign) and any(
                getattr(t, "id", "") == "__all__" for t in node.targets
            ):
                exported = ast.literal_eval(node.value)
        modules[path.parent.name if path.stem == "__init__" else path.stem] = (docs, exported)
    return modules


def test_every_public_name_has_a_docstring_with_an_example():
    import newsclean

    modules = _docstrings_by_module()
    public = [(m, name) for m in INTEGRATIONS for name in modules[m][1]] + [("cli", "main")]
    for name in newsclean.__all__:
        if name != "__version__":
            public.append((getattr(newsclean, name).__module__.split(".")[-1], name))
    checked = [(m, n) for m, n in public if n in modules[m][0]]  # constants such as COLUMNS
    missing = [f"{m}.{n}" for m, n in checked if "Examples:" not in modules[m][0][n]]
    assert len(checked) >= 19
    assert missing == []
