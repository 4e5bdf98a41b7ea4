"""Reading the input: ``str`` passes, ``bytes`` are decoded, binary is refused.

One decoder for ``parse(bytes)``, ``parse_many`` and the command line:

1. a byte order mark says UTF-8, UTF-16 or UTF-32 (little or big end);
2. without one, UTF-16 and UTF-32 show in their zero bytes: the first of them
   that decodes to text (not to a run of NULs) is taken;
3. a file that starts with a known signature (PNG, GIF, JPEG, PDF, ZIP,
   gzip, ELF, …), or whose first 8 KB are more than 5% control bytes, is
   binary: nothing is read from it;
4. UTF-8, when the bytes are valid UTF-8 (most are);
5. else the single-byte code page charset-normalizer finds (Windows-1250,
   -1251, -1252, ISO-8859-1, -2, -5, -15, KOI8-R, KOI8-U, MacRoman). Code
   pages that read the bytes equally cleanly are told apart by how well the
   letters they make fit the language of the text (its alphabet as our
   language data writes it): MacRoman German read as Windows-1250 is "Kšln"
   and "źber".

A ``str`` is checked too: binary data decoded as Latin-1 is refused the same
way, and a lone surrogate (which no encoder accepts: one such character would
stop ``json.dumps(...).encode()``) is replaced by U+FFFD; a surrogate pair is
joined into the character it stands for. Each replacement is recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .article import Removal

if TYPE_CHECKING:
    from .languages import LanguagePack

__all__ = [
    "Input",
    "binary_kind",
    "decode_bytes",
    "read_input",
    "replace_surrogates",
]

# Signatures of binary files: (start, what it is). A signature that text may
# also start with is longer, or checked with what follows it.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "Mach-O executable"),
    (b"\x00asm", "WebAssembly module"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS\x00", "Ogg media"),
    (b"fLaC\x00", "FLAC audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
# (Bytes are looked at as Latin-1 text, one character per byte: the same
# patterns serve bytes and a str that holds bytes.)
_SIGNATURE_SHAPES = (
    (re.compile(r"BZh[1-9]1AY&SY"), "bzip2 archive"),
    (re.compile(r"RIFF[\x00-\xff]{4}(?:WAVE|WEBP|AVI |ACON)"), "RIFF media"),
    (re.compile(r"[\x00-\xff]{4}ftyp"), "MP4 media"),
    (re.compile(r"MZ[^\x00]{0,62}\x00"), "Windows executable"),  # a DOS header has zero bytes
)
_LOOK = 8192  # bytes looked at
_LOOK_TEXT = 2048  # characters looked at (a str is seldom binary: a short look does)
# Control characters that text does not have: C0 but tab, line feed, form
# feed, carriage return and escape (terminal colours), and DEL.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_BINARY_SHARE = 0.05  # of the bytes looked at; "a few stray control bytes" stay text
_BINARY_COUNT = 4  # ... and at least this many


class Input(NamedTuple):
    """What ``parse`` reads: the text, what was replaced or refused, and whether it was binary."""

    text: str
    removed: list[Removal]
    binary: bool = False


def binary_kind(data: bytes) -> str | None:
    """What binary file ``data`` is ("PNG image", "binary data"), or None for text.

    >>> binary_kind(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    'PNG image'
    >>> binary_kind("Kyiv, 5 March (Ukrinform).\\x00 The talks went on.".encode())
    """
    return _binary_kind_of(data[:_LOOK].decode("latin-1"))


def _binary_text_kind(text: str) -> str | None:
    """:func:`binary_kind` of a ``str`` that holds bytes (decoded as Latin-1, say)."""
    return _binary_kind_of(text[:_LOOK_TEXT])


def _binary_kind_of(head: str) -> str | None:
    """What binary file starts with ``head`` (bytes as Latin-1 characters), or None."""
    start = head[:64]
    if start.isascii() or all(c <= "\xff" for c in start):
        raw = start.encode("latin-1")
        for signature, kind in _SIGNATURES:
            if raw.startswith(signature):
                return kind
        for pattern, kind in _SIGNATURE_SHAPES:
            if pattern.match(start):
                return kind
    controls = len(_CONTROL_CHARS.findall(head))
    if controls >= _BINARY_COUNT and controls > _BINARY_SHARE * len(head):
        return "binary data"
    return None


# (Escapes in the pattern, not the characters: a pattern stays valid text.)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile(r"[\ud800-\udbff][\udc00-\udfff]")


def replace_surrogates(text: str, removed: list[Removal]) -> str:
    """Join surrogate pairs into their character; replace a lone surrogate by U+FFFD.

    Each is recorded (kind "surrogate", the code units written as escapes, so
    that the record itself is valid text).

    >>> removed = []
    >>> replace_surrogates("Kyiv \\ud800 \\ud83d\\ude00", removed)
    'Kyiv \\ufffd 😀'
    >>> [r.text for r in removed]
    ['\\\\ud83d\\\\ude00', '\\\\ud800']
    """
    try:
        text.encode("utf-8")  # (the fastest look: only a surrogate stops it)
        return text
    except UnicodeEncodeError:
        pass

    def escaped(units: str) -> str:
        return units.encode("unicode_escape").decode("ascii")

    def join(m: re.Match[str]) -> str:
        removed.append(Removal("surrogate", escaped(m.group())))
        return m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le")

    def replace(m: re.Match[str]) -> str:
        removed.append(Removal("surrogate", escaped(m.group())))
        return "\ufffd"

    return _SURROGATE.sub(replace, _SURROGATE_PAIR.sub(join, text))


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_WIDE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
# The single-byte code pages charset-normalizer chooses from.
_CODE_PAGES = [
    "cp1252",
    "cp1250",
    "cp1251",
    "latin_1",
    "iso8859_2",
    "iso8859_5",
    "iso8859_15",
    "koi8_r",
    "koi8_u",
    "mac_roman",
]
_CLOSE_CHAOS = 0.05  # code pages whose reading is this close to the cleanest compete
_SAMPLE = 32_768  # bytes: charset-normalizer reads every candidate whole


def _by_bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace")
    return None


def _wide_codec(head: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte order mark, told by where its zero bytes fall.

    In UTF-32 text the top byte of every character is zero, in UTF-16 text the
    high byte of every Latin, digit or punctuation character: nearly all zero
    bytes fall on one side. In binary data they fall anywhere.
    """
    zeros = head.count(0)
    if zeros < _BINARY_COUNT or len(head) < 4:
        return None

    def zero_share(start: int, step: int) -> float:
        column = head[start::step]
        return column.count(0) / max(1, len(column))

    if zero_share(3, 4) == 1 and zero_share(2, 4) > 0.9:
        return "utf-32-le"
    if zero_share(0, 4) == 1 and zero_share(1, 4) > 0.9:
        return "utf-32-be"
    odd = head[1::2].count(0)
    if odd > 0.95 * zeros:
        return "utf-16-le"
    if zeros - odd > 0.95 * zeros:
        return "utf-16-be"
    return None


def _wide(data: bytes) -> str | None:
    """Text in UTF-32 or UTF-16 without a byte order mark, or None (see :func:`_wide_codec`)."""
    codec = _wide_codec(data[:_LOOK])
    if codec is None:
        return None
    text = data.decode(codec, "replace")
    return text if _binary_text_kind(text) is None else None


def _letters_in(value: object) -> Iterator[str]:
    """The non-ASCII letters of every phrase in a language pack's data, lower case."""
    if isinstance(value, str):
        yield from (c for c in value.lower() if not c.isascii() and c.isalpha())
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _letters_in(key)
            yield from _letters_in(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _letters_in(item)


@lru_cache(maxsize=16)
def _alphabet(pack: LanguagePack) -> frozenset[str]:
    """The letters beyond a-z a language writes, as its data shows them.

    ("über" and "März" give German ä ö ü; "según", "miércoles" Spanish á é í ñ ó ú.)
    """
    from dataclasses import fields

    return frozenset(c for f in fields(pack) for c in _letters_in(getattr(pack, f.name)))


def _plausibility(text: str) -> int:
    """How well ``text``'s non-ASCII characters fit its language.

    A letter of the language's alphabet counts one, any other letter minus
    one, and so does a character that is nearly only ever mojibake ("¤", "¦",
    "¬", "†"): "anunció" beats "anunci—", "Köln" beats "Kšln", "15 €" beats
    "15 ¤".
    """
    from ftfy.badness import MOJIBAKE_CATEGORIES

    from .languages import available_languages, detect_language, get_pack

    code = detect_language(text)
    codes = [code] if code in available_languages() else available_languages()
    letters = frozenset().union(*(_alphabet(get_pack(c)) for c in codes))
    bad = MOJIBAKE_CATEGORIES["bad"]
    score = 0
    for c in text:
        if c.isascii():
            continue
        if c.isalpha():
            score += 1 if c.lower() in letters else -1
        elif c in bad:
            score -= 1
    return score


def _sample(data: bytes) -> bytes:
    """What a long text is judged by: its start, middle and end (one code page throughout)."""
    if len(data) <= 2 * _SAMPLE:
        return data
    middle = len(data) // 2
    return b"\n".join((data[:_SAMPLE], data[middle : middle + _SAMPLE // 2], data[-_SAMPLE // 2 :]))


def _single_byte(data: bytes) -> str:
    """``data`` in the single-byte code page that reads it best (see the module doc)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(_sample(data), cp_isolation=_CODE_PAGES))
    if not matches:
        return data.decode("cp1252", "replace")
    cleanest = min(m.chaos for m in matches)
    close = {str(m): m.encoding for m in matches if m.chaos <= cleanest + _CLOSE_CHAOS}
    # (Ties keep charset-normalizer's order: max() keeps the first of equals.)
    return data.decode(close[max(close, key=_plausibility)], "replace")


def _decode(data: bytes) -> tuple[str, str | None]:
    """``data`` decoded (see the module doc), or "" and what binary file it is."""
    text = _by_bom(data)
    if text is not None:
        return text, None
    kind = next((k for signature, k in _SIGNATURES if data.startswith(signature)), None)
    if kind is None and 0 in data:
        text = _wide(data)
        if text is not None:
            return text, None
    kind = kind or binary_kind(data)
    if kind is not None:
        return "", kind
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return _single_byte(data), None


def decode_bytes(data: bytes) -> str:
    """``data`` decoded, the charset detected (see the module doc); "" for binary data.

    >>> decode_bytes("Київ".encode("cp1251"))
    'Київ'
    >>> decode_bytes("Рада ухвалила закон.".encode("utf-16"))
    'Рада ухвалила закон.'
    """
    return _decode(data)[0] if data else ""


def read_input(text: object, func: str = "parse") -> Input:
    """What ``func`` reads from ``text``: a ``str``, or ``bytes`` decoded; binary refused.

    >>> read_input(b"\\x1f\\x8b\\x08\\x00" + bytes(range(40))).removed
    [Removal(kind='binary', text='gzip archive, 44 bytes')]
    """
    removed: list[Removal] = []
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        text, kind = _decode(data) if data else ("", None)
        if kind is not None:
            return Input("", [Removal("binary", f"{kind}, {len(data):,} bytes")], True)
    elif not isinstance(text, str):
        raise TypeError(f"{func}() expects str or bytes, got {type(text).__name__}")
    else:
        kind = _binary_text_kind(text)
        if kind is not None:
            return Input("", [Removal("binary", f"{kind}, {len(text):,} characters")], True)
    return Input(replace_surrogates(text, removed), removed)
