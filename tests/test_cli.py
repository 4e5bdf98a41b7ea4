"""The newsclean command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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


ARTICLE = (
    "Rates held | Reuters\n\nThe bank kept rates unchanged on Thursday, citing slower inflation."
)


def test_csv_in_csv_out_to_a_file(tmp_path, capsys):
    import csv

    src = tmp_path / "in.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "content"])
        w.writerow(["a1", ARTICLE])
        w.writerow(
            ["a2", "Port strike ends\n\nDock workers returned to work on Friday after a deal."]
        )
    out = tmp_path / "out.csv"
    assert (
        main([str(src), "--column", "content", "--output", str(out), "--output-format", "csv"]) == 0
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert rows[0]["headline"] == "Rates held"
    assert json.loads(rows[0]["attributions"])[0]["name"] == "Reuters"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.csv")]  # no temporary left


def test_directory_of_text_files(tmp_path, capsys):
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "Port strike ends\n\nDock workers returned to work on Friday after a deal.",
        encoding="utf-8",
    )
    assert main([str(tmp_path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(r["path"]).name for r in rows] == ["a.txt", "b.txt"]


def test_on_error_raise_stops_and_leaves_no_output_file(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": ARTICLE}) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "--on-error", "raise", "--output", str(out)]) == 1
    assert "line 2" in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.iterdir()) == [src]


def test_two_workers_keep_order_and_passthrough(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(
            json.dumps(
                {"n": i, "text": f"Story {i} ends\n\nThe council met on Monday about item {i}."}
            )
            + "\n"
            for i in range(12)
        ),
        encoding="utf-8",
    )
    assert main([str(src), "--workers", "2"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["n"] for r in rows] == list(range(12))
    assert rows[5]["headline"] == "Story 5 ends"


def test_closed_pipe_ends_quietly(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"text": ARTICLE}) + "\n" for _ in range(300)), encoding="utf-8"
    )
    proc = subprocess.run(
        f"{sys.executable} -m newsclean.cli {src} | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(proc.stdout)["headline"] == "Rates held"
    assert "Traceback" not in proc.stderr


def test_non_utf8_and_empty_input_files(tmp_path, capsys):
    src = tmp_path / "cp1251.txt"
    src.write_bytes(
        "Уряд ухвалив бюджет\n\nКабінет Міністрів ухвалив бюджет на наступний рік у вівторок.".encode(
            "cp1251"
        )
    )
    assert main([str(src)]) == 0
    assert json.loads(capsys.readouterr().out)[
        "paragraphs"
    ]  # decoded with replacement, not a crash
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert main([str(empty)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "0 articles written" in err


def test_ctrl_c_exits_130_and_leaves_no_output_file(tmp_path):
    import signal
    import time

    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean.cli", "--format", "jsonl", "-o", str(out)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    proc.stdin.write(json.dumps({"text": ARTICLE}) + "\n")
    proc.stdin.flush()
    time.sleep(1.5)  # the command is now waiting for more input
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "interrupted" in err
    assert list(tmp_path.iterdir()) == []


def test_csv_rows_without_the_column_are_reported(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_text('id,text\na1,"' + ARTICLE.replace('"', '""') + '"\n', encoding="utf-8")
    assert main([str(src), "--format", "csv", "--column", "body"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "no column 'body'" in err and "1 records skipped" in err


def test_usage_errors(capsys):
    assert main(["--workers", "0", "--format", "text"]) == 2
    assert "--workers" in capsys.readouterr().err


def test_example_with_explain(capsys):
    assert main(["--example", "--explain"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"share", "comments", "caption", "byline"} <= {r["kind"] for r in data["removed"]}
