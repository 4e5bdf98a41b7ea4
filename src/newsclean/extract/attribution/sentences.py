"""Sources and agencies cited in running text: the sentence shapes.

Four shapes, the phrases of each from the language data:

* a citing phrase before the name: "according to the BLS", "laut dem
  Statistischen Bundesamt", "за даними Генштабу", "selon l’Insee", and
  after it: "Dem Ifo-Institut zufolge";
* the name as subject of a reporting verb: "the World Bank said",
  "l’Insee a annoncé", "Минздрав сообщил", "el Ayuntamiento de Valencia,
  que gestiona el servicio, informó";
* the verb before the name: "…, Reuters reported" reads the other way round
  ("…, said the World Bank", "сообщил Росстат", "teilte das Amt … mit"),
  after a comma, a quote, the start of the sentence or an opener of the data
  ("Об этом", "Jak");
* a place: "в Укренерго повідомили", "сообщили в пресс-службе МЧС".

A name read after a citing phrase is an attribution unless it is generic
("the ministry") or a person's ("Prime Minister Keir Starmer", a surname the
text has used with a first name). A name read with a verb must also look like
an organisation (see :func:`~.names.is_organisation`): people say things too.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...article import Attribution
from ...languages import LanguagePack
from .accept import Reading, attribution_of
from .grammar import Grammar, grammar_of
from .merge import Found
from .names import read_left, read_right
from .tokens import CLOSING_QUOTES, OPENING_QUOTES, Token, sentences, tokenize

__all__ = ["find_sources"]

_VERB_GAP = (
    5  # words between a name and a verb at the end of a clause ("wie … am Freitag mitteilte")
)
_INVERSION_SKIP = 2  # adverbs between an inverted verb and its subject ("a annoncé mercredi le …")
_PARTICLE_REACH = 14  # tokens from a separable verb to its particle ("teilte … mit")


def find_sources(text: str, pack: LanguagePack, offset: int = 0) -> list[Found]:
    """Organisations (and agencies) that the sentences of ``text`` cite."""
    g = grammar_of(pack)
    if not g.cues and not g.verbs:
        return []
    lowered = text.lower()
    if len(lowered) == len(text):
        matches = g.trigger.finditer(lowered)
    else:  # ("İ" lower-cases to two characters: offsets would move)
        matches = g.trigger_cased.finditer(text)
    hits = [m.start() for m in matches if _worth_reading(text, m, g)]
    found: list[Found] = []
    k = 0
    while k < len(hits):  # each line (paragraph) with a hit, once
        line_start = text.rfind("\n", 0, hits[k]) + 1
        line_end = text.find("\n", hits[k])
        line_end = len(text) if line_end < 0 else line_end
        upto = bisect_left(hits, line_end, k)
        line = text[line_start:line_end]
        inside = [h - line_start for h in hits[k:upto]]
        for f in _cited_in_line(line, inside, g, text):
            found.append(Found(offset + line_start + f.position, f.attribution))
        k = upto
    return found


def _worth_reading(line: str, m: re.Match[str], g: Grammar) -> bool:
    """Can an organisation's name stand next to this cue or verb? (A cheap look first.)

    Most "said" follow "he", "she", a quote or a person's name, and nothing
    near them looks like an organisation: no acronym, institution word,
    describing noun, quote around a name, article before a name, known agency.
    The readers would find nothing there; the look spares them the tokens.
    """
    start = m.start()
    if start > 0 and line[start - 1].isalnum():
        return False  # inside a word: "unsaid"
    first = m.group().split(None, 1)[0].casefold().replace("’", "'")
    if first in g.voices or first in g.cues_after or g.inflection == "german":
        return True
    if first in g.cues and first not in g.verbs and first not in g.inverted:
        return _name_may_follow(line[m.end() : m.end() + 40], g)  # "according to him": no
    before = line[max(0, start - 200) : start]
    before = before[before.rfind("\n") + 1 :].rstrip()
    if not g.lowercase_names and _after_plain_word(before, g):
        return False  # "he said", "officials said": no name before, none after
    if g.lowercase_names:  # names go on in lower case: look at the whole clause
        near = _clause_before(before) + line[m.end() : m.end() + 60].split()[:6]
    else:
        near = _subject_words(before, g) + _inverted_words(line, m.end(), before, g)
    if _organisation_near(near, g):
        return True
    text = " ".join(near).casefold()
    return any(voice in text for voice in g.voice_texts)


def _name_may_follow(after: str, g: Grammar) -> bool:
    """Can a name phrase open the words after a citing phrase?"""
    words = after.split(None, 1)
    if not words:
        return False
    word = words[0]
    low = word.casefold().replace("’", "'").strip(_PUNCTUATION)
    return (
        not word[:1].isalpha()
        or word[:1].isupper()
        or not low
        or low in g.small_words
        or low in g.evidence
        or (g.elisions and low.startswith(g.elisions))
        or low not in g.function_words  # ("le ministère", "компании", a lower-case name)
    )


def _after_plain_word(before: str, g: Grammar) -> bool:
    """Does ``before`` end in a lower-case word that neither ends a name nor opens an
    inverted subject ("he", "officials")?"""
    if not before or not before[-1].isalpha():
        return False
    word = before[before.rfind(" ") + 1 :]
    if not word.islower():
        return False
    low = word.replace("’", "'")
    return not (low in g.evidence or low in g.small_words or any(o[-1] == low for o in g.openers))


def _clause_before(before: str) -> list[str]:
    """The words back to the clause's start, or, after a comma, the parenthetical."""
    if before.endswith(","):
        cut = before.rfind(",", 0, len(before) - 1)
        return before[max(0, cut) :].split()[-18:] if cut >= 0 else before.split()[-12:]
    clause = max(before.rfind(","), before.rfind(". "), before.rfind(";"))
    return before[clause + 1 :].split()[-12:]


_RUN_ENDS = (",", ".", ";", ":", "!", "?")


def _subject_words(before: str, g: Grammar) -> list[str]:
    """The words a name right before the verb can take: capitalised words and the small
    words inside names, after a parenthetical (", the EU's statistics office,") too."""
    words = before.split()[-20:]
    parenthetical: list[str] = []
    if words and words[-1].endswith(","):  # a parenthetical: its words, then the name before it
        k = len(words) - 1
        while k > 0 and not words[k - 1].endswith(_RUN_ENDS):
            k -= 1
        parenthetical, words = words[k:], words[:k]
    run: list[str] = []
    for word in reversed(words[-10:]):
        low = word.casefold().strip(_PUNCTUATION)
        if word.endswith(_RUN_ENDS) and run:
            break
        if not (
            word[:1].isupper() or word[:1] in '«„“"(' or low in g.evidence or low in g.small_words
        ):
            break
        run.append(word)
    return run[::-1] + parenthetical  # (in the text's order: "the" before "Kremlin")


def _inverted_words(line: str, end: int, before: str, g: Grammar) -> list[str]:
    """The words after the verb, when its subject may follow it (after a comma, a quote,
    the sentence's start, an opener)."""
    last = before[-1:]
    if (
        before
        and last not in ",:—–\"'”»’"
        and not any(before.casefold().endswith(" ".join(o)) for o in g.openers)
    ):
        return []
    return line[end : end + 60].split()[:5]


_PUNCTUATION = ".,;:!?()[]\"'«»„“”’—–"


def _organisation_near(words: list[str], g: Grammar) -> bool:
    """Does a word of ``words`` look like (part of) an organisation's name?"""
    for k, raw in enumerate(words):
        if _quoted_name(raw):
            return True  # "«Газпром» сообщил", "„Spiegel“"
        word = raw.strip(_PUNCTUATION)
        low = word.casefold().replace("’", "'")
        if word and _marks_organisation(word, low, g):
            return True  # "BLS", "WeWork", "Bank", "-amt", "Reuters", "TVN24", "l'Insee"
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if g.article_marks_name and low in g.articles and nxt[:1].isupper():
            return True  # "the Kremlin said"
    return False


def _quoted_name(raw: str) -> bool:
    if raw[:1] in "«„":
        return True
    return raw[:1] in '“"' and raw.rstrip(".,;:")[-1:] in '”"' and len(raw) > 2


def _marks_organisation(word: str, low: str, g: Grammar) -> bool:
    return (
        (len(word) > 1 and word[0].isupper() and not word[1:].islower() and "." not in word)
        or low in g.evidence
        or bool(g.elisions and low.startswith(g.elisions))
        or (word[:1].isalpha() and any(c.isdigit() for c in word))
    )


#: What one sentence window cites: (position in the window, attribution) pairs.
_Cited = list[tuple[int, Attribution]]


def _cited_in_line(line: str, hits: list[int], g: Grammar, text: str) -> list[Found]:
    """The attributions of the sentences of ``line`` that have a cue or verb (at ``hits``).

    A sentence window read before (the same characters, hits at the same places)
    cites the same names, unless a reading looked outside it ("das Unternehmen":
    the body named before): its result is reused, so repeated sentences are read once.
    """
    out: list[Found] = []
    seen: dict[tuple[str, bool, tuple[int, ...]], _Cited] = {}
    for start, end in sentences(line, g):
        inside = hits[bisect_left(hits, start) : bisect_left(hits, end)]
        if not inside:
            continue
        lo, hi = _window(line, start, end, inside)
        key = (line[lo:hi], lo > start, tuple(h - lo for h in inside))
        cited = seen.get(key)
        if cited is None:
            tokens = tokenize(line, lo, hi, g)
            tokens = [_CUT, *tokens] if lo > start else tokens
            starts = [t.start for t in tokens]
            at = sorted({bisect_left(starts, h) for h in inside})
            found, local = _cited(line, tokens, [i for i in at if i < len(tokens)], g, text)
            cited = [(f.position - lo, f.attribution) for f in found]
            if local:
                seen[key] = cited
        out.extend(Found(lo + position, attribution) for position, attribution in cited)
    return out


_REACH_BEFORE = 220  # characters: a name, its describing words and a parenthetical
_REACH_AFTER = 140


def _window(line: str, start: int, end: int, hits: list[int]) -> tuple[int, int]:
    """The span of the sentence around its hits that is read (a long sentence is not
    read whole).

    When the window opens inside the sentence, a token that is no word stands
    first (``_CUT``), so that nothing takes the window's first word for the sentence's.
    """
    lo = max(start, hits[0] - _REACH_BEFORE)
    hi = min(end, hits[-1] + _REACH_AFTER)
    if lo > start:
        lo = line.find(" ", lo, hits[0]) + 1 or hits[0]
    if hi < end:
        space = line.rfind(" ", hits[-1], hi)
        hi = space if space > hits[-1] else hi
    return lo, hi


_CUT = Token("…", -1, -1, "…", False, False)


def _cited(
    line: str, tokens: list[Token], at: list[int], g: Grammar, text: str
) -> tuple[list[Found], bool]:
    """The attributions of one sentence, each name once; and whether they rest on the
    sentence's tokens alone (no body named before was looked up)."""
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    local = True
    for reading in _readings(tokens, at, g):
        name = reading.name
        if (name.first, name.last) in seen:
            continue
        local = local and not name.reference
        attribution = attribution_of(line, tokens, reading, g, text)
        if attribution is not None:
            seen.add((name.first, name.last))
            out.append(Found(tokens[reading.lead].start, attribution))
    return sorted(out, key=lambda f: f.position), local


def _readings(tokens: list[Token], at: list[int], g: Grammar) -> list[Reading]:
    """Every way a name of the sentence is read with the cue or verb at the tokens ``at``."""
    out: list[Reading] = []
    for i in at:
        out.extend(_after_cue(tokens, i, g))
        out.extend(_before_cue_after(tokens, i, g))
        out.extend(_around_verb(tokens, i, g))
        out.extend(_voice_subject(tokens, i, g))
    return out


def _match(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    n = len(words)
    if i + n > len(tokens):
        return False
    if n == 1:
        return tokens[i].low == words[0]
    return tuple([t.low for t in tokens[i : i + n]]) == words  # (cheaper than all(generator))


def _after_cue(tokens: list[Token], i: int, g: Grammar) -> list[Reading]:
    """ "according to X", "laut X", "wie X … mitteilte", ", so der X"."""
    second = tokens[i + 1].low if i + 1 < len(tokens) else ""
    for words, _ in g.cues.get(tokens[i].low, ()):
        if len(words) > 1 and words[1] != second:
            continue  # (the cheap test first: most phrases of a first word differ in the second)
        if not _match(tokens, i, words):
            continue
        if words in g.cues_after_comma and not (i > 0 and tokens[i - 1].text in ",–—"):
            continue
        name = read_right(tokens, i + len(words), g)
        if name is None:
            continue
        if words in g.cues_wanting_verb and not _verb_follows(tokens, name.end, g):
            continue
        return [Reading(i, name.end, name, oblique=True)]
    return []


def _verb_follows(tokens: list[Token], k: int, g: Grammar) -> bool:
    for j in range(k, min(len(tokens), k + _VERB_GAP + 1)):
        if tokens[j].text in ",;:!?":  # (a full stop inside a sentence: "am 19. März")
            return False
        for words, particle in g.verbs.get(tokens[j].low, ()):
            if _match(tokens, j, words) and (not particle or _particle_after(tokens, j, particle)):
                return True
    return False


def _before_cue_after(tokens: list[Token], i: int, g: Grammar) -> list[Reading]:
    """ "Dem Ifo-Institut zufolge": the citing word after the name."""
    for words, _ in g.cues_after.get(tokens[i].low, ()):
        if _match(tokens, i, words):
            name = read_left(tokens, i, g)
            if name is not None:
                return [Reading(name.lead, i + len(words), name, oblique=True)]
    return []


def _particle_after(tokens: list[Token], i: int, particle: tuple[str, ...]) -> bool:
    for j in range(i + 1, min(len(tokens), i + _PARTICLE_REACH)):
        if tokens[j].text in ";!?":
            return False
        if _match(tokens, j, particle):
            return True
    return False


def _around_verb(tokens: list[Token], i: int, g: Grammar) -> list[Reading]:
    out: list[Reading] = []
    for words, particle in g.verbs.get(tokens[i].low, ()):
        if _match(tokens, i, words) and (not particle or _particle_after(tokens, i, particle)):
            out.extend(_subject_of(tokens, i, i + len(words), g))
            break
    for words, particle in g.inverted.get(tokens[i].low, ()):
        if _match(tokens, i, words) and (not particle or _particle_after(tokens, i, particle)):
            out.extend(_inverted_subject(tokens, i, i + len(words), g))
            break
    return out


def _subject_of(tokens: list[Token], verb: int, after: int, g: Grammar) -> list[Reading]:
    """ "the World Bank said", "в Укренерго повідомили", "wie der Verband gestern mitteilte"."""
    stop = verb
    while stop > 0 and tokens[stop - 1].low in g.stopwords and tokens[stop - 1].is_word:
        stop -= 1  # "У ISW також зазначають"
    name = read_left(tokens, stop, g, gap=_VERB_GAP if g.inflection == "german" else 0)
    if name is None:
        return []
    before = tokens[name.lead - 1].low if name.lead > 0 else ""
    if before in g.locatives:  # "в X сообщили": a place speaks for a body
        return [Reading(name.lead - 1, after, name, oblique=True)]
    return [Reading(name.lead, after, name, needs_organisation=True, oblique=name.voice)]


def _inversion_allowed(tokens: list[Token], verb: int, g: Grammar) -> bool:
    """After a comma, a quote, the sentence's start or an opener ("Об этом", "Jak")."""
    if verb == 0:
        return True
    if tokens[verb - 1].text in ",:—–" or tokens[verb - 1].text in CLOSING_QUOTES:
        return True
    return any(
        verb - len(o) >= 0 and _match(tokens, verb - len(o), o) and _opens(tokens, verb - len(o))
        for o in g.openers
    )


def _opens(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in ",:—–" or tokens[i - 1].text in OPENING_QUOTES


def _inverted_subject(tokens: list[Token], verb: int, after: int, g: Grammar) -> list[Reading]:
    """ "…, said the World Bank", "сообщил Росстат", "сообщили в пресс-службе МЧС"."""
    if not _inversion_allowed(tokens, verb, g):
        return []
    for k in range(after, min(len(tokens), after + _INVERSION_SKIP + 1)):
        t = tokens[k]
        if t.low in g.locatives:
            name = read_right(tokens, k + 1, g)
            return [Reading(verb, name.end, name, oblique=True)] if name is not None else []
        name = read_right(tokens, k, g)
        if name is not None:
            return [Reading(verb, name.end, name, needs_organisation=True, oblique=name.voice)]
        if not (t.low in g.stopwords or t.low in g.months):
            return []  # only a time word stands between ("a annoncé mercredi le ministère")
    return []


def _voice_subject(tokens: list[Token], i: int, g: Grammar) -> list[Reading]:
    """ "A spokeswoman for Lufthansa said", "Rzecznik PKP Intercity poinformował"."""
    if not (g.voices.get(tokens[i].low) and (i == 0 or not tokens[i - 1].is_word)):
        return []
    name = read_right(tokens, i, g)
    if name is None or not name.voice:
        return []
    if _verb_follows(tokens, name.end, g):
        return [Reading(i, name.end, name, needs_organisation=True, oblique=True)]
    return []
