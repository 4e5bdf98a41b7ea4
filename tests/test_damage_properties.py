"""Damage a clean article, parse it, get the clean article back.

Properties that doing nothing cannot satisfy: each input is a clean article
written for these tests (headline and three paragraphs, seven languages)
with damage of the kinds scraped text has (two paragraphs glued, hard
wrapping, a hyphen at a line break, UTF-8 read as cp1252 or cp1251, tags
around the paragraphs, and these combined). The output must be the clean
article again: the same headline and the same paragraphs. Each test also
checks that the damage is real (the damaged text differs from the clean one
where a do-nothing parser would be judged), so that a repair switched off
fails here.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsclean import parse, repair_sentences

ARTICLES = {
    "en": (
        "Harbour town votes to rebuild its pier",
        [
            "The council of Saltmarsh voted on Tuesday to rebuild the town’s old pier, two months after a winter storm tore away its last eighty metres and left the lifeboat station without a landing stage.",
            "The work will cost about four million pounds, according to the regional development office, which has agreed to pay half of the bill if building starts before the end of the summer.",
            "Fishermen who have moored their boats in the neighbouring harbour since January welcomed the decision, although several of them said they doubted that the new pier would be ready in time for the next season.",
        ],
    ),
    "de": (
        "Stadtrat beschließt neuen Radweg am Fluss",
        [
            "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, entlang des Flussufers einen neuen Radweg zu bauen, der die Altstadt mit dem Gewerbegebiet im Norden verbinden soll.",
            "Die Kosten werden auf rund drei Millionen Euro geschätzt, wovon das Land nach Angaben der Verwaltung etwa zwei Drittel übernehmen will, sofern die Bauarbeiten noch in diesem Jahr beginnen.",
            "Anwohner hatten sich seit Jahren über die gefährliche Verkehrsführung beschwert, weil Radfahrer bisher auf der stark befahrenen Landstraße neben Lastwagen und Bussen fahren mussten.",
        ],
    ),
    "fr": (
        "La mairie rouvre la piscine municipale après travaux",
        [
            "La piscine municipale rouvrira ses portes lundi prochain après dix-huit mois de travaux, a annoncé mardi la mairie, qui promet des horaires élargis pour les écoles et les associations sportives.",
            "Le chantier a coûté près de six millions d’euros, dont une partie financée par la région, et a permis de remplacer la toiture, les vestiaires ainsi que le système de chauffage de l’eau.",
            "Les maîtres-nageurs, dont plusieurs ont été prêtés à la commune voisine pendant la fermeture, se disent soulagés de retrouver leur bassin avant les grandes vacances d’été.",
        ],
    ),
    "es": (
        "El ayuntamiento amplía el horario de la biblioteca",
        [
            "La biblioteca municipal abrirá también los domingos a partir del próximo mes, según anunció el martes el ayuntamiento, que ha contratado a cuatro personas más para atender las salas de lectura.",
            "La medida responde a una petición de los estudiantes universitarios, que durante la época de exámenes no encontraban un lugar tranquilo para estudiar los fines de semana en el centro de la ciudad.",
            "El coste anual de la ampliación rondará los ciento veinte mil euros, una cifra que el concejal de Cultura considera razonable teniendo en cuenta el número de usuarios registrados.",
        ],
    ),
    "pl": (
        "Miasto remontuje most nad rzeką",
        [
            "Władze miasta rozpoczną w przyszłym tygodniu remont starego mostu nad rzeką, który od miesięcy był zamknięty dla ciężarówek z powodu pęknięć w konstrukcji nośnej.",
            "Prace mają potrwać około ośmiu miesięcy i kosztować blisko dwanaście milionów złotych, z czego większą część pokryją fundusze europejskie przyznane miastu w ubiegłym roku.",
            "Kierowcy muszą się liczyć z objazdami przez dzielnicę przemysłową, a komunikacja miejska zmieni trasy kilku linii autobusowych na czas zamknięcia przeprawy.",
        ],
    ),
    "ru": (
        "Город откроет новую библиотеку в центре",
        [
            "Новая городская библиотека откроется в центре города в следующем месяце, сообщили во вторник в администрации, где пообещали продлить часы работы читальных залов до позднего вечера.",
            "Строительство здания обошлось примерно в двести миллионов рублей, а большую часть книжного фонда передали жители, которые в течение года приносили книги в пункты сбора.",
            "Студенты давно жаловались на нехватку тихих мест для учёбы, поэтому в библиотеке появятся отдельные комнаты для групповых занятий и зал с компьютерами.",
        ],
    ),
    "uk": (
        "Місто відремонтує стару школу до вересня",
        [
            "Міська рада у вівторок ухвалила рішення відремонтувати стару школу на околиці міста до початку навчального року, повідомили в управлінні освіти.",
            "Ремонт коштуватиме близько тридцяти мільйонів гривень, а роботи почнуться вже наступного тижня, щойно учні підуть на літні канікули.",
            "Батьки кілька років поспіль скаржилися на холодні класи та протікання даху, тому в будівлі замінять вікна, покрівлю та систему опалення.",
        ],
    ),
}
LATIN = ["en", "de", "fr", "es", "pl"]
CYRILLIC = ["ru", "uk"]
_WORD = re.compile(r"\w+")

PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def token_f1(got: str, want: str) -> float:
    a = Counter(t.casefold() for t in _WORD.findall(got))
    b = Counter(t.casefold() for t in _WORD.findall(want))
    tp = sum((a & b).values())
    if not tp:
        return 0.0
    p, r = tp / sum(a.values()), tp / sum(b.values())
    return 2 * p * r / (p + r)


# --- the damage -------------------------------------------------------------------


def _lines(paragraph: str, width: int) -> list[str]:
    # Never at a hyphen of the text ("dix-huit"): a real compound across a line
    # break is a case of its own (tests/test_repair.py), not damage to undo here.
    return textwrap.wrap(paragraph, width, break_on_hyphens=False)


def hard_wrap(paragraph: str, width: int) -> str:
    return "\n".join(_lines(paragraph, width))


def hyphenate_breaks(paragraph: str, width: int, cut: float) -> str:
    """Hard-wrap, then split the first long word of each line at ``cut`` of its length
    with a hyphen at the end of the line before ("Zusammen-\\narbeit")."""
    lines = _lines(paragraph, width)
    for i in range(len(lines) - 1):
        word, _, rest = lines[i + 1].partition(" ")
        if len(word) >= 8 and word.isalpha():
            k = min(max(3, round(len(word) * cut)), len(word) - 3)
            lines[i] += f" {word[:k]}-"
            lines[i + 1] = word[k:] + (f" {rest}" if rest else "")
    return "\n".join(lines)


def in_tags(headline: str, paragraphs: list[str]) -> str:
    body = "".join(f'<p class="article-text" data-v-1a2b3c4d>{p}</p>\n' for p in paragraphs)
    return f"<article><h1>{headline}</h1>\n{body}</article>"


def article(headline: str, paragraphs: list[str]) -> str:
    return "\n\n".join([headline, *paragraphs])


def assert_clean(raw: str, lang: str, headline: str, paragraphs: list[str]) -> None:
    out = parse(raw, lang=lang)
    assert out.headline == headline
    assert out.paragraphs == paragraphs
    assert token_f1(out.body, "\n".join(paragraphs)) == 1.0


# --- the properties -----------------------------------------------------------------

langs = st.sampled_from(sorted(ARTICLES))


@PROPERTY
@given(langs, st.integers(0, 1))
def test_two_glued_paragraphs_are_split_again(lang: str, at: int) -> None:
    headline, paragraphs = ARTICLES[lang]
    glued = [*paragraphs[:at], paragraphs[at] + paragraphs[at + 1], *paragraphs[at + 2 :]]
    raw = article(headline, glued)
    assert len(parse(raw, lang=lang).paragraphs) == 3
    assert_clean(raw, lang, headline, paragraphs)


@PROPERTY
@given(langs, st.integers(45, 100))
def test_hard_wrapped_paragraphs_are_joined_again(lang: str, width: int) -> None:
    headline, paragraphs = ARTICLES[lang]
    wrapped = [hard_wrap(p, width) for p in paragraphs]
    assert wrapped != paragraphs
    assert_clean(article(headline, wrapped), lang, headline, paragraphs)


@PROPERTY
@given(langs, st.integers(45, 90), st.floats(0.3, 0.7))
def test_hyphens_at_line_breaks_are_taken_out(lang: str, width: int, cut: float) -> None:
    headline, paragraphs = ARTICLES[lang]
    damaged = [hyphenate_breaks(p, width, cut) for p in paragraphs]
    raw = article(headline, damaged)
    assume("-\n" in raw)  # at least one word split at a line break
    assert token_f1(raw, "\n".join(paragraphs)) < 1.0  # the split words are wrong tokens
    assert_clean(raw, lang, headline, paragraphs)


@PROPERTY
@given(st.sampled_from(LATIN), st.booleans())
def test_utf8_read_as_cp1252_is_repaired(lang: str, wrapped: bool) -> None:
    headline, paragraphs = ARTICLES[lang]
    clean = article(headline, [hard_wrap(p, 70) if wrapped else p for p in paragraphs])
    raw = clean.encode("utf-8").decode("cp1252")
    assert raw != clean
    assert_clean(raw, lang, headline, paragraphs)


@PROPERTY
@given(st.sampled_from(CYRILLIC))
def test_utf8_read_as_cp1251_is_repaired(lang: str) -> None:
    headline, paragraphs = ARTICLES[lang]
    clean = article(headline, paragraphs)
    raw = clean.encode("utf-8").decode("cp1251", errors="strict")
    assert raw != clean
    assert_clean(raw, lang, headline, paragraphs)


@PROPERTY
@given(langs, st.booleans())
def test_paragraphs_in_tags_come_out_as_text(lang: str, wrapped: bool) -> None:
    headline, paragraphs = ARTICLES[lang]
    raw = in_tags(headline, [hard_wrap(p, 64) if wrapped else p for p in paragraphs])
    assert token_f1(raw, "\n".join(paragraphs)) < 0.9  # tag names and attributes are tokens
    assert_clean(raw, lang, headline, paragraphs)


@PROPERTY
@given(langs, st.integers(50, 90))
def test_glued_and_wrapped_at_once(lang: str, width: int) -> None:
    headline, paragraphs = ARTICLES[lang]
    damaged = [hard_wrap(paragraphs[0] + paragraphs[1], width), hard_wrap(paragraphs[2], width)]
    assert_clean(article(headline, damaged), lang, headline, paragraphs)


@PROPERTY
@given(langs, st.integers(45, 100))
def test_repair_sentences_alone_restores_wrapped_text(lang: str, width: int) -> None:
    _, paragraphs = ARTICLES[lang]
    wrapped = "\n\n".join(hard_wrap(p, width) for p in paragraphs)
    assert repair_sentences(wrapped, lang) == "\n\n".join(paragraphs)
