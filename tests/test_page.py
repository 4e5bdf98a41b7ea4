"""Whole-page text: the article against the menus, share bars, comments and footers around it."""

from __future__ import annotations

import json

import pytest

from newsclean import parse
from newsclean.blocks import split_blocks
from newsclean.classify import classify
from newsclean.classify.chrome import CHROME_KINDS, chrome_kind
from newsclean.classify.lines import classify_lines
from newsclean.classify.page_features import line_features, line_words, page_features
from newsclean.classify.page_model import PageModel, article_probabilities, load_model
from newsclean.classify.structure import Structure
from newsclean.languages import available_languages, get_pack

BODY = "The council met on Monday and approved the new budget after a long debate."


def page(*parts: list[str] | str) -> str:
    """Lines as ``get_text("\\n")`` gives them: each HTML block apart, blank lines between."""
    lines: list[str] = []
    for part in parts:
        lines += [part] if isinstance(part, str) else part
    return "\n\n".join(lines)


def kinds_of(article, texts):
    return {r.text: r.kind for r in article.removed if r.text in texts}


# --- short items and texts that are not pages ---------------------------------

SHORT_ITEMS = {
    "de": ("Erdbeben in Japan", "Ein Erdbeben hat Japan erschüttert."),
    "en": ("Markets close higher", "The DAX rose 1.2 percent."),
    "uk": ("Землетрус у Японії", "Землетрус сколихнув Японію."),
    "ru": ("Землетрясение в Японии", "Землетрясение потрясло Японию."),
    "fr": ("Séisme au Japon", "Un séisme a secoué le Japon."),
    "es": ("Terremoto en Japón", "Un terremoto sacudió Japón."),
    "pl": ("Trzęsienie ziemi w Japonii", "Trzęsienie ziemi nawiedziło Japonię."),
    "it": ("Terremoto in Giappone", "Un terremoto ha scosso il Giappone."),
    "pt": ("Terremoto no Japão", "Um terremoto atingiu o Japão."),
}


@pytest.mark.parametrize("lang", sorted(SHORT_ITEMS))
def test_a_short_item_keeps_its_headline_and_body(lang):
    headline, sentence = SHORT_ITEMS[lang]
    for given in (lang, None):
        article = parse(f"{headline}\n\n{sentence}", given)
        assert article.headline == headline
        assert article.paragraphs == [sentence]
        assert article.removed == []


@pytest.mark.parametrize("lang", sorted(SHORT_ITEMS))
def test_a_one_line_text_is_body(lang):
    headline, sentence = SHORT_ITEMS[lang]
    for line in (sentence, headline):
        article = parse(line, lang)
        assert f"{article.headline or ''} {article.body}".strip() == line
        assert article.removed == []


def test_a_three_line_item_keeps_every_line():
    text = "Markets closed higher.\n\nThe DAX rose 1.2 percent.\n\nThe euro held steady."
    article = parse(text, "en")
    assert article.paragraphs == [
        "Markets closed higher.",
        "The DAX rose 1.2 percent.",
        "The euro held steady.",
    ]


def test_an_article_with_many_short_lines_is_not_a_page():
    # A near miss: a results list with short lines, but no menus and no chrome phrases.
    results = [
        "Results of the regional chess championship",
        "The regional chess championship ended on Sunday in Salthaven after nine rounds, "
        "and the young players took most of the prizes home this year.",
        "Final places:",
        *[f"{n}. {name}" for n, name in enumerate(["Anna Berg", "Oskar Lind", "Ines Faro"], 1)],
        *[f"{n}. {name}" for n, name in enumerate(["Tom Wrona", "Lea Font", "Ida Moss"], 4)],
        "Best junior",
        "Mila Sand",
        "Best veteran",
        "Piet Kamp",
        "Next year's championship will be held in Northport in the first week of June.",
    ]
    text = "\n".join(results)
    article = parse(text, "en")
    assert article.removed == []
    assert "Mila Sand" in article.paragraphs and "Piet Kamp" in article.paragraphs


# --- menus (also on texts that are not whole pages) ---------------------------


def test_navigation_menu_at_the_top_is_navigation():
    text = f"Home\nNews\nPolitics\nSport\n\nCouncil approves the budget\n\n{BODY}"
    article = parse(text, "en")
    assert article.headline == "Council approves the budget"
    assert article.paragraphs == [BODY]
    assert {r.text for r in article.removed if r.kind == "navigation"} >= {
        "Home",
        "News",
        "Politics",
        "Sport",
    }


MENUS = {
    "en": (["• News", "• Sport", "• Business", "• Culture"], "Library reopens after flood"),
    "de": (["• Politik", "• Wirtschaft", "• Sport", "• Kultur"], "Bibliothek wieder offen"),
    "uk": (["• Новини", "• Політика", "• Економіка", "• Спорт"], "Бібліотеку відкрили знову"),
    "fr": (["• Actualités", "• Sport", "• Économie", "• Culture"], "La bibliothèque rouvre"),
}


@pytest.mark.parametrize("lang", sorted(MENUS))
def test_a_bulleted_menu_is_navigation_not_a_brief(lang):
    menu, headline = MENUS[lang]
    sentence = {
        "en": "The central library reopened on Saturday, eight months after a burst pipe flooded it.",
        "de": "Die Stadtbibliothek hat am Samstag wieder geöffnet, acht Monate nach dem Rohrbruch.",
        "uk": "Центральна бібліотека відкрилася в суботу після ремонту, який тривав вісім місяців.",
        "fr": "La bibliothèque centrale a rouvert samedi, huit mois après une inondation.",
    }[lang]
    article = parse("\n".join(menu) + f"\n\n{headline}\n\n{sentence}", lang)
    assert article.briefs == []
    assert article.paragraphs == [sentence]
    assert {r.kind for r in article.removed if r.text in menu} == {"navigation"}


def test_a_list_introduced_by_a_colon_at_the_end_stays():
    items = ["Flour", "Sugar", "Butter", "Eggs"]
    text = (
        "Grandma's cake\n\nThe cake needs only four things, all of them in your kitchen already.\n\nYou need:\n"
        + "\n".join(items)
    )
    article = parse(text, "en")
    for item in items:
        assert item in article.paragraphs


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
    assert not [r.text for r in article.removed if r.kind in CHROME_KINDS]


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
    assert {r.kind for r in article.removed} <= set(CHROME_KINDS)


# --- whole pages ---------------------------------------------------------------

_MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather", "Sign in"]
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
_SHARE = ["Share this:", "Facebook", "Twitter", "Email"]
_RELATED = [
    "Related posts",
    "Ferry timetable changes in December",
    "Fish market reopens with new stalls",
]
_FORM = [
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
]
_FOOTER = ["Imprint", "Privacy policy", "© 2024 Salthaven Gazette"]
_TITLE = "Salthaven votes to rebuild its pier"


def test_a_whole_page_keeps_its_article_and_names_what_it_drops():
    text = page(_MENU, _TITLE, "By Anna Berg", _ARTICLE, _SHARE, _RELATED, _FORM, _FOOTER)
    article = parse(text, "en")
    assert article.headline == _TITLE
    assert article.paragraphs == _ARTICLE
    kinds = kinds_of(article, set(_MENU + _SHARE + _RELATED + _FORM + _FOOTER))
    assert {kinds[t] for t in _MENU} == {"navigation"}
    assert {kinds[t] for t in _SHARE} == {"share"}
    assert {kinds[t] for t in _RELATED} == {"related"}
    assert {kinds[t] for t in _FORM} == {"comments"}
    assert {kinds[t] for t in _FOOTER} == {"footer"}


def test_the_structure_says_where_the_article_starts():
    text = page(_MENU, _TITLE, "By Anna Berg", _ARTICLE, _SHARE, _FOOTER)
    blocks = split_blocks(text)
    st = classify(blocks, get_pack("en"))
    assert st.article_start is not None
    assert blocks[st.article_start].text == _ARTICLE[0]


def test_chrome_kinds_are_read_from_phrases_in_every_language():
    assert chrome_kind("Share this:") == "share"
    assert chrome_kind("Kommentar schreiben") == "comments"
    assert chrome_kind("Читайте також: нова стаття") == "related"
    assert chrome_kind("Wir verwenden Cookies, um Inhalte zu personalisieren.") == "cookie_notice"
    assert chrome_kind("Política de privacidad") == "footer"
    assert chrome_kind("Salthaven votes to rebuild its pier") is None


def test_every_language_names_only_declared_kinds():
    for code in available_languages():
        assert set(get_pack(code).boilerplate_kinds) <= set(CHROME_KINDS), code


def test_the_model_file_matches_the_features_of_the_code():
    model = load_model()
    assert 0 < model.threshold < 1
    data = {
        "line": {"features": ["wrong"], "weights": [0.0], "bias": 0.0},
        "page": {"features": [], "weights": [], "bias": 0.0},
        "threshold": 0.5,
    }
    with pytest.raises(ValueError, match="features"):
        PageModel.from_dict(json.loads(json.dumps(data)))


def test_the_labeller_gives_the_probabilities_of_the_training_rows():
    # The labeller weighs each distinct line once and goes on over its context;
    # the training script reads whole rows. Both must give the same numbers.
    text = page(_MENU, _TITLE, "By Anna Berg", _ARTICLE, _SHARE, _MENU, _RELATED, _FORM, _FOOTER)
    pack = get_pack("en")
    blocks = split_blocks(text)
    classify_lines(blocks, pack, Structure())
    model = load_model()
    rows = line_features(blocks, pack)
    words = line_words(blocks, pack)
    first = [model.line.probability(r) for r in rows]
    expected = [model.page.probability(r) for r in page_features(rows, first, blocks, words)]
    assert article_probabilities(blocks, pack, model) == pytest.approx(expected, rel=1e-12)
    assert article_probabilities(blocks, pack, model) == pytest.approx(expected, rel=1e-12)
    assert article_probabilities([], pack, model) == []
