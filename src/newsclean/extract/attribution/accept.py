"""Whether a name read in a sentence is an attribution, and of which kind.

Not an attribution: a generic noun ("the ministry", "Polizei"), a person (a
title in or before the name: "Prime Minister Keir Starmer", "мэр Москвы
Сергей Собянин"; a surname the text has used after a first name). Read with
a verb, a name must also look like an organisation: a describing noun or a
voice before it, an acronym, a known agency, an institution word
("Bank", "-amt", "служба"), a name in quotes, an article before it where
people take none ("the Kremlin", "l’Insee"), an inner capital ("FlightAware"),
or an apposition with an institution word ("Eurostat, the EU's statistics
office, said").
"""

from __future__ import annotations

import re as stdlib_re
from dataclasses import dataclass

from ...article import Attribution
from ...languages import shared
from .anaphora import antecedent
from .grammar import Grammar
from .inflect import nominative
from .names import Name
from .tokens import Token

__all__ = ["Reading", "attribution_of", "looks_like_organisation"]

_STRIP = " .,;:-–—’'\"«»„“”"


@dataclass(frozen=True)
class Reading:
    """A name read in a sentence, and the tokens of its evidence (``lead`` to ``end``)."""

    lead: int
    end: int
    name: Name
    needs_organisation: bool = False
    oblique: bool = False  # read after a cue or a voice: an oblique case, put in the nominative


def attribution_of(
    line: str, tokens: list[Token], reading: Reading, g: Grammar, text: str
) -> Attribution | None:
    """The attribution a reading makes, or None (a generic noun, a person, no organisation)."""
    end = max(reading.end, reading.name.end)
    evidence = line[tokens[reading.lead].start : tokens[end - 1].end]
    resolved = _resolve(line, tokens, reading, g)
    if resolved is None:
        return None
    tokens, name, oblique = resolved
    words = _name_words(tokens, name, g)
    raw = _raw_name(line, words, g)
    if not raw or _is_generic(raw, words, g) or _is_person(tokens, name, words, g):
        return None
    agency = _agency(raw, name, g)
    organisation = agency is not None or looks_like_organisation(name, words, g)
    if not organisation and (reading.needs_organisation or _surname(words, text, g)):
        return None
    if agency:
        spelled = agency
    elif (oblique and not name.descriptor) or g.inflection == "german":
        spelled = nominative(raw, name.article, g)
    else:
        spelled = raw
    alias = name.alias if len(words) == name.last - name.first + 1 else None
    return Attribution(spelled, alias, "agency" if agency else "source", evidence)


def _resolve(
    line: str, tokens: list[Token], reading: Reading, g: Grammar
) -> tuple[list[Token], Name, bool] | None:
    """The name read, or for "das Unternehmen" the body named before (and whether it
    stands in an oblique case)."""
    name = reading.name
    if not name.reference:
        return tokens, name, reading.oblique
    found = antecedent(line, tokens[name.first].start, g)
    if found is None:
        return None
    tokens, name = found
    return tokens, name, name.lead > 0 and tokens[name.lead - 1].is_word and not name.descriptor


def _name_words(tokens: list[Token], name: Name, g: Grammar) -> list[Token]:
    words = tokens[name.first : name.last + 1]
    if name.voice:
        words = _without_person_tail(words, g)
    return _without_person_of(words, g)


def _raw_name(line: str, words: list[Token], g: Grammar) -> str:
    if not words:
        return ""
    raw = line[words[0].start : words[-1].end].strip(_STRIP)
    for ending in g.possessives:  # "the Washington Post's" -> "Washington Post"
        if raw.casefold().replace("’", "'").endswith(ending):
            raw = raw[: -len(ending)]
    return raw.strip(_STRIP)


def _without_person_tail(words: list[Token], g: Grammar) -> list[Token]:
    """ "представитель МИД Мария Захарова": the voice's body, not the person.

    Two plain capitalised words at the end of a name read after a voice are
    the speaker; what stands before them, if anything, is the body.
    """
    tail = len(words) >= 2 and all(_plain_capital(t, g) for t in words[-2:])
    if tail and (len(words) > 2 or not _declined(words, g)):
        return words[:-2]
    return words


def _declined(words: list[Token], g: Grammar) -> bool:
    """Do the words stand in an oblique case ("Rzeczniczka Lasów Państwowych"): a body's
    name after a voice, not a person's?"""
    raw = " ".join(t.text for t in words)
    return g.inflection == "slavic" and nominative(raw, "", g) != raw


def _without_person_of(words: list[Token], g: Grammar) -> list[Token]:
    """ "Alex Horton of the Washington Post", "Wee of the Times": a person, a connector
    and an article, then the body: the body ("Bank of England" has no article)."""
    for k in (1, 2):
        if (
            len(words) > k + 2
            and all(_plain_capital(t, g) for t in words[:k])
            and words[k].low in g.connectors
            and words[k].low not in g.conjunctions
            and words[k + 1].low in g.articles
        ):
            return words[k + 2 :]
    return words


def _plain_capital(t: Token, g: Grammar) -> bool:
    return (
        t.is_capital
        and not t.is_acronym
        and t.low not in g.institution_words
        and t.low not in g.institution_heads
        and not _inner_capital(t.text)
    )


def _is_generic(raw: str, words: list[Token], g: Grammar) -> bool:
    """ "the ministry", "Das Institut", "Police": nouns that name nobody (``generic_names``)."""
    content = [t for t in words if t.low not in g.connectors and t.low not in g.articles]
    return raw.casefold() in g.generic or (len(content) == 1 and content[0].low in g.generic)


def _is_person(tokens: list[Token], name: Name, words: list[Token], g: Grammar) -> bool:
    """A title in the name or just before it: "Prime Minister Keir Starmer", "premier Donald
    Tusk", "le président de la République"."""
    if any(t.low in g.person_titles for t in words):
        return True
    if _apposition_names_a_person(name.apposition, g):
        return True  # "John Williams, the president of the Federal Reserve Bank, said"
    if _apposition_names_a_person(_apposition_after(tokens, name.end, g), g):
        return True  # "according to Patrick Hayden, the book's editor, …"
    return any(
        t.is_word and t.low in g.person_titles for t in tokens[max(0, name.lead - 3) : name.lead]
    )


def _surname(words: list[Token], text: str, g: Grammar) -> bool:
    """One capitalised word that ``text`` uses after a first name ("Tom Smith … Smith")."""
    if len(words) == 1 and words[0].is_capital and not words[0].is_acronym:
        return _surname_used_before(words[0].text, text, g)
    return False


def _surname_used_before(word: str, text: str, g: Grammar) -> bool:
    """ "Tom Smith … According to Smith": the text named a person with this surname."""
    if len(text) >= _INDEX_FROM:  # (a scan of the whole text per name is quadratic)
        return _surname_in_index(word, text, g)
    at = text.find(" " + word)
    while at > 0:
        end = at + 1 + len(word)
        whole = end >= len(text) or not text[end].isalpha()
        first = text[max(0, at - 22) : at].rsplit(None, 1)[-1] if text[at - 1].isalpha() else ""
        if whole and _first_name(first, g):
            return True
        at = text.find(" " + word, end)
    return False


#: Texts this long are indexed once (the spaces after a first name), not scanned per name.
_INDEX_FROM = 20_000
# A space and the word after it, with the (at most 22) characters before the
# space: the window the scan reads a first name from. Possessive: the run
# before a space never needs to give a character back.
_SPACE_AFTER_RUN = stdlib_re.compile(r"(\S{1,22}+) (?=(\S[^\W\d_]*))")
_last_index: tuple[str, Grammar, dict[str, list[int]], dict[str, bool]] | None = None


def _surname_in_index(word: str, text: str, g: Grammar) -> bool:
    """What the scan in :func:`_surname_used_before` finds, read from an index of ``text``."""
    index, known = _first_name_spaces(text, g)
    if word in known:
        return known[word]
    found = False
    if not text.startswith(" " + word):  # (the scan stops at a find at 0)
        for at in index.get(_alpha_head(word), ()):
            end = at + 1 + len(word)
            if text.startswith(word, at + 1) and (end >= len(text) or not text[end].isalpha()):
                found = True
                break
    known[word] = found
    return found


def _first_name_spaces(text: str, g: Grammar) -> tuple[dict[str, list[int]], dict[str, bool]]:
    """The spaces of ``text`` after a first name, by the letters that follow them, and
    the words looked up so far.

    Kept for the last text: one parse asks for many names in the same text.
    """
    global _last_index
    last = _last_index
    if last is not None and last[0] is text and last[1] is g:
        return last[2], last[3]
    index: dict[str, list[int]] = {}
    for m in _SPACE_AFTER_RUN.finditer(text):
        first = m.group(1)
        if first[1:].isalpha() and first[:1].isupper() and _first_name(first, g):
            index.setdefault(_alpha_head(m.group(2)), []).append(m.end() - 1)
    known: dict[str, bool] = {}
    _last_index = (text, g, index, known)
    return index, known


def _alpha_head(word: str) -> str:
    """The letters that open ``word`` (the pattern's class also takes numerals: "Ⅻ")."""
    if word.isalpha():
        return word
    for k, c in enumerate(word):
        if not c.isalpha():
            return word[:k]
    return word


def _first_name(word: str, g: Grammar) -> bool:
    """Could ``word`` be a first name? Capitalised, then small letters; no function word,
    institution word or cue ("Laut Eurostat" is no person)."""
    low = word.casefold()
    return (
        word[:1].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and low not in g.function_words
        and low not in g.articles
        and low not in g.institution_words
        and low not in g.institution_heads
        and low not in g.cues
    )


def _agency(raw: str, name: Name, g: Grammar) -> str | None:
    """The agency's name as credited, when ``raw`` is one (or named as one)."""
    credited = g.agencies.get(raw.casefold().replace("«", "").replace("»", ""))
    if credited is None:
        credited = g.agencies.get(
            " ".join(raw.replace("«", " ").replace("»", " ").split()).casefold()
        )
    if credited is not None:
        return credited if credited.casefold() != raw.casefold() else raw
    if name.descriptor and name.descriptor in g.agency_descriptors:
        return raw
    return None


def _inner_capital(word: str) -> bool:
    """ "FlightAware", "BioNTech", "ВКонтакте": a brand, not a person ("McDonald", "DeSantis")."""
    if word.startswith(shared().name_prefixes) or not word[:1].isupper():
        return False
    if len(word) > 2 and word[1].isupper() and word[2].islower():
        return True  # "ВКонтакте"
    return any(
        word[i].isupper() and word[i - 1].islower() and word[i - 2].islower()
        for i in range(3, len(word))
    )


def looks_like_organisation(name: Name, words: list[Token], g: Grammar) -> bool:
    """Is there a sign that ``name`` is an organisation's, not a person's?"""
    if name.voice or name.descriptor or name.alias:
        return True  # (people have no acronym in brackets)
    if name.quoted and words and (words[0].is_capital or words[0].is_acronym):
        return True  # "«Газпром»", „Spiegel“
    if g.article_marks_name and name.article:
        return True
    return any(_marks_organisation(t, g) for t in words) or _apposition_names_a_body(
        name.apposition, g
    )


def _marks_organisation(t: Token, g: Grammar) -> bool:
    """An acronym, an institution or outlet word, an inner capital, letters with digits."""
    return (
        t.is_acronym
        or t.low in g.institution_words
        or t.low in g.institution_heads
        or t.low in g.outlet_words
        or _inner_capital(t.text)
        or (t.text[:1].isalpha() and any(c.isdigit() for c in t.text))
    )


def strongly_organisation(name: Name, words: list[Token], g: Grammar) -> bool:
    """A sign that does not rest on an article or quotes (for a body named before)."""
    return bool(name.descriptor or name.alias) or any(_marks_organisation(t, g) for t in words)


def _apposition_head(apposition: tuple[Token, ...], g: Grammar) -> list[Token]:
    """The words of ", the EU's statistics office," before a connector or a preposition
    (none for a relative clause: ", who consults officials,")."""
    head: list[Token] = []
    for t in apposition:
        plain = t.low in g.articles or not (t.low in g.connectors or t.low in g.function_words)
        if not t.is_word or not plain:
            break
        head.append(t)
    return head


def _apposition_after(tokens: list[Token], end: int, g: Grammar) -> tuple[Token, ...]:
    """ ", the book's editor," after a name: words between two commas, or opening
    with an article (a clause after the comma is no apposition)."""
    if end >= len(tokens) or tokens[end].text != ",":
        return ()
    out: list[Token] = []
    for t in tokens[end + 1 : end + 13]:
        if not t.is_word:
            enclosed = t.text == "," and len(out) <= 6
            return tuple(out) if enclosed or (out and out[0].low in g.articles) else ()
        out.append(t)
    return ()


def _apposition_names_a_body(apposition: tuple[Token, ...], g: Grammar) -> bool:
    head = _apposition_head(apposition, g)
    return any(t.low in g.institution_words or t.low in g.descriptors for t in head)


def _apposition_names_a_person(apposition: tuple[Token, ...], g: Grammar) -> bool:
    return any(t.low in g.person_titles for t in _apposition_head(apposition, g))
