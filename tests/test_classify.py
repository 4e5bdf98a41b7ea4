"""Block classification: boilerplate, navigation, captions, credits, link-only pages."""

from __future__ import annotations

import pytest

from newsclean import parse

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
    assert any(r.text == line and r.kind in ("boilerplate", "signoff") for r in article.removed)


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


def test_navigation_menu_at_the_top_is_boilerplate():
    text = f"Home\nNews\nPolitics\nSport\n\nCouncil approves the budget\n\n{BODY}"
    article = parse(text, "en")
    assert article.headline == "Council approves the budget"
    assert article.paragraphs == [BODY]
    assert {r.text for r in article.removed if r.kind == "boilerplate"} >= {
        "Home",
        "News",
        "Politics",
        "Sport",
    }


def test_short_table_inside_the_article_stays():
    text = f"Council approves the budget\n\n{BODY}\n\nSchools\n4.5m\nRoads\n2.1m\n\n{BODY}"
    assert "Schools" in parse(text, "en").paragraphs


STANDINGS_ROWS = [
    ("1", "Marta Lindqvist", "412", "3"),
    ("2", "Oskar Brenner", "398", "2"),
    ("3", "Ines Carvalho", "377", "1"),
    ("4", "Tomasz Wrona", "351", "0"),
    ("5", "Lea Fontaine", "340", "1"),
]


def test_a_table_of_figures_after_the_last_paragraph_is_content():
    # Cells on lines of their own (a table whose rows were lost), below the
    # last paragraph, where menus live: the figures make it a table.
    cells = "\n".join("\n".join(row) for row in STANDINGS_ROWS)
    text = (
        "Regional cycling league standings\n\n"
        "After the ninth stage the league leader kept her lead by fourteen points.\n"
        f"Standings after nine stages:\nPos\nRider\nPoints\nWins\n{cells}"
    )
    article = parse(text, "en")
    assert "Marta Lindqvist" in article.paragraphs and "412" in article.paragraphs
    assert not [r.text for r in article.removed if r.kind == "boilerplate"]


def test_a_menu_with_counts_or_archive_months_is_not_a_table():
    counts = {"Politics": 12, "Business": 8, "Sport": 31, "Culture": 4, "Travel": 9, "Food": 6}
    categories = "\n".join(f"{name}\n({n})" for name, n in counts.items())
    months = "\n".join(f"{m} 2019" for m in ("March", "April", "May", "June", "July", "August"))
    for menu in (categories, months + "\n" + months):
        article = parse(f"Council approves the budget\n\n{BODY}\n\n{menu}", "en")
        assert article.paragraphs == [BODY], menu


def test_page_of_links_only_is_an_empty_article():
    text = "Главная\nНовости\nПолитика\nЭкономика\n\nКак оформить налоговый вычет через Госуслуги\n\nВКонтакте\nОдноклассники\nTelegram\n\nКомментарии (0)"
    article = parse(text, "ru")
    assert article.headline is None and article.paragraphs == [] and article.attributions == []
    assert len(article.removed) >= 7


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

_MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Podcasts", "Sign in"]
_FOOTER = ["About us", "Careers", "Advertise", "Privacy", "Terms", "Contact", "Site map"]
_TEASERS = [
    "Harbour master retires after forty years",
    "The town thanked him with a parade on Sunday.",
    "Ferry timetable changes in December",
    "Two crossings will be cancelled for repairs.",
    "Fish market reopens with new stalls",
    "Traders say business is better than before.",
]
_ARTICLE = [
    "The council of Salthaven voted on Tuesday to rebuild the town's Victorian pier, two "
    "months after a winter storm tore away its last 80 metres and left the lifeboat station "
    "without a landing stage.",
    "The project will cost about 4.5 million euros, according to the regional development "
    "office, which will pay half of it. Work is due to start in May and to end before the "
    "summer of next year, the mayor said.",
    "Fishermen, who moor their boats along the pier, had asked the council to act quickly "
    "because the winter season is when they earn most of their income from the catch.",
]


def test_whole_page_keeps_the_article_and_drops_menus_teasers_and_footer():
    page = "\n".join(
        [*_MENU, "Salthaven votes to rebuild its pier", *_ARTICLE, "Most read", *_TEASERS, *_FOOTER]
    )
    article = parse(page, "en")
    assert article.paragraphs == _ARTICLE
    assert article.headline == "Salthaven votes to rebuild its pier"
    removed = {r.text for r in article.removed if r.kind == "boilerplate"}
    assert set(_TEASERS) <= removed and "Home" in removed and "Site map" in removed


_COMMENTS = [
    "Click to share on Facebook (Opens in new window)",
    "Click to share on Twitter (Opens in new window)",
    "Click to email this to a friend (Opens in new window)",
    "Click to print (Opens in new window)",
    "Permalink",
    "12 Comments",
    "Feed for comments",
    "Back to top",
    "12 responses to “Salthaven votes to rebuild its pier”",
    "harbourfan",
    "says:",
    "November 19, 2019 at 6:34 am",
    "About time. The old pier has been a danger to every child in town for years, and the "
    "council only acted when the storm left them no choice at all, as usual, which is a "
    "shame for a town that lives from the sea and from the visitors who come to walk on it.",
    "oldsalt",
    "says:",
    "November 19, 2019 at 7:02 am",
    "Four and a half million for a pier while the ferry runs twice a day. I would rather see "
    "the money go to the harbour wall and the lifeboat station, which the storm also hit, "
    "and to the road to the fish market, which floods every time the tide is high in winter.",
    "gull",
    "says:",
    "November 19, 2019 at 7:40 am",
    "My grandfather fished from that pier every Sunday of his life, and I hope my children "
    "will do the same one day; whatever it costs, a town like ours needs its pier back.",
]


def test_a_comment_section_after_the_article_is_not_the_article():
    page = "\n".join(
        [*_MENU, "Salthaven votes to rebuild its pier", *_ARTICLE, *_COMMENTS, *_FOOTER]
    )
    # The comments are longer than the article: the first long enough piece is the article.
    assert sum(len(c.split()) for c in _COMMENTS) > sum(len(p.split()) for p in _ARTICLE)
    article = parse(page, "en")
    assert article.paragraphs == _ARTICLE
    removed = {r.text for r in article.removed if r.kind == "boilerplate"}
    assert _COMMENTS[12] in removed and _COMMENTS[0] in removed


def test_a_long_line_of_icon_names_does_not_hide_the_menus_of_a_page():
    # An icon font's glyph names, dumped by get_text() above the menus.
    icons = " ".join(
        f"icon {name}"
        for name in [
            "bookmark",
            "camera",
            "check",
            "chevron-down",
            "chevron-left",
            "chevron-right",
            "close",
            "comments",
            "download",
            "email",
            "facebook",
            "home",
            "instagram",
            "link",
            "menu",
            "pause",
            "play",
            "print",
            "search",
            "share",
            "telegram",
            "twitter",
            "whatsapp",
            "youtube",
        ]
    )
    page = "\n".join([icons, *_MENU, "Salthaven votes to rebuild its pier", *_ARTICLE, *_FOOTER])
    article = parse(page, "en")
    assert article.paragraphs == _ARTICLE
    removed = {r.text for r in article.removed if r.kind == "boilerplate"}
    assert icons in removed and "Podcasts" in removed


def test_teasers_after_a_long_run_of_tags_are_not_the_article():
    tags = ["Salthaven", "Piers", "Council", "Storms", "Harbours", "Fishing", "Lifeboats"]
    tags += ["Budgets", "Tourism", "Coast", "Weather", "Ferries", "More", "From the desk"]
    blurb = (
        "The harbour master of Northport retired on Friday after forty years at the quay, "
        "and the town thanked him with a parade, a brass band and a long lunch at the fish "
        "market, where he had started work as a boy of fifteen in the winter of 1984."
    )
    teasers = []
    for n in range(4):
        teasers += [f"Northport says goodbye to its harbour master, part {n + 1}"]
        teasers += ["Anna Berg", "Tuesday November 19, 2019", blurb]
    page = "\n".join(
        [*_MENU, "Salthaven votes to rebuild its pier", *_ARTICLE, *tags, *teasers, *_FOOTER]
    )
    article = parse(page, "en")
    assert article.paragraphs == _ARTICLE
    assert blurb in {r.text for r in article.removed if r.kind == "boilerplate"}


def test_an_article_with_a_table_in_the_middle_is_not_a_page():
    table = ["Team", "Points", "Salthaven", "41", "Northport", "38", "Eastbay", "35"] * 2
    text = "\n".join(
        [
            "League table after the last round",
            _ARTICLE[0],
            *table,
            _ARTICLE[1],
            "Next round: Saturday",
            "Tickets: online",
        ]
    )
    article = parse(text, "en")
    assert _ARTICLE[0] in article.paragraphs and _ARTICLE[1] in article.paragraphs
    assert "Northport" in article.paragraphs


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
