"""The ``newsclean`` command: parse articles from files or stdin to JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .article import Article
from .pipeline import parse

__all__ = ["main"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def example_text() -> str:
    """The invented example article bundled with the package."""
    return (
        resources.files(__package__)
        .joinpath("examples")
        .joinpath("example_article.txt")
        .read_text("utf-8")
    )


def _article_dict(article: Article, explain: bool) -> dict[str, Any]:
    d = article.to_dict()
    if not explain:
        d.pop("removed")
    return d


def _records(args: argparse.Namespace, stream: TextIO) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) pairs; a record has the text under ``args.field``."""
    if args.format == "text":
        yield 1, {args.field: stream.read()}
        return
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            _warn(f"line {number}: not JSON ({exc.msg}); skipped")
            continue
        if not isinstance(record, dict) or not isinstance(record.get(args.field), str):
            _warn(f"line {number}: no text field {args.field!r}; skipped")
            continue
        yield number, record


def _warn(message: str) -> None:
    print(f"newsclean: {message}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn scraped news text into clean, structured articles (JSON lines out).",
    )
    ap.add_argument("input", nargs="?", help="a text or JSONL file (default: stdin)")
    ap.add_argument("--example", action="store_true", help="parse the bundled example article")
    ap.add_argument(
        "--format", choices=["text", "jsonl"], help="input format (default: by file name)"
    )
    ap.add_argument(
        "--field", default="text", help="JSONL field that holds the text (default: text)"
    )
    ap.add_argument("--lang", help="ISO 639-1 language hint (default: detect)")
    ap.add_argument("--explain", action="store_true", help="include what was removed, and why")
    ap.add_argument("--indent", type=int, default=None, help="pretty-print JSON with this indent")
    ap.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = sys.stdout
    try:
        if args.example:
            article = parse(example_text(), lang=args.lang)
            json.dump(
                _article_dict(article, args.explain),
                out,
                ensure_ascii=False,
                indent=args.indent or 2,
            )
            out.write("\n")
            return EXIT_OK
        if args.format is None:
            args.format = (
                "jsonl" if args.input and args.input.endswith((".jsonl", ".ndjson")) else "text"
            )
        if args.input:
            path = Path(args.input)
            if not path.is_file():
                _warn(f"no such file: {args.input}")
                return EXIT_USAGE
            stream: TextIO = path.open(encoding="utf-8", errors="replace")
        else:
            stream = sys.stdin
        with stream:
            for _, record in _records(args, stream):
                article = parse(record[args.field], lang=args.lang)
                row = {k: v for k, v in record.items() if k != args.field}
                row.update(_article_dict(article, args.explain))
                out.write(json.dumps(row, ensure_ascii=False, indent=args.indent) + "\n")
    except BrokenPipeError:  # "| head" closed the pipe: stop quietly
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        _warn("interrupted")
        return 130
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
