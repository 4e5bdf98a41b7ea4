"""Offline language detection from our own language data.

Script first (Cyrillic or Latin), then letters that belong to one language
(і ї є ґ for Ukrainian, ы э ъ ё for Russian, ą ę ł … for Polish), then
counts of each language's frequent function words. No model, no network.
"""

from __future__ import annotations

import re as stdlib_re
from collections import Counter
from functools import lru_cache

__all__ = ["detect_language"]

_WORD = stdlib_re.compile(r"[^\W\d_]+")  # letters; the stdlib engine is faster here
_CYRILLIC = stdlib_re.compile(r"[\u0400-\u04ff]")
_LATIN = stdlib_re.compile(r"[\x00-\u024f]")


@lru_cache(maxsize=1)
def _function_word_index() -> dict[str, tuple[str, ...]]:
    """Each function word and the languages it belongs to: one look-up per word of the text.

    Month names count too (written out: "october", "oktober", "octobre"): a
    date line has few other words.
    """
    from . import available_languages, get_pack

    index: dict[str, list[str]] = {}
    for code in available_languages():
        pack = get_pack(code)
        months = {m for m in pack.months if len(m) > 4 and m.isalpha()}
        for word in pack.function_words | months:
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


# A first look at this many characters settles most texts; the sample is read
# only when the first look is not decisive (a clear winner with this score).
_FIRST_LOOK = 600
_DECISIVE_SCORE = 12.0
_DECISIVE_RATIO = 3.0


def detect_language(text: str, sample: int = 2000) -> str | None:
    """ISO 639-1 code of the text's language, or None when unsure.

    >>> detect_language("Die Regierung hat am Montag beschlossen, dass die Steuern sinken.")
    'de'
    """
    if sample > _FIRST_LOOK and len(text) > 2 * _FIRST_LOOK:
        first = _ranked(text[:_FIRST_LOOK])
        if first is not None:
            (best, best_score), runner_up, _ = first
            if best_score >= _DECISIVE_SCORE and best_score >= _DECISIVE_RATIO * runner_up:
                return best
    found = _ranked(text[:sample])
    if found is None:
        return None
    (best, best_score), runner_up, n_words = found
    if best_score < 1.2 * runner_up or best_score < 1:
        return None
    if best_score < 2 and not (runner_up == 0 and _reads_as_names(text[:sample], n_words)):
        return None
    return best


def _ranked(text: str) -> tuple[tuple[str, float], float, int] | None:
    """The best language with its score, the runner-up's score, and the number of words.

    None when the text has too few words or is mostly in another script.
    """
    from . import available_languages, get_pack

    folded = text.casefold()
    words = _WORD.findall(folded)
    if len(words) < 3:
        return None
    # Script by the first letters of the words (counted by the regex engine).
    firsts = "".join([w[0] for w in words])
    cyrillic = len(_CYRILLIC.findall(firsts))
    latin = len(_LATIN.findall(firsts))
    if 2 * (cyrillic + latin) < len(words):
        return None  # mostly another script (Hangul, Han, Arabic, …)
    hits: Counter[str] = Counter()
    index = _function_word_index()
    for w, n in Counter(words).items():
        for code in index.get(w, ()):
            hits[code] += n
    scores: dict[str, float] = {}
    for code in available_languages():
        pack = get_pack(code)
        is_cyrillic = (
            bool(pack.function_words) and "\u0400" <= next(iter(pack.function_words))[0] <= "\u04ff"
        )
        if (cyrillic > latin) != is_cyrillic:
            continue
        score = float(hits[code])
        if pack.letters:  # letters that mark the language (data: `letters`)
            score += 0.5 * sum(folded.count(ch) for ch in pack.letters)
        scores[code] = score
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    return ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0), len(words)


def _reads_as_names(text: str, n_words: int) -> bool:
    """A line of names and figures, where function words are rare by nature.

    "Apple Watch Series 3 (GPS, 38mm) - Silver Case with White Sport Band",
    "Heritage (1-0): Armani Sheffield 19 points and 3 steals": one function
    word is evidence there. In prose (mostly lower-case words) it is not: a
    Spanish "para" in an Indonesian sentence.
    """
    if n_words < 8:
        return False
    lower = sum(1 for w in _WORD.findall(text) if w[0].islower())
    return lower < 0.6 * n_words
