"""The markup cleaner: ``clean_html`` and the small fixes it is made of.

Scraped text carries markup in every state of repair: whole tags, tags cut in
half by a naive stripper, framework attributes, entities (sometimes escaped
twice), mojibake and invisible characters. Each fix below is a small function
``(text, removed) -> text`` that appends what it took out to ``removed``; the
order of the fixes is in :func:`clean_markup`.

Speed and safety: the text is scanned with compiled regular expressions whose
repetitions are bounded or exclude the character that ends them, so every
scan is linear in the length of the text (no catastrophic backtracking), and
the expensive mojibake repair (ftfy) runs only on paragraphs that show signs
of mojibake.
"""

from __future__ import annotations

import html
import re  # ASCII and explicit ranges only: the stdlib engine is faster here
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .article import Removal

__all__ = ["ALT_MARK", "CAPTION_MARK", "MARKS", "MarkupResult", "clean_html", "clean_markup"]

#: A private-use character that marks the start of a figure caption inside
#: ``parse`` (never in the output of ``clean_html``).
CAPTION_MARK = "\ue000"
#: Marks a line that ended in an attribute tail (`alt text" />`): image alt text.
ALT_MARK = "\ue001"
MARKS = CAPTION_MARK + ALT_MARK


@dataclass
class MarkupResult:
    """What the cleaner produced: text plus what it set aside.

    ``captions`` (``<figcaption>`` text) and ``alt_texts`` (image ``alt``/``title``)
    are not poured into the running text; later steps use them to spot a
    duplicate headline or read a photo credit.
    """

    text: str
    removed: list[Removal] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    alt_texts: list[str] = field(default_factory=list)
    #: When True, ``<figcaption>`` text stays in the text as its own paragraph,
    #: starting with :data:`CAPTION_MARK`, so that ``parse`` knows where it stood.
    keep_captions: bool = False


# --- element knowledge -------------------------------------------------------

# Elements whose start or end tag separates paragraphs.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figure",
        "footer",
        "form",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "ul",
        "app-root",
        "app-article",
    ]
)
# Elements that end a line but not a paragraph.
LINE_TAGS = frozenset(["br", "tr", "td", "th", "caption", "option", "time"])
# Elements dropped with their content.
DROP_CONTENT_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object")
# HTML element names: a "<name" that is not closed is treated as a broken tag
# only for these (and custom elements, which have a hyphen), so that "a<b then"
# in running text is left alone.
KNOWN_TAGS = (
    BLOCK_TAGS
    | LINE_TAGS
    | frozenset(
        [
            "a",
            "abbr",
            "b",
            "bdi",
            "bdo",
            "big",
            "button",
            "cite",
            "code",
            "data",
            "del",
            "dfn",
            "em",
            "figcaption",
            "font",
            "i",
            "img",
            "input",
            "ins",
            "kbd",
            "label",
            "li",
            "link",
            "mark",
            "meta",
            "picture",
            "q",
            "s",
            "samp",
            "small",
            "source",
            "span",
            "strong",
            "sub",
            "sup",
            "u",
            "var",
            "video",
            "audio",
            "wbr",
            "script",
            "style",
            "noscript",
            "iframe",
            "svg",
            "path",
            "picture",
            "source",
        ]
    )
)
# Boolean attributes that may stand bare inside a broken tag.
BARE_ATTRIBUTES = frozenset(
    [
        "async",
        "autofocus",
        "autoplay",
        "checked",
        "controls",
        "defer",
        "disabled",
        "hidden",
        "itemscope",
        "loop",
        "multiple",
        "muted",
        "novalidate",
        "open",
        "readonly",
        "required",
        "selected",
        "allowfullscreen",
        "nowrap",
    ]
)

# --- patterns ----------------------------------------------------------------

# (A namespace prefix too: Word's "<o:p>", "<fb:like>".)
_NAME = r"[A-Za-z][A-Za-z0-9]{0,30}(?::[A-Za-z][A-Za-z0-9]{0,30})?(?:-[A-Za-z0-9]{1,30}){0,6}"
# An attribute inside a complete tag. Quoted values may hold ">" and newlines;
# unquoted parts exclude "<", ">" and quotes. Each attribute reads one way
# only, or the engine would try every way to split a tag that does not close
# (2**n for n pairs like `x= y`). After "=", the value is read where one can
# stand: unquoted, it must end where the tag may go on, and not be followed by
# "=" (in `alt= src="a.jpg"` the word after "alt=" is the next name); only where
# no value can stand is the attribute read without one. And the spaces before
# the end of the tag go to the end: `\s*(?:/\s*)?>`, not `\s*/?\s*>`, which
# splits a run of spaces two ways.
_ATTR_VALUE = r"""\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]{1,400}(?=[\s/>])(?!\s*=))"""
_ATTR = rf"""[^\s"'<>/=]{{1,80}}(?:\s*=(?:{_ATTR_VALUE}|(?!{_ATTR_VALUE})))?"""
_TAG = re.compile(
    rf"""<(/?)({_NAME})((?:\s+{_ATTR}){{0,60}})\s*(?:/\s*)?>""",
    re.IGNORECASE,
)
# A "<" that can open markup: a letter (an element), "/" (an end tag), "!" or
# "?" (a comment, CDATA, a declaration). The scan skips any other "<" at once.
# (Case-insensitive like _TAG, whose letters then also match "ſ" and "K".)
_MARKUP_OPEN = re.compile(r"<[!?/A-Za-z]", re.IGNORECASE)
_COMMENT_START = "<!--"
_CDATA = re.compile(r"<!\[CDATA\[")
_DROP_END = {
    name: re.compile(rf"</{name}\s*>|</{name}\b[^<>]{{0,100}}>", re.IGNORECASE)
    for name in DROP_CONTENT_TAGS
}
_DECLARATION = re.compile(r"<[!?][^<>]{0,2000}>")
_DROP_START = re.compile(r"<(" + "|".join(DROP_CONTENT_TAGS) + r")\b[^<>]{0,4000}>", re.IGNORECASE)
_ALT_ATTR = re.compile(r"""\b(?:alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)

# One attribute of a broken (never closed) tag: stricter than in a complete
# tag, so that the text after "<p class= " is not read as attributes. The
# spaces before it are _SPACES's (matched at the start of a run of spaces, a
# pattern that opens with "\s+" would scan the rest of the run for each space).
_SPACES = re.compile(r"\s+")
_BROKEN_ATTR = re.compile(
    r"""(?:"""
    r"""(?P<kv>[A-Za-z_:@#*\[\(][\w:.\-\[\]\(\)@#*]{0,80}=(?:"[^"\n]*(?:"|(?=\n)|\Z)|'[^'\n]*(?:'|(?=\n)|\Z)|"""
    r"""[^\s<>=`]{1,400}(?=[\s>/<]|$)|(?=[\s<>])|$))"""
    r"""|(?P<bare>[a-z_:@#*\[\(][\w:.\-\[\]\(\)@#*]{0,80})(?=\s|/?>|$)"""
    r""")""",
)
_BROKEN_TAG_START = re.compile(rf"<({_NAME})(?=[\s/>\"'“”<]|$)")
_BROKEN_TAG_END = re.compile(r"\s*(?:[\"'“”]\s*)?/?>?")  # (no run of spaces read two ways)
# A broken tag with no attribute ("<p <p", "<div"), in one match: the start, no
# attribute after the spaces (where _BROKEN_ATTR could start one), the end.
_BARE_BROKEN_TAG = re.compile(
    rf"<({_NAME})(?=[\s/>\"'“”<]|$)(?!\s+[A-Za-z_:@#*\[\(])\s*(?:[\"'“”]\s*)?/?>?"
)

# Framework attributes and markers that survive outside tags, one pattern per
# opening literal: a pattern that opens with a literal is found by a fast scan,
# an alternation of literals is tried at every character. A ``bounded`` marker
# must not follow a word character or "-" (see _glued_to_a_word).
_VALUE = r"""(?:=(?:"[^"\n]{0,400}"|'[^'\n]{0,400}'|[^\s"'<>]{1,100}))?"""
_FRAMEWORK_BY_LITERAL = tuple(
    (literal, re.compile(literal + rest + _VALUE))
    for literal, rest in (
        ("_ng", r"(?:content|host)-[\w-]+"),
        (
            "data-",
            r"(?:v-[0-9a-f]{6,10}[\w-]*|react(?:root|id|-helmet)|(?P<bounded>testid)(?![\w-]))",
        ),
        (
            "ng-",
            r"(?P<bounded>reflect-[\w-]{1,60}|star-inserted|version|tns-[\w-]{1,40})(?![\w-])",
        ),
        ("svelte-", r"(?P<bounded>(?=[a-z0-9]{0,9}\d)[a-z0-9]{5,10})(?![\w-])"),
    )
)
# (No leading look-behinds here: a pattern that opens with a literal is found by
# a fast scan; the "not glued to a word" condition is checked on each match.)
_DANGLING_ATTR = re.compile(r"""(?P<bounded>class|style|id)=(?:""|''|(?=\s|$|<))""")
# An attribute tail left after text by a naive stripper: ISW“ /></p>, alt" />,
# with the "<" of an emptied tag (<" />).
_ATTR_TAIL = re.compile(
    r"""<?\s{0,3}["“”„']?\s{0,3}/>(?:\s{0,3}</?[A-Za-z][A-Za-z0-9]{0,10}\s{0,3}>){0,5}"""
)
_QUOTE_TAIL = re.compile(r"""(?<=\S)["“”]>(?=\s*$)""", re.MULTILINE)
# A whole line of attribute debris, optionally ending the tag and followed by text.
_DEBRIS_LINE = re.compile(
    r"""^[ \t]{0,200}((?:[A-Za-z_:@][\w:.\-]{0,80}="""
    r"""(?:"[^"\n]{0,4000}"|'[^'\n]{0,4000}'|[^\s"'<>=`]{1,400})[ \t]{0,50}){1,60}/?>?)""",
    re.MULTILINE,
)
# An attribute whose quoted value runs over several lines (a naive stripper
# keeps every line of a tag but its first): style="width: 100%;\n height: auto;"
# or data-srcset="\n https://…/a.jpg 560w,\n …". The inner lines are value-shaped
# (at most four chunks each), so article text after an unclosed quote never matches.
# (A blank line is its own branch: spaces before and after an absent value
# would split a run of spaces in many ways, and every way is tried again on
# each of up to 40 lines when the block does not close.)
_VALUE_LINE = (
    r"""(?:[ \t]{0,200}[^\s"<>]{1,400}(?:[ \t]{1,20}[^\s"<>]{1,400}){0,3}[ \t]{0,20}"""
    r"""|[ \t]{0,220})"""
)
_DEBRIS_BLOCK = re.compile(
    rf"""^[ \t]{{0,200}}[A-Za-z_:@][\w:.\-]{{0,80}}="[^"\n<>]{{0,400}}\n"""
    rf"""(?:{_VALUE_LINE}\n){{0,40}}{_VALUE_LINE}"(?:[ \t]{{0,20}}/?>)?""",
    re.MULTILINE,
)

_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_DOUBLE_ESCAPE = re.compile(
    r"&amp;(?=(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)"
)
_LOOKS_LIKE_TAG = re.compile(r"<(?:/?[A-Za-z]|!--)")

# Invisible characters: soft hyphen, zero-width, word joiner, BOM, bidi marks.
_INVISIBLE_CHARS = r"\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Control characters (C0 except tab/newline, DEL, C1), removed after mojibake repair.
_CONTROL_CHARS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_ODD_SPACE_CHARS = r"\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]+")
_ODD_SPACE = re.compile(f"[{_ODD_SPACE_CHARS}]")
# Any of the three above: one cheap look tells whether there is work to do.
_ANY_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}{_CONTROL_CHARS}{_ODD_SPACE_CHARS}]")
# C0 controls and zero-width characters: never part of mojibake, removed first.
_HIDING = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
_MULTI_SPACE = re.compile(r"[ \t\f\v]{2,}|\t")
# Two or more tabs separate layout blocks (a headline from its text) in page dumps.
# (No leading " *": tried at every space of a long run, it would be quadratic.)
_TAB_RUN = re.compile(r"\t[ \t]*\t")
_DOUBLE_SPACE = re.compile("  +")  # (a literal start: found by a fast scan)
_MULTI_NEWLINE = re.compile("\n\n\n+")
# Whitespace that stood between blocks whose markup is gone (get_text() with no
# separator): three or more spaces before a capital or digit ("… Finals.    Granollers"),
# and a no-break space after a sentence end in a text that has no other one
# ("… fines.\xa0Browns", from `<p>… fines.&nbsp;</p><p>Browns …`: a text that
# spaces with it is left alone).
_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇЎҐ"
# (Three spaces found as a literal, then a look back: only where a run starts,
# so a long run is tried once. Runs of tabs are _TAB_RUN's.)
_WIDE_GAP = re.compile(rf"   (?<=\S   )[ \t\u00a0]*(?=[\"“«„‘(]?[{_CAPITAL}\d])")
# (Punctuation first, then a look back for the letter: the engine skips to the marks.)
_NBSP_GAP = re.compile(rf"([.!?…](?<=[^\W_][.!?…])[\"'”’»)]?)\u00a0(?=[\"“«„‘(]?[{_CAPITAL}])")
# White space that str.strip() removes and the passes before have not (line
# and paragraph separators, and what is left when a pass was skipped).
# (Spelled out: a positive class is scanned for much faster than [^\S \n].)
_RARE_SPACE = re.compile(
    "[\t\r\f\v\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
# Signs of mojibake worth asking ftfy about: UTF-8 read as cp1252/latin-1
# (Ã© â€™ Ð¡), as cp1251 (Cyrillic: Р’ СЃ; Latin letters: fГ¤hrt, RzД…d, PrzeЕ‚om),
# and C1 controls.
_CONT = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# A Latin letter's UTF-8 read as cp1251 starts with В, Г, Д or Е (bytes C2-C5),
# which are common capitals: only what cannot follow one in Cyrillic text counts
# (not і ї є ґ ё Ё Є Ї І, the apostrophe of "В’ячеслав", "В\u00a0Москве", « »).
_CONT_1251_LATIN = (
    "[\u0402\u0403\u0405\u0408-\u040c\u040e\u040f\u0452\u0453\u0455\u0458-\u045c"
    "\u045e\u045f\u0490\u0098\u00a4\u00a6\u00a7\u00a9\u00ac-\u00ae\u00b0\u00b1\u00b5-\u00b7"
    "\u2013\u2014\u201a\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2116\u2122]"
)
# (One class first, then a look back at which lead it was: the engine scans for
# the class fast, where an alternation of classes is tried at every character.)
_MOJIBAKE_HINT = re.compile(
    rf"[\u00c2-\u00ef\u0412-\u0415\u0420\u0421\u0080-\u009f](?:(?<=[\u00c2-\u00df]){_CONT}"
    rf"|(?<=[\u00e0-\u00ef]){_CONT}{{2}}"
    r"|(?<=[РС])[\u0402-\u040f\u0452-\u045f\u0490\u0491\u00a0-\u00bf\u2013-\u203a\u20ac\u2116\u2122]"
    rf"|(?<=[ВГДЕ]){_CONT_1251_LATIN}"
    r"|(?<=[\u0080-\u009f]))"
)


# --- the fixes ---------------------------------------------------------------


def _block_break(name: str, closing: bool = False) -> str:
    """What a tag leaves in the text: a paragraph break, a line break, or nothing."""
    name = name.lower()
    if name in BLOCK_TAGS or "-" in name:
        return "\n\n"
    if name == "li":
        # A list item starts its own line with a bullet, so that later steps
        # can tell a list from running text (the glyph is not a word).
        return "\n\n" if closing else "\n\n• "
    if name in LINE_TAGS:
        return "\n"
    return ""


def strip_tags(text: str, result: MarkupResult) -> str:
    """Remove tags, comments, CDATA, script-like elements and broken tags.

    A single left-to-right scan: at each "<" that can open markup the
    patterns are tried at that position; text between tags is copied.
    Linear in the length of text.
    """
    if "<" not in text:
        return text
    scan = _Scan(text, result)
    out, search = scan.out, _MARKUP_OPEN.search
    pos = 0
    while True:
        m = search(text, pos)
        if m is None:
            out.append(text[pos:])
            break
        lt = m.start()
        if lt > pos:
            out.append(text[pos:lt])
        plain, quoted = scan.may_close(lt)
        if text[lt + 1] in "!?":
            end = _skip_declaration(text, lt, result.removed, plain)
        else:
            end = _skip_element(scan, lt, plain, quoted)
        if end is None:  # a "<" of the text ("a<b")
            out.append("<")
            end = lt + 1
        pos = end
    return "".join(out)


@dataclass
class _Scan:
    """The state of :func:`strip_tags`: the text, what it keeps, and an open figcaption."""

    text: str
    result: MarkupResult
    out: list[str] = field(default_factory=list)
    caption_start: int | None = None  # index in `out` where a figcaption began
    # The next ">" and the next "<" after the last "<" looked at (-1: none), kept
    # so that each is searched for once however many "<" come before it.
    next_gt: int = 0
    next_lt: int = 0

    def may_close(self, lt: int) -> tuple[bool, bool]:
        """Can a tag opened at ``lt`` close: (with no quoted value, with one)?

        A complete tag, a declaration or a script-like element ends at a ">"
        before the next "<" (only a quoted value of a tag may hold a "<"). In
        a run of broken tags ("<a <a <a") nothing is tried that cannot close.
        """
        text = self.text
        if self.next_gt != -1 and self.next_gt <= lt:
            self.next_gt = text.find(">", lt)
        if self.next_gt == -1:
            return False, False
        if self.next_lt != -1 and self.next_lt <= lt:
            self.next_lt = text.find("<", lt + 1)
        if self.next_lt == -1 or self.next_gt < self.next_lt:
            return True, True
        quoted = text.find('"', lt, self.next_lt) >= 0 or text.find("'", lt, self.next_lt) >= 0
        return False, quoted


def _skip_declaration(
    text: str, lt: int, removed: list[Removal], may_close: bool = True
) -> int | None:
    """The end of a comment, CDATA section or declaration at ``lt`` ("<!DOCTYPE html>")."""
    if text.startswith(_COMMENT_START, lt):
        end = text.find("-->", lt + 4)
        end = len(text) if end < 0 else end + 3
        removed.append(Removal("comment", text[lt:end]))
        return end
    if _CDATA.match(text, lt):
        end = text.find("]]>", lt)
        end = len(text) if end < 0 else end + 3
        removed.append(Removal("cdata", text[lt:end]))
        return end
    m = _DECLARATION.match(text, lt) if may_close else None
    if m:
        removed.append(Removal("html_tag", m.group()))
        return m.end()
    return None


def _skip_element(scan: _Scan, lt: int, plain: bool = True, quoted: bool = True) -> int | None:
    """The end of a script-like element, a tag or a broken tag at ``lt``.

    ``plain`` and ``quoted`` say whether a ">" can close it (see ``_Scan.may_close``).
    """
    text = scan.text
    m = _DROP_START.match(text, lt) if plain else None
    if m:
        name = _drop_name(m.group(1))
        closer = _DROP_END[name].search(text, m.end())
        end = len(text) if closer is None else closer.end()
        kind = "script" if name != "style" else "style"
        scan.result.removed.append(Removal(kind, text[lt:end]))
        return end
    m = _TAG.match(text, lt) if quoted else None
    if m and not _is_bracketed_title(m):  # (not "<The Palace: Tale of Jang Noksu>")
        return _take_tag(scan, m)
    return _take_broken_tag(scan, lt)


def _drop_name(written: str) -> str:
    """The element name as listed, however written ("SCRIPT"; "ſcript" matches too)."""
    lower = written.lower()
    if lower in _DROP_END:
        return lower
    return next(n for n in DROP_CONTENT_TAGS if re.fullmatch(n, written, re.IGNORECASE))


def _take_tag(scan: _Scan, m: re.Match[str]) -> int:
    """Note a complete tag, leave its break (or set a caption aside); the end of the tag."""
    result, out = scan.result, scan.out
    closing, name = m.group(1), m.group(2).lower()
    _note_tag(m.group(), result)
    if name == "figcaption" and result.keep_captions:
        out.append("\n\n" if closing else "\n\n" + CAPTION_MARK)
    elif name == "figcaption":
        if closing and scan.caption_start is not None:
            caption = "".join(out[scan.caption_start :]).strip()
            del out[scan.caption_start :]
            if caption:
                result.captions.append(caption)
                result.removed.append(Removal("caption", caption))
            scan.caption_start = None
        elif not closing:
            scan.caption_start = len(out)
        out.append("\n\n")
    else:
        out.append(_block_break(name, bool(closing)))
    end = m.end()
    if name in LINE_TAGS and scan.text.startswith("\n", end):
        end += 1  # "<br>\n" is one line break, not two
    return end


def _take_broken_tag(scan: _Scan, lt: int) -> int | None:
    """The end of a tag that never closes ("<p class="x" Text"), or None if there is none."""
    text = scan.text
    bare = _BARE_BROKEN_TAG.match(text, lt)  # (one match for the commonest kind)
    m = bare or _BROKEN_TAG_START.match(text, lt)
    if m is None:
        return None
    name = m.group(1)
    if not (name.lower() in KNOWN_TAGS or "-" in name):
        return None
    attr_count = 0
    if bare:
        end_after = bare.end()
    else:
        end, attr_count = _broken_attributes(text, m.end())
        tail = _BROKEN_TAG_END.match(text, end)
        end_after = tail.end() if tail else end
    # The fragment ends its line ("text <p" + a line break, the break read as its end).
    at_boundary = (
        end_after >= len(text) or text[end_after] in "\n<" or "\n" in text[m.end(1) : end_after]
    )
    if not (attr_count or at_boundary or text[end_after - 1 : end_after] == ">"):
        return None
    fragment = text[lt:end_after]
    scan.result.removed.append(Removal("tag_fragment", fragment))
    _note_framework(fragment, scan.result.removed)
    scan.out.append(_block_break(name) or " ")
    return end_after


def _broken_attributes(text: str, end: int) -> tuple[int, int]:
    """Where the attributes of a broken tag from ``end`` on end, and how many there are."""
    count = 0
    while True:
        gap = _SPACES.match(text, end)
        a = _BROKEN_ATTR.match(text, gap.end()) if gap else None
        if not a or not _is_attribute_like(a):
            return end, count
        end = a.end()
        count += 1


def _is_bracketed_title(m: re.Match[str]) -> bool:
    """A "tag" that is words in angle brackets, as some sites quote titles.

    Its name is no HTML element and it has two or more bare words and no
    ``name=value`` attribute: "<The Palace: Tale of Jang Noksu>" (but not
    "<o:p>", "<my-widget hidden>" or "<font size=2>").
    """
    name = m.group(2).lower()
    if name in KNOWN_TAGS or "-" in name or ":" in name or m.group(1):
        return False
    attrs = m.group(3)
    return "=" not in attrs and len(attrs.split()) >= 2


def _is_attribute_like(m: re.Match[str]) -> bool:
    """A bare word counts as an attribute only if it looks like one (data-x, ng-y, hidden)."""
    bare = m.group("bare")
    if bare is None:
        return True
    return bare in BARE_ATTRIBUTES or any(c in bare for c in "-_:@#*[(")


def _note_tag(tag: str, result: MarkupResult) -> None:
    result.removed.append(Removal("html_tag", tag))
    _note_framework(tag, result.removed)
    if tag[1:4].lower() == "img" or "alt=" in tag or "title=" in tag:
        for m in _ALT_ATTR.finditer(tag):
            value = html.unescape(m.group(1) or m.group(2) or "").strip()
            if value:
                result.alt_texts.append(value)
                result.removed.append(Removal("alt_text", value))


def _note_framework(fragment: str, removed: list[Removal]) -> None:
    """Record the framework markers of a tag that goes whole, in order of position."""
    if "-" not in fragment:
        return  # (every marker has one: most tags have none)
    found = sorted(
        (
            m
            for literal, pattern in _FRAMEWORK_BY_LITERAL
            if literal in fragment
            for m in pattern.finditer(fragment)
        ),
        key=lambda m: m.start(),
    )
    end = 0
    for m in found:
        if m.start() >= end:  # (one marker inside another's value counts once)
            removed.append(Removal("framework_attribute", m.group()))
            end = m.end()


def _glued_to_a_word(m: re.Match[str]) -> bool:
    """A match with a ``bounded`` part follows a word character or a hyphen."""
    start = m.start()
    if "bounded" not in m.re.groupindex or m.group("bounded") is None or start <= 0:
        return False
    before = m.string[start - 1]
    return before == "-" or before == "_" or before.isalnum()


def strip_framework_markers(text: str, removed: list[Removal], dangling: bool = True) -> str:
    """Remove framework attributes and (with ``dangling``) a dangling ``class=`` left in text."""

    def _drop(kind: str) -> Callable[[re.Match[str]], str]:
        def repl(m: re.Match[str]) -> str:
            if _glued_to_a_word(m):
                return m.group()  # "xng-version", "data-id=": part of something else
            removed.append(Removal(kind, m.group()))
            return ""

        return repl

    for literal, pattern in _FRAMEWORK_BY_LITERAL:
        if literal in text:  # a cheap test before the scan
            text = pattern.sub(_drop("framework_attribute"), text)
    if dangling and "=" in text:
        text = _DANGLING_ATTR.sub(_drop("tag_fragment"), text)
    return text


def strip_tag_fragments(text: str, removed: list[Removal], mark_alt: bool = False) -> str:
    """Remove attribute debris a naive tag stripper leaves behind.

    ``ISW“ /></p>`` loses ``“ /></p>``; a line of ``class="x" width="8" />Text``
    keeps only ``Text``.
    """
    if '="' in text:

        def block(m: re.Match[str]) -> str:
            removed.append(Removal("tag_fragment", m.group().strip()))
            return ""

        text = _DEBRIS_BLOCK.sub(block, text)
    if "=" in text:

        def debris(m: re.Match[str]) -> str:
            frag = m.group(1)
            # Only attribute-shaped runs: at least one quoted value or a closing "/>".
            if '"' not in frag and "'" not in frag and not frag.rstrip().endswith(">"):
                return m.group()
            removed.append(Removal("tag_fragment", frag.strip()))
            _note_framework(frag, removed)
            return m.group()[: m.start(1) - m.start()]

        text = _DEBRIS_LINE.sub(debris, text)
    if "/>" in text:

        def tail(m: re.Match[str]) -> str:
            removed.append(Removal("tag_fragment", m.group().strip()))
            end = m.end()
            at_line_end = end >= len(text) or text[end] == "\n"
            return ALT_MARK if mark_alt and at_line_end else ""

        text = _ATTR_TAIL.sub(tail, text)
    if '">' in text or "”>" in text or "“>" in text:

        def qtail(m: re.Match[str]) -> str:
            removed.append(Removal("tag_fragment", m.group()))
            return ""

        text = _QUOTE_TAIL.sub(qtail, text)
    return text


def decode_entities(text: str, removed: list[Removal]) -> str:
    """Decode character entities, also when escaped twice (``&amp;quot;``)."""
    if "&" not in text:
        return text
    for _ in range(3):  # &amp;amp;quot; at worst
        if "&amp;" not in text or not _DOUBLE_ESCAPE.search(text):
            break
        text = _DOUBLE_ESCAPE.sub("&", text)
    found = _ENTITY.findall(text)
    if not found:
        return text
    removed.extend(Removal("entity", e) for e in found)
    return html.unescape(text)


@lru_cache(maxsize=1)
def _ftfy_config() -> Any:
    from ftfy import TextFixerConfig

    # Entities are ours; quotes and character widths are content.
    return TextFixerConfig(
        unescape_html=False,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        normalization="NFC",
        explain=False,
    )


def _may_be_mojibake(text: str) -> bool:
    # Most texts are ASCII; the hint opens with its lead class, found by a fast scan.
    return not text.isascii() and _MOJIBAKE_HINT.search(text) is not None


def _reencoded(part: str) -> str | None:
    """The whole paragraph read back as the UTF-8 it was, or None.

    The common case, UTF-8 bytes decoded as Windows-1252 (or -1251), undone
    directly: encoded back and decoded as UTF-8, with no sign of mojibake
    left. Genuine text almost never survives this (its other non-ASCII
    characters are not valid UTF-8 then); a paragraph that is only partly
    garbled does not either, and goes to ftfy. Thirty times faster than ftfy.
    """
    for codec in ("sloppy-windows-1252", "sloppy-windows-1251"):
        try:
            fixed = part.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if fixed != part and not _MOJIBAKE_HINT.search(fixed):
            return fixed
    return None


def repair_mojibake(text: str, removed: list[Removal]) -> str:
    """Repair mojibake with ftfy, only in paragraphs that show signs of it."""
    if not _may_be_mojibake(text):
        return text
    import ftfy.bad_codecs  # ftfy, and its "sloppy" codecs registered

    parts = text.split("\n\n")
    for i, part in enumerate(parts):
        if _MOJIBAKE_HINT.search(part):
            fixed = _reencoded(part)
            if fixed is None:  # ftfy decides whether it is really mojibake
                # The encoding fix alone is twice as fast; the full fixer (with
                # our settings) handles a line that is only partly garbled.
                fixed = ftfy.fix_encoding(part)
                if _MOJIBAKE_HINT.search(fixed):
                    fixed = ftfy.fix_text(part, _ftfy_config())
            fixed = unicodedata.normalize("NFC", fixed)
            if fixed != part:
                removed.append(Removal("mojibake", part))
                parts[i] = fixed
    return "\n\n".join(parts)


def remove_hiding_chars(text: str, removed: list[Removal]) -> str:
    """Drop C0 controls and zero-width characters first: they can hide a tag ("<di\u200bv>").

    None of them is part of mojibake (soft hyphens and C1 controls can be, and
    wait until after the repair).
    """
    found = _HIDING.findall(text)
    if found:
        removed.extend(Removal("control_char" if f < " " else "invisible_char", f) for f in found)
        text = _HIDING.sub("", text)
    return text


def remove_invisible(text: str, removed: list[Removal]) -> str:
    """Drop zero-width characters, soft hyphens, BOMs and control characters."""
    if text.isascii():
        if _CONTROL.search(text):
            removed.extend(Removal("control_char", m) for m in _CONTROL.findall(text))
            text = _CONTROL.sub("", text)
        return text
    present = set(_ANY_INVISIBLE.findall(text))  # one scan says which passes are needed
    if not present:
        return text
    for pattern, kind in ((_INVISIBLE, "invisible_char"), (_CONTROL, "control_char")):
        if any(pattern.match(c) for c in present):
            removed.extend(Removal(kind, f) for f in pattern.findall(text))
            text = pattern.sub("", text)
    return _ODD_SPACE.sub(" ", text) if any(_ODD_SPACE.match(c) for c in present) else text


def break_block_gaps(text: str) -> str:
    """Turn whitespace that separated two blocks into a line break (see ``_WIDE_GAP``)."""
    if "   " in text:
        text = _WIDE_GAP.sub("\n", text)
    if "\u00a0" in text:
        gaps = _NBSP_GAP.findall(text)
        if gaps and len(gaps) == text.count("\u00a0"):
            text = _NBSP_GAP.sub("\\1\n", text)
    return text


def normalise_whitespace(text: str) -> str:
    """One space between words, no trailing spaces, at most one blank line."""
    if "\t" in text:
        text = _TAB_RUN.sub("\n", text)
    if "\t" in text or "\f" in text or "\v" in text:
        text = _MULTI_SPACE.sub(" ", text)
    elif "  " in text:
        text = _DOUBLE_SPACE.sub(" ", text)
    if _RARE_SPACE.search(text):
        text = "\n".join(map(str.strip, text.split("\n")))
    else:  # only single spaces are left: strip them around line breaks
        text = text.replace(" \n", "\n").replace("\n ", "\n")
    return _MULTI_NEWLINE.sub("\n\n", text).strip(" \n")


def _has_markup(text: str) -> bool:
    return any(s in text for s in ("<", ">", "&", "=", "ng-", "_ng", "data-", "svelte-"))


def clean_markup(text: str, keep_captions: bool = False) -> MarkupResult:
    """Clean markup and keep what was set aside; the engine behind :func:`clean_html`."""
    result = MarkupResult("", keep_captions=keep_captions)
    removed = result.removed
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for mark in MARKS:  # the markers are ours: never trust them from the input
        if mark in text:
            removed.append(Removal("invisible_char", mark))
            text = text.replace(mark, "")
    text = remove_hiding_chars(text, removed)
    if _has_markup(text):
        # Framework markers first: glued to a tag name ("<A_ngcontent-sc1") they hide it.
        text = strip_framework_markers(text, removed, dangling=False)
        text = strip_tags(text, result)
        text = decode_entities(text, removed)
        if _LOOKS_LIKE_TAG.search(text):  # escaped HTML (&lt;p&gt;) became tags
            text = strip_tags(text, result)
        text = strip_tag_fragments(text, removed, mark_alt=keep_captions)
        if keep_captions and ALT_MARK in text:  # move the mark to the start of its line
            text = "\n".join(
                ALT_MARK + line.replace(ALT_MARK, "") if ALT_MARK in line else line
                for line in text.split("\n")
            )
        text = strip_framework_markers(text, removed)
    text = repair_mojibake(text, removed)
    text = break_block_gaps(text)
    pre = text
    text = remove_invisible(text, removed)
    changed = text != pre  # invisible or odd-space characters went
    # An invisible character can hide mojibake from the first look ("\xadÃ©", "\xa0Ã©").
    if changed and _may_be_mojibake(text):
        text = remove_invisible(repair_mojibake(text, removed), removed)
    # ... or a tag ("<A\xad"): look for tags once more, after the last removal.
    if changed and _LOOKS_LIKE_TAG.search(text):
        text = strip_tag_fragments(strip_tags(text, result), removed, mark_alt=keep_captions)
    result.text = normalise_whitespace(text)
    return result


def clean_html(text: str) -> str:
    """Remove markup residue from scraped text, keeping every word of the text.

    Tags, broken tag fragments, framework attributes, entities, mojibake and
    invisible characters go; block-level tags become paragraph breaks.

    Examples:
        >>> clean_html('<p class="lead">Kyiv &amp; Lviv</p><p>Second&nbsp;para</p>')
        'Kyiv & Lviv\\n\\nSecond para'
        >>> clean_html('Headline text“ /></p>')
        'Headline text'
    """
    if not isinstance(text, str):
        raise TypeError(f"clean_html() expects str, got {type(text).__name__}")
    return clean_markup(text).text
