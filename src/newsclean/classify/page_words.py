"""The words of a page's lines, as the page model counts them.

Each word as ``str.split`` gives it has facts: a function word of the page's
language, a function word of another language (an English template line on a
German page), a word addressing the reader, a chrome word, a capital, a
month, its letters and its digits. They are packed into one integer, a field
of :data:`FIELD` bits per fact, so that a line's counts are one sum over its
words, and each distinct word is looked at once (cached per language).

A word may also be a content word (letters only, four or more, no function
word of any language): the names and topic words the paragraphs of an
article share, and a teaser of another story or an author's box does not.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..languages import LanguagePack, available_languages, get_pack
from .chrome import chrome_words

__all__ = ["FACTS", "FIELD", "MASK", "SHIFT", "content_word", "count", "word_facts"]

FIELD = 40  # no line holds 2**40 words or letters
MASK = (1 << FIELD) - 1
FACTS = (
    "function",
    "foreign",
    "address",
    "as_written",
    "chrome",
    "capital",
    "month",
    "letters",
    "digits",
)
SHIFT = {fact: FIELD * k for k, fact in enumerate(FACTS)}

#: Marks stripped from a word before it is looked up.
_STRIP = ".,;:!?()[]\"'«»„“”‘’|·•›"

#: Distinct words whose facts are kept, per language (the frequent ones are looked up once).
_WORD_CACHE = 1 << 14

#: Letters of a content word at least ("Gericht", "council"; not "und", "the").
_CONTENT_LETTERS = 4


def count(packed: int, fact: str) -> int:
    """How many of the words summed in ``packed`` have ``fact``."""
    return (packed >> SHIFT[fact]) & MASK


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names and their abbreviations in every language (site templates mix them)."""
    return frozenset(get_pack(None).months)


@lru_cache(maxsize=1)
def _every_function_word() -> frozenset[str]:
    return frozenset().union(*(get_pack(c).function_words for c in available_languages()))


def _facts_of_words(
    function: frozenset[str],
    foreign: frozenset[str],
    address: frozenset[str],
    as_written: frozenset[str],
) -> Callable[[str], int]:
    """A cached function: a word as ``str.split`` gives it -> its facts, packed."""
    chrome, months = chrome_words(), _months()

    @lru_cache(maxsize=_WORD_CACHE)
    def facts(word: str) -> int:
        raw = word.strip(_STRIP)
        folded = raw.casefold()
        if word.isalpha():
            letters, digits = len(word), 0
        else:  # split takes only spaces away: the words hold every letter and digit
            letters, digits = sum(map(str.isalpha, word)), sum(map(str.isdigit, word))
        return (
            (folded in function)
            | (folded in foreign) << SHIFT["foreign"]
            | (folded in address) << SHIFT["address"]  # lower-case: in any case
            | (raw in as_written) << SHIFT["as_written"]  # German "Sie" is "you", "sie" "she"
            | (folded in chrome) << SHIFT["chrome"]
            | raw[:1].isupper() << SHIFT["capital"]
            | (folded in months) << SHIFT["month"]
            | letters << SHIFT["letters"]
            | digits << SHIFT["digits"]
        )

    return facts


@lru_cache(maxsize=16)
def word_facts(pack: LanguagePack) -> Callable[[str], int]:
    """The language's word facts (see :data:`FACTS`), packed per word.

    For a text of unknown language every language's function words are its
    own, and none is foreign.
    """
    every = _every_function_word()
    own = pack.function_words or every
    address = pack.boilerplate_address
    return _facts_of_words(
        own,
        every - own,
        frozenset(w for w in address if w.islower()),
        frozenset(w for w in address if not w.islower()),
    )


@lru_cache(maxsize=_WORD_CACHE)
def content_word(word: str) -> str:
    """A word's folded form if it is a content word, else ``""``."""
    raw = word.strip(_STRIP)
    if len(raw) < _CONTENT_LETTERS or not raw.isalpha():
        return ""
    folded = raw.casefold()
    return "" if folded in _every_function_word() else folded
