"""The ``newsclean`` command: parse articles from files or stdin to JSON lines or CSV.

Input: a text file (one article), JSON lines (``--field`` names the text;
other fields pass through), CSV (``--column``), a directory of ``.txt`` files,
or stdin. Output: JSON lines of ``Article.to_dict()`` (default) or CSV, to
stdout or to ``--output``, which is written under a temporary name and renamed
at the end, so an interrupted run never leaves a half-written file.

Exit codes: 0 done (bad input records are reported and skipped), 1 a bad
record with ``--on-error raise``, 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .article import Article
from .batch import parse_many
from .pipeline import parse

__all__ = ["main"]

EXIT_OK, EXIT_BAD_RECORD, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
CSV_FIELDS = ("headline", "body", "language", "published", "attributions", "briefs", "dates")


class BadRecord(Exception):
    """An input record that cannot be read (with ``--on-error raise``)."""


def example_text() -> str:
    """The invented example article bundled with the package."""
    return (
        resources.files(__package__)
        .joinpath("examples")
        .joinpath("example_article.txt")
        .read_text("utf-8")
    )


def _warn(message: str) -> None:
    print(f"newsclean: {message}", file=sys.stderr)


def _input_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    name = (args.input or "").lower()
    if args.input and Path(args.input).is_dir():
        return "dir"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".csv"):
        return "csv"
    return "text"


class Reader:
    """Yields records (dicts with the text under ``field``) and counts the bad ones."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.bad = 0

    def _bad(self, where: str, why: str) -> None:
        if self.args.on_error == "raise":
            raise BadRecord(f"{where}: {why}")
        self.bad += 1
        _warn(f"{where}: {why}; skipped")

    def records(self, stream: TextIO | None) -> Iterator[dict[str, Any]]:
        fmt, field = _input_format(self.args), self.args.field
        if fmt == "dir":
            for path in sorted(Path(self.args.input).glob("*.txt")):
                yield {"path": str(path), field: path.read_text(encoding="utf-8", errors="replace")}
            return
        assert stream is not None
        if fmt == "text":
            yield {field: stream.read()}
        elif fmt == "csv":
            for number, row in enumerate(csv.DictReader(stream), 2):
                if not isinstance(row.get(self.args.column), str):
                    self._bad(f"line {number}", f"no column {self.args.column!r}")
                    continue
                yield {**row, field: row.pop(self.args.column)}
        else:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    self._bad(f"line {number}", f"not JSON ({exc.msg})")
                    continue
                if not isinstance(record, dict) or not isinstance(record.get(field), str):
                    self._bad(f"line {number}", f"no text field {field!r}")
                    continue
                yield record


def _row(record: dict[str, Any], article: Article, field: str, explain: bool) -> dict[str, Any]:
    row = {k: v for k, v in record.items() if k != field}
    data = article.to_dict()
    if not explain:
        data.pop("removed")
    row.update(data)
    return row


class Writer:
    """JSON lines or CSV rows to a stream."""

    def __init__(self, stream: TextIO, fmt: str, explain: bool) -> None:
        self.stream, self.fmt, self.explain = stream, fmt, explain
        self.csv: csv.DictWriter[str] | None = None

    def write(self, row: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        flat = {
            k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
            for k, v in row.items()
        }
        if self.csv is None:
            fields = [k for k in flat if k not in CSV_FIELDS and k != "removed"] + list(CSV_FIELDS)
            fields += ["removed"] if self.explain else []
            self.csv = csv.DictWriter(self.stream, fieldnames=fields, extrasaction="ignore")
            self.csv.writeheader()
        self.csv.writerow(flat)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn scraped news text into clean, structured articles.",
        epilog="Exit codes: 0 done, 1 bad record with --on-error raise, 2 usage error, "
        "130 interrupted.",
    )
    ap.add_argument(
        "input",
        nargs="?",
        help="text, JSONL or CSV file, or a directory of .txt files (default: stdin)",
    )
    ap.add_argument("--example", action="store_true", help="parse the bundled example article")
    ap.add_argument(
        "--format", choices=["text", "jsonl", "csv"], help="input format (default: by file name)"
    )
    ap.add_argument("--field", default="text", help="JSONL field with the text (default: text)")
    ap.add_argument("--column", default="text", help="CSV column with the text (default: text)")
    ap.add_argument("--output", "-o", help="output file (default: stdout)")
    ap.add_argument("--output-format", choices=["jsonl", "csv"], default="jsonl")
    ap.add_argument("--lang", help="ISO 639-1 language hint (default: detect)")
    ap.add_argument("--workers", type=int, default=1, help="processes to use (default: 1)")
    ap.add_argument("--explain", action="store_true", help="include what was removed, and why")
    ap.add_argument(
        "--on-error", choices=["skip", "raise"], default="skip", help="bad input records"
    )
    ap.add_argument("--progress", action="store_true", default=None, help="progress bar on stderr")
    ap.add_argument("--indent", type=int, default=None, help="pretty-print --example JSON")
    ap.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return ap


def _run(args: argparse.Namespace, out: TextIO) -> int:
    with ExitStack() as stack:
        stream: TextIO | None = None
        if _input_format(args) != "dir":
            stream = sys.stdin
            if args.input:
                stream = stack.enter_context(open(args.input, encoding="utf-8", errors="replace"))
        return _convert(args, stream, out)


def _convert(args: argparse.Namespace, stream: TextIO | None, out: TextIO) -> int:
    reader = Reader(args)
    writer = Writer(out, args.output_format, args.explain)
    pending: deque[dict[str, Any]] = deque()

    def texts() -> Iterator[str]:
        for record in reader.records(stream):
            pending.append(record)
            yield record[args.field]

    progress = args.progress if args.progress is not None else sys.stderr.isatty()
    count = 0
    for article in parse_many(texts(), lang=args.lang, workers=args.workers, progress=progress):
        writer.write(_row(pending.popleft(), article, args.field, args.explain))
        count += 1
    if reader.bad or (args.input and _input_format(args) in ("jsonl", "csv")):
        _warn(f"{count} articles written, {reader.bad} records skipped")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """The ``newsclean`` command; returns its exit code.

    Examples:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "article.txt"
        >>> _ = path.write_text("Rates held\\n\\nThe bank kept rates at 4%.", encoding="utf-8")
        >>> main([str(path)])  # doctest: +ELLIPSIS
        {"headline": "Rates held", "body": "The bank kept rates at 4%.", ...}
        0
    """
    args = build_parser().parse_args(argv)
    if args.example:
        article = parse(example_text(), lang=args.lang)
        data = article.to_dict()
        if not args.explain:
            data.pop("removed")
        print(json.dumps(data, ensure_ascii=False, indent=args.indent or 2))
        return EXIT_OK
    if args.input and not Path(args.input).exists():
        _warn(f"no such file: {args.input}")
        return EXIT_USAGE
    if args.workers < 1:
        _warn("--workers must be at least 1")
        return EXIT_USAGE
    tmp_path = None
    try:
        if args.output:
            target = Path(args.output)
            fd, tmp_path = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                code = _run(args, out)
            os.replace(tmp_path, target)  # only a finished run replaces the file
            tmp_path = None
            return code
        return _run(args, sys.stdout)
    except BadRecord as exc:
        _warn(str(exc))
        return EXIT_BAD_RECORD
    except BrokenPipeError:  # "| head" closed the pipe: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        _warn("interrupted")
        return EXIT_INTERRUPTED
    finally:
        if tmp_path is not None and os.path.exists(tmp_path):
            os.unlink(tmp_path)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
