"""The ``newsclean`` command: parse articles from files or stdin to JSON lines or CSV.

Input: a text file (one article), JSON lines (``--field`` names the text;
other fields pass through), CSV (``--column``), a directory of ``.txt`` files,
or stdin (``-``). Output: JSON lines of ``Article.to_dict()`` (default) or
CSV, to stdout or to ``--output``, a file that appears only when the run
ends well (see `outputs.AtomicFile`). ``newsclean --help`` says the rest:
`options` holds the flags and their checks, `inputs` the readers,
`outputs` the writers.

SIGINT and SIGTERM stop the run cleanly (see `Stopper`): the workers end,
the unfinished output is removed, the exit code is 130 or 143, and no
traceback is printed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from importlib import resources
from types import FrameType
from typing import IO, Any

from ..article import Article
from ..batch import parse_many
from ..pipeline import parse
from .inputs import Record, Source, Unreadable, items
from .options import Options, UsageError, build_parser, settle
from .outputs import AtomicFile, CsvWriter, JsonWriter, RowMaker, article_fields

__all__ = ["build_parser", "example_text", "main"]

EXIT_OK, EXIT_BAD_RECORD, EXIT_USAGE, EXIT_IO = 0, 1, 2, 3
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143


class BadRecord(Exception):
    """An input record that cannot be read (with ``--on-error raise``)."""


def example_text() -> str:
    """The invented example article bundled with the package."""
    return (
        resources.files("newsclean")
        .joinpath("examples")
        .joinpath("example_article.txt")
        .read_text("utf-8")
    )


def _warn(message: str) -> None:
    print(f"newsclean: {message}", file=sys.stderr)


class Stopper:
    """SIGINT and SIGTERM end the run at once: clean-ups run, then the process exits.

    The handler does not raise an exception to unwind the stack: an
    exception raised by a signal lands wherever the main thread happens to
    be, and some places swallow it (a fork hook, a ``__del__``) or hold a
    lock that the unwinding then waits for, which leaves the run hanging.
    Instead the handler removes what must not stay (a named temporary
    output; a nameless one disappears with the process), ends the workers
    (on Linux the kernel also ends them when this process dies), writes one
    line to stderr and exits with 128 + the signal's number.
    """

    def __init__(self) -> None:
        self.cleanups: list[Callable[[], None]] = []

    def stop(self, signum: int, frame: FrameType | None) -> None:
        for cleanup in self.cleanups:
            with suppress(Exception):
                cleanup()
        for child in multiprocessing.active_children():
            with suppress(Exception):
                child.terminate()
        word = "interrupted" if signum == signal.SIGINT else "terminated"
        with suppress(OSError):
            os.write(2, f"\nnewsclean: {word}\n".encode())
        os._exit(128 + signum)

    @contextmanager
    def installed(self, enabled: bool = True) -> Iterator[Stopper]:
        if not enabled or threading.current_thread() is not threading.main_thread():
            yield self  # signals reach the main thread only
            return
        previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
        for s, handler in previous.items():
            if handler != signal.SIG_IGN:  # started with it ignored (nohup, "cmd &"): keep so
                signal.signal(s, self.stop)
        try:
            yield self
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)


class Reporter:
    """Reports bad records on stderr (or raises `BadRecord`) and counts them."""

    def __init__(self, on_error: str) -> None:
        self.on_error = on_error
        self.skipped = self.cut = 0

    def bad(self, where: str, why: str) -> None:
        if self.on_error == "raise":
            raise BadRecord(f"{where}: {why}")
        self.skipped += 1
        _warn(f"{where}: {why}; skipped")

    def check_cut(self, record: Record, article: Article, max_chars: int) -> None:
        if any(r.kind == "size_limit" for r in article.removed):
            self.cut += 1
            _warn(
                f"{record.where}: text of {len(record.text):,} characters cut to "
                f"{len(article.body):,} (--max-chars {max_chars:,}; the rest is in removed)"
            )


class Progress:
    """A progress bar: bytes of a file of known size, else articles."""

    def __init__(self, options: Options, stream: IO[bytes] | None) -> None:
        self.bar: Any = None
        self.stream = stream
        if not options.progress:
            return
        from tqdm import tqdm

        total = None
        if options.input_format == "dir":
            assert options.input is not None
            total = sum(1 for _ in options.input.glob("*.txt"))
        elif stream is not None and options.input is not None and options.input.is_file():
            total = options.input.stat().st_size
        self.by_bytes = total is not None and options.input_format != "dir"
        unit = "B" if self.by_bytes else "article"
        self.bar = tqdm(total=total, unit=unit, unit_scale=self.by_bytes, desc="newsclean")

    def advance(self) -> None:
        if self.bar is None:
            return
        if self.by_bytes and self.stream is not None:
            self.bar.update(self.stream.tell() - self.bar.n)
        else:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _convert(options: Options, records: Iterator[Any], writer: Any, progress: Progress) -> int:
    reporter = Reporter(options.on_error)
    flat = options.output_format == "csv"
    rows = RowMaker(options.field, options.prefix, options.explain, flat)
    pending: deque[Record] = deque()

    def texts() -> Iterator[str]:
        for item in records:
            if isinstance(item, Unreadable):
                reporter.bad(item.where, item.why)
                continue
            pending.append(item)
            yield item.text

    written = 0
    articles = parse_many(
        texts(), lang=options.lang, workers=options.workers, max_chars=options.max_chars
    )
    with closing(articles):  # type: ignore[type-var]  # a generator: close() ends the workers
        for article in articles:
            record = pending.popleft()
            reporter.check_cut(record, article, options.max_chars)
            try:
                writer.write(rows.row(record.fields, article.to_dict()))
            except UnicodeEncodeError:
                reporter.bad(record.where, "not valid Unicode (a lone surrogate)")
            else:
                written += 1
            progress.advance()
    writer.finish()
    if options.input_format != "text":
        cut = f", {reporter.cut} cut at --max-chars" if reporter.cut else ""
        _warn(f"{written} articles written, {reporter.skipped} records skipped{cut}")
    return EXIT_OK


class _TextSink:
    """Bytes to a text-only stdout (a doctest's or a notebook's), as UTF-8 text."""

    def write(self, data: bytes) -> None:
        sys.stdout.write(data.decode("utf-8"))

    def flush(self) -> None:
        sys.stdout.flush()


def _stdout() -> Any:
    """Standard output as bytes; what was printed as text before goes first."""
    sys.stdout.flush()
    return getattr(sys.stdout, "buffer", None) or _TextSink()


def _writer(options: Options, stream: IO[bytes]) -> Any:
    if options.output_format == "csv":
        names = article_fields(options.explain, flat=True)
        ours = tuple(options.prefix + name for name in names)
        return CsvWriter(stream, options.output_delimiter, ours)
    return JsonWriter(stream, options.indent)


def _run(options: Options, stopper: Stopper) -> int:
    """Read, parse, write; the output file appears only when every record went through."""
    stream: IO[bytes] | None = None
    output: AtomicFile | None = None
    try:
        if options.input_format != "dir":
            stream = open(options.input, "rb") if options.input else sys.stdin.buffer  # noqa: SIM115
        source = Source(stream, options.encoding) if stream is not None else None
        records = items(options, source)  # usage errors about the input: before any output
        if options.output is not None:
            output = AtomicFile(options.output)
            stopper.cleanups.append(output.remove_name)
        out = output.stream if output is not None else _stdout()
        progress = Progress(options, stream)
        try:
            code = _convert(options, records, _writer(options, out), progress)
        finally:
            progress.close()
        if output is not None:
            output.commit()
        return code
    finally:
        if output is not None:
            output.discard()
        if stream is not None and options.input is not None:
            stream.close()


def _example(args: Any) -> int:
    article = parse(example_text(), lang=args.lang)
    data = article.to_dict()
    if not args.explain:
        data.pop("removed")
    writer = JsonWriter(_stdout(), args.indent or 2)
    writer.write(data)
    writer.finish()
    return EXIT_OK


def _main(argv: list[str] | None, stopper: Stopper) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.example:
            if args.lang is not None:
                from .options import normalise_lang

                args.lang = normalise_lang(args.lang)
            return _example(args)
        if args.input is None and sys.stdin.isatty():
            parser.print_usage(sys.stderr)
            _warn("no input: name a file, or pipe text in (newsclean --help says more)")
            return EXIT_USAGE
        options = settle(args, sys.stderr.isatty())
        return _run(options, stopper)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        _warn(str(exc))
        return EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    """The ``newsclean`` command; returns its exit code.

    With ``argv`` None (the installed command) SIGINT and SIGTERM end the
    process cleanly (see `Stopper`); with an ``argv`` list (called from
    Python) they are left to the caller.

    Examples:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "article.txt"
        >>> _ = path.write_text("Rates held\\n\\nThe bank kept rates at 4%.", encoding="utf-8")
        >>> main([str(path)])  # doctest: +ELLIPSIS
        {"headline": "Rates held", "body": "The bank kept rates at 4%.", ...}
        0
    """
    try:
        # As the command (argv from sys.argv), signals end the process; called
        # from Python with argv (a notebook, a test), Ctrl-C stays the
        # caller's KeyboardInterrupt, and the unfinished output is removed.
        with Stopper().installed(enabled=argv is None) as stopper:
            return _main(argv, stopper)
    except BadRecord as exc:
        _warn(str(exc))
        return EXIT_BAD_RECORD
    except BrokenPipeError:  # "| head" closed the pipe: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        _warn(f"cannot go on: {exc}")
        return EXIT_IO
