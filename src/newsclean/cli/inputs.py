"""Reading the command line's input: records out of text, JSON lines, CSV or a directory.

The input is read as bytes and decoded here: a byte order mark (UTF-8,
UTF-16, UTF-32) is followed and ``--encoding`` forces a codec; otherwise each
record is UTF-8 or, when it is not, decoded as ``newsclean.parse(bytes)``
decodes (``newsclean.decode.ensure_text``, charset detection). Decoding
record by record keeps memory flat on any file size, and one record in
another charset does not garble the rest.

A record that cannot be read is an `Unreadable` item with its place and the
reason; the caller reports and skips it. What makes the whole input
unusable (a CSV without the text column, JSON lines none of which has the
text field) is a `UsageError`, raised before any output exists.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from ..decode import ensure_text
from .options import Options, UsageError

__all__ = ["Record", "Source", "Unreadable", "items"]

#: Non-empty JSON lines looked at before deciding that no record has the text field.
LOOKAHEAD = 100
#: The CSV field size limit (the csv module's default, 131,072, cuts real articles):
#: long texts are cut by --max-chars and reported, not refused by the reader.
CSV_FIELD_LIMIT = 2**31 - 1
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DELIMITERS = (",", ";", "\t", "|")


@dataclass
class Record:
    """One input record: where it is, its other fields, and its text."""

    where: str
    fields: dict[str, Any]
    text: str


@dataclass
class Unreadable:
    """A record that cannot be read, and why."""

    where: str
    why: str


Item = Record | Unreadable


class Source:
    """An input as bytes, decoded record by record."""

    def __init__(self, stream: IO[bytes], encoding: str | None) -> None:
        self.stream = stream
        head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
        self.codec = encoding or next((name for bom, name in _BOMS if head.startswith(bom)), None)

    def decode(self, data: bytes) -> str:
        """One record's bytes as text (no codec known: UTF-8, else detected)."""
        if self.codec is not None:
            return data.decode(self.codec, errors="replace")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return ensure_text(data)

    def whole(self) -> str:
        return self.decode(self.stream.read())

    def lines(self) -> Iterator[str]:
        """Text lines with their line ends (a known codec: the stream's, else line by line)."""
        if self.codec is not None:
            text = io.TextIOWrapper(self.stream, encoding=self.codec, errors="replace", newline="")
            try:
                yield from text
            finally:
                text.detach()  # the stream is the caller's to close (stdin too)
            return
        for raw in self.stream:
            yield self.decode(raw)

    def csv_lines(self) -> Iterator[str]:
        """Like `lines`, but a quoted field's line breaks stay inside one decoded record."""
        if self.codec is not None:
            yield from self.lines()
            return
        group: list[bytes] = []
        quotes = 0
        for raw in self.stream:  # '"' and line ends are ASCII in every charset detected
            group.append(raw)
            quotes += raw.count(b'"')
            if quotes % 2 == 0:
                yield from self.decode(b"".join(group)).splitlines(keepends=True)
                group, quotes = [], 0
        if group:
            yield from self.decode(b"".join(group)).splitlines(keepends=True)


def _type_name(value: object) -> str:
    names = {dict: "an object", list: "a list", bool: "true/false", str: "a string"}
    return "null" if value is None else names.get(type(value), "a number")


def _no_constant(name: str) -> None:
    """NaN and Infinity are not JSON: read as null, so that the output is valid JSON."""
    return None


def _jsonl_item(number: int, line: str, key: str) -> Item | None:
    where = f"line {number}"
    if not line.strip():
        return None
    try:
        record = json.loads(line, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        return Unreadable(where, f"not JSON ({exc.msg})")
    except RecursionError:
        return Unreadable(where, "JSON nested too deeply to read")
    if not isinstance(record, dict):
        return Unreadable(where, f"{_type_name(record)}, not a JSON object")
    if key not in record:
        return Unreadable(where, f"no field {key!r}")
    text = record[key]
    if text is None:  # a record without text: an empty article, the record kept
        text = ""
    if not isinstance(text, str):
        return Unreadable(where, f"field {key!r} is {_type_name(text)}, not text")
    return Record(where, record, text)


def jsonl_items(lines: Iterable[str], key: str) -> Iterator[Item]:
    for number, line in enumerate(lines, 1):
        item = _jsonl_item(number, line, key)
        if item is not None:
            yield item


def _check_some_record_has_the_field(found: Iterator[Item], key: str) -> Iterator[Item]:
    """Usage error when none of the first `LOOKAHEAD` records has the text field.

    Reads only up to the first good record, so a stream is not held back.
    """
    head: list[Item] = []
    for item in islice(found, LOOKAHEAD):
        head.append(item)
        if isinstance(item, Record):
            break
    if head and not isinstance(head[-1], Record):
        reasons = sorted({i.why for i in head if isinstance(i, Unreadable)})
        raise UsageError(
            f"none of the first {len(head)} records has a text field {key!r} "
            f"({'; '.join(reasons[:3])}); --field names the field"
        )
    return chain(head, found)


def _delimiter(header: str, key: str, given: str | None) -> str:
    """The given one, else one that makes the header hold the text column, else the commonest."""
    if given:
        return given
    for candidate in _DELIMITERS:
        names = next(csv.reader([header], delimiter=candidate))
        if key in (n.strip() for n in names):
            return candidate
    return max(_DELIMITERS, key=header.count)


def _csv_row(where: str, header: list[str], row: list[str], key: str) -> Item:
    if len(row) > len(header):
        return Unreadable(where, f"{len(row)} fields where the header has {len(header)}")
    if header.index(key) >= len(row):
        return Unreadable(where, f"no column {key!r} in this row ({len(row)} fields)")
    fields = dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))
    return Record(where, fields, fields[key])


def csv_items(lines: Iterator[str], key: str, delimiter: str | None) -> Iterator[Item]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    first = next(lines, "")
    if not first:
        return iter(())
    first = first.removeprefix("\ufeff")  # Excel writes a UTF-8 byte order mark
    sep = _delimiter(first.rstrip("\r\n"), key, delimiter)
    reader = csv.reader(chain([first], lines), delimiter=sep)
    header = [name.strip() for name in next(reader)]
    if key not in header:
        raise UsageError(f"no column {key!r}; the columns are {header} (--column names one)")
    return _csv_rows(reader, header, key)


def _csv_rows(reader: Any, header: list[str], key: str) -> Iterator[Item]:
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Unreadable(f"line {start}", f"not CSV ({exc})")
            continue
        if row:
            yield _csv_row(f"line {start}", header, row, key)


def dir_items(folder: Path, encoding: str | None) -> Iterator[Item]:
    for path in sorted(folder.glob("*.txt")):
        try:
            with open(path, "rb") as fh:
                text = Source(fh, encoding).whole()
        except OSError as exc:
            yield Unreadable(str(path), f"cannot read ({exc.strerror})")
            continue
        yield Record(str(path), {"path": str(path)}, text)


def items(options: Options, source: Source | None) -> Iterator[Item]:
    """The records of the input, in order (and the unreadable ones in their place)."""
    if options.input_format == "dir":
        assert options.input is not None
        return dir_items(options.input, options.encoding)
    assert source is not None
    if options.input_format == "text":
        return iter([Record("input", {}, source.whole())])
    if options.input_format == "csv":
        return csv_items(source.csv_lines(), options.field, options.delimiter)
    return _check_some_record_has_the_field(
        jsonl_items(source.lines(), options.field), options.field
    )
