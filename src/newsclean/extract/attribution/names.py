"""Where a name starts and ends, and whether it names an organisation.

A name is read from its first word to the right: capitalised words and
acronyms, joined by lower-case connectors ("Bureau of Labor Statistics",
"Instytut Meteorologii i Gospodarki Wodnej"), in languages that write
institutions in lower case also lower-case words after an institution noun
("Міністерство охорони здоров'я", "Cour des comptes"). It ends at
punctuation, at the end of the sentence, at a lower-case word that is not a
connector, at a verb, a month or a weekday; never inside a word. Before it
may stand an article, a describing noun ("the charity", "Nachrichtenagentur",
"компанії") and a voice of the organisation ("a spokesman for", "пресс-служба",
"Rzecznik"); an acronym in brackets right after it is its alias.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .grammar import Grammar, Phrase
from .tokens import CLOSING_QUOTES, OPENING_QUOTES, Token

__all__ = ["Name", "read_left", "read_right"]

_MAX_NAME = 14  # tokens: "Institut national de la statistique et des études économiques"
_MAX_LOWER_RUN = 6
_MAX_PREFIX = 5  # article, modifier, descriptor, voice, connector
_MAX_APPOSITION = 18  # tokens between the commas of ", the EU's statistics office,"


@dataclass(frozen=True)
class Name:
    """A name read in a sentence: token positions and what stood before it."""

    lead: int  # first token of the phrase (article, descriptor, voice or the name)
    first: int  # first token of the name itself
    last: int  # last token of the name (inclusive)
    end: int  # token after the name and its alias
    article: str = ""
    descriptor: str = ""  # lower-cased describing noun before the name
    voice: bool = False  # "a spokesman for", "пресс-служба": it speaks for the name
    quoted: bool = False
    alias: str | None = None
    apposition: tuple[Token, ...] = ()
    reference: bool = False  # "das Unternehmen", "l'organisme": a body named before


def _is_agency_start(tokens: list[Token], i: int, g: Grammar) -> int:
    """The index after a known agency spelled at ``i`` ("РИА Новости", "dpa"), or -1."""
    for words in g.agency_words.get(tokens[i].low, ()):
        j, k = i, 0
        while k < len(words) and j < len(tokens):
            if tokens[j].text in OPENING_QUOTES or tokens[j].text in CLOSING_QUOTES:
                j += 1
                continue
            if tokens[j].low != words[k]:
                break
            j, k = j + 1, k + 1
        if k == len(words):
            return j
    return -1


def _match_phrase(tokens: list[Token], i: int, index: dict[str, tuple[Phrase, ...]]) -> int:
    """The index after a phrase of ``index`` (first word -> phrases) at ``i``, or -1."""
    for words, _ in index.get(tokens[i].low, ()):
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k].low == words[k] for k in range(1, n)):
            return i + n
    return -1


def _stops(t: Token, g: Grammar) -> bool:
    """A word that never belongs to a name: a month, a weekday, a listed stop word."""
    return not t.is_acronym and (t.low in g.stopwords or t.low in g.months)


def _can_start(tokens: list[Token], i: int, g: Grammar) -> bool:
    t = tokens[i]
    if not t.is_word or _stops(t, g):
        return False
    if _is_agency_start(tokens, i, g) > i:
        return True
    if t.is_acronym:
        return True
    if t.is_capital:
        if t.low in g.articles and i > 0 and i + 1 < len(tokens) and tokens[i + 1].is_capital:
            return True  # "Le Monde", "El País": a capitalised article inside a sentence
        # "In", "But" at the start of a sentence are no names ("New York" is)
        return t.low not in g.starters and t.low not in g.articles
    # "ministère de l'Intérieur": a lower-case institution noun with a complement
    return (
        g.lowercase_names
        and t.low in g.institution_heads
        and i + 1 < len(tokens)
        and (tokens[i + 1].low in g.connectors or tokens[i + 1].is_capital)
    )


def _lower_continues(t: Token, name_has_head: bool, after_connector: bool, g: Grammar) -> bool:
    """A lower-case word inside a name: after an institution noun or a connector, an
    institution noun itself, or an adjective before one ("Київської міської … адміністрації")."""
    if not (g.lowercase_names and t.is_word):
        return False
    head = _is_head(t, g)
    shaped = head or (bool(g.adjective_endings) and t.low.endswith(g.adjective_endings))
    if not (name_has_head or after_connector or shaped):
        return False
    if head:
        return t.low not in g.function_words  # "Європейська комісія": a noun ending like a verb
    return not (
        t.low in g.function_words
        or t.low in g.stopwords
        or t.low in g.months
        or t.low in g.verbs
        or t.low in g.inverted
        or t.low.endswith(g.stop_endings)
        or t.text[:1].isdigit()
    )


def _is_head(t: Token, g: Grammar) -> bool:
    """An institution noun that takes complements ("служба", "ministère", "Institut")."""
    return t.low in g.institution_heads or t.low in g.institution_words


@dataclass
class _Reading:
    """A name being read word by word."""

    last: int  # its last word so far
    has_head: bool  # an institution noun is in it ("служба", "Institut")
    lower_run: int = 0  # lower-case words in a row
    after_connector: bool = False  # "of", "de", "für" was the last word


def _read_name_words(tokens: list[Token], i: int, g: Grammar) -> int:
    """The last token of the name that starts at ``i``."""
    agency_end = _is_agency_start(tokens, i, g)
    if agency_end > i:
        return agency_end - 1
    if g.possessives and tokens[i].low.endswith(g.possessives):
        return i  # "NPR's Feng": NPR's
    reading = _Reading(i, _is_head(tokens[i], g))
    k = i + 1
    while k < len(tokens) and k - i < _MAX_NAME and _takes(tokens, k, reading, g):
        k += 1
    return reading.last


def _initial(tokens: list[Token], k: int) -> bool:
    """ "Р" of "имени Р. А. Шило": one capital before a full stop."""
    t = tokens[k]
    return len(t.text) == 1 and t.is_capital and k + 1 < len(tokens) and tokens[k + 1].text == "."


def _takes(tokens: list[Token], k: int, reading: _Reading, g: Grammar) -> bool:
    """Does the name go on with token ``k``? (Updates ``reading``.)"""
    t = tokens[k]
    if t.text == "." and _initial(tokens, k - 1):
        return True
    if not t.is_word:
        return False
    # (after "für", "of" a capitalised word goes on: "Bundesamt für Statistik")
    if _stops(t, g) and not _initial(tokens, k) and not (reading.after_connector and t.is_capital):
        return False
    if t.is_capital or t.is_acronym or (t.text[:1].isdigit() and tokens[k - 1].is_capital):
        return _takes_capital(t, k, reading, g)
    if reading.after_connector and (t.low in g.articles or t.low in g.elisions):
        return True  # "de la statistique", "de l'Intérieur"
    if t.low in g.connectors:
        reading.after_connector = True
        return not _two_names(tokens, k, g)
    if reading.lower_run < _MAX_LOWER_RUN and _lower_continues(
        t, reading.has_head, reading.after_connector, g
    ):
        reading.last, reading.after_connector = k, False
        reading.lower_run += 1
        reading.has_head = reading.has_head or _is_head(t, g)
        return True
    return False


def _takes_capital(t: Token, k: int, reading: _Reading, g: Grammar) -> bool:
    if t.low in g.starters and not t.is_acronym and not reading.after_connector:
        return False  # "… Statistics said. The": a sentence opener in capitals
    reading.last, reading.lower_run, reading.after_connector = k, 0, False
    reading.has_head = reading.has_head or _is_head(t, g)
    # "the Washington Post's Fact Checker": the Post's
    return not (g.possessives and t.low.endswith(g.possessives))


def _two_names(tokens: list[Token], k: int, g: Grammar) -> bool:
    """ "the BLS and the Commerce Department": a conjunction, an article, a capital."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return (
        tokens[k].low in g.conjunctions
        and nxt is not None
        and nxt.low in g.articles
        and (after is None or after.is_capital)
    )


def _quoted(tokens: list[Token], i: int) -> int:
    """The index of the quote that closes the one at ``i``, or -1."""
    for k in range(i + 2, min(len(tokens), i + 10)):
        if tokens[k].text in CLOSING_QUOTES:
            return k
        if not (tokens[k].is_word or tokens[k].text in "-–&.,"):
            return -1
    return -1


@dataclass
class _Lead:
    """What stands before a name: an article, a describing noun, a voice."""

    article: str = ""
    descriptor: str = ""
    voice: bool = False


def _skip_lead(tokens: list[Token], i: int, g: Grammar) -> tuple[int, str, str, bool]:
    """Skip article, modifier, describing noun and voice before a name.

    Returns (first token of the name, article, descriptor, voice).
    """
    lead = _Lead()
    for _ in range(_MAX_PREFIX):
        if i >= len(tokens):
            break
        after = _lead_step(tokens, i, lead, g)
        if after == i:
            break
        i = after
    return i, lead.article, lead.descriptor, lead.voice


def _lead_step(tokens: list[Token], i: int, lead: _Lead, g: Grammar) -> int:
    """The index after the lead word at ``i`` (``i`` itself: the name starts here)."""
    t = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after_voice = _match_phrase(tokens, i, g.voices)
    if after_voice > i and (i == 0 or not t.is_capital or g.nouns_capitalised):
        lead.voice, lead.article = True, ""
        return after_voice
    if t.low in g.articles or t.low in g.elisions:
        return _article_step(tokens, i, lead)
    if lead.voice and t.low in g.connectors:
        return i + 1
    if nxt is None or not t.is_word:
        return i
    if (not t.is_capital or g.nouns_capitalised) and t.low in g.descriptors and _names_next(nxt, g):
        lead.descriptor = t.low
        return i + 1
    return _modifier_step(tokens, i, lead, g)


def _article_step(tokens: list[Token], i: int, lead: _Lead) -> int:
    t = tokens[i]
    if t.is_capital and i > 0 and i + 1 < len(tokens) and tokens[i + 1].is_capital:
        return i  # "Le Monde", "El País": the article is part of the name
    lead.article = t.low
    return i + 1


def _modifier_step(tokens: list[Token], i: int, lead: _Lead, g: Grammar) -> int:
    """ "the tracking website", "консалтингової групи", "официальный представитель"."""
    t, nxt = tokens[i], tokens[i + 1]
    if t.is_capital or t.low in g.function_words:
        return i
    if not (nxt.low in g.descriptors or _match_phrase(tokens, i + 1, g.voices) > 0):
        return i
    if f"{t.low} {nxt.low}" in g.agency_descriptors:
        lead.descriptor = f"{t.low} {nxt.low}"
        return i + 2  # "the news agency Ansa"
    return i + 1


def _is_reference(tokens: list[Token], i: int, g: Grammar) -> bool:
    """ "the company said", "пресс-службе вуза": a noun standing for a body named before."""
    t = tokens[i]
    if not t.is_word or t.low not in g.references or (t.is_capital and not g.nouns_capitalised):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or not (nxt.is_capital or nxt.low in g.connectors or nxt.text == "(")


def _names_next(t: Token, g: Grammar) -> bool:
    """After a describing noun: a name, not the noun's own complement."""
    return t.is_capital or t.is_acronym or t.text in OPENING_QUOTES or t.low in g.agencies


def read_right(tokens: list[Token], i: int, g: Grammar) -> Name | None:
    """The name phrase that starts at token ``i`` (with its article, descriptor, voice)."""
    if i >= len(tokens):
        return None
    first, article, descriptor, voice = _skip_lead(tokens, i, g)
    if first >= len(tokens):
        return None
    quoted = False
    if _is_reference(tokens, first, g):
        return Name(i, first, first, first + 1, article, descriptor, voice, reference=True)
    if tokens[first].text in OPENING_QUOTES:
        close = _quoted(tokens, first)
        if close < 0:
            return None
        first, last, quoted = first + 1, close - 1, True
        end = close + 1
    elif _can_start(tokens, first, g):
        last = _read_name_words(tokens, first, g)
        end = last + 1
        if g.nouns_capitalised:  # "Mainzer Biotechnologieunternehmen BioNTech": after the noun
            for k in range(last - 1, first - 1, -1):
                if tokens[k].low in g.descriptors and tokens[k + 1].is_capital:
                    first, descriptor = k + 1, tokens[k].low
                    break
    else:
        return None
    alias = None
    if (
        end + 2 < len(tokens)
        and tokens[end].text == "("
        and tokens[end + 2].text == ")"
        and tokens[end + 1].is_capital
        and len(tokens[end + 1].text) <= 15
    ):
        alias, end = tokens[end + 1].text, end + 3
    return Name(i, first, last, end, article, descriptor, voice, quoted, alias)


def read_left(tokens: list[Token], stop: int, g: Grammar, gap: int = 0) -> Name | None:
    """The fullest name phrase that ends right before token ``stop``.

    A parenthetical between commas may stand between the name and ``stop``
    ("Eurostat, the EU's statistics office, said"); with ``gap`` that many
    words may too ("wie der Verband gestern mitteilte").
    """
    end = stop
    apposition: tuple[Token, ...] = ()
    if end >= 1 and tokens[end - 1].text == ",":
        for c in range(end - 2, max(-1, end - 2 - _MAX_APPOSITION), -1):
            if tokens[c].text == ",":
                apposition, end = tuple(tokens[c + 1 : end - 1]), c
                break
            if tokens[c].text in ".;:!?":
                return None
        else:
            return None
    for e in range(end - 1, max(-1, end - 2 - gap), -1):
        if e < 0 or not (tokens[e].is_word or tokens[e].text in ")»“”\"'"):
            return None
        name = _fullest_ending_at(tokens, e, g)
        if name is not None:
            return replace(name, apposition=apposition) if apposition else name
    return None


def _may_lead(t: Token, g: Grammar) -> bool:
    """Can a name phrase open with ``t``? (A quick test before reading one.)"""
    if t.text in OPENING_QUOTES:
        return True
    if not t.is_word:
        return False
    return (
        t.is_capital
        or t.low in g.articles
        or t.low in g.elisions
        or t.low in g.descriptors
        or t.low in g.voices
        or t.low in g.agencies
        or t.low in g.references
        or g.lowercase_names  # (a lower-case modifier, adjective or institution noun)
    )


def _fullest_ending_at(tokens: list[Token], e: int, g: Grammar) -> Name | None:
    leftmost = max(0, e - _MAX_NAME - _MAX_PREFIX)
    for k in range(e - 1, leftmost - 1, -1):
        if tokens[k].text in ",;:!?—–":
            leftmost = k + 1  # a name does not cross a comma
            break
    for start in range(leftmost, e + 1):
        t = tokens[start]
        if not _may_lead(t, g):
            continue
        if start > 0 and tokens[start - 1].is_word and tokens[start - 1].low in g.connectors:
            continue  # "Bureau of |Labor Statistics": not a start
        name = read_right(tokens, start, g)
        if name is not None and name.end == e + 1:
            return name
    return None
