"""The newsclean command."""

from __future__ import annotations

import json
import subprocess
import sys

from newsclean.cli import main


def test_example_prints_article_json(capsys):
    assert main(["--example"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "Harbour town votes to rebuild storm-damaged pier"
    assert {"Reuters", "Maria Lind", "Regional Development Office"} <= {
        a["name"] for a in data["attributions"]
    }
    assert data["briefs"][0]["title"] == "Key points"
    assert "removed" not in data


def test_jsonl_in_jsonl_out_with_passthrough_and_bad_lines(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": 1, "text": "Rates held\n\nThe bank kept rates unchanged on Thursday."})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": 3, "body": "no text field"})
        + "\n",
        encoding="utf-8",
    )
    assert main([str(src), "--explain"]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 1 and rows[0]["id"] == 1 and rows[0]["headline"] == "Rates held"
    assert "removed" in rows[0]
    assert "line 2" in err and "line 3" in err


def test_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main([str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_stdin_text_through_the_installed_entry_point():
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean.cli", "--lang", "en"],
        input="Rates held | Reuters\n\nThe bank kept rates unchanged on Thursday.",
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(proc.stdout)
    assert data["headline"] == "Rates held" and data["language"] == "en"
