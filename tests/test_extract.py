"""Headline and dates, per kind and per language (attributions: test_attribution.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclean import extract_attributions, extract_briefs, extract_headline, parse

BODY = "\n\nThe council met on Monday and approved the new budget after a long debate."


# --- headline ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("Port strike halts exports – ISW", "Port strike halts exports"),
        ("Port strike halts exports | Reuters", "Port strike halts exports"),
        ("Port strike halts exports - BBC News", "Port strike halts exports"),
        ("Дрони атакували Харківщину — Українська правда", "Дрони атакували Харківщину"),
        ("BREAKING: Port strike halts exports", "Port strike halts exports"),
        ("EXCLUSIVE - Port strike halts exports", "Port strike halts exports"),
        (
            "Immobilier : les prix reculent de 3,9 % sur un an",
            "Immobilier : les prix reculent de 3,9 % sur un an",
        ),
        (
            "Grippewelle: RKI meldet deutlichen Anstieg der Fälle",
            "Grippewelle: RKI meldet deutlichen Anstieg der Fälle",
        ),
        ("НБУ ЗБЕРІГ ОБЛІКОВУ СТАВКУ НА РІВНІ 13,5%", "НБУ ЗБЕРІГ ОБЛІКОВУ СТАВКУ НА РІВНІ 13,5%"),
    ],
)
def test_headline_affixes(first_line, expected):
    assert extract_headline(first_line + BODY) == expected


def test_no_headline_when_text_starts_with_body():
    text = (
        "The council met on Monday and approved the budget. It was a long debate.\n\nMore followed."
    )
    assert extract_headline(text) is None


@pytest.mark.parametrize(
    ("text", "lang", "headline"),
    [
        (
            "Stadtrat beschließt neue Radwege für die InnenstadtDie Stadt will bis 2027 zwölf"
            " Kilometer geschützte Radwege bauen. Der Beschluss fiel mit großer Mehrheit.",
            "de",
            "Stadtrat beschließt neue Radwege für die Innenstadt",
        ),
        (
            "Storm Closes Every School In Harbor County A storm closed every school in the"
            " county on Monday, and the roads stayed shut until the evening.",
            "en",
            "Storm Closes Every School In Harbor County",
        ),
    ],
)
def test_a_headline_glued_to_its_body_is_found(text, lang, headline):
    article = parse(text, lang)
    assert article.headline == headline
    assert article.body.startswith(text[len(headline) :].strip()[:20])


def test_bullet_is_never_a_headline():
    text = "– Вступники складатимуть чотири предмети.\n– Реєстрація вже триває.\n\nУкраїнський центр оприлюднив порядок тестування у 2025 році."
    assert extract_headline(text) is None


def test_reworded_duplicate_headline_is_removed():
    text = (
        "Лед на Байкале сошел на две недели раньше обычного\n"
        "Лёд на Байкале в этом году сошёл на две недели раньше обычного\n\n"
        "Ледоход на озере Байкал в этом году завершился почти на две недели раньше срока."
    )
    article = parse(text, "ru")
    assert article.headline == "Лед на Байкале сошел на две недели раньше обычного"
    assert [r.kind for r in article.removed if r.kind == "duplicate_headline"] == [
        "duplicate_headline"
    ]
    assert len(article.paragraphs) == 1


# --- dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("Опубліковано 14.05.2024, 09:20", "uk", dt.datetime(2024, 5, 14, 9, 20)),
        (
            "Опубликовано: 15.04.2024 09:45 МСК",
            "ru",
            dt.datetime(2024, 4, 15, 9, 45, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        ),
        (
            "Publié le 03 mars 2024 à 10h12, modifié le 04 mars 2024 à 08h00",
            "fr",
            dt.datetime(2024, 3, 3, 10, 12),
        ),
        (
            "Publicado el 12 feb 2024 - 08:00 CET",
            "es",
            dt.datetime(2024, 2, 12, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        ("Veröffentlicht am 18.05.2024, 11:03 Uhr", "de", dt.datetime(2024, 5, 18, 11, 3)),
        ("Opublikowano: 5 marca 2024, 10:15", "pl", dt.datetime(2024, 3, 5, 10, 15)),
        (
            "Published March 4, 2024 09:30 GMT",
            "en",
            dt.datetime(2024, 3, 4, 9, 30, tzinfo=dt.timezone.utc),
        ),
    ],
)
def test_published(line, lang, expected):
    article = parse("Council approves the new budget\n" + line + BODY, lang)
    assert article.published == expected
    assert line not in article.body


def test_day_month_takes_publication_year_and_relative_days_resolve():
    text = "Rada ухвалила бюджет\nОпубліковано 14.05.2024, 09:20\n\nУ ніч на 14 травня дрони атакували. Вчора теж."
    article = parse(text, "uk")
    assert [(d.text, d.value) for d in article.dates] == [
        ("14 травня", dt.date(2024, 5, 14)),
        ("Вчора", dt.date(2024, 5, 13)),
    ]


def test_no_year_is_ever_invented(fixture_text):
    article = parse(fixture_text("de_mt_article.txt"), "de")
    assert article.published is None
    assert [(d.text, d.value) for d in article.dates] == [("12. April", None)]


def test_date_offsets_point_into_body():
    article = parse("Rates held\n\nThe bank met on 3 June 2024 and again on June 20, 2024.", "en")
    for d in article.dates:
        assert article.body[d.start : d.end] == d.text
    assert [d.value for d in article.dates] == [dt.date(2024, 6, 3), dt.date(2024, 6, 20)]


def test_published_in_an_unusual_format_goes_to_dateparser():
    article = parse(
        "Council approves the new budget\nVeröffentlicht: 2024/03/05 08:15" + BODY, "de"
    )
    assert article.published == dt.datetime(2024, 3, 5, 8, 15)


@pytest.mark.parametrize("func", [extract_headline, extract_attributions, extract_briefs])
def test_steps_reject_wrong_types(func):
    with pytest.raises(TypeError, match="expects str"):
        func(b"bytes")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Rates held\n\nThe board met on 2024-03-05 and again on 03/07/2024 in New York.",
            "en",
            [dt.date(2024, 3, 5), dt.date(2024, 3, 7)],
        ),
        (
            "Zinsen bleiben\n\nDer Rat tagte am 31.02.2024 und am 05.03.2024 in Frankfurt am Main.",
            "de",
            [None, dt.date(2024, 3, 5)],
        ),
    ],
)
def test_numeric_dates_and_impossible_dates(text, lang, expected):
    assert [d.value for d in parse(text, lang).dates] == expected


def test_published_without_year_is_not_invented():
    article = parse("Council approves the new budget\nPublished March 4, 09:30" + BODY, "en")
    assert article.published is None
