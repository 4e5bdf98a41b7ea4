"""Headline: the title line at the top, once, without site or source affixes."""

from __future__ import annotations

from functools import lru_cache

import regex as re

from ..blocks import BULLET_GLYPH_RE
from ..languages import LanguagePack

__all__ = ["is_duplicate_headline", "looks_like_headline", "restates", "split_affixes"]

_OPENERS = "«„\"'“‘‚‹¿¡(["
_WORD = re.compile(r"[\p{L}\p{N}]+")
# Separators before a site/source suffix: " – ISW", " | Reuters", " - BBC News".
# (It starts where a run of spaces starts: tried at each space of a long run,
# it would scan the rest of the run each time. The suffix opens after the
# spaces: one that is only spaces is no site name.)
_SUFFIX = re.compile(r"(?<!\s)\s++(?:[|–—-]|::|·)\s++(?P<suffix>[^|–—]{1,60})$")
# (Bounded: a suffix is at most 60 characters.)
_DOMAIN = re.compile(
    r"^[\w.-]{1,60}\.(?:com|de|ru|ua|fr|es|pl|org|net|co\.uk|info|news|online|tv)$", re.I
)


def looks_like_headline(line: str) -> bool:
    """A title line: short, no closing full stop, not a bullet, not lower-case."""
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 250:
        return False
    first = line[0]  # caseless scripts (CJK, Hangul) count as capitalised
    if BULLET_GLYPH_RE.match(line) or first.islower() or not (first.isalnum() or first in _OPENERS):
        return False
    return not (line.endswith(".") and not line.endswith("..."))


@lru_cache(maxsize=64)
def _prefix_re(pack: LanguagePack) -> re.Pattern[str]:
    prefixes = "|".join(re.escape(p) for p in sorted(pack.headline_prefixes, key=len, reverse=True))
    return re.compile(rf"^(?P<prefix>(?:{prefixes or '(?!x)x'}))\s*(?:[:|–—-]\s*)(?=\S)")


def _is_site_name(suffix: str, pack: LanguagePack) -> bool:
    words = suffix.split()
    if (
        not words
        or len(words) > 4
        or suffix[-1] in ".!?,;:"
        or words[0].casefold() in pack.compound_conjunctions
    ):
        return False  # "… — And They're Mixed" continues the headline
    if _DOMAIN.match(suffix):
        return True
    first = words[0]
    return first[:1].isupper() or first[:1].isdigit()


def split_affixes(headline: str, pack: LanguagePack) -> tuple[str, str | None, str | None]:
    """Strip a site/source suffix and a BREAKING-style prefix: (headline, suffix, prefix)."""
    prefix = None
    m = _prefix_re(pack).match(headline)
    if m:
        prefix = m.group("prefix")
        headline = headline[m.end() :]
    suffix = None
    m = _SUFFIX.search(headline)
    if m and _is_site_name(m.group("suffix").strip(), pack):
        rest = headline[: m.start()].rstrip()
        if len(rest.split()) >= 2:
            suffix = m.group("suffix").strip()
            headline = rest
    return headline, suffix, prefix


def _stems(text: str) -> set[str]:
    return {w[:5].casefold().replace("ё", "е") for w in _WORD.findall(text) if len(w) > 2}


def is_duplicate_headline(headline: str, other: str) -> bool:
    """Is ``other`` the same headline reworded (alt text, og:title variant)?"""
    if other.endswith(("。", "！", "？")) or (other.endswith(".") and not other.endswith("...")):
        return False  # a sentence of the body, not a title
    a, b = _stems(headline), _stems(other)
    if len(a) < 2 or len(b) < 2:
        return False
    shared = len(a & b)
    return shared / min(len(a), len(b)) >= 0.6 and shared / max(len(a), len(b)) >= 0.5


def restates(headline: str, lede: str) -> bool:
    """Does ``lede`` say again most of what ``headline`` says (a lede under its headline)?"""
    a = _stems(headline)
    return len(a) >= 3 and len(a & _stems(lede)) / len(a) >= 0.6
