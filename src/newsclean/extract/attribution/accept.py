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

from dataclasses import dataclass

import regex as re

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
    name = reading.name
    end = max(reading.end, name.end)
    evidence = line[tokens[reading.lead].start : tokens[end - 1].end]
    oblique = reading.oblique
    if name.reference:  # "das Unternehmen": the body named before
        found = antecedent(line, tokens[name.first].start, g)
        if found is None:
            return None
        tokens, name = found
        oblique = name.lead > 0 and tokens[name.lead - 1].is_word and not name.descriptor
    words = tokens[name.first : name.last + 1]
    if name.voice:
        words = _without_person_tail(words, g)
    if not words:
        return None
    raw = line[words[0].start : words[-1].end].strip(_STRIP)
    if not raw or _is_generic(raw, words, g) or _is_person(tokens, name, words, g):
        return None
    agency = _agency(raw, name, g)
    organisation = agency is not None or looks_like_organisation(name, words, g)
    if not organisation and (reading.needs_organisation or _surname(words, text, g)):
        return None
    kind = "agency" if agency else "source"
    if agency:
        spelled = agency
    elif (oblique and not name.descriptor) or g.inflection == "german":
        spelled = nominative(raw, name.article, g)
    else:
        spelled = raw
    trimmed = len(words) < name.last - name.first + 1
    alias = None if trimmed else name.alias
    return Attribution(spelled, alias, kind, evidence)


def _without_person_tail(words: list[Token], g: Grammar) -> list[Token]:
    """ "представитель МИД Мария Захарова": the voice's body, not the person.

    Two plain capitalised words at the end of a name read after a voice are
    the speaker; what stands before them, if anything, is the body.
    """
    if len(words) >= 2 and all(_plain_capital(t, g) for t in words[-2:]):
        return words[:-2]
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
    """ "the ministry", "Das Institut", "Police": nouns that name nobody."""
    if raw.casefold() in g.generic:
        return True
    content = [t for t in words if t.low not in g.connectors and t.low not in g.articles]
    return all(t.low in g.institution_words.words and not t.is_acronym for t in content)


def _is_person(tokens: list[Token], name: Name, words: list[Token], g: Grammar) -> bool:
    """A title in the name or just before it: "Prime Minister Keir Starmer", "premier Donald
    Tusk", "le président de la République"."""
    if any(t.low in g.person_titles for t in words):
        return True
    return any(
        t.is_word and t.low in g.person_titles for t in tokens[max(0, name.lead - 3) : name.first]
    )


def _surname(words: list[Token], text: str, g: Grammar) -> bool:
    """One capitalised word that ``text`` uses after a first name ("Tom Smith … Smith")."""
    if len(words) == 1 and words[0].is_capital and not words[0].is_acronym:
        return _surname_used_before(words[0].text, text, g)
    return False


def _surname_used_before(word: str, text: str, g: Grammar) -> bool:
    """ "Tom Smith … According to Smith": the text named a person with this surname."""
    pattern = rf"(?<![\p{{L}}\p{{M}}])(\p{{Lu}}[\p{{Ll}}\p{{M}}]{{1,20}}+) {re.escape(word)}"
    for m in re.finditer(pattern + r"(?![\p{L}\p{M}])", text):
        first = m.group(1).casefold()
        if (
            first not in g.function_words
            and first not in g.articles
            and first not in g.institution_words
            and first not in g.institution_heads
            and not any(first == c[0][0] for c in g.cues)
        ):
            return True
    return False


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
    if name.voice or name.descriptor or name.quoted:
        return True
    if g.article_marks_name and name.article:
        return True
    for t in words:
        if t.is_acronym or t.low in g.institution_words or t.low in g.institution_heads:
            return True
        if t.low in g.outlet_words:
            return True
        if _inner_capital(t.text) or (t.text[:1].isalpha() and any(c.isdigit() for c in t.text)):
            return True
    return any(t.low in g.institution_words or t.low in g.descriptors for t in name.apposition)
