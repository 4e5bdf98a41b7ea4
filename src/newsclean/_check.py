"""The checks every public function makes on its arguments, in one place.

A wrong type is a ``TypeError``, a wrong value a ``ValueError``; each names
the function and the argument, and says what was expected.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["check_lang", "check_positive_int", "check_str", "check_texts"]

# ISO 639-1: every two-letter language code. A code of a language newsclean
# has no data for ("it", "pt") is accepted: its texts get the rules of all
# languages together, and the code is reported as given.
_ISO_639_1_CODES = """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr
    cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu
    gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk
    kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms
    mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro
    ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl
    tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
"""
_ISO_639_1 = frozenset(_ISO_639_1_CODES.split())


def check_lang(lang: object, func: str) -> str | None:
    """``lang`` as a lower-case ISO 639-1 code ("DE" and "de-DE" are "de"), or None.

    >>> check_lang("de-AT", "parse")
    'de'
    >>> check_lang("xx", "parse")
    Traceback (most recent call last):
    ...
    ValueError: parse() expects an ISO 639-1 code such as "de" or "en" for lang, got 'xx'
    """
    if lang is None:
        return None
    if not isinstance(lang, str):
        raise TypeError(f"{func}() expects str or None for lang, got {type(lang).__name__}")
    code = lang.strip().replace("_", "-").partition("-")[0].lower()
    if code not in _ISO_639_1:
        raise ValueError(
            f'{func}() expects an ISO 639-1 code such as "de" or "en" for lang, got {lang!r}'
        )
    return code


def check_str(value: object, name: str, func: str, optional: bool = False) -> None:
    """A ``TypeError`` unless ``value`` is a ``str`` (or, when ``optional``, None)."""
    if isinstance(value, str) or (optional and value is None):
        return
    expected = "str or None" if optional else "str"
    raise TypeError(f"{func}() expects {expected} for {name}, got {type(value).__name__}")


def check_positive_int(value: object, name: str, func: str) -> int:
    """``value`` if it is an int of at least 1 (``bool`` is no number here)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{func}() expects int for {name}, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{func}() needs {name} >= 1, got {value}")
    return value


def check_texts(texts: object, func: str) -> Iterable[object]:
    """``texts`` if it is an iterable of texts: a single ``str`` or ``bytes`` is not one."""
    if isinstance(texts, (str, bytes, bytearray, memoryview)):
        raise TypeError(
            f"{func}() expects an iterable of texts (a list, a generator, a Series) for "
            f"texts, got a single {type(texts).__name__}: wrap it in a list"
        )
    if not isinstance(texts, Iterable):
        raise TypeError(f"{func}() expects an iterable for texts, got {type(texts).__name__}")
    return texts
