"""A body cited by a noun that stands for it: "Das teilte das Unternehmen mit".

News names a body once and then cites it by a common noun: "BioNTech
investiert … Das teilte das Unternehmen mit", "Météo-France a placé … D’après
l’organisme", "Физики МФТИ … Об этом сообщили в пресс-службе вуза". The body
cited is the last name before the noun, in the same paragraph and at most
a few sentences back, that looks like an organisation's.
"""

from __future__ import annotations

from .grammar import Grammar
from .names import Name, read_right
from .tokens import Token, tokenize

__all__ = ["antecedent"]

_REACH = 400  # characters before the noun: this sentence and the two or three before it


def _without_sentence_opener(tokens: list[Token], name: Name, g: Grammar) -> Name:
    """ "Физики Московского … института": a common noun capitalised because it opens
    the sentence, before a capitalised name, is not part of it (in languages that
    write institutions' other words in lower case)."""
    first = name.first
    opens = first == 0 or tokens[first - 1].text in ".!?"
    t = tokens[first]
    if not (g.lowercase_names and opens and first < name.last and tokens[first + 1].is_capital):
        return name
    if t.is_acronym or t.low in g.institution_words or t.low in g.institution_heads:
        return name
    shorter = read_right(tokens, first + 1, g)
    return shorter if shorter is not None and shorter.last == name.last else name


def antecedent(line: str, end: int, g: Grammar) -> tuple[list[Token], Name] | None:
    """The tokens and the last organisation's name in ``line`` before offset ``end``."""
    from .accept import strongly_organisation  # (accept imports this module)

    start = line.rfind(" ", 0, max(0, end - _REACH)) + 1 if end > _REACH else 0
    tokens = tokenize(line, start, end, g)
    found: tuple[list[Token], Name] | None = None
    i = 0
    while i < len(tokens):
        name = read_right(tokens, i, g) if tokens[i].is_word else None
        if name is None or name.reference or name.end <= i:
            i += 1
            continue
        name = _without_sentence_opener(tokens, name, g)
        words = tokens[name.first : name.last + 1]
        if strongly_organisation(name, words, g):
            found = (tokens, name)
        i = name.end
    return found
