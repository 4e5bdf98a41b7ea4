"""parse() end to end: types, empty input, whole articles, the model."""

from __future__ import annotations

import json
from dataclasses import FrozenInstanceError

import pytest

import newsclean
from newsclean import Article, parse


@pytest.mark.parametrize("bad", [None, 123, 4.5, ["text"], {"text": "x"}])
def test_wrong_types_raise_type_error_naming_accepted_types(bad):
    with pytest.raises(TypeError, match="str or bytes"):
        parse(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   ", "\n\n\t", b""])
def test_empty_text_gives_empty_article(empty):
    article = parse(empty)
    assert article.headline is None and article.body == "" and article.paragraphs == []


def test_bytes_are_decoded_with_charset_detection():
    text = "Уряд спростив процедуру\n\nКабінет Міністрів спростив процедуру отримання компенсації за житло."
    for encoding in ("utf-8", "cp1251"):
        assert parse(text.encode(encoding)).paragraphs == [
            "Кабінет Міністрів спростив процедуру отримання компенсації за житло."
        ]


def test_seed_like_article(fixture_text):
    raw = fixture_text("de_mt_article.txt")
    article = parse(raw)
    assert article.language == "de"
    assert article.headline == (
        "Wie Berlin die Energiewende beschleunigen will: Regierung plant neue Förderung für Wärmepumpen"
    )
    assert article.paragraphs[0].startswith("Während die Heizkosten weiter steigen")
    assert "Was über das Programm bekannt ist" in article.paragraphs  # subheading kept
    assert (
        "die Wartezeiten für Anträge zu verkürzen." in article.body
    )  # break joined, stop restored
    assert any(p.startswith("Und das ist noch nicht alles.") for p in article.paragraphs)
    assert [(a.name, a.alias, a.kind) for a in article.attributions] == [
        ("Deutsches Institut für Wirtschaftsforschung", "DIW", "source"),
        ("24 Channel", None, "photo"),
    ]
    kinds = {r.kind for r in article.removed}
    assert {
        "duplicate_headline",
        "caption",
        "comments",
        "framework_attribute",
        "tag_fragment",
    } <= kinds
    assert "Leave a Reply" not in article.body


def test_no_residue_and_every_body_word_comes_from_input(fixture_text):
    import regex as re

    for name in ("de_mt_article.txt", "en_wire_article.txt"):
        raw = fixture_text(name)
        article = parse(raw)
        text = "\n".join(
            [article.headline or "", article.body, *(i for b in article.briefs for i in b.items)]
        )
        assert not re.search(r"<[a-z/!]|&[a-z]+;|&#\d+;|_ngcontent|data-react|“ />", text)
        source = newsclean.clean_html(raw)
        invented = [w for w in re.findall(r"\w+", text) if w not in source]
        assert invented == []


def test_wire_article(fixture_text):
    article = parse(fixture_text("en_wire_article.txt"))
    assert article.headline == "Port strike halts grain exports for a third day"
    assert [(a.name, a.kind) for a in article.attributions] == [
        ("Reuters", "agency"),
        ("Helen Park", "author"),
        ("Diego Ruiz", "author"),
        ("Nadia Kim/AFP", "photo"),
        ("Ministry of Infrastructure", "source"),
    ]
    assert (
        article.published is not None
        and article.published.isoformat() == "2024-03-04T09:30:00+00:00"
    )
    assert article.paragraphs[0].startswith(
        "ODESSA, March 4 (Reuters) - Dock workers at the country's"
    )
    assert article.paragraphs[-1].startswith("Shipping agents")  # glued block split
    assert "Share this article" not in article.body


def test_article_is_frozen_and_serialisable(fixture_text):
    article = parse(fixture_text("en_wire_article.txt"))
    with pytest.raises(FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]
    data = json.loads(json.dumps(article.to_dict()))
    assert data["published"] == "2024-03-04T09:30:00+00:00"
    assert data["dates"][0] == {"text": "March 4", "value": "2024-03-04", "start": 8, "end": 15}
    assert set(data) == {
        "headline",
        "body",
        "paragraphs",
        "attributions",
        "briefs",
        "published",
        "updated",
        "dates",
        "language",
        "removed",
    }
    assert article.body == "\n\n".join(article.paragraphs)
    assert "Article(headline='Port strike" in repr(article)


def test_size_guard_cuts_at_paragraph_and_records_it():
    text = "\n\n".join(
        f"Paragraph number {i} tells a short story about the harbour." for i in range(200)
    )
    article = parse(text, "en", max_chars=2000)
    assert len(article.body) <= 2000
    cut = [r for r in article.removed if r.kind == "size_limit"]
    assert len(cut) == 1 and cut[0].text.lstrip().startswith("Paragraph number")


def test_lang_hint_must_be_str():
    with pytest.raises(TypeError, match="lang"):
        parse("text", lang=5)  # type: ignore[arg-type]


def test_public_api_names():
    for name in (
        "parse",
        "clean_html",
        "repair_sentences",
        "extract_headline",
        "extract_attributions",
        "extract_briefs",
        "Article",
        "Attribution",
        "Brief",
        "DateMention",
        "Removal",
        "__version__",
    ):
        assert name in newsclean.__all__ and hasattr(newsclean, name)
    empty = Article()
    assert (empty.headline, empty.body, empty.paragraphs, empty.removed) == (None, "", [], [])


@pytest.mark.parametrize(
    ("text", "body", "removed"),
    [
        ("\ud800", "\ufffd", [("surrogate", "\\ud800")]),
        (
            "\x00\x01\x02",
            "",
            [("control_char", "\x00"), ("control_char", "\x01"), ("control_char", "\x02")],
        ),
        ("\ue000\ue001", "", [("invisible_char", "\ue000"), ("invisible_char", "\ue001")]),
        ("漢字" * 1000, "漢字" * 1000, []),
        ("שלום עולם " * 500, ("שלום עולם " * 500).strip(), []),
        ("•\n" * 10_000, "", [("navigation", "•")] * 10_000),
        ("-" * 100_000, "-" * 100_000, []),
        ("\n" * 100_000, "", []),
        ("1" * 100_000, "1" * 100_000, []),
    ],
    ids=[
        "surrogate",
        "controls",
        "private-use",
        "CJK",
        "RTL",
        "bullets",
        "dashes",
        "newlines",
        "digits",
    ],
)
def test_odd_strings_keep_their_text_or_record_it(text, body, removed):
    """No crash, and every character is in the body or in ``removed`` (white space aside)."""
    article = parse(text)
    assert article.body == body
    assert [(r.kind, r.text) for r in article.removed] == removed
    assert article.headline is None


def test_notebook_html_is_escaped_and_shows_the_parts(fixture_text):
    raw = (
        fixture_text("en_wire_article.txt")
        + "\n<p>Prices rose 3 &lt; 4 percent, according to the Port Authority.</p>"
    )
    article = parse(raw)
    page = article._repr_html_()
    assert "3 &lt; 4 percent" in page and "3 < 4" not in page  # article text is escaped
    assert "<h3>Port strike halts grain exports for a third day</h3>" in page
    assert (
        'class="chip agency"' in page
        and 'class="chip photo"' in page
        and 'class="chip author"' in page
    )
    assert "<summary>removed (" in page and "<summary>share (1)</summary>" in page
