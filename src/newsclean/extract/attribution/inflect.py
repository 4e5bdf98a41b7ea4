"""A name cited in an oblique case, put back in the nominative.

Two kinds of languages, chosen by ``inflection`` in the data:

* ``german``: the adjectives before the head noun take the ending of its
  gender ("dem Statistischen Bundesamt" -> "Statistisches Bundesamt", "der
  Deutschen Bahn" -> "Deutsche Bahn", "des Deutschen Wetterdienstes" ->
  "Deutscher Wetterdienst"); the gender comes from the noun's ending
  (``noun_genders``), the genitive -s of the head after "des" goes.
* ``slavic`` (uk, ru, pl): ending rules (``nominative``: oblique ending,
  nominative ending, role) rewrite the adjectives before the head noun, the
  head noun and the adjectives right after it; a genitive complement and an
  acronym stay as written ("Генерального штабу ЗСУ" -> "Генеральний штаб
  ЗСУ", "Głównego Urzędu Statystycznego" -> "Główny Urząd Statystyczny").
  An adjective of a neuter noun takes the neuter ending
  (``neuter_nouns``, ``neuter_adjectives``: "Международного энергетического
  агентства" -> "Международное энергетическое агентство").
"""

from __future__ import annotations

from itertools import pairwise

from .grammar import Grammar

__all__ = ["nominative"]

_GERMAN_WEAK = ("en", "em", "es", "e")  # longest first: "Statistischen" loses "en"
_GERMAN_STRONG = {"m": "er", "f": "e", "n": "es", "p": "e"}
# Articles that show the gender without the noun: after "der" (feminine dative
# or genitive, or a plural genitive) an adjective ends in -e either way.
_GERMAN_ARTICLE_GENDER = {"der": "f", "einer": "f", "den": "p"}
_GENITIVE_ARTICLES = frozenset({"des", "eines"})


def nominative(name: str, article: str, g: Grammar) -> str:
    """``name`` (read after ``article``) in the nominative, as far as the rules know."""
    words = name.split()
    if not words:
        return name
    if g.inflection == "german":
        return " ".join(_german(words, article.casefold(), g))
    if g.inflection == "slavic" and g.nominative:
        return " ".join(_slavic(words, g))
    return name


def _camel(word: str) -> bool:
    """A brand with an inner capital ("ВКонтакте", "BioNTech") does not decline."""
    return any(c.isupper() and before.isalpha() for before, c in pairwise(word))


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# --- German -------------------------------------------------------------------


def _gender(noun: str, g: Grammar) -> str | None:
    low = noun.casefold()
    best: tuple[int, str] | None = None
    for gender, endings in g.noun_genders.items():
        for e in endings:
            if low.endswith(e) and (best is None or len(e) > best[0]):
                best = (len(e), gender)
    return best[1] if best else None


def _drop_genitive(noun: str, g: Grammar) -> str:
    """ "Bundesamtes" -> "Bundesamt", "Instituts" -> "Institut" (a known ending first)."""
    for cut in (2, 1):
        stem = noun[:-cut]
        if noun.endswith("es"[2 - cut :]) and _gender(stem, g) in ("m", "n"):
            return stem
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 4:
        return noun[:-1]
    return noun


def _german(words: list[str], article: str, g: Grammar) -> list[str]:
    """Adjectives before the head noun take the strong ending of its gender.

    "das Statistische Bundesamt", "dem Statistischen Bundesamt" -> "Statistisches
    Bundesamt"; an adjective in -er of a city ("Kieler Institut") stays.
    """
    head = 0
    while (
        head < len(words) - 1
        and words[head].endswith((*_GERMAN_WEAK, "er"))
        and len(words[head]) > 4
        and words[head + 1][:1].isupper()
        and not _is_acronym(words[head])
        and _gender(words[head], g) is None  # "Stadtwerke München": a noun
    ):
        head += 1
    noun = words[head]
    if article in _GENITIVE_ARTICLES and not _is_acronym(noun) and not _camel(noun):
        noun = _drop_genitive(noun, g)
    gender = _gender(noun, g) or _GERMAN_ARTICLE_GENDER.get(article) or "n"
    ending = _GERMAN_STRONG[gender]
    adjectives = [
        w if w.endswith("er") else w[: -len(_oblique_of(w))] + ending for w in words[:head]
    ]
    return [*adjectives, noun, *words[head + 1 :]]


def _oblique_of(word: str) -> str:
    return next(e for e in _GERMAN_WEAK if word.endswith(e))


# --- Slavic -------------------------------------------------------------------


def _rewrite(
    word: str, role: str | None, rules: list[tuple[str, str, str]]
) -> tuple[str, str | None]:
    low = word.casefold()
    for suffix, repl, r_role in rules:
        if (role is None or r_role == role) and low.endswith(suffix) and len(low) > len(suffix) + 2:
            return word[: len(word) - len(suffix)] + repl, r_role
    return word, None


def _slavic(words: list[str], g: Grammar) -> list[str]:
    rules = sorted(g.nominative.get("", ()), key=lambda r: len(r[0]), reverse=True)
    out: list[str] = []
    adjectives: list[int] = []  # positions in out of rewritten adjectives
    head: str | None = None
    for i, word in enumerate(words):
        if _is_acronym(word) or _camel(word):
            out.extend(words[i:])
            break
        if head is None:
            new, role = _rewrite(word, None, rules)
            out.append(new)
            if role == "adj":
                adjectives.append(len(out) - 1)
            else:
                head = new
            continue
        new, role = _rewrite(word, "adj", rules)
        if role != "adj" or not word[:1].isupper():
            # "Głównego Urzędu Statystycznego": a capitalised adjective after the noun
            # is the name's; "Офісі генерального прокурора": a lower-case one its complement's
            out.extend(words[i:])
            break
        out.append(new)
        adjectives.append(len(out) - 1)
    if head is not None and head.casefold().endswith(g.neuter_nouns):
        for k in adjectives:
            out[k] = _neuter(out[k], g)
    return out


def _neuter(adjective: str, g: Grammar) -> str:
    low = adjective.casefold()
    for masc, neut in sorted(g.neuter_adjectives, key=lambda p: len(p[0]), reverse=True):
        if low.endswith(masc):
            return adjective[: len(adjective) - len(masc)] + neut
    return adjective
