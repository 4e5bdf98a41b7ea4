"""Mojibake: repaired on evidence only; good text in every language is never changed.

The construction (see ``newsclean/mojibake.py``): a *sign* is a code page's
reading of one UTF-8 sequence ("Ã©", "Ð¡", "Ă¨", "√≤", "ß║"); a sign counts
only with *evidence* (ftfy's badness around it, a run of signs, a Windows-1251
lead inside a Latin word); a line with evidence is read back whole in one code
page, and a sign that would read back as something news text does not have
("NESTLÉ®" as "NESTLɮ") stays as it is.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import clean_html, parse
from newsclean.mojibake import repair_mojibake

# Good text, one sentence per supported language, each with its rare characters.
GOOD = {
    "de": "Der Bürgermeister von Köln sagte „Fuß für Fuß“: Die Straße bleibt bis März gesperrt, Schaden 3×€5 Mio.",
    "en": "NESTLÉ® and Müller™ signed the £4.5bn deal – “a turning point” – at the CAFÉ… in Vevey.",
    "fr": "L’œuvre de Molière coûte 15 € à l’entrée, «CAFÉ» compris ; À BIENTÔT… écrit l’agence.",
    "es": "¿Dónde está el niño? ¡Qué año! El señor Muñoz pagó 2×£4 en la estación de Cádiz.",
    "pl": "Łódź i Gdańsk: rząd przyjął ustawę, poinformował minister Żółkiewski. ZAŻÓŁĆ GĘŚLĄ JAŹŃ.",
    "uk": "Їжак їсть ґрунтові яблука в Києві, — сказав В’ячеслав. НБУ ЗБЕРІГ СТАВКУ НА РІВНІ 13,5% в Італії.",
    "ru": "Ёлка, ещё, объём — «Известия» сообщили №5; Пётр Сёмин встретил В Москве Рёву.",
}
# The negative examples of the issue, and more of the shape "capital + symbol",
# inside sentences of news text.
NEAR_MISSES = [
    "The company said on Monday that NESTLÉ® is a brand it will keep for its coffee.",
    "Welcome to the CAFÉ… and enjoy the view, the sign outside the station read on Tuesday.",
    'The teacher said he wrote "Fuß” on the board before the lesson began.',
    "Tickets cost 3×€5 and 2×£4 at the door, the organisers said on Friday.",
    "The shop was offering 5×£35 pin ups to the first customers, staff said.",
    "Fans shared the caption “ESSE CARA AI QUEM É¿” on Sunday night, the club said.",
    "The crater has a radius of 10 Å— far smaller than expected, the researchers said.",
    "PARCE QUE SUR LEURS PLAQUES IL Y MARQUÉ… read the banner the protesters carried.",
    "“I'm not such a fan of Charlotte Brontë…” she told the literary festival on Monday.",
]


@pytest.mark.parametrize("lang", sorted(GOOD))
def test_good_text_in_every_language_is_unchanged(lang):
    text = GOOD[lang]
    assert clean_html(text) == text
    article = parse(text, lang)
    assert article.body == text
    assert not [r for r in article.removed if r.kind == "mojibake"]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_sign_without_evidence_is_genuine_text(text):
    assert clean_html(text) == text
    assert parse(text).body == text


# The same sentences, damaged: UTF-8 read with each code page.
SENTENCES = {
    "de": "Der Bürgermeister von Köln sagte, die Straße über den Rhein bleibe bis März gesperrt.",
    "fr": "Le ministère a annoncé à Noël une hausse de 15 € du prix de l’œuvre, écrit l’agence.",
    "es": "¿Dónde está el niño? El señor Muñoz habló el martes con España, según la agencia.",
    "pl": "Rząd przyjął w Łodzi projekt ustawy o ochronie zdrowia, poinformował minister Żółkiewski.",
    "uk": "Уряд України ухвалив рішення про ремонт доріг у Києві, повідомив міністр інфраструктури.",
    "ru": "Правительство России объявило об изменении тарифов на электроэнергию, сообщил министр.",
    "en": "The minister said the £4bn plan – “a turning point” – would start in 2025 at 3×€5.",
}
CODE_PAGES = [
    "sloppy-windows-1252",
    "latin-1",
    "sloppy-windows-1251",  # Cyrillic as "Р’ СЃ", Latin letters as "fГ¤hrt"
    "sloppy-windows-1250",  # "LiĂ¨ge"
    "mac_roman",  # "Zam√≤"
    "cp437",  # "Tiß║┐ng"
]


@pytest.mark.parametrize("codec", CODE_PAGES)
@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_utf8_read_with_a_code_page_is_read_back(codec, lang):
    import ftfy.bad_codecs  # noqa: F401  (registers the codecs the damage is made with)

    text = SENTENCES[lang]
    garbled = text.encode("utf-8").decode(codec)
    assert garbled != text
    assert clean_html(garbled) == text
    article = parse(garbled, lang)
    assert article.body == text
    assert [r.text for r in article.removed if r.kind == "mojibake"] == [garbled]


def test_the_issue_examples_are_repaired():
    assert clean_html("LiĂ¨ge Avenue de l'HĂ´pital") == "Liège Avenue de l'Hôpital"
    assert clean_html("Le Vigne di Zam√≤") == "Le Vigne di Zamò"
    assert clean_html("Tiß║┐ng Viß╗çt") == "Tiếng Việt"


def test_a_closing_quote_whose_last_byte_was_lost_is_a_quote_never_a_dagger():
    assert clean_html("It was bad for Leeds,â€\nsaid the coach.") == (
        "It was bad for Leeds,”\nsaid the coach."
    )
    assert clean_html("“It was bad for Leeds,â€ said the coach.") == (
        "“It was bad for Leeds,” said the coach."
    )
    assert clean_html("He said â€œnoâ€. Then he left.") == "He said “no”. Then he left."
    assert "†" not in clean_html("Leeds,â€ said Bielsa, â€œwe lostâ€ again.")


def test_a_no_break_space_that_became_a_space_is_put_back():
    assert clean_html("voilÃ  le travail") == "voilà le travail"
    assert clean_html("jusqu'Ã nos jours, Ã©crit-il") == "jusqu'à nos jours, écrit-il"
    assert clean_html("faites attention Г bien lire le mГ©dicament") == (
        "faites attention à bien lire le médicament"
    )


def test_mojibake_of_mojibake_is_read_back_layer_by_layer():
    assert clean_html("Le cafÃƒÂ© est ouvert.") == "Le café est ouvert."
    assert clean_html("Le cafÃƒÆ’Ã‚Â© est ouvert.") == "Le café est ouvert."


def test_a_genuine_sign_beside_mojibake_stays():
    # "É®" would read back as "ɮ": it has no evidence of its own and stays.
    assert clean_html("NESTLÉ® and the cafÃ© nearby") == "NESTLÉ® and the café nearby"
    assert clean_html("Prix: 3×€5 pour le dÃ©jeuner") == "Prix: 3×€5 pour le déjeuner"


def test_each_sign_of_an_inconsistent_line_needs_evidence_of_its_own():
    # Genuine "Łódź" (not in Windows-1251) beside Cyrillic read as Windows-1251.
    assert clean_html("Łódź — РљР°Р±С–РЅРµС‚ РњС–РЅС–СЃС‚СЂС–РІ") == "Łódź — Кабінет Міністрів"
    # A genuine dash beside one Latin-1 sequence: ambiguous, left alone (as ftfy does).
    assert clean_html("Bremer/Mccoy – DrÃ¥ber") == "Bremer/Mccoy – DrÃ¥ber"


@pytest.mark.parametrize(
    "text",
    [
        # Cyrillic capitals that lead Windows-1251 readings (Р С В Г Д Е), with
        # what genuine Ukrainian and Russian has after them
        "НБУ ЗБЕРІГ ОБЛІКОВУ СТАВКУ НА РІВНІ 13,5%",
        "ВІДПОВІДЬ ДЄРЖАВИ: Держслужба «ГЁТЕ» повідомила про ремонт у Бразилії та Італії.",
        "Енергетики Е— та Г– позначки в таблиці залишаються.",
        "Сёмин и Рёва: «Сёстры» — премьера в Москве.",
    ],
)
def test_genuine_cyrillic_is_not_taken_for_windows_1251(text):
    assert clean_html(text) == text


def test_what_was_repaired_is_recorded_line_by_line():
    removed: list[newsclean.Removal] = []
    text = "Titre\nLâ€™annonce a Ã©tÃ© faite.\nRien ici."
    assert repair_mojibake(text, removed) == "Titre\nL’annonce a été faite.\nRien ici."
    assert removed == [newsclean.Removal("mojibake", "Lâ€™annonce a Ã©tÃ© faite.")]


def test_a_line_with_a_sign_and_no_evidence_is_not_recorded():
    removed: list[newsclean.Removal] = []
    assert repair_mojibake("NESTLÉ® is a brand.", removed) == "NESTLÉ® is a brand."
    assert removed == []


def test_clean_html_is_idempotent_on_the_issue_example():
    text = "Die Straße ist gesperrt.\n \nDer BГјrgermeister sagte."
    once = clean_html(text)
    assert once == "Die Straße ist gesperrt.\n\nDer Bürgermeister sagte."
    assert clean_html(once) == once


def test_a_repair_never_makes_the_pipelines_private_use_marks() -> None:
    # Bytes EE 80 80 read as Windows-1252 are "î€€"; read back they would be
    # U+E000, the caption mark: found by the fuzzer, no repair makes one.
    data = b"Hafen\n\n\xe2\x80\x9cWort\xee\x80\x80\x80\x80\x80 und mehr \xc3\xa9t\xc3\xa9"
    article = newsclean.parse(data.decode("cp1252", errors="replace").encode("utf-8"))
    assert "\ue000" not in article.body and "\ue001" not in article.body
    line = "Caf\u00e9 \u00ee\u20ac\u20ac und mehr"
    assert repair_mojibake(line, []) == line
