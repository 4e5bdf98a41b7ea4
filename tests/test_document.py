"""The page reader: whole HTML pages read as documents (newsclean.document)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsclean import parse
from newsclean.document import CHROME_KINDS, is_document, read_document
from newsclean.document.fill import strip_site_name
from newsclean.document.metadata import parse_iso_date
from newsclean.document.tokens import element_tokens

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def removed_as(article, kind: str) -> list[str]:
    return [r.text for r in article.removed if r.kind == kind]


def in_body(article, text: str) -> bool:
    return text in article.body


# --- which input is a page ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "<html lang='de'><p>Hallo</p></html>",
        "\n  <BODY><p>Bonjour</p></BODY>",
        "<head><title>x</title></head><p>y</p>",
    ],
)
def test_a_page_is_a_document(text):
    assert is_document(text)


@pytest.mark.parametrize(
    "text",
    [
        # the seed's shape: a headline line, then an article with some tags left in it
        "Wie man dem Westen entgegentreten kann – ISW\n\n<p>Russland versucht, eine Koalition"
        " zu bilden.</p>\n<p>Das Institut schreibt ...</p>",
        # a fragment of a few tags, starting with a tag
        '<div class="cookie-bar">Diese Seite verwendet Cookies.</div>\n<nav>Start Politik</nav>'
        "\n<p>Der Landtag hat am Dienstag das Gesetz beschlossen.</p>",
        # a text that mentions a tag
        "How to write <html> by hand: a short guide for beginners.",
        # inner HTML of an article's blocks, one per line, after a headline line
        "Storm hits coast\n" + "<p>A storm <a href='/x'>hit</a> the coast.</p>\n" * 80,
    ],
)
def test_text_and_small_fragments_are_not_documents(text):
    assert not is_document(text)


def test_a_large_fragment_of_a_page_is_a_document():
    fragment = (
        '<div id="content"><div class="menu"><ul>'
        + "".join(f'<li><a href="/{i}">Section {i}</a></li>' for i in range(20))
        + "</ul></div>"
        + "".join(
            f"<div class='para'><p>Paragraph {i} of the report says what happened.</p></div>"
            for i in range(20)
        )
        + "</div>"
    )
    assert is_document(fragment)
    assert not is_document(fragment[:300])  # the same markup, a few tags of it


def test_the_seed_like_fragment_keeps_the_text_path():
    raw = (
        "Flood barriers fail in harbour town – Reuters\n\n"
        '<p class="lead">Flood barriers failed on Monday in the harbour town.</p>\n'
        "<p>Water reached the market square within an hour, officials said.</p>"
    )
    article = parse(raw)
    assert article.headline == "Flood barriers fail in harbour town"
    # the markup cleaner ran: each tag is listed, as for any text with tags left in it
    assert "<p>" in removed_as(article, "html_tag")


# --- chrome around the article --------------------------------------------------


def test_page_with_semantic_containers():
    article = parse(page("en_semantic.html"))
    assert article.headline == "Council approves new harbour bridge"
    assert article.paragraphs[0].startswith("The crossing will replace a span")  # standfirst
    assert any(p.startswith("The city council voted 31 to 9") for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("Opponents had argued")
    assert set(removed_as(article, "navigation")) >= {"Home", "News", "Sport", "Weather"}
    assert "Ferry timetable changes for the summer season" in removed_as(article, "related")
    assert any("All rights reserved" in t for t in removed_as(article, "footer"))
    assert any("Share on Facebook" in t for t in removed_as(article, "share"))
    assert removed_as(article, "caption") == ["The old bridge in 1950. Photo: City Archive"]
    for chrome in ("Home", "Share on Facebook", "Ferry timetable", "All rights reserved", "1950"):
        assert chrome not in article.body


def test_page_of_div_soup_with_class_names():
    article = parse(page("de_divsoup.html"))
    assert article.headline == "Neue Buslinie verbindet Altstadt und Bahnhof"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("Ab dem 1. Juni fährt die neue Linie 12")
    assert {"Lokales", "Politik", "Sport"} <= set(removed_as(article, "navigation"))
    assert "Meistgelesen" in removed_as(article, "sidebar")
    assert len(removed_as(article, "comments")) == 3  # the heading and two comments
    assert any("Impressum" in t for t in removed_as(article, "footer"))
    assert "Endlich!" not in article.body and "Hallenbad" not in article.body


def test_cookie_notice_longer_than_the_article():
    article = parse(page("de_cookie_banner.html"))
    notice = removed_as(article, "cookie_notice")
    assert sum(map(len, notice)) > 2 * len(article.body)
    assert article.headline == "Stadtbibliothek verlängert Öffnungszeiten"
    assert [p[:30] for p in article.paragraphs] == [
        "Die Stadtbibliothek ist ab Mon",
        "Die zusätzlichen Stunden werde",
    ]
    assert "Cookies" not in article.body


def test_long_comment_thread_under_a_short_post():
    article = parse(page("en_comments.html"))
    comments = removed_as(article, "comments")
    assert sum(map(len, comments)) > 3 * len(article.body)
    assert article.headline == "Why I switched back to paper maps"
    assert len(article.paragraphs) == 2
    assert article.paragraphs[1].startswith("A paper map never runs out of battery")
    assert "Leave a Reply" in comments
    assert "compass" not in article.body


def test_recipe_lists_are_body_not_briefs_and_the_menu_is_no_brief():
    article = parse(page("en_recipe_list.html"))
    assert article.briefs == []
    assert "150 g pearl barley" in article.paragraphs
    assert "Juice of 1 lemon" in article.paragraphs
    steps = [p for p in article.paragraphs if p.startswith(("Rinse", "Soften", "Add", "Stir"))]
    assert len(steps) == 4
    assert article.paragraphs.index("Method") < article.paragraphs.index(steps[0])
    assert "Recipes" not in article.body and "Soups" not in article.body
    assert any("inbox every Friday" in t for t in removed_as(article, "newsletter"))


def test_numbered_posts_stay_in_the_body():
    items = "".join(
        f"<li><h2>{n}. {title}</h2><p>{text}</p></li>"
        for n, (title, text) in enumerate(
            [
                ("Start small", "Pick one habit and keep it for a month before adding another."),
                ("Write it down", "A short note each evening shows how far you have come."),
                ("Tell a friend", "Someone who asks how it is going keeps you honest."),
            ],
            1,
        )
    )
    html = (
        "<html><head><title>Three ways to keep a habit</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/tips'>Tips</a></li>"
        "<li><a href='/about'>About</a></li></ul></nav>"
        f"<article><h1>Three ways to keep a habit</h1><ol>{items}</ol></article>"
        "</body></html>"
    )
    article = parse(html)
    assert article.briefs == []
    for line in ("1. Start small", "2. Write it down", "3. Tell a friend"):
        assert line in article.paragraphs
    assert "A short note each evening shows how far you have come." in article.paragraphs
    assert "Home" in removed_as(article, "navigation")


def test_article_with_a_table_inside():
    article = parse(page("fr_table.html"))
    assert "Union de la gauche 4 812 54,2" in article.paragraphs  # a row is a line
    assert "Villeneuve Demain 4 066 45,8" in article.paragraphs
    first = article.paragraphs.index("Union de la gauche 4 812 54,2")
    assert article.paragraphs[first + 2].startswith("La participation s'est établie")
    assert "Accueil" in removed_as(article, "navigation")
    assert any("Partager sur Facebook" in t for t in removed_as(article, "share"))


def test_article_inside_odd_containers_is_kept():
    """A page-wide <form> (ASP.NET), a "has-sidebar" wrapper, an article whose
    taxonomy classes name chrome words and an opinion piece ("commentary")."""
    body = " ".join(
        f"Paragraph {word} of the council report explains how the budget was spent."
        for word in ("one", "two", "three", "four")
    )
    html = (
        "<html><body><form id='aspnetForm' action='/x'>"
        "<div class='layout has-sidebar'>"
        "<div class='post category-social-media tag-cookies commentary'>"
        "<h1>Budget report published</h1>"
        + "".join(f"<p>{s}.</p>" for s in body.split(". "))
        + "</div><aside><p>Popular: <a href='/a'>Other story</a></p></aside>"
        "</div></form></body></html>"
    )
    article = parse(html)
    assert article.headline == "Budget report published"
    assert len(article.paragraphs) == 4
    assert "Other story" not in article.body
    assert any("Other story" in t for t in removed_as(article, "sidebar"))


def test_hidden_elements_are_removed_and_listed():
    html = (
        "<html><body><article><h1>Rates held steady</h1>"
        "<p>The central bank kept its main rate at four percent on Thursday.</p>"
        "<p style='display: none'>Subscribe to read the rest of this article today.</p>"
        "<div hidden><p>Sign in to continue.</p></div>"
        "<span class='sr-only'>Skip to navigation</span>"
        "</article></body></html>"
    )
    article = parse(html)
    assert article.paragraphs == [
        "The central bank kept its main rate at four percent on Thursday."
    ]
    assert set(removed_as(article, "hidden")) == {
        "Subscribe to read the rest of this article today.",
        "Sign in to continue.",
        "Skip to navigation",
    }


def test_no_visible_text_leaves_silently():
    """Every block of visible text is in the output or in ``removed``."""
    html = page("en_semantic.html")
    article = parse(html)
    document = read_document(html)
    assert document is not None
    listed = " ".join(r.text for r in article.removed)
    output = f"{article.headline} {article.body}"
    for line in (
        "Harbour Times",
        "Opinion",
        "By Maria Lopez",
        "Share on X",
        "More from Harbour Times",
        "New cycle lanes planned along the quay",
        "Imprint",
        "window.dataLayer",
    ):
        assert line in output or line in listed, line


def test_removal_kinds_are_declared():
    for name in ("en_semantic.html", "de_divsoup.html", "de_cookie_banner.html"):
        document = read_document(page(name))
        assert document is not None
        kinds = {r.kind for r in document.removed}
        assert kinds <= set(CHROME_KINDS) | {"script", "style", "comment", "invisible_char"}


# --- metadata ---------------------------------------------------------------------


def test_json_ld_graph_gives_authors_dates_and_publisher():
    article = parse(page("fr_table.html"))
    assert article.headline == "Municipales : la gauche l'emporte à Villeneuve"
    zone = dt.timezone(dt.timedelta(hours=2))
    assert article.published == dt.datetime(2024, 6, 10, 21, 15, tzinfo=zone)
    assert article.updated == dt.datetime(2024, 6, 11, 8, 0, tzinfo=zone)
    people = [(a.name, a.kind) for a in article.attributions]
    assert ("Claire Dubois", "author") in people and ("Marc Leroy", "author") in people
    assert ("Le Courrier du Sud", "publisher") in people


def test_meta_tags_only():
    article = parse(page("uk_meta_only.html"))
    assert article.headline == "У Львові відкрили новий дитячий садок"
    assert article.language == "uk"
    assert article.published == dt.date(2024, 9, 2)  # a day without a time stays a day
    assert type(article.published) is dt.date
    assert article.updated == dt.datetime(2024, 9, 3, 10, 15, tzinfo=dt.timezone.utc)
    people = [(a.name, a.kind) for a in article.attributions]
    assert ("Олена Коваль", "author") in people
    assert ("Львівські новини", "publisher") in people
    data = article.to_dict()
    assert data["published"] == "2024-09-02"
    assert data["updated"] == "2024-09-03T10:15:00+00:00"


def test_no_metadata_at_all():
    article = parse(page("en_no_metadata.html"))
    assert article.headline == "Notes from the allotment"
    assert article.published is None and article.updated is None
    assert article.attributions == []
    assert len(article.paragraphs) == 2
    assert removed_as(article, "navigation") == ["Home | Blog | Contact"]


def test_title_with_site_name_fills_a_missing_headline():
    html = (
        "<html><head><title>Ferry strike ends after two days | Harbour Times</title>"
        "<meta property='og:site_name' content='Harbour Times'></head><body>"
        "<div class='story'><p>The ferry strike ended on Wednesday after the union accepted"
        " a new pay offer from the operator.</p><p>Services will run to the normal timetable"
        " from Thursday morning, the operator said.</p></div></body></html>"
    )
    article = parse(html)
    assert article.headline == "Ferry strike ends after two days"
    assert article.paragraphs[0].startswith("The ferry strike ended on Wednesday")


def test_a_logo_heading_is_not_the_headline():
    html = (
        "<html><head><title>Spring planting guide – Green Fingers</title></head><body>"
        "<header class='site-header'><h1 class='site-title'>Green Fingers</h1></header>"
        "<div class='entry'><h2>Spring planting guide</h2><p>Sow hardy annuals outdoors once"
        " the soil has warmed up, usually in late March or April.</p><p>Water them in well"
        " and protect the seedlings from slugs for the first weeks.</p></div></body></html>"
    )
    article = parse(html)
    assert article.headline == "Spring planting guide"
    assert "Green Fingers" not in article.body


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-03", dt.date(2024, 6, 3)),
        ("2024-06-03T09:30", dt.datetime(2024, 6, 3, 9, 30)),
        ("2024-06-03 09:30:15", dt.datetime(2024, 6, 3, 9, 30, 15)),
        (
            "2024-06-03T09:30:00.123-05:00",
            dt.datetime(2024, 6, 3, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        (
            "2024-06-03T09:30:00+0530",
            dt.datetime(2024, 6, 3, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
        ),
        ("2024-02-30", None),  # no such day
        ("03/06/2024", None),  # not ISO: the order is not stated
        ("", None),
    ],
)
def test_iso_dates(value, expected):
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Ferry strike ends | Harbour Times", "Harbour Times", "Ferry strike ends"),
        ("Harbour Times: Ferry strike ends", "Harbour Times", "Ferry strike ends"),
        ("Streik beendet – Kreisbote", "Kreisbote", "Streik beendet"),
        ("Страйк завершено — Львівські новини", "Львівські новини", "Страйк завершено"),
        # near misses: the name inside the title, or no separator before it
        (
            "Harbour Times readers vote for a new logo",
            "Harbour Times",
            "Harbour Times readers vote for a new logo",
        ),
        ("Why the Times changed", "Times", "Why the Times changed"),
        ("Ferry strike ends", None, "Ferry strike ends"),
    ],
)
def test_site_name_split_off_a_title(title, site, expected):
    assert strip_site_name(title, site) == expected


@pytest.mark.parametrize(
    ("cls", "ident", "expected"),
    [
        ("comment-list comments-area", None, ("comment", "list", "comments", "area")),
        ("sidebarWidget", "secondary", ("sidebar", "widget", "secondary")),
        ("post category-news tag-share", None, ("post",)),
        (None, None, ()),
    ],
)
def test_class_words(cls, ident, expected):
    assert element_tokens(cls, ident) == expected


# --- hostile pages -------------------------------------------------------------------


def test_deeper_than_the_parser_goes_falls_back_to_text():
    deep = (
        "<html><body>" + "<div>" * 3000 + "<p>Deep down.</p>" + "</div>" * 3000 + "</body></html>"
    )
    assert read_document(deep) is None  # libxml2 would drop what lies deeper
    parse(deep)  # and the text path takes it without crashing


@pytest.mark.parametrize(
    "raw",
    [
        "<html><body><p>Lone \ud800 surrogate in a page.</p></body></html>",
        "<html><body><p>NUL\x00 and \x07 controls.</p></body></html>",
        "<html></html>",
        "<!DOCTYPE html>",
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>Declared.</p></body></html>',
        "<html><body>" + "<a href=x>link</a>" * 2000 + "</body></html>",
        "<html><body><table><tr><td>" * 300 + "cell",
        "<html><body><script>never closed",
    ],
)
def test_hostile_pages_do_not_crash(raw):
    article = parse(raw)
    assert isinstance(article.body, str)


def test_page_as_bytes_with_its_charset():
    html = (
        "<html><head><meta charset='windows-1251'><title>Новий міст відкрили</title></head>"
        "<body><h1>Новий міст відкрили</h1><p>Міст через річку відкрили в неділю після"
        " трьох років будівництва.</p></body></html>"
    ).encode("cp1251")
    article = parse(html)
    assert article.headline == "Новий міст відкрили"
    assert article.paragraphs == [
        "Міст через річку відкрили в неділю після трьох років будівництва."
    ]


def test_time_element_in_the_article_dates_it_and_others_do_not():
    html = (
        "<html><body>"
        "<div class='topbar'>Today: <time datetime='2025-01-20'>Monday, 20 January</time></div>"
        "<article><h1>Library extends opening hours</h1>"
        "<p class='meta'>Posted <time datetime='2024-11-05T08:15:00+01:00'>5 Nov</time></p>"
        "<p>The library will open until nine in the evening from Monday, the council said.</p>"
        "<p>Two part-time staff will cover the extra hours, according to the head librarian.</p>"
        "</article>"
        "<div class='teasers'><p><time datetime='2023-02-01'>1 Feb</time>"
        " <a href='/x'>Older story about the library</a></p></div>"
        "</body></html>"
    )
    article = parse(html)
    zone = dt.timezone(dt.timedelta(hours=1))
    assert article.published == dt.datetime(2024, 11, 5, 8, 15, tzinfo=zone)


def test_meta_day_takes_the_time_the_page_states_for_that_day():
    html = (
        "<html><head><meta property='article:published_time' content='2024-11-05'>"
        "<meta name='author' content='Harbour Times'>"
        "<meta property='og:site_name' content='Harbour Times'></head><body><article>"
        "<h1>Library extends opening hours</h1>"
        "<time datetime='2024-11-05T08:15:00Z'>5 Nov, 8:15</time>"
        "<p>The library will open until nine in the evening from Monday, the council said.</p>"
        "</article></body></html>"
    )
    article = parse(html)
    assert article.published == dt.datetime(2024, 11, 5, 8, 15, tzinfo=dt.timezone.utc)
    # the site's own name in the author tag is the publisher, not an author
    assert [(a.name, a.kind) for a in article.attributions] == [("Harbour Times", "publisher")]


def test_one_word_headline_that_is_the_title():
    html = (
        "<html><head><title>Mandarinenkuchen | Backstube</title>"
        "<meta property='og:site_name' content='Backstube'></head><body>"
        "<div class='top'><h2>Noch nicht überzeugt?</h2></div>"
        "<div class='recipe'><h1>Mandarinenkuchen</h1><p>Ein saftiger Blechkuchen mit"
        " Schmand, der sich gut am Vortag backen lässt und im Kühlschrank zwei Tage"
        " frisch bleibt.</p></div></body></html>"
    )
    document = read_document(html)
    assert document is not None
    assert document.headline == "Mandarinenkuchen"


def test_entities_escaped_twice_in_metadata_are_decoded():
    html = (
        "<html><head><script type='application/ld+json'>"
        '{"@type": "BlogPosting", "headline": "Olive &#038; Herb Focaccia",'
        ' "author": {"@type": "Person", "name": "Jo &amp; Sam Baker"}}'
        "</script></head><body><div><p>Knead the dough for ten minutes until it is"
        " smooth, then leave it to rise in a warm place for an hour.</p></div></body></html>"
    )
    article = parse(html)
    assert article.headline == "Olive & Herb Focaccia"
    assert [(a.name, a.kind) for a in article.attributions] == [("Jo & Sam Baker", "author")]


@pytest.mark.parametrize(
    "raw",
    [
        "<html><body>" + "<!--c-->x" * 30_000,  # sibling comments (quadratic in lxml's iterwalk)
        "<html><body>" + "<!--" * 30_000,
        "<html><body>" + "<div>" * 2000 + "<p>text here.</p>" * 5_000,  # deep, then many blocks
        "<html><body>" + "<div hidden>x</div>" * 20_000,
        "<html><body>" + "<noscript>x" * 20_000,
        "<html><body>" + "".join(f"<div class='c{i} comment-{i}'>w</div>" for i in range(10_000)),
    ],
)
def test_hostile_pages_finish(raw):
    article = parse(raw)
    assert isinstance(article.removed, list)


def test_comments_are_listed_and_do_not_split_words():
    article = parse(
        "<html><body><p>Wor<!-- split -->d by word, the sentence goes on.</p>"
        "<!-- page footer --></body></html>"
    )
    assert article.paragraphs == ["Word by word, the sentence goes on."]
    assert removed_as(article, "comment") == ["split", "page footer"]
