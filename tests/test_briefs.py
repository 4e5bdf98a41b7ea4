"""Brief blocks against lists in the body, site menus, related links and interviews.

The labelled cases in tests/data/briefs/ (written for this test and scored by
benchmarks/briefs_set.py) run here case by case; the tests below pin each
rule of classify/briefs.py with its near miss.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import extract_briefs, parse

BODY = "\n\nThe council met on Monday and approved the new budget after a long debate."
DATA = Path(__file__).parent / "data" / "briefs"


def _cases(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize(
    "case",
    _cases("cases.jsonl") + _cases("unseen.jsonl"),
    ids=lambda c: f"{c['lang']}-{c['construction']}",
)
def test_labelled_cases(case):
    article = parse(case["text"], case["lang"])
    assert [{"title": b.title, "items": b.items} for b in article.briefs] == case["briefs"]
    for text in case["body_has"]:
        assert any(p.startswith(text) for p in article.paragraphs), text


def test_titled_brief_leaves_body(fixture_text):
    article = parse(fixture_text("de_mt_article.txt"), "de")
    assert [(b.title, len(b.items)) for b in article.briefs] == [
        ("Kurz über die neuesten Nachrichten zur Energiewende", 2)
    ]
    assert "Stadtwerke" not in article.body
    assert article.briefs[0].items[0].startswith("Am Tag zuvor meldeten")


@pytest.mark.parametrize(
    ("title", "glyph"),
    [
        ("Key points", "•"),
        ("Коротко про головне", "-"),
        ("L’essentiel", "▪"),
        ("Lo más importante", "*"),
        ("Najważniejsze informacje", "–"),
        ("Главное к этому часу", "1."),
    ],
)
def test_brief_titles_and_glyphs(title, glyph):
    items = ["Rates held at four percent.", "The next meeting is in June."]
    text = "The central bank kept rates unchanged on Thursday, citing slowing inflation in the spring.\n\n"
    text += title + "\n" + "\n".join(f"{glyph} {i}" for i in items)
    assert [(b.title, b.items) for b in extract_briefs(text)] == [(title, items)]


def test_untitled_brief_at_top():
    text = (
        "* Ледоход завершился в середине мая.\n* Причиной называют теплую весну.\n\n"
        "Ледоход на озере Байкал в этом году завершился 15 мая, почти на две недели раньше срока."
    )
    assert [(b.title, b.items) for b in extract_briefs(text, "ru")] == [
        (None, ["Ледоход завершился в середине мая.", "Причиной называют теплую весну."])
    ]


def test_list_in_the_body_stays_in_the_body():
    text = (
        "Los arqueólogos han documentado hasta ahora varias piezas en el muelle de la ciudad.\n\n"
        "Los restos hallados incluyen:\n- parte del casco;\n- varias piezas de cerámica;\n- dos anclas.\n\n"
        "Los restos se trasladarán al Museo Canario para su estudio."
    )
    article = parse(text, "es")
    assert article.briefs == []
    assert article.paragraphs[2:5] == [
        "parte del casco;",
        "varias piezas de cerámica;",
        "dos anclas.",
    ]


@pytest.mark.parametrize(
    ("title", "lang"),
    [("Key points", "en"), ("Коротко про головне", "uk"), ("Das Wichtigste in Kürze", "de")],
)
def test_a_brief_title_on_the_first_line_is_not_the_headline(title, lang):
    text = (
        f"{title}\n• The first item of the brief.\n• The second item of the brief.\n\n"
        "The central bank kept rates unchanged on Thursday, citing slowing inflation."
    )
    article = parse(text, lang)
    assert article.headline is None
    assert [(b.title, len(b.items)) for b in article.briefs] == [(title, 2)]


def test_a_list_led_by_a_colon_sentence_at_the_top_stays_in_the_body():
    text = (
        "The recipe needs three steps:\n1. Soak the beans overnight.\n"
        "2. Boil them for an hour.\n3. Season to taste."
    )
    article = parse(text, "en")
    assert article.headline is None and article.briefs == []
    # The numbers are content ("step 2"): a body list keeps them.
    assert article.paragraphs == [
        "The recipe needs three steps:",
        "1. Soak the beans overnight.",
        "2. Boil them for an hour.",
        "3. Season to taste.",
    ]
    assert not [r for r in article.removed if r.kind == "bullet"]


def test_a_body_list_loses_its_bullet_glyphs_into_removed():
    text = (
        "Residents of the valley were told to prepare for the storm on Friday:\n"
        "• Move cars off the river road.\n• Keep a torch and water at hand.\n\n"
        "The warning stays in force until Sunday morning, the county said."
    )
    article = parse(text, "en")
    assert "Move cars off the river road." in article.paragraphs
    assert [r.text for r in article.removed if r.kind == "bullet"] == ["•", "•"]


INTERVIEW = (
    "Интервью с поваром\n\nМы поговорили с шеф-поваром о его кухне и любимых блюдах.\n\n"
    "— Какие блюда вам не нравятся?\n\n— Я очень люблю суп и не люблю кашу.\n\n"
    "— А что вы готовите дома?\n\n— Обычно пасту."
)


def test_an_interview_in_dialogue_dashes_is_body_text_with_its_dashes():
    article = parse(INTERVIEW, "ru")
    assert article.briefs == []
    assert article.paragraphs[1:] == [
        "— Какие блюда вам не нравятся?",
        "— Я очень люблю суп и не люблю кашу.",
        "— А что вы готовите дома?",
        "— Обычно пасту.",
    ]
    assert not [r for r in article.removed if r.kind == "bullet"]


def test_dash_lines_without_a_question_are_a_list_and_under_a_brief_title_a_brief():
    # No question: not an interview, so the dashes are list glyphs (after a
    # paragraph of prose: a list in the body, glyphs removed).
    listed = parse(INTERVIEW.replace("?", "."), "ru")
    assert listed.briefs == []
    assert "Какие блюда вам не нравятся." in listed.paragraphs
    assert [r.text for r in listed.removed if r.kind == "bullet"] == ["—"] * 4
    titled = parse("Главное\n\n— Что известно?\n\n— Курс снизился.\n\n" + BODY, "ru")
    assert titled.briefs[0].title == "Главное"
    assert titled.briefs[0].items == ["Что известно?", "Курс снизился."]


def test_english_has_no_dialogue_dash():
    article = parse("Port strike\n\n— Why did it start?\n\n— Pay.\n" + BODY, "en")
    assert article.briefs[0].items == ["Why did it start?", "Pay."]


def test_an_answer_in_a_dialogue_dash_after_the_interviewers_question_keeps_it():
    text = (
        "Интервью с поваром\n\nМы поговорили с шеф-поваром о его кухне и любимых блюдах.\n\n"
        "Что вас вдохновило на создание кулинарной страницы?\n\n"
        "— Внезапно я захотел вести блог.\n\nКакие блюда вы готовите дома?\n\n— Обычно пасту."
    )
    article = parse(text, "ru")
    assert article.briefs == []
    assert article.paragraphs[-3:] == [
        "— Внезапно я захотел вести блог.",
        "Какие блюда вы готовите дома?",
        "— Обычно пасту.",
    ]


def test_a_brief_title_loses_its_colon_and_the_colon_is_recorded():
    article = parse("Key points:\n• Rates held at 4%.\n• Next meeting in June." + BODY, "en")
    assert [b.title for b in article.briefs] == ["Key points"]
    assert [r.text for r in article.removed if r.kind == "punctuation"] == [":"]
    french = parse("L'essentiel :\n• Trafic perturbé.\n• Écoles fermées." + BODY, "fr")
    assert [b.title for b in french.briefs] == ["L'essentiel"]


def test_a_colon_sentence_in_the_middle_that_starts_like_no_title_leads_a_body_list():
    text = (
        "The harbour authority approved a plan on Monday for the coming decade.\n\n"
        "The plan in brief:\n• deepen the main channel;\n• build two new berths.\n\n"
        "Work is due to begin next year, the authority said in a statement."
    )
    article = parse(text, "en")
    assert article.briefs == []
    assert "deepen the main channel;" in article.paragraphs


@pytest.mark.parametrize(
    ("menu", "lang"),
    [
        (["News", "Sport", "Business"], "en"),
        (["Politik", "Wirtschaft", "Sport", "Kultur"], "de"),
        (["Новини", "Політика", "Спорт"], "uk"),
    ],
)
def test_a_menu_above_the_article_is_navigation_not_a_brief(menu, lang):
    text = "\n".join(f"• {m}" for m in menu) + "\n\nPort strike halts exports" + BODY
    article = parse(text, lang)
    assert article.briefs == []
    assert [r.text for r in article.removed if r.kind == "navigation"] == [f"• {m}" for m in menu]
    assert not any(m in article.body for m in menu)


def test_sentences_above_the_article_are_an_untitled_brief_not_a_menu():
    text = "• Rates held at four percent.\n• The next meeting is in June." + BODY
    assert [b.items for b in extract_briefs(text, "en")] == [
        ["Rates held at four percent.", "The next meeting is in June."]
    ]


@pytest.mark.parametrize(
    ("heading", "links", "lang"),
    [
        ("Most read", ["Ten places to eat this weekend", "Council tax to rise"], "en"),
        ("Meistgelesen", ["Stau auf der Stadtautobahn", "Grundsteuer steigt"], "de"),
        ("Читайте також", ["Де погуляти на вихідних", "Прогноз погоди"], "uk"),
    ],
)
def test_links_after_the_last_paragraph_are_related_not_a_brief(heading, links, lang):
    text = (
        "Port strike halts exports"
        + BODY
        + BODY
        + f"\n\n{heading}\n"
        + "\n".join(f"• {link}" for link in links)
    )
    article = parse(text, lang)
    assert article.briefs == []
    related = [r.text for r in article.removed if r.kind == "related"]
    assert [f"• {link}" for link in links] == related[-len(links) :]
    assert not any(link in article.body for link in links)


def test_one_dash_line_after_the_article_is_no_link_list():
    # An embedded post's signature ("— Name (@handle) date") stays in the body.
    text = "Port strike halts exports" + BODY + "\n\n— Jane Roe (@janeroe) November 18, 2019"
    article = parse(text, "en")
    assert article.paragraphs[-1] == "Jane Roe (@janeroe) November 18, 2019"
    assert not [r for r in article.removed if r.kind == "related"]


def test_a_list_under_a_paragraph_of_prose_with_prose_after_it_is_body():
    text = (
        "Heat advice\n\nExperts say a few simple steps can lower indoor temperatures "
        "by several degrees.\n\n• Close curtains on sunny windows.\n• Open windows at night.\n\n"
        "The advice applies especially to older people living alone, the agency said."
    )
    article = parse(text, "en")
    assert article.briefs == []
    assert "Close curtains on sunny windows." in article.paragraphs


def test_a_title_like_line_and_sentences_after_the_last_paragraph_are_a_summary_box():
    text = "Port strike halts exports" + BODY + "\n\nAt the end\n• Pay rises 4%.\n• Talks resume."
    assert [(b.title, b.items) for b in extract_briefs(text, "en")] == [
        ("At the end", ["Pay rises 4%.", "Talks resume."])
    ]


@pytest.mark.parametrize("glyph", ["✓", "✔", "►", "▶", "→", "◆", "○", "·"])
def test_more_bullet_glyphs_are_stripped_from_brief_items(glyph):
    text = f"Port strike halts exports\n\n{glyph} Ships wait outside.\n{glyph} Talks resume." + BODY
    assert [b.items for b in extract_briefs(text, "en")] == [
        ["Ships wait outside.", "Talks resume."]
    ]
