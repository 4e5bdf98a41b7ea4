"""Writing the command line's output: rows as JSON lines or CSV, in a file that appears whole.

`AtomicFile` writes into a file with no name (Linux ``O_TMPFILE``) in the
target's directory and gives it the target's name only when the run has
ended well: a run that is killed, even by SIGKILL, leaves nothing behind.
Where a nameless file cannot be linked, a hidden temporary file is used
instead and removed on any error or catchable signal. The file gets the
mode a new file gets under the umask, or the mode of the file it replaces;
``-o`` through a symlink replaces the link's target, not the link.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import secrets
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

from ..article import ARTICLE_SCHEMA

__all__ = ["AtomicFile", "CsvWriter", "JsonWriter", "RowMaker", "article_fields"]


def article_fields(explain: bool, flat: bool = False) -> list[str]:
    """newsclean's output fields, in schema order.

    ``removed`` only with --explain; with ``flat`` (CSV) only the schema's
    flat fields (``paragraphs`` is the body again, split).
    """
    return [
        f.name
        for f in ARTICLE_SCHEMA.fields
        if (explain or f.name != "removed") and (f.flat or not flat)
    ]


def _link_nameless(fd: int, path: Path) -> None:
    """Give the O_TMPFILE file ``fd`` the name ``path`` (raises OSError where it cannot)."""
    try:
        os.link(f"/proc/self/fd/{fd}", path)  # the documented way, for any user
        return
    except OSError:
        pass
    import ctypes  # where /proc is another mount (containers): linkat(AT_EMPTY_PATH)

    at_fdcwd, at_empty_path = -100, 0x1000
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.linkat(fd, b"", at_fdcwd, os.fsencode(path), at_empty_path) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, os.strerror(errno), str(path))


def _nameless(folder: Path) -> int | None:
    """A nameless file in ``folder`` that can be linked later, or None where that fails."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None:  # pragma: no cover  (not Linux)
        return None
    try:
        probe = os.open(folder, flag | os.O_WRONLY, 0o600)
    except OSError:  # pragma: no cover  (a file system without O_TMPFILE)
        return None
    name = folder / f".newsclean-probe-{secrets.token_hex(6)}"
    try:
        _link_nameless(probe, name)
        os.unlink(name)
    except OSError:  # pragma: no cover
        return None
    finally:
        os.close(probe)
    return os.open(folder, flag | os.O_WRONLY | os.O_CLOEXEC, 0o666)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """A binary output file that takes its name only at `commit`."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.temp_name: Path | None = None
        fd = _nameless(target.parent)
        if fd is None:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            self.temp_name = Path(name)
            os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600 whatever the umask
        self.fd = fd
        with contextlib.suppress(FileNotFoundError):  # replacing a file: keep its mode
            os.fchmod(fd, os.stat(target).st_mode & 0o7777)
        self.stream: IO[bytes] = os.fdopen(fd, "wb", buffering=1 << 20, closefd=False)

    def commit(self) -> None:
        self.stream.flush()
        os.fsync(self.fd)
        if self.temp_name is None:
            name = self.target.parent / f".{self.target.name}.{secrets.token_hex(4)}"
            _link_nameless(self.fd, name)
            self.temp_name = name
        os.replace(self.temp_name, self.target)
        self.temp_name = None
        self.close()

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.close()
        self.remove_name()

    def remove_name(self) -> None:
        """Unlink the temporary name, if any; safe in a signal handler (no buffered I/O)."""
        name, self.temp_name = self.temp_name, None
        if name is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name)

    def close(self) -> None:
        if self.fd < 0:
            return
        fd, self.fd = self.fd, -1
        try:
            self.stream.close()
        finally:
            os.close(fd)


class RowMaker:
    """An output row: the input's fields (but the text), then newsclean's.

    An input field that has the name of one of newsclean's output fields is
    kept as ``input_<name>`` (once noted on stderr), so nothing of the input
    is lost; ``prefix`` puts newsclean's fields under other names instead.
    """

    def __init__(self, text_key: str, prefix: str, explain: bool, flat: bool = False) -> None:
        self.text_key, self.prefix = text_key, prefix
        self.names = article_fields(explain, flat)
        self.ours = {prefix + name for name in self.names}
        self.noted: set[str] = set()

    def _free_name(self, name: str, taken: dict[str, Any]) -> str:
        new = f"input_{name}"
        while new in self.ours or new in taken:
            new = f"input_{new}"
        if name not in self.noted:
            self.noted.add(name)
            print(
                f"newsclean: the input field {name!r} is kept as {new!r} "
                "(--prefix puts newsclean's fields under other names)",
                file=sys.stderr,
            )
        return new

    def row(self, fields: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for name, value in fields.items():
            if name == self.text_key:
                continue
            row[self._free_name(name, fields) if name in self.ours else name] = value
        for name in self.names:
            row[self.prefix + name] = article[name]
        return row


def _json(row: dict[str, Any], indent: int | None = None) -> bytes:
    """UTF-8 JSON; a lone surrogate (not Unicode) raises UnicodeEncodeError."""
    return json.dumps(row, ensure_ascii=False, allow_nan=False, indent=indent).encode("utf-8")


class JsonWriter:
    """JSON lines (or, with ``indent``, one pretty-printed object)."""

    def __init__(self, stream: IO[bytes], indent: int | None = None) -> None:
        self.stream, self.indent = stream, indent

    def write(self, row: dict[str, Any]) -> None:
        self.stream.write(_json(row, self.indent) + b"\n")

    def finish(self) -> None:
        self.stream.flush()


class CsvWriter:
    """CSV whose header holds every field of every row, in order of first appearance.

    Rows are kept in a nameless spool file until the end, when the header is
    known: a field that first appears in row 1,000 still gets its column.
    Lists and objects are written as JSON text; the input's columns come
    first, newsclean's (``last``) after them.
    """

    def __init__(self, stream: IO[bytes], delimiter: str = ",", last: tuple[str, ...] = ()) -> None:
        self.stream, self.delimiter, self.last = stream, delimiter, last
        self.spool = tempfile.TemporaryFile()  # noqa: SIM115  (closed by finish)
        self.columns: dict[str, None] = {}

    def header(self) -> list[str]:
        """The input's columns in order of first appearance, then ``last`` (newsclean's)."""
        ours = set(self.last)
        first = [c for c in self.columns if c not in ours]
        return first + [c for c in self.last if c in self.columns]

    def write(self, row: dict[str, Any]) -> None:
        line = _json(row) + b"\n"  # checked before anything is kept
        self.columns.update(dict.fromkeys(row))
        self.spool.write(line)

    def finish(self) -> None:
        self.spool.seek(0)
        text = io.TextIOWrapper(self.stream, encoding="utf-8", newline="", write_through=True)
        writer = csv.DictWriter(text, fieldnames=self.header(), delimiter=self.delimiter)
        writer.writeheader()
        for line in self.spool:
            writer.writerow({k: _cell(v) for k, v in json.loads(line).items()})
        text.flush()
        text.detach()
        self.spool.close()


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value
