"""The command line's arguments: the parser, and the checks that turn them into settled options.

Everything that can be known before the first record is read is checked
here, and a wrong flag is a usage error (exit code 2) before any output
exists: formats follow the file names and the flags given, a flag that
cannot apply to the input is refused, the language code is normalised.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..pipeline import DEFAULT_MAX_CHARS

__all__ = ["Options", "UsageError", "build_parser", "settle"]

_INPUT_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "text",
}
_OUTPUT_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv"}
_OUTPUT_SUFFIXES[".tsv"] = "csv"


class UsageError(Exception):
    """A wrong flag or argument: reported with the usage line, exit code 2."""


@dataclass(frozen=True)
class Options:
    """What the command will do, every choice settled."""

    input: Path | None  # None: stdin
    input_format: str  # text, jsonl, csv, dir
    field: str  # the record's key that holds the text (JSONL field or CSV column)
    delimiter: str | None  # CSV input; None: from the header line
    output: Path | None  # None: stdout
    output_format: str  # jsonl or csv
    output_delimiter: str
    lang: str | None
    workers: int
    max_chars: int
    encoding: str | None
    prefix: str
    explain: bool
    on_error: str
    progress: bool
    indent: int | None


_EPILOG = """\
Output fields: every field of the input record except the text itself, then
newsclean's fields ({fields}; removed with --explain) under their own
names, or under --prefix PREFIX. An input field whose name newsclean uses is
kept, renamed input_<name> (a note on stderr says so); with --prefix, input
fields keep their names.

Formats: by file name (.jsonl/.ndjson, .csv/.tsv, .txt), else by the flags
(--field means JSONL, --column means CSV), else plain text (one article).
Output: JSON lines, or CSV when -o ends in .csv/.tsv or with --output-format
csv. '-' is stdin or stdout.

Encodings: a byte order mark is followed; otherwise UTF-8, and a record that
is not UTF-8 has its charset detected as newsclean.parse(bytes) does.
--encoding forces one.

Exit codes: 0 done (bad records, if any, reported on stderr and skipped),
1 a bad record with --on-error raise, 2 usage error, 3 the output could not
be written, 130 interrupted (SIGINT), 143 terminated (SIGTERM). The output
file appears only when the run ends well; it never exists half-written."""


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn scraped news text into clean, structured articles.",
        epilog=_paragraphs(_EPILOG.format(fields=", ".join(_article_fields()))),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument(
        "input",
        nargs="?",
        help="text, JSONL or CSV file, a directory of .txt files, or - for stdin",
    )
    ap.add_argument("--example", action="store_true", help="parse the bundled example article")
    ap.add_argument(
        "--format", choices=["text", "jsonl", "csv"], help="input format (default: by file name)"
    )
    ap.add_argument("--field", help="JSONL field with the text (default: text)")
    ap.add_argument("--column", help="CSV column with the text (default: text)")
    ap.add_argument("--delimiter", help="CSV input delimiter (default: read from the header)")
    ap.add_argument("--output", "-o", help="output file, or - for stdout (default: stdout)")
    ap.add_argument(
        "--output-format", choices=["jsonl", "csv"], help="default: by -o's name, else jsonl"
    )
    ap.add_argument("--prefix", default="", help="put newsclean's fields under this prefix")
    ap.add_argument("--lang", help="language code such as de, en, uk (default: detect)")
    ap.add_argument(
        "--workers", type=int, default=1, help="processes to use, at most the cores (default: 1)"
    )
    ap.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        help=f"longer texts are cut and reported (default: {DEFAULT_MAX_CHARS:,})",
    )
    ap.add_argument("--encoding", help="input encoding (default: BOM, UTF-8 or detected)")
    ap.add_argument("--explain", action="store_true", help="include what was removed, and why")
    ap.add_argument(
        "--on-error", choices=["skip", "raise"], default="skip", help="bad input records"
    )
    ap.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    ap.add_argument(
        "--indent", type=int, default=None, help="pretty-print one article's JSON (text input)"
    )
    ap.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return ap


def _paragraphs(text: str) -> str:
    """``text`` with each paragraph wrapped anew (the help keeps its blank lines)."""
    import textwrap

    return "\n\n".join(textwrap.fill(" ".join(p.split()), 79) for p in text.split("\n\n"))


def _article_fields() -> list[str]:
    from ..article import ARTICLE_SCHEMA

    return [f.name for f in ARTICLE_SCHEMA.fields if f.name != "removed"]


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, where the system has one)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return max(1, len(affinity(0)))
    return os.cpu_count() or 1  # pragma: no cover


def normalise_lang(code: str) -> str:
    """``EN`` -> ``en``, ``de-DE`` / ``de_AT`` -> ``de``; an unknown code is a usage error.

    >>> normalise_lang(" DE-de ")
    'de'
    """
    from ..languages import available_languages

    base = code.strip().replace("_", "-").split("-", 1)[0].lower()
    known = available_languages()
    if base not in known:
        raise UsageError(f"--lang {code!r}: not a supported language (one of {', '.join(known)})")
    return base


def _input_path(args: argparse.Namespace) -> Path | None:
    if args.input in (None, "-"):
        return None
    path = Path(args.input)
    if not path.exists():
        raise UsageError(f"no such file: {args.input}")
    return path


def _input_format(args: argparse.Namespace, path: Path | None) -> str:
    if path is not None and path.is_dir():
        if args.format:
            raise UsageError(f"--format {args.format} cannot apply to a directory")
        return "dir"
    if args.format:
        return str(args.format)
    by_name = _INPUT_SUFFIXES.get(path.suffix.lower()) if path is not None else None
    if by_name:
        return by_name
    if args.field is not None:
        return "jsonl"
    if args.column is not None:
        return "csv"
    return "text"


def _text_key(args: argparse.Namespace, fmt: str) -> str:
    if args.field is not None and args.column is not None:
        raise UsageError("--field (JSONL) and --column (CSV) cannot be used together")
    if args.field is not None and fmt != "jsonl":
        raise UsageError(f"--field names a JSONL field, but the input is {fmt}")
    if args.column is not None and fmt != "csv":
        raise UsageError(f"--column names a CSV column, but the input is {fmt}")
    if args.delimiter is not None and fmt != "csv":
        raise UsageError(f"--delimiter applies to CSV input, but the input is {fmt}")
    if args.delimiter is not None and len(args.delimiter) != 1:
        raise UsageError(f"--delimiter must be one character, got {args.delimiter!r}")
    key = args.field if args.field is not None else args.column
    return "text" if key is None else str(key)


def _output(args: argparse.Namespace, input_path: Path | None) -> tuple[Path | None, str]:
    path = None if args.output in (None, "-") else Path(args.output)
    by_name = _OUTPUT_SUFFIXES.get(path.suffix.lower()) if path is not None else None
    if args.output_format and by_name and args.output_format != by_name:
        raise UsageError(f"--output-format {args.output_format} but -o {args.output} is {by_name}")
    fmt = args.output_format or by_name or "jsonl"
    if path is None:
        return None, fmt
    real = Path(os.path.realpath(path))  # through a symlink: its target is replaced
    if not real.parent.is_dir():
        raise UsageError(f"-o {args.output}: no such directory: {real.parent}")
    if real.is_dir():
        raise UsageError(f"-o {args.output} is a directory")
    if not os.access(real.parent, os.W_OK):
        raise UsageError(f"-o {args.output}: cannot write in {real.parent}")
    if input_path is not None and real.exists() and os.path.samefile(real, input_path):
        raise UsageError(f"-o {args.output} is the input file: write elsewhere")
    return real, fmt


def _workers(requested: int) -> int:
    if requested < 1:
        raise UsageError(f"--workers must be at least 1, got {requested}")
    cores = available_cores()
    if requested > cores:
        print(
            f"newsclean: --workers {requested} is more than the {cores} cores available; "
            f"using {cores}",
            file=sys.stderr,
        )
        return cores
    return requested


def _encoding(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(f"--encoding {name!r}: not an encoding Python knows") from None


def settle(args: argparse.Namespace, stderr_is_tty: bool) -> Options:
    """Check the arguments together; raise `UsageError` for any that cannot apply."""
    path = _input_path(args)
    fmt = _input_format(args, path)
    key = _text_key(args, fmt)
    output, output_format = _output(args, path)
    if args.indent is not None and (fmt != "text" or output_format != "jsonl"):
        raise UsageError("--indent pretty-prints one article: it needs text input and JSON output")
    if args.max_chars < 1:
        raise UsageError(f"--max-chars must be at least 1, got {args.max_chars}")
    suffix = output.suffix.lower() if output is not None else ""
    return Options(
        input=path,
        input_format=fmt,
        field=key,
        delimiter=args.delimiter or ("\t" if path is not None and path.suffix == ".tsv" else None),
        output=output,
        output_format=output_format,
        output_delimiter="\t" if suffix == ".tsv" else ",",
        lang=normalise_lang(args.lang) if args.lang is not None else None,
        workers=_workers(args.workers),
        max_chars=args.max_chars,
        encoding=_encoding(args.encoding),
        prefix=args.prefix,
        explain=args.explain,
        on_error=args.on_error,
        progress=args.progress if args.progress is not None else stderr_is_tty,
        indent=args.indent,
    )
