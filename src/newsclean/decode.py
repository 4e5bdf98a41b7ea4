"""Input checking and decoding: ``str`` passes, ``bytes`` are decoded, the rest is a TypeError."""

from __future__ import annotations

__all__ = ["ensure_text"]


def ensure_text(text: object, func: str = "parse") -> str:
    """Return ``text`` as ``str``; decode ``bytes`` with charset detection.

    >>> ensure_text("Kyiv")
    'Kyiv'
    >>> ensure_text("Київ".encode("cp1251"))
    'Київ'
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        return _decode(bytes(text))
    raise TypeError(f"{func}() expects str or bytes, got {type(text).__name__}")


def _decode(data: bytes) -> str:
    if not data:
        return ""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from bs4 import UnicodeDammit  # charset detection (charset-normalizer when installed)

    dammit = UnicodeDammit(data, ["utf-8", "windows-1251", "windows-1252", "iso-8859-2"])
    if dammit.unicode_markup is not None:
        return str(dammit.unicode_markup)
    return data.decode("utf-8", errors="replace")
