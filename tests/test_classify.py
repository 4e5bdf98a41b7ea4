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
