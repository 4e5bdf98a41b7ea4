"""Mojibake repair that changes text only on evidence that the change is a repair.

Mojibake is UTF-8 read with a single-byte code page: "é" (bytes C3 A9) read
as Windows-1252 is "Ã©", as Windows-1251 "Г©", as Windows-1250 "Ă©", as
MacRoman "√©", as cp437 "├⌐". The construction has three parts.

*Signs.* A code page's reading of a UTF-8 lead byte followed by its readings of
as many continuation bytes as the lead calls for ("Ã©", "â€™", "Ð¡", "Ă¨",
"√≤", "ß║"); a C1 control (a Windows-1252 character read as Latin-1); and
the shapes a lossy reading leaves: "â€" whose third byte was dropped, "Ã"
whose no-break space became a space, a lead before U+FFFD. Each sign stands
for one character: its bytes read back as UTF-8 ("Ã©" was "é"). Signs are
cheap to find and most lines have none; but genuine text has them too:
"NESTLÉ®", "CAFÉ…", "Fuß”", "3×€5", "5×£35", "SÉ¡".

*Evidence* that a sign is mojibake: ftfy's badness heuristic finds an
unlikely juxtaposition in the few characters around it ("Ã©", "â€™", "√≤");
the sign touches another one ("Ð¡Ð¾", "–£—Ä"); or it sits inside a word
where genuine text does not put it: its lead a capital right after a small
letter ("siÄ™", "niĂąo"), or a Windows-1251 lead touching a Latin letter
("fГ¤hrt", "Г©crit": Latin text read as Windows-1251, which ftfy's heuristic
misses).

*Repair,* line by line (a line with no evidenced sign is left as it is):

* a line one code page reads whole as UTF-8 is read back in it, which keeps
  the line consistent ("MĂĄm dost tĹ\x99etĂ\xadho" is ISO-8859-2 throughout).
  A sign that reads back as a character news text has (a letter of the
  European alphabets, punctuation, a currency sign) rides along on the line's
  evidence; any other needs evidence of its own or a script that evidenced
  signs of the line read back as (a Japanese line), else it stays: "NESTLÉ®"
  would read back as "NESTLɮ", "CAFÉ…" as "CAFɅ", "Fuß”" as "Fuߔ";
* on a line no code page reads whole, each sign needs evidence of its own,
  bad alone as ftfy has it ("“Quoted” cafÃ©"), and a plausible reading;
* what evidence is left goes to ftfy, whose repair is kept only if it leaves
  fewer evidenced signs; mojibake of mojibake ("ÃƒÂ©") is read back layer by
  layer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import pairwise

from .article import Removal

__all__ = ["may_be_mojibake", "repair_mojibake"]


def _reading(codec: str, byte_values: Iterable[int]) -> str:
    """What a code page shows for these bytes, as ftfy's "sloppy" codecs do.

    (A byte the code page leaves undefined reads as the Latin-1 character.)
    """
    return "".join(bytes([b]).decode(codec, "ignore") or chr(b) for b in byte_values)


def _cls(chars: str) -> str:
    return "[" + "".join(f"\\u{ord(c):04x}" for c in sorted(set(chars))) + "]"


_EVERY_LEAD = (range(0xC2, 0xE0), range(0xE0, 0xF0), range(0xF0, 0xF5))
# The leads of what news text holds (Latin, Greek, Cyrillic, Hebrew, Arabic,
# general punctuation, emoji); MacRoman shows the others as curly quotes, "…"
# and no-break spaces, too common to look behind at each.
_NEWS_LEADS = ((*range(0xC2, 0xC7), *range(0xCE, 0xD2), *range(0xD6, 0xDC)), (0xE2,), (0xF0,))


def _code_page_signs(
    codec: str, lead_bytes: tuple[Iterable[int], ...] = _EVERY_LEAD
) -> tuple[str, list[str]]:
    """The leads of a code page's UTF-8 readings, and one look-behind alternative per length."""
    cont = _cls(_reading(codec, range(0x80, 0xC0)))
    leads = [_reading(codec, b) for b in lead_bytes]
    alternatives = [f"(?<={_cls(lead)}){cont}{{{n}}}" for n, lead in enumerate(leads, 1)]
    return "".join(leads), alternatives


# Windows-1251's readings of Latin letters start with В, Г, Д or Е (bytes C2-C5),
# which are common capitals: only what cannot follow one in Cyrillic text counts
# (not і ї є ґ ё Ё Є Ї І, the apostrophe of "В’ячеслав", "В\u00a0Москве", « »).
_CONT_1251_LATIN = (
    "[\u0402\u0403\u0405\u0408-\u040c\u040e\u040f\u0452\u0453\u0455\u0458-\u045c"
    "\u045e\u045f\u0490\u0098\u00a4\u00a6\u00a7\u00a9\u00ac-\u00ae\u00b0\u00b1\u00b5-\u00b7"
    "\u2013\u2014\u201a\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2116\u2122]"
)
_LATIN_LEADS_1251 = "ВГДЕ"
_CONT_1251 = _cls(_reading("cp1251", range(0x80, 0xC0)))
_1251 = (
    "РСвп" + _LATIN_LEADS_1251,
    [
        # Cyrillic read as Windows-1251 ("Р’ СЃ")
        f"(?<=[РС]){_CONT_1251}",
        # punctuation and symbols (E2: "вЂ™", "в‚¬", "в„–"), ligatures (EF: "п¬Ѓ"); not
        # "ві" + "ї" ("Молдовії"): the second byte is one no Cyrillic word has there
        f"(?<=[вп])[ЂЃѓ‚„…†‡€‰‹‘’“”•–—™›\u00a0¤¦§©«¬\u00ad®°±µ¶·№»]{_CONT_1251}",
        f"(?<=[{_LATIN_LEADS_1251}]){_CONT_1251_LATIN}",
    ],
)
_C1 = "".join(map(chr, range(0x80, 0xA0)))
_LOST_LEADS = _reading("cp1252", range(0xC2, 0xF0)) + _reading("cp1250", range(0xC2, 0xF0))
_LOSSY = (
    "âÂÃÅÐГ" + _LOST_LEADS,
    [
        # "â€" whose third byte a Windows-1252 reading dropped: before a space, a
        # line end or punctuation it was the 0x9D of a closing quote (the other
        # bytes Windows-1252 lacks, 81 8D 8F 90, make U+2001, U+200D, U+200F,
        # U+2010, which end no quotation); a "?" may stand for the byte itself
        r"(?<=â)€(?:(?=[\s.,;:!)]|$)|\?)",  # (as _LOST_QUOTE)
        # a lead whose no-break space (A0) became a space, as ftfy restores it
        # (Windows-1251's "Г " only outside a Cyrillic word: "ЗБЕРІГ " is Ukrainian)
        r"(?<=[ÂÃÅÐ]) |(?<=(?<![\u0400-\u04ff])Г) ",
        # a lead before the replacement character: the sequence was lost
        f"(?<={_cls(_LOST_LEADS)})" + r"[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{0,2}\ufffd",
    ],
)
# (name, codec, leads, look-behind alternatives), in order of how common they are
_PARTS = [
    ("cp1252", "sloppy-windows-1252", *_code_page_signs("cp1252")),
    ("cp1250", "sloppy-windows-1250", *_code_page_signs("cp1250")),
    ("cp1257", "sloppy-windows-1257", *_code_page_signs("cp1257")),
    ("mac_roman", "mac_roman", *_code_page_signs("mac_roman", _NEWS_LEADS)),
    ("cp437", "cp437", *_code_page_signs("cp437")),
    ("cp1251", "sloppy-windows-1251", *_1251),
    ("lossy", "", *_LOSSY),
]
_CODEC = {name: codec for name, codec, _, _ in _PARTS}
# What may follow a lead in a sign: one look at the next character spares the
# alternatives below most leads ("в" and "п" of Russian words, "é", "—").
_NEXT = _cls(
    "".join(_reading(c, range(0x80, 0xC0)) for c in ("cp1252", "cp1250", "cp1257", "mac_roman"))
    + "".join(_reading(c, range(0x80, 0xC0)) for c in ("cp437", "cp1251"))
    + " \ufffd"
)
# (One class of every lead first, then a look back at which lead it was: the
# engine scans for the class fast, where an alternation is tried at every
# character. The group that matched names the code page; a C1 control, a
# Windows-1252 character read as Latin-1, is a sign of its own: group "c1".)
_SIGN = re.compile(
    _cls("".join(leads for _, _, leads, _ in _PARTS) + _C1)
    + f"(?:(?={_NEXT})(?:"
    + "|".join(f"(?P<{name}>{'|'.join(alts)})" for name, _, _, alts in _PARTS)
    + ")|(?P<c1>(?<=[\u0080-\u009f])))"
)
_LOSSY_SHAPES = ("lossy", "c1")  # signs that are no whole UTF-8 sequence
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
# What a sign may plausibly have been in news text: a letter of the European
# alphabets (Latin with its extensions, Greek, Cyrillic), punctuation, a
# currency or letter-like symbol. Not IPA or modifier letters, combining marks,
# rare Cyrillic, NKo or Hebrew ("NESTLÉ®" read back would be "NESTLɮ", "CAFÉ…"
# "CAFɅ", "Fuß”" "Fuߔ", "3×€5" "3׀5", "5×£35" "5ף35").
_PLAUSIBLE = re.compile(
    "[\u00a0-\u017f\u0218-\u021b\u0370-\u03ff\u0400-\u045f\u0490\u0491"
    "\u1e00-\u1eff\u2010-\u205e\u20a0-\u20bf\u2100-\u214f\u2200-\u22ff\ufffd]"
)
# (Everything else but ASCII: one look tells that a whole line read back is plausible.)
_IMPLAUSIBLE = re.compile("[^\\x00-\\x7f" + _PLAUSIBLE.pattern[1:])
_LOST_QUOTE = re.compile(r"â€(?=[\s.,;:!)]|$)")
_LAYERS = 3  # mojibake of mojibake of mojibake ("ÃƒÂ©") is read back layer by layer
# After "à" whose no-break space became a space: a word of its own ("Ã la" is
# "à la"), unless a second space or a Portuguese contraction follows ("Ã s" is "às").
_A_GRAVE_JOINED = re.compile(r" |quele|quela|quilo|s ")


def may_be_mojibake(text: str) -> bool:
    """Whether ``text`` shows a sign of mojibake (most texts are ASCII: no look needed)."""
    return not text.isascii() and _SIGN.search(text) is not None


def _touch(first: re.Match[str], second: re.Match[str]) -> bool:
    """Two signs in a row, one of them a whole sequence ("Ð¡Ð¾"; not "Г Г", two lossy shapes)."""
    return first.end() == second.start() and not (
        first.lastgroup in _LOSSY_SHAPES and second.lastgroup in _LOSSY_SHAPES
    )


def _signs(text: str) -> tuple[list[re.Match[str]], frozenset[int]]:
    """The signs of ``text``, and where two of them touch (a run: "–£—Ä—è–¥", "Ã©Ã¨")."""
    signs = list(_SIGN.finditer(text))
    return signs, frozenset(b.start() for a, b in pairwise(signs) if _touch(a, b))


def _inside_a_word(line: str, m: re.Match[str], capitals: bool) -> bool:
    """The sign sits inside a word where genuine text does not put it (see the module doc).

    A Windows-1251 lead of a Latin letter touching a Latin letter ("fГ¤hrt",
    "Г©crit"), where ftfy's heuristic, made for Cyrillic read as Windows-1251,
    does not look; with ``capitals``, any capital lead right after a small
    letter ("siÄ™", "niĂąo").
    """
    start, lead = m.start(), m.group()[0]
    before = line[start - 1] if start else ""
    if lead in _LATIN_LEADS_1251:
        after = line[m.end() : m.end() + 1]
        return bool(_LATIN_LETTER.match(before) or _LATIN_LETTER.match(after))
    return capitals and lead.isupper() and before.islower() and before.isalpha()


def _evidenced(line: str, m: re.Match[str], runs: frozenset[int], context: int = 3) -> bool:
    """Whether sign ``m`` has evidence; ``runs``: where signs start or end next to another.

    ftfy's heuristic looks at ``context`` characters on either side. With no
    context (on a line no code page reads whole, where, as in ftfy, a sign
    must be bad alone), a capital inside a word is no evidence either.
    """
    from ftfy.badness import badness

    if m.start() in runs or m.end() in runs:
        return True
    # (A lossy shape, "Г " or "Ã ", is too short to tell by the word it is in.)
    if m.lastgroup != "lossy" and _inside_a_word(line, m, context > 0):
        return True
    return badness(line[max(0, m.start() - context) : m.end() + context]) > 0


def _evidence(text: str) -> int:
    """How many signs of mojibake in ``text`` have evidence."""
    signs, runs = _signs(text)
    return sum(_evidenced(text, m, runs) for m in signs)


def _read(sign: str, code_page: str) -> str | None:
    """What a sign was: its bytes in the code page read as UTF-8 (None: they are not UTF-8)."""
    if code_page in _LOSSY_SHAPES:
        if sign.endswith(("\ufffd", "?")):
            return "\ufffd"  # (the decoder replaced a byte: the character is lost)
        if sign == "â€":
            return "”"
        if not sign.endswith(" "):
            return sign.encode("latin-1").decode("sloppy-windows-1252")  # a C1 control
        sign = sign[0] + "\u00a0"
        code_page = "cp1251" if sign[0] == "Г" else "cp1252"
    try:
        return sign.encode(_CODEC.get(code_page, code_page)).decode("utf-8")
    except UnicodeError:
        return None


# The code pages a whole line is read back with, most common first (ISO-8859-2
# reads as Windows-1250 but for a few bytes); the no-break space is put back
# only where a space cannot be MacRoman's or cp437's own reading.
_WHOLE_LINE = (
    ("latin-1", True),
    ("cp1252", True),
    ("cp1251", True),
    ("cp1250", True),
    ("iso-8859-2", True),
    ("cp1257", True),
    ("mac_roman", False),
    ("cp437", False),
)


def _as_utf8(data: bytes, lossy_space: bool) -> str:
    """``data`` decoded as UTF-8, if need be with the no-break spaces a lossy reading lost.

    (Where ftfy would put one back, the bytes are no UTF-8 without it: the
    plain decoding is tried first, and is all most lines need.)
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if not lossy_space:
            raise
    from ftfy.chardata import ALTERED_UTF8_RE
    from ftfy.fixes import restore_byte_a0

    if not ALTERED_UTF8_RE.search(data):
        raise UnicodeError("no lost no-break space either")
    return restore_byte_a0(data).decode("utf-8")


def _line_code_page(line: str) -> tuple[str, str] | None:
    """The first code page that reads ``line`` whole as UTF-8, and that reading.

    One code page for the whole line keeps it consistent ("MĂĄm dost tĹ\x99etĂ\xadho"
    is ISO-8859-2 throughout: "Mám dost třetího").
    """
    if "â€" in line:  # the closing quote whose last byte was dropped, never a dagger (†)
        line = _LOST_QUOTE.sub("â€\x9d", line)
    for code_page, lossy_space in _WHOLE_LINE:
        try:
            fixed = _as_utf8(line.encode(_CODEC.get(code_page, code_page)), lossy_space)
        except UnicodeError:
            continue
        left = _SIGN.search(fixed) is not None and any(
            sign.lastgroup not in _LOSSY_SHAPES for sign in _SIGN.finditer(fixed)
        )
        if left and _evidence(fixed) >= _evidence(line):
            continue  # (mojibake twice is read back one layer at a time)
        return code_page, fixed
    return None


# A character that may be the unread end of a longer sequence: a sign after one
# may be cut out of it, and is left alone on an inconsistent line (ftfy's guard).
_CONTINUATION_BEFORE = frozenset(
    "-¿ĄÆĽŁØŖŚŠŞŤŸŹŽŻŒąæƒľłøŗśšşťźžżœˆˇ˘˛˜˝΄΅ΆΈΉΊΌΎΏЁЂЃЄЅІЇЈЉЊЋЌЎЏёђѓєѕіїјљњћќўџҐґ†‡‰‹›€№™"
)


def _script(text: str) -> str:
    """The script of a reading's first character ("HIRAGANA", "HEBREW", "CJK", …)."""
    return unicodedata.name(text[0], "?").partition(" ")[0]


def _a_grave(line: str, m: re.Match[str], reading: str) -> str:
    """ "Ã la": the byte after "à" and the space after it became one space."""
    if m.lastgroup == "lossy" and reading == "à" and not _A_GRAVE_JOINED.match(line, m.end()):
        return "à "
    return reading


def _consistent_readings(
    line: str, signs: list[re.Match[str]], runs: frozenset[int], code_page: str
) -> list[str | None]:
    """What each sign of a line ``code_page`` reads whole was, or None where it stays.

    A sign that reads back as what news text has rides along on the line's
    evidence; any other needs evidence of its own, or a script that evidenced
    signs of the line read back as ("PCã‚’Ctrl" beside a run of Japanese).
    """
    found: list[str | None] = []
    doubtful: dict[int, str] = {}  # implausible readings without evidence
    scripts: set[str] = set()  # ... and the scripts of those with evidence
    for i, m in enumerate(signs):
        reading = _read(m.group(), code_page) or _read(m.group(), m.lastgroup or "lossy")
        if reading is None:
            found.append(None)
        elif _PLAUSIBLE.fullmatch(reading):
            found.append(_a_grave(line, m, reading))
        elif _evidenced(line, m, runs):
            found.append(reading)
            scripts.add(_script(reading))
        else:
            found.append(None)
            doubtful[i] = reading
    for i, reading in doubtful.items():
        if _script(reading) in scripts:
            found[i] = reading
    return found


def _inconsistent_readings(
    line: str, signs: list[re.Match[str]], runs: frozenset[int]
) -> list[str | None]:
    """What each sign of a line no code page reads whole was, or None where it stays.

    Each sign needs its own evidence, bad alone as ftfy has it, a plausible
    reading, and no continuation character before it that it may belong to.
    """
    ends = {m.end() for m in signs}
    found: list[str | None] = []
    for m in signs:
        reading = _read(m.group(), m.lastgroup or "lossy")
        start = m.start()
        ok = (
            reading is not None
            and _PLAUSIBLE.fullmatch(reading) is not None
            and not (start > 0 and start not in ends and line[start - 1] in _CONTINUATION_BEFORE)
            and _evidenced(line, m, runs, context=0)
        )
        found.append(_a_grave(line, m, reading) if ok and reading else None)
    return found


def _has_evidence(line: str) -> bool:
    """Whether a sign of ``line`` has evidence (most often the first one looked at)."""
    previous: re.Match[str] | None = None
    for m in _SIGN.finditer(line):
        after = _SIGN.match(line, m.end())
        touching = (previous is not None and _touch(previous, m)) or (
            after is not None and _touch(m, after)
        )
        if touching or _evidenced(line, m, frozenset()):
            return True
        previous = m
    return False


def _read_back(line: str) -> str:
    """One layer of ``line``'s mojibake read back, if it has evidence."""
    if not _has_evidence(line):
        return line
    whole = _line_code_page(line)
    if whole is not None and _IMPLAUSIBLE.search(whole[1]) is None:
        return whole[1]  # (every character read back is plausible: the common case)
    signs, runs = _signs(line)
    readings = (
        _consistent_readings(line, signs, runs, whole[0])
        if whole
        else _inconsistent_readings(line, signs, runs)
    )
    if whole is not None and None not in readings:
        return _by_ftfy(whole[1]) if _SIGN.search(whole[1]) else whole[1]
    pieces: list[str] = []
    pos = 0
    for m, reading in zip(signs, readings, strict=True):
        if reading is not None:
            pieces += [line[pos : m.start()], reading]
            pos = m.end()
    pieces.append(line[pos:])
    fixed = "".join(pieces)
    return _by_ftfy(fixed) if _SIGN.search(fixed) else fixed


def _by_ftfy(line: str) -> str:
    """ftfy's repair of ``line``, if it leaves fewer evidenced signs (Hebrew, CJK, emoji)."""
    import ftfy

    before = _evidence(line)
    if not before:
        return line
    fixed = ftfy.fix_encoding(line)
    return fixed if fixed != line and _evidence(fixed) < before else line


def _repair_line(line: str) -> str:
    """``line`` with its mojibake read back, layer by layer."""
    for _ in range(_LAYERS):
        fixed = _read_back(line)
        if fixed == line:
            break
        line = fixed
        if fixed.isascii() or _SIGN.search(fixed) is None:
            break  # (nothing left to read back: the common case)
    return unicodedata.normalize("NFC", line)


def _private_use(text: str) -> int:
    """How many private-use characters ``text`` holds.

    News text has none, and the pipeline uses two as internal marks: a
    "repair" that makes one (bytes EE 80 80 read back as U+E000) is no repair.
    """
    return sum(1 for c in text if "\ue000" <= c <= "\uf8ff")


def repair_mojibake(text: str, removed: list[Removal]) -> str:
    """Repair mojibake line by line, only where a sign of it has evidence (see the module doc).

    >>> repair_mojibake("Lâ€™annonce a Ã©tÃ© faite.", [])
    'L’annonce a été faite.'
    >>> repair_mojibake("NESTLÉ® is a brand.", [])
    'NESTLÉ® is a brand.'
    """
    if text.isascii():
        return text
    import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy" codecs)

    pieces: list[str] = []
    done = scan = 0
    while (m := _SIGN.search(text, scan)) is not None:  # (a line with no sign costs nothing)
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        scan = end = len(text) if end < 0 else end
        line = text[start:end]
        fixed = _repair_line(line)
        if fixed != line and _private_use(fixed) <= _private_use(line):
            removed.append(Removal("mojibake", line))
            pieces += [text[done:start], fixed]
            done = end
    return "".join([*pieces, text[done:]]) if pieces else text
