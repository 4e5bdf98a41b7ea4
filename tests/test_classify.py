"""Block classification: boilerplate lines, captions, credits, sources."""

from __future__ import annotations

import pytest

from newsclean import parse
from newsclean.classify.chrome import CHROME_KINDS

BODY = "The council met on Monday and approved the new budget after a long debate."


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Leave a Reply", "en"),
        ("Share this article", "en"),
        ("Read more: Council to vote on pier budget next week", "en"),
        ("Weiterlesen", "de"),
        ("Mehr zum Thema: Mietpreise steigen weiter", "de"),
        ("Читайте також: Укренерго запровадило графіки відключень", "uk"),
        ("Читайте также: На Байкале открыли новую тропу", "ru"),
        ("Lire aussi : Les aides de l’Etat prolongées", "fr"),
        ("Leer más: La desalinizadora funcionará a pleno rendimiento", "es"),
        ("Czytaj też: Nowe połączenia z Warszawy", "pl"),
        ("Publicidad", "es"),
        ("Реклама", "ru"),
        ("Compartir en Facebook · Compartir en X · Compartir en WhatsApp", "es"),
        ("Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися про головне.", "uk"),
        ("Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.", "de"),
        ("ako/ mhr/", "pl"),
        # share buttons run together with no separator
        ("Partager sur Facebook Partager sur X Envoyer par e-mail", "fr"),
        ("Share on Facebook Share on X Email", "en"),
        ("Auf Facebook teilen Auf X teilen Per E-Mail teilen", "de"),
    ],
)
def test_boilerplate_lines_leave_the_body(line, lang):
    article = parse(f"Council approves the budget\n\n{BODY}\n\n{line}\n\n{BODY}", lang)
    assert line not in article.body
    kinds = {"boilerplate", "signoff", *CHROME_KINDS}
    assert any(r.text == line and r.kind in kinds for r in article.removed)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Share prices fell sharply on Monday after the council announced the new budget.", "en"),
        ("Lesen Sie mehr über die Lage, sagte sie den Reportern am Montag in Berlin.", "de"),
        ("Реклама на телебаченні заборонена для політичних партій під час виборів.", "uk"),
        ("Le maire a dit qu’il fallait lire aussi les rapports des experts avant de voter.", "fr"),
        # opens and closes with share-button words, but is not made of them
        ("Share the cost of the new pier on Facebook", "en"),
        ("Partager les frais du chantier sur Facebook", "fr"),
    ],
)
def test_near_miss_sentences_stay(sentence, lang):
    article = parse(f"Council approves the budget\n\n{BODY}\n\n{sentence}", lang)
    assert sentence in article.paragraphs


def test_alt_text_line_is_a_caption_or_a_duplicate_headline():
    text = (
        "Hallan en el puerto los restos de un barco del siglo XVII\n"
        'Restos de madera del casco hallados durante las obras del muelle" />\n'
        "<p>Los trabajos de ampliación del muelle han sacado a la luz los restos de una embarcación.</p>"
    )
    article = parse(text, "es")
    assert article.paragraphs == [
        "Los trabajos de ampliación del muelle han sacado a la luz los restos de una embarcación."
    ]
    assert any(
        r.kind == "caption" and r.text.startswith("Restos de madera") for r in article.removed
    )


def test_caption_line_above_a_credit_only_line():
    text = (
        "Физики создали датчик магнитного поля\n\nПрототип датчика в лаборатории\n© РИА Новости / Алексей Смирнов\n\n"
        "МОСКВА, 3 июн — РИА Новости. Физики разработали компактный квантовый датчик магнитного поля."
    )
    article = parse(text, "ru")
    assert [(a.name, a.kind) for a in article.attributions] == [
        ("РИА Новости / Алексей Смирнов", "photo"),
        ("РИА Новости", "agency"),
    ]
    assert article.paragraphs[0].startswith("МОСКВА, 3 июн")


def test_source_label_and_agency_credit_lines():
    text = (
        "Росія посилює інформаційні операції проти Молдови\n\n"
        "Аналітики зазначають, що проросійські канали поширюють фейки про нібито підготовку до війни.\n\n"
        "Джерело: ISW"
    )
    assert [(a.name, a.kind) for a in parse(text, "uk").attributions] == [("ISW", "source")]
    text = "Inondations dans le Pas-de-Calais\nLe Monde avec AFP\n\nLes pluies ont provoqué des crues dans tout le département depuis lundi."
    assert [(a.name, a.kind) for a in parse(text, "fr").attributions] == [("AFP", "agency")]


def test_acronym_source_expanded_from_the_text():
    text = (
        "Rate held\n\nNational Bank of Ukraine kept its key rate at 13.5% on Thursday, citing slower inflation. "
        "Inflation will speed up by the end of the year, according to NBU."
    )
    assert [(a.name, a.alias, a.kind) for a in parse(text, "en").attributions] == [
        ("National Bank of Ukraine", "NBU", "source")
    ]


def test_polish_according_to_the_data_of_names_the_source_in_the_nominative():
    text = (
        "Rekord w porcie\n\nWedług danych Głównego Urzędu Statystycznego (GUS) port obsłużył "
        "52 mln ton ładunków. Według szacunków Polskiego Instytutu Ekonomicznego wzrost potrwa."
    )
    assert [(a.name, a.alias) for a in parse(text, "pl").attributions] == [
        ("Główny Urząd Statystyczny", "GUS"),
        ("Polski Instytut Ekonomiczny", None),
    ]


def test_a_german_describing_noun_before_a_name_is_not_part_of_it():
    text = (
        "Streik legt Flughäfen lahm\n\nLaut dem Flughafenbetreiber Fraport fielen 600 Flüge aus. "
        "Wie der Autobauer Volkswagen mitteilte, steht die Produktion still. "
        "Laut Landesbank Baden-Württemberg sinkt der Umsatz."
    )
    assert [a.name for a in parse(text, "de").attributions] == [
        "Fraport",
        "Volkswagen",
        "Landesbank Baden-Württemberg",
    ]


def test_french_institutions_written_in_lower_case_are_sources():
    text = (
        "Crues dans le Nord\n\nSelon le ministère de l’Intérieur, 740 personnes ont été "
        "évacuées. Le feu était fixé selon la préfecture des Bouches-du-Rhône. "
        "Selon le ministère, la situation reste tendue."
    )
    assert [a.name for a in parse(text, "fr").attributions] == [
        "ministère de l’Intérieur",
        "préfecture des Bouches-du-Rhône",
    ]


def test_a_syllabic_abbreviation_is_the_alias_of_the_name_it_clips():
    text = (
        "Перший сніг у Карпатах\n\nЗа даними Українського гідрометеорологічного центру, сніг "
        "випав у горах. Як повідомляє Укргідрометцентр, морози триватимуть до неділі."
    )
    assert [(a.name, a.alias) for a in parse(text, "uk").attributions] == [
        ("Український гідрометеорологічний центр", "Укргідрометцентр")
    ]


def test_russian_names_in_the_nominative_stay_and_camel_case_brands_do_not_decline():
    text = (
        "Сбой в соцсети\n\nКак сообщает Северо-Западное управление МЧС, пожар потушен. "
        "По данным ВКонтакте, сбой устранён. По данным Северо-Западного банка, вклады растут."
    )
    assert [a.name for a in parse(text, "ru").attributions] == [
        "Северо-Западное управление МЧС",
        "ВКонтакте",
        "Северо-Западный банк",
    ]


def test_generic_nouns_are_not_sources():
    text = "Impfstoff zugelassen\n\nDie Zulassung gilt ab sofort, wie das Unternehmen am Montag in Mainz mitteilte."
    assert parse(text, "de").attributions == []


def test_spokesman_of_a_known_source_is_that_source():
    text = (
        "Lotnisko bije rekord\n\nWedług Polskich Portów Lotniczych (PPL) ruch wzrósł o 3,5 proc. w sobotę.\n\n"
        "Rzecznik PPL poinformował, że lotnisko zatrudniło dodatkowo 200 pracowników."
    )
    assert [(a.name, a.alias) for a in parse(text, "pl").attributions] == [
        ("Polskie Porty Lotnicze", "PPL")
    ]


# --- whole-page text: keep the article, drop the chrome around it ---------------------


def test_lower_case_alt_text_between_headline_and_body_is_a_caption():
    text = (
        "Storm floods coastal towns\n\na flooded street in Harbor City\n\n"
        "Heavy rain flooded three coastal towns overnight, and the state opened shelters."
    )
    article = parse(text, "en")
    assert article.headline == "Storm floods coastal towns"
    assert article.paragraphs == [
        "Heavy rain flooded three coastal towns overnight, and the state opened shelters."
    ]
    assert ("caption", "a flooded street in Harbor City") in [
        (r.kind, r.text) for r in article.removed
    ]


def test_a_lower_case_sentence_after_the_headline_stays():
    text = (
        "Storm floods coastal towns\n\nand the state opened shelters in four towns.\n\n"
        "Heavy rain flooded three coastal towns overnight."
    )
    assert "and the state opened shelters in four towns." in " ".join(parse(text, "en").paragraphs)
