"""Hostile input: every case finishes in a subprocess within a generous bound.

Time is measured in benchmarks/speed.py (rows at two sizes show linear
growth); here a case only has to finish, without an exception, well inside
the bound.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CASES = {
    "lt": "'<' * 1_000_000",
    "amp": "'&' * 1_000_000",
    "dash": "'-' * 1_000_000",
    "bullets": "'•' * 1_000_000",
    "dots": "'.' * 1_000_000",
    "digits": "'7' * 1_000_000",
    "spaces": "' ' * 1_000_000",
    "spaces_around_tabs": "(' ' * 200_000 + '\\t') * 4 + ' ' * 200_000",
    "tab_runs": "'\\t ' * 500_000",
    "glued_names": "' '.join(f'Name{i}Word' for i in range(100_000))",
    "glued_sentence_openers": "'Some text here. ' + 'WordThe ' * 200_000",
    "glued_capitalised_words": "' '.join(f'X{a}{b}{c}Ilhan Omar Ilhan' for a in 'abcdefghijklmnopqrstuvwxyz' for b in 'abcdefghijklmnopqrstuvwxyz' for c in 'abcdefghijklmnopqrstuvwxyz')",
    "space_runs": "('a' + ' ' * 20) * 40_000 + ' ' * 500_000 + 'A'",
    "no_break_spaces": "'Word.\\u00a0' * 100_000 + '\\u00a0' * 300_000 + 'Next'",
    "glued_sentence_ends": "'end.A ' * 150_000 + 'word.1. ' * 100_000",
    "glued_quotes": "'end.“A end.\"B ' * 80_000",
    "month_names_inside_words": "'xjanuary mayday ' * 70_000",
    "capitalised_hyphen_breaks": "''.join(f'W{a}{b}{c}-\\nx ' for a in 'abcdefghijklmnopqrstuvwxyz' for b in 'abcdefghijklmnopqrstuvwxyz' for c in 'abcdefghijklmnopqrstuvwxyz') * 5",
    "separators": "'___a' * 250_000",
    "table_rows": "'1\\n2\\n3\\n\\n' * 120_000",
    "months_glued": "'xJune 1' * 150_000",
    "addresses_glued": "'a.com.The ' * 100_000",
    "brackets_glued": "'one two three four (x)The ' * 40_000",
    "brackets_unopened": "'x)The ' * 200_000",
    "cp1251_latin_hints": "'fГ¤hrt Гі Д… В’ ' * 60_000",
    "newlines": "'\\n' * 1_000_000",
    "lower_case_lines": "'word,\\n(«and\\n\\nso-\\non' * 100_000",
    "closing_mark_lines": "'Link\\n,\\n.\\n\\n) x\\n' * 100_000",
    "never_final_lines": "'of the\\nThe and\\nAnd\\n' * 60_000",
    "nested": "'<div>' * 100_000 + 'x'",
    "single_line_10mb": "'Lorem ipsum dolor sit amet, ' * 380_000",
    "short_lines": "'ab\\n' * 1_000_000",
    "cjk": "'漢字仮名交じり文。' * 100_000",
    "rtl": "'שלום עולם مرحبا بالعالم ' * 40_000",
    "controls": "''.join(chr(i) for i in range(32)) * 30_000 + '\\x00' * 100_000",
    "surrogates": "'\\ud800 text \\udfff' * 50_000",
    "private_use": "'\\ue000\\ue001\\uf8ff' * 100_000",
    "invalid_utf8": "bytes(range(256)) * 4_000",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_finishes(name):
    code = (
        "import json, newsclean\n"
        f"a = newsclean.parse({CASES[name]})\n"
        "print(json.dumps({'paragraphs': len(a.paragraphs), 'removed': len(a.removed)}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert set(json.loads(proc.stdout)) == {"paragraphs", "removed"}


def test_output_is_the_same_in_another_process_and_hash_seed(fixture_text):
    import newsclean

    text = fixture_text("de_mt_article.txt")
    here = json.dumps(newsclean.parse(text).to_dict(), sort_keys=True)
    code = "import json, sys, newsclean\nprint(json.dumps(newsclean.parse(sys.stdin.read()).to_dict(), sort_keys=True))"
    for seed in ("1", "12345"):
        proc = subprocess.run(
            [sys.executable, "-c", code],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
        )
        assert proc.stdout.strip() == here
