"""The newsclean command."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsclean import parse
from newsclean.cli import main

ARTICLE = (
    "Rates held | Reuters\n\nThe bank kept rates unchanged on Thursday, citing slower inflation."
)
STORIES = [
    "Port strike ends\n\nDock workers returned to work on Friday after a deal on pay.",
    "Hafen wieder offen\n\nDer Hafen ist seit Dienstag wieder offen, wie die Behörde mitteilte.",
    "Уряд ухвалив бюджет\n\nКабінет Міністрів ухвалив бюджет на наступний рік у вівторок.",
]
CLI = [sys.executable, "-m", "newsclean.cli"]


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def _rows(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


# -- what worked before and must go on working ---------------------------------


def test_example_prints_article_json(capsys):
    assert main(["--example"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "Harbour town votes to rebuild storm-damaged pier"
    assert {"Reuters", "Maria Lind", "Regional Development Office"} <= {
        a["name"] for a in data["attributions"]
    }
    assert data["briefs"][0]["title"] == "Key points"
    assert "removed" not in data and "updated" in data


def test_example_with_explain(capsys):
    assert main(["--example", "--explain"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"share", "comments", "caption", "byline"} <= {r["kind"] for r in data["removed"]}


def test_jsonl_in_jsonl_out_with_passthrough_and_bad_lines(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": 1, "text": ARTICLE})
        + "\n{not json\n"
        + json.dumps({"id": 3, "body": "no text field"})
        + "\n",
        encoding="utf-8",
    )
    assert main([str(src), "--explain"]) == 0
    out, err = capsys.readouterr()
    rows = _rows(out)
    assert len(rows) == 1 and rows[0]["id"] == 1 and rows[0]["headline"] == "Rates held"
    assert "removed" in rows[0] and "text" not in rows[0]
    assert "line 2: not JSON" in err and "line 3: no field 'text'" in err
    assert "1 articles written, 2 records skipped" in err


def test_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main([str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_stdin_text_through_the_installed_entry_point():
    proc = subprocess.run(
        [*CLI, "--lang", "en"], input=ARTICLE, capture_output=True, text=True, check=True
    )
    data = json.loads(proc.stdout)
    assert data["headline"] == "Rates held" and data["language"] == "en"


def test_csv_in_csv_out_to_a_file(tmp_path):
    src = tmp_path / "in.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "content"])
        w.writerow(["a1", ARTICLE])
        w.writerow(["a2", STORIES[0]])
    out = tmp_path / "out.csv"
    assert main([str(src), "--column", "content", "--output", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert rows[0]["headline"] == "Rates held" and "content" not in rows[0]
    assert json.loads(rows[0]["attributions"])[0]["name"] == "Reuters"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "out.csv"]


def test_directory_of_text_files(tmp_path, capsys):
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORIES[0], encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    rows = _rows(capsys.readouterr().out)
    assert [Path(r["path"]).name for r in rows] == ["a.txt", "b.txt"]


def test_on_error_raise_stops_and_leaves_no_output_file(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": ARTICLE}) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(src), "--on-error", "raise", "--output", str(out)]) == 1
    assert "line 2" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [src]


def test_two_workers_keep_order_and_passthrough(tmp_path, capsys):
    records = [
        {"n": i, "text": f"Story {i} ends\n\nThe council met on Monday about item {i}."}
        for i in range(40)
    ]
    assert main([str(_jsonl(tmp_path / "in.jsonl", records)), "--workers", "2"]) == 0
    rows = _rows(capsys.readouterr().out)
    assert [r["n"] for r in rows] == list(range(40))
    assert rows[5]["headline"] == "Story 5 ends"


def test_closed_pipe_ends_quietly(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}] * 300)
    proc = subprocess.run(
        f"{sys.executable} -m newsclean.cli {src} --workers 2 | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(proc.stdout)["headline"] == "Rates held"
    assert "Traceback" not in proc.stderr


def test_empty_input_file(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert main([str(empty)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "0 articles written" in err


# -- signals, in a subprocess with real signals ----------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry))
    return found


def _communicate(proc: subprocess.Popen, timeout: float = 60) -> tuple[str, str]:
    """``proc.communicate``; a process that does not end in time is killed, not left behind."""
    try:
        return proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        for child in _children(proc.pid):
            os.kill(child, signal.SIGKILL)
        proc.kill()
        proc.communicate()
        raise


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _big_input(folder: Path) -> Path:
    body = " ".join(
        ["The council met on Monday and approved the harbour budget after a debate."] * 8
    )
    records = [
        {"id": i, "text": f"Story {i} ends\n\n{body}\n\n{STORIES[i % 3]}"} for i in range(40_000)
    ]
    return _jsonl(folder / "big.jsonl", records)


def _start_busy_run(folder: Path, **popen: object) -> tuple[subprocess.Popen, list[int]]:
    src = _big_input(folder)
    proc = subprocess.Popen(
        [*CLI, str(src), "-o", str(folder / "out.jsonl"), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
        workers = _children(proc.pid)
    time.sleep(0.5)  # well into the run
    if len(workers) != 2 or proc.poll() is not None:
        proc.kill()
        _communicate(proc)
        pytest.fail(f"the run was not under way with 2 workers (workers: {workers})")
    return proc, workers


def _assert_all_gone(workers: list[int]) -> None:
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in workers if _alive(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == [], "workers were left behind"


@pytest.mark.parametrize(
    ("signum", "code", "word"),
    [(signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted")],
)
def test_a_signal_stops_the_run_cleanly(tmp_path, signum, code, word):
    proc, workers = _start_busy_run(tmp_path)
    proc.send_signal(signum)
    _, err = _communicate(proc, 60)
    assert proc.returncode == code
    assert word in err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]  # no temporary left
    _assert_all_gone(workers)


def test_ctrl_c_at_a_terminal_reaches_the_workers_too_without_tracebacks(tmp_path):
    # A terminal sends SIGINT to the whole foreground process group.
    proc, workers = _start_busy_run(tmp_path, start_new_session=True)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = _communicate(proc, 60)
    assert proc.returncode == 130
    assert "KeyboardInterrupt" not in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]
    _assert_all_gone(workers)


def test_sigkill_leaves_no_file_and_no_worker(tmp_path):
    proc, workers = _start_busy_run(tmp_path)
    proc.kill()
    _communicate(proc, 60)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]
    _assert_all_gone(workers)


def test_ctrl_c_while_waiting_for_stdin(tmp_path):
    out = tmp_path / "out.jsonl"
    import select

    proc = subprocess.Popen(
        [*CLI, "--format", "jsonl", "-o", str(out), "--progress"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write(json.dumps({"text": ARTICLE}) + "\n")
    proc.stdin.flush()
    # The progress bar shows once the command runs (its handlers set); then
    # it waits for more input.
    assert select.select([proc.stderr], [], [], 60)[0], "the command did not start"
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _, err = _communicate(proc, 30)
    assert proc.returncode == 130
    assert "interrupted" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


# -- bad records are reported and skipped, the run goes on -------------------------


def test_deep_nesting_and_surrogates_outside_the_text_are_bad_records(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": 1, "text": ARTICLE})
        + "\n"
        + '{"id": 2, "text": "x", "meta": '
        + "[" * 100_000
        + "]" * 100_000
        + "}\n"
        + '{"id": 3, "text": "Broken \\ud800 surrogate in the text of this record."}\n'
        + '{"id": 4, "text": "Fine text", "note": "\\udfff"}\n'
        + json.dumps({"id": 5, "text": STORIES[0]})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main([str(src), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    rows = _rows(out.read_text("utf-8"))
    # A surrogate in the text is replaced by parse (and recorded); one in a
    # field that is passed through as it is makes the record invalid.
    assert [r["id"] for r in rows] == [1, 3, 5]
    assert "\ufffd" in rows[1]["body"]
    assert "line 2: JSON nested too deeply" in err
    assert "line 3:" not in err and "line 4: not valid Unicode" in err
    assert "3 articles written, 2 records skipped" in err


def test_csv_field_longer_than_the_csv_module_limit(tmp_path, capsys):
    long_text = "Harbour budget approved\n\n" + "The council met on Monday and approved it. " * 4000
    assert len(long_text) > 131_072
    src = tmp_path / "in.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["id", "text"], ["1", long_text], ["2", STORIES[0]]])
    assert main([str(src)]) == 0
    rows = _rows(capsys.readouterr().out)
    assert [r["id"] for r in rows] == ["1", "2"]
    assert rows[0]["headline"] == "Harbour budget approved"


def test_a_text_that_is_not_a_string_is_named_as_such(tmp_path, capsys):
    src = _jsonl(
        tmp_path / "in.jsonl", [{"text": ARTICLE}, {"text": 42}, {"text": ["a"]}, {"text": None}]
    )
    assert main([str(src)]) == 0
    out, err = capsys.readouterr()
    assert "line 2: field 'text' is a number, not text" in err
    assert "line 3: field 'text' is a list, not text" in err
    rows = _rows(out)
    assert len(rows) == 2 and rows[1]["body"] == ""  # null text: an empty article


def test_a_wrong_field_is_one_usage_error_up_front(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [{"id": i, "text": ARTICLE} for i in range(2000)])
    out = tmp_path / "out.jsonl"
    assert main([str(src), "--field", "body", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert len([line for line in err.splitlines() if line.startswith("newsclean:")]) == 1
    assert "'body'" in err and "--field" in err
    assert not out.exists()


def test_a_missing_csv_column_is_a_usage_error(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_text('id,text\na1,"' + ARTICLE.replace('"', '""') + '"\n', encoding="utf-8")
    assert main([str(src), "--column", "body"]) == 2
    err = capsys.readouterr().err
    assert "no column 'body'" in err and "['id', 'text']" in err


# -- size guard, workers ----------------------------------------------------------


def test_a_cut_is_reported_with_its_line_and_max_chars_sets_the_guard(tmp_path, capsys):
    long_text = (
        "Harbour budget approved\n\n" + "The council met on Monday and approved it.\n\n" * 100
    )
    src = _jsonl(tmp_path / "in.jsonl", [{"text": STORIES[0]}, {"text": long_text}])
    assert main([str(src), "--max-chars", "1000", "--explain"]) == 0
    out, err = capsys.readouterr()
    rows = _rows(out)
    assert len(rows[1]["body"]) <= 1000
    assert any(r["kind"] == "size_limit" for r in rows[1]["removed"])
    assert f"line 2: text of {len(long_text):,} characters cut" in err
    assert "1 cut at --max-chars" in err
    assert main([str(src), "--max-chars", "0"]) == 2


def test_workers_are_capped_at_the_cores(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [{"text": t} for t in STORIES])
    assert main([str(src), "--workers", "3000"]) == 0
    out, err = capsys.readouterr()
    cores = len(os.sched_getaffinity(0))
    assert f"--workers 3000 is more than the {cores} cores available; using {cores}" in err
    assert len(_rows(out)) == 3
    assert main(["--workers", "0", str(src)]) == 2


# -- output files ---------------------------------------------------------------------


def test_output_naming_the_input_is_refused(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    before = src.read_bytes()
    assert main([str(src), "-o", str(src)]) == 2
    assert "is the input file" in capsys.readouterr().err
    assert src.read_bytes() == before
    link = tmp_path / "link.jsonl"
    link.symlink_to(src)
    assert main([str(src), "-o", str(link)]) == 2
    assert src.read_bytes() == before


def test_output_through_a_symlink_replaces_the_target(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "out.jsonl"
    link.symlink_to(target)
    assert main([str(src), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert json.loads(target.read_text("utf-8"))["headline"] == "Rates held"


def test_output_file_mode_follows_the_umask_or_the_file_it_replaces(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    old = os.umask(0o022)
    try:
        assert main([str(src), "-o", str(tmp_path / "a.jsonl")]) == 0
        os.umask(0o002)
        assert main([str(src), "-o", str(tmp_path / "b.jsonl")]) == 0
        kept = tmp_path / "c.jsonl"
        kept.write_text("", encoding="utf-8")
        kept.chmod(0o640)
        assert main([str(src), "-o", str(kept)]) == 0
    finally:
        os.umask(old)
    assert (tmp_path / "a.jsonl").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.jsonl").stat().st_mode & 0o777 == 0o664
    assert kept.stat().st_mode & 0o777 == 0o640


def test_output_in_a_missing_directory_is_a_usage_error(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    assert main([str(src), "-o", str(tmp_path / "nope" / "out.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "no such directory" in err and "Traceback" not in err


def test_dash_is_stdin_and_stdout():
    records = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(STORIES))
    proc = subprocess.run(
        [*CLI, "-", "--field", "text", "-o", "-"],
        input=records,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = _rows(proc.stdout)
    assert [r["id"] for r in rows] == [0, 1, 2]
    assert rows[1]["headline"] == "Hafen wieder offen"


def test_csv_output_has_every_field_of_every_row(tmp_path):
    src = _jsonl(
        tmp_path / "in.jsonl",
        [{"id": 1, "text": ARTICLE}, {"id": 2, "text": STORIES[0], "url": "https://example.org/2"}],
    )
    out = tmp_path / "out.csv"
    assert main([str(src), "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert rows[1]["url"] == "https://example.org/2" and rows[0]["url"] == ""
    assert list(rows[0])[:2] == ["id", "url"]
    # the schema's flat fields: paragraphs is the body again, removed needs --explain
    ours = ["headline", "body", "attributions", "briefs", "published", "updated", "dates"]
    assert list(rows[0])[2:] == [*ours, "language"]


def test_nan_in_a_passthrough_field_gives_valid_json(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": 1, "score": NaN, "rank": Infinity, "text": ' + json.dumps(ARTICLE) + "}\n",
        encoding="utf-8",
    )
    assert main([str(src)]) == 0
    line = capsys.readouterr().out.strip()
    row = json.loads(line, parse_constant=lambda name: pytest.fail(f"{name} in the output"))
    assert row["score"] is None and row["rank"] is None


# -- input fields survive ----------------------------------------------------------------


def test_input_fields_named_like_ours_are_kept(tmp_path, capsys):
    src = _jsonl(
        tmp_path / "in.jsonl",
        [{"id": 1, "headline": "Scraper's headline", "language": "xx", "text": ARTICLE}],
    )
    assert main([str(src)]) == 0
    out, err = capsys.readouterr()
    row = _rows(out)[0]
    assert row["input_headline"] == "Scraper's headline" and row["headline"] == "Rates held"
    assert row["input_language"] == "xx" and row["language"] == "en"
    assert "'headline' is kept as 'input_headline'" in err
    assert main([str(src), "--prefix", "nc_"]) == 0
    row = _rows(capsys.readouterr().out)[0]
    assert row["headline"] == "Scraper's headline" and row["nc_headline"] == "Rates held"
    assert row["language"] == "xx" and row["nc_language"] == "en"


def test_help_says_where_newsclean_fields_go(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--prefix" in text and "input_<name>" in text and "143" in text


# -- formats follow the names and the flags ------------------------------------------------


def test_jsonl_on_stdin_with_field_is_read_as_jsonl():
    records = json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": STORIES[0]}) + "\n"
    proc = subprocess.run(
        [*CLI, "--field", "text"], input=records, capture_output=True, text=True, check=True
    )
    assert [r["headline"] for r in _rows(proc.stdout)] == ["Rates held", "Port strike ends"]


def test_csv_on_stdin_with_column():
    proc = subprocess.run(
        [*CLI, "--column", "body"],
        input='id,body\n1,"' + ARTICLE + '"\n',
        capture_output=True,
        text=True,
        check=True,
    )
    assert _rows(proc.stdout)[0]["headline"] == "Rates held"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["in.csv", "--field", "text"], "--field names a JSONL field, but the input is csv"),
        (["in.jsonl", "--column", "text"], "--column names a CSV column, but the input is jsonl"),
        (["a.txt", "--field", "text"], "--field names a JSONL field, but the input is text"),
        (["in.jsonl", "-o", "x.csv", "--output-format", "jsonl"], "--output-format jsonl"),
        (["in.jsonl", "--indent", "2"], "--indent"),
        (["in.jsonl", "--delimiter", ";"], "--delimiter applies to CSV"),
        (["in.jsonl", "--field", "a", "--column", "b"], "cannot be used together"),
        (["in.jsonl", "--encoding", "no-such-codec"], "--encoding"),
    ],
)
def test_a_flag_that_cannot_apply_is_a_usage_error(tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    (tmp_path / "in.csv").write_text("text\nx\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(args) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_output_format_follows_the_output_name(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    assert main([str(src), "-o", str(tmp_path / "clean.csv")]) == 0
    assert (tmp_path / "clean.csv").read_text("utf-8").startswith("headline,body,")
    assert main([str(src), "-o", str(tmp_path / "clean.tsv")]) == 0
    assert (tmp_path / "clean.tsv").read_text("utf-8").startswith("headline\tbody\t")


def test_excel_csv_with_a_bom_and_semicolons(tmp_path, capsys):
    src = tmp_path / "excel.csv"
    src.write_bytes(("id;text\r\n1;" + '"' + ARTICLE + '"\r\n').encode("utf-8-sig"))
    assert main([str(src)]) == 0
    row = _rows(capsys.readouterr().out)[0]
    assert row["id"] == "1" and row["headline"] == "Rates held"


def test_indent_pretty_prints_one_article(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), "--indent", "4"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n    "headline": "Rates held"')
    assert json.loads(out)["headline"] == "Rates held"


def test_no_input_at_a_terminal_prints_the_usage():
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(CLI, stdin=follower, capture_output=True, text=True, timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 2
    assert proc.stderr.startswith("usage: newsclean") and "no input" in proc.stderr


# -- languages ------------------------------------------------------------------------------


@pytest.mark.parametrize(("given", "written"), [("EN", "en"), ("de-DE", "de"), ("uk_UA", "uk")])
def test_lang_is_normalised(tmp_path, capsys, given, written):
    (tmp_path / "a.txt").write_text(STORIES[1], encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), "--lang", given]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == written


def test_an_unknown_lang_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), "--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert "--lang 'xx'" in err and "en" in err


# -- encodings ------------------------------------------------------------------------------

UK = "Уряд ухвалив бюджет\n\nКабінет Міністрів ухвалив бюджет на наступний рік у вівторок, повідомили в міністерстві."
RU = "Правительство утвердило бюджет\n\nПравительство утвердило бюджет на следующий год во вторник, сообщили в министерстве."
FR = "Le budget adopté\n\nLe gouvernement a adopté le budget mardi, a indiqué le ministère des Finances à Paris."


def test_a_cp1251_text_file_is_detected(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(UK.encode("cp1251"))
    assert main([str(tmp_path / "a.txt")]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["headline"] == "Уряд ухвалив бюджет"
    assert row["paragraphs"] == [UK.split("\n\n")[1]]  # every letter Cyrillic, none "\ufffd"
    assert row["language"] == "uk"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_a_byte_order_mark_is_followed(tmp_path, capsys, codec):
    data = (json.dumps({"id": 1, "text": UK}, ensure_ascii=False) + "\n").encode("utf-8")
    text = data.decode("utf-8")
    raw = text.encode(codec)
    if codec == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (tmp_path / "in.jsonl").write_bytes(raw)
    assert main([str(tmp_path / "in.jsonl")]) == 0
    assert _rows(capsys.readouterr().out)[0]["headline"] == "Уряд ухвалив бюджет"


def test_jsonl_records_in_another_charset_decode_as_parse_bytes_does(tmp_path, capsys):
    lines = [
        json.dumps({"id": 1, "text": STORIES[0]}).encode("utf-8"),
        b'{"id": 2, "text": "' + UK.replace("\n", "\\n").encode("cp1251") + b'"}',
        b'{"id": 3, "text": "' + RU.replace("\n", "\\n").encode("koi8-r") + b'"}',
    ]
    (tmp_path / "in.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    assert main([str(tmp_path / "in.jsonl")]) == 0
    rows = _rows(capsys.readouterr().out)
    assert rows[0]["headline"] == "Port strike ends"
    assert rows[1]["headline"] == "Уряд ухвалив бюджет"
    assert rows[2]["body"] == parse(RU.encode("koi8-r")).body  # the library's own decoding


@pytest.mark.parametrize(("codec", "text"), [("koi8-r", RU), ("latin-1", FR), ("cp1251", UK)])
def test_encoding_forces_a_codec(tmp_path, capsys, codec, text):
    src = tmp_path / "in.csv"
    src.write_bytes(('id,text\n1,"' + text + '"\n').encode(codec))
    assert main([str(src), "--encoding", codec]) == 0
    row = _rows(capsys.readouterr().out)[0]
    assert row["headline"] == text.split("\n")[0]


# -- progress ---------------------------------------------------------------------------------


def test_progress_bar_knows_the_file_size(tmp_path, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [{"text": t} for t in STORIES * 5])
    size = src.stat().st_size
    assert main([str(src), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "100%" in err and f"/{size / 1000:.2f}k" in err


def test_where_nameless_files_cannot_be_linked_a_hidden_temporary_is_used(
    tmp_path, monkeypatch, capsys
):
    from newsclean.cli import outputs

    monkeypatch.setattr(outputs, "_nameless", lambda folder: None)
    src = _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}, {"text": "{broken"}])
    old = os.umask(0o022)
    try:
        assert main([str(src), "-o", str(tmp_path / "out.jsonl")]) == 0
        assert (tmp_path / "out.jsonl").stat().st_mode & 0o777 == 0o644
        bad = tmp_path / "bad.jsonl"
        bad.write_text(json.dumps({"text": ARTICLE}) + "\n{broken\n", encoding="utf-8")
        assert main([str(bad), "-o", str(tmp_path / "out2.jsonl"), "--on-error", "raise"]) == 1
    finally:
        os.umask(old)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "in.jsonl", "out.jsonl"]


def test_a_full_disk_is_exit_code_3(tmp_path, capsys):
    if not Path("/dev/full").exists():
        pytest.fail("needs /dev/full (Linux)")
    src = _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([*CLI, str(src)], stdout=full, stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 3
    assert "No space left" in proc.stderr and "Traceback" not in proc.stderr


def test_called_from_python_ctrl_c_is_the_callers_and_leaves_no_file(tmp_path, monkeypatch):
    import newsclean.cli as cli

    def interrupted(texts, **kwargs):
        yield parse(next(iter(texts)))
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "parse_many", interrupted)
    src = _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}, {"text": STORIES[0]}])
    with pytest.raises(KeyboardInterrupt):
        main([str(src), "-o", str(tmp_path / "out.jsonl")])
    assert list(tmp_path.iterdir()) == [src]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


# -- smaller cases ----------------------------------------------------------------------------


def test_as_the_command_the_signal_handlers_are_set_and_restored(tmp_path, monkeypatch, capsys):
    src = _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    monkeypatch.setattr(sys, "argv", ["newsclean", str(src), "-o", str(tmp_path / "out.jsonl")])
    before = signal.getsignal(signal.SIGTERM)
    assert main() == 0
    assert signal.getsignal(signal.SIGTERM) == before
    assert (tmp_path / "out.jsonl").exists()


def test_more_usage_errors(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    (tmp_path / "in.csv").write_text("text\nx\n", encoding="utf-8")
    (tmp_path / "dir").mkdir()
    cases = [
        (["dir", "--format", "jsonl"], "cannot apply to a directory"),
        (["in.csv", "--delimiter", ";;"], "one character"),
        (["in.jsonl", "-o", "dir"], "is a directory"),
        (["in.jsonl", "--lang", "Klingon"], "not a supported language"),
        (["--example", "--lang", "xx"], "--lang 'xx'"),
    ]
    for args, message in cases:
        assert main(args) == 2, args
        assert message in capsys.readouterr().err


def test_example_with_a_language_and_an_indent(capsys):
    assert main(["--example", "--lang", "EN", "--indent", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n   "headline"') and json.loads(out)["language"] == "en"


def test_csv_rows_of_the_wrong_length_and_an_empty_csv(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_text(
        'id,text,note\n1,"' + ARTICLE + '",a\n2,x,b,extra\n3\n4,"' + STORIES[0] + '"\n',
        encoding="utf-8",
    )
    assert main([str(src)]) == 0
    out, err = capsys.readouterr()
    assert [r["id"] for r in _rows(out)] == ["1", "4"]
    # line numbers are the file's: the first row's text spans lines 2 to 4
    assert "line 5: 4 fields where the header has 3" in err
    assert "line 6: no column 'text' in this row" in err
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert main([str(empty)]) == 0
    assert capsys.readouterr().out == ""


def test_json_that_is_not_an_object(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": ARTICLE}) + '\n["a list"]\n"a string"\n', encoding="utf-8")
    assert main([str(src)]) == 0
    err = capsys.readouterr().err
    assert (
        "line 2: a list, not a JSON object" in err and "line 3: a string, not a JSON object" in err
    )


def test_an_unreadable_file_in_a_directory(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "missing.txt")  # a dangling link
    assert main([str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert len(_rows(out)) == 1 and "b.txt: cannot read" in err


def test_an_unbalanced_quote_at_the_end_of_a_non_utf8_csv(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_bytes(('id,text\n1,"' + UK + '"\n2,"unfinished\n').encode("cp1251"))
    assert main([str(src)]) == 0
    rows = _rows(capsys.readouterr().out)
    assert rows[0]["headline"] == "Уряд ухвалив бюджет"
