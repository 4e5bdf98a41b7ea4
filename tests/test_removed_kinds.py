"""Every kind of ``Article.removed`` is produced by a realistic input, with the text taken out.

The kinds are those of docs/article.md ("Removal kinds"); a kind documented
there and produced by none of the inputs below fails
``test_every_documented_kind_has_an_input``, and a kind that a rule stops
recording fails its own case.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsclean import parse, parse_many

BODY = (
    "The city council approved the new budget on Tuesday after a long debate about taxes.\n\n"
    "The mayor said the plan would keep libraries open and lower bus fares next year."
)
PARAGRAPHS = BODY.split("\n\n")
HEAD = "Budget approved after long debate\n\n"

PAGE = """<html><head><title>Budget approved</title></head><body>
<header><a href="/">The Daily Planet</a> <a href="/news">News</a></header>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<div class="popup-overlay"><p>Support our journalism with a small donation today.</p></div>
<form action="/search"><input name="q"><button>Search the site</button></form>
<article><h1>Budget approved after long debate</h1>
<p>The city council approved the new budget on Tuesday after a long debate about taxes.</p>
<p>The mayor said the plan would keep libraries open and lower bus fares next year.</p>
<p style="display:none">Subscribe to read the rest.</p>
</article>
<aside><h3>Most read</h3><p><a href="/a">Storm hits the coast</a></p></aside>
<footer><p>© 2024 The Daily Planet. All rights reserved.</p></footer>
</body></html>"""

# (kind, input, lang, a text that must be recorded under that kind)
CASES = [
    ("html_tag", "<p>The council <b>approved</b> the budget.</p>", "en", "<b>"),
    ("tag_fragment", "“ /></p>The council approved the budget on Tuesday.", "en", "“ />"),
    (
        "framework_attribute",
        '<p _ngcontent-abc-c12="">The council approved the budget on Tuesday.</p>',
        "en",
        '_ngcontent-abc-c12=""',
    ),
    (
        "comment",
        "<!-- ad slot -->The council approved the budget on Tuesday.",
        "en",
        "<!-- ad slot -->",
    ),
    ("cdata", "<![CDATA[x]]>The council approved the budget on Tuesday.", "en", "<![CDATA[x]]>"),
    (
        "script",
        "<script>var x=1;</script>The council approved the budget.",
        "en",
        "<script>var x=1;</script>",
    ),
    (
        "style",
        "<style>p{color:red}</style>The council approved the budget.",
        "en",
        "<style>p{color:red}</style>",
    ),
    ("entity", "The council &amp; the mayor approved the budget.", "en", "&amp;"),
    (
        "mojibake",
        "Le maire a dÃ©clarÃ© que le budget Ã©tait Ã©quilibrÃ© pour lâ€™annÃ©e prochaine.",
        "fr",
        "Le maire a dÃ©clarÃ© que le budget Ã©tait Ã©quilibrÃ© pour lâ€™annÃ©e prochaine.",
    ),
    ("invisible_char", "The council\u200b approved the budget on Tuesday.", "en", "\u200b"),
    ("control_char", "The council\x07 approved the budget on Tuesday.", "en", "\x07"),
    ("surrogate", "The council \ud800approved the budget on Tuesday.", "en", "\\ud800"),
    (
        "alt_text",
        '<img src="a.jpg" alt="The mayor at the council meeting"><p>' + PARAGRAPHS[0] + "</p>",
        "en",
        "The mayor at the council meeting",
    ),
    ("caption", HEAD + BODY + "\n\nPhoto: Jane Doe/Reuters", "en", "Photo: Jane Doe/Reuters"),
    (
        "duplicate_headline",
        HEAD + "Budget approved after long debate\n\n" + BODY,
        "en",
        "Budget approved after long debate",
    ),
    ("headline_suffix", "Budget approved | The Daily Planet\n\n" + BODY, "en", "The Daily Planet"),
    ("headline_prefix", "BREAKING: Budget approved after long debate\n\n" + BODY, "en", "BREAKING"),
    ("byline", HEAD + "By Jane Smith\n\n" + BODY, "en", "By Jane Smith"),
    ("published", HEAD + "Published: 3 June 2024\n\n" + BODY, "en", "Published: 3 June 2024"),
    (
        "credit",
        HEAD + BODY + "\n\nWith reporting from Reuters",
        "en",
        "With reporting from Reuters",
    ),
    ("navigation", "Skip to main content\n\n" + HEAD + BODY, "en", "Skip to main content"),
    ("share", HEAD + "Share on Facebook\n\n" + BODY, "en", "Share on Facebook"),
    ("comments", HEAD + BODY + "\n\nLeave a Reply", "en", "Leave a Reply"),
    ("related", HEAD + BODY + "\n\nRelated articles", "en", "Related articles"),
    (
        "newsletter",
        HEAD + BODY + "\n\nSign up for our newsletter",
        "en",
        "Sign up for our newsletter",
    ),
    (
        "cookie_notice",
        HEAD + BODY + "\n\nWe use cookies to improve your experience. Accept all cookies",
        "en",
        "We use cookies to improve your experience. Accept all cookies",
    ),
    ("advertisement", HEAD + BODY + "\n\nAdvertisement", "en", "Advertisement"),
    (
        "footer",
        HEAD + BODY + "\n\n© 2024 The Daily Planet. All rights reserved.",
        "en",
        "© 2024 The Daily Planet. All rights reserved.",
    ),
    ("sidebar", PAGE, None, "Storm hits the coast"),
    ("page_header", PAGE, None, "The Daily Planet News"),
    ("form", PAGE, None, "Search the site"),
    ("popup", PAGE, None, "Support our journalism with a small donation today."),
    ("hidden", PAGE, None, "Subscribe to read the rest."),
    (
        "boilerplate",
        HEAD + PARAGRAPHS[0] + "\n\nContinue reading the main story\n\n" + PARAGRAPHS[1],
        "en",
        "Continue reading the main story",
    ),
    (
        "signoff",
        "Rada przyjęła budżet\n\nRada miasta przyjęła we wtorek nowy budżet po długiej debacie."
        "\n\nBurmistrz powiedział, że plan pozwoli utrzymać biblioteki.\n\nako/ mhr/",
        "pl",
        "ako/ mhr/",
    ),
    (
        "truncation",
        HEAD + BODY + "\n\nThe council meets again in July to set the fees for the… [+1234 chars]",
        "en",
        "… [+1234 chars]",
    ),
    ("bullet", HEAD + "Key points:\n• Taxes stay the same\n• Bus fares fall\n\n" + BODY, "en", "•"),
    (
        "punctuation",
        HEAD + "Key points:\n• Taxes stay the same\n• Bus fares fall\n\n" + BODY,
        "en",
        ":",
    ),
]


@pytest.mark.parametrize(("kind", "text", "lang", "taken"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_is_recorded_with_the_text_taken_out(
    kind: str, text: str, lang: str | None, taken: str
) -> None:
    article = parse(text, lang=lang)
    assert taken in [r.text for r in article.removed if r.kind == kind]
    if kind not in ("mojibake", "entity", "control_char", "invisible_char", "surrogate"):
        # what is taken out is not in the output (repairs put a corrected form back)
        assert taken not in article.body


def test_size_limit_records_the_cut_text() -> None:
    article = parse(BODY, lang="en", max_chars=100)
    assert [(r.kind, r.text) for r in article.removed] == [
        ("size_limit", BODY[BODY.index("\n\n") :])
    ]
    assert article.paragraphs == [PARAGRAPHS[0]]


def test_binary_input_is_named_and_nothing_parsed() -> None:
    article = parse(b"PK\x03\x04" + bytes(range(256)) * 4)
    assert [(r.kind, r.text) for r in article.removed] == [("binary", "ZIP archive, 1,028 bytes")]
    assert article.body == "" and article.headline is None


def test_an_error_in_one_record_of_a_batch_is_recorded() -> None:
    articles = list(parse_many([BODY, 42, BODY], workers=1))  # type: ignore[list-item]
    assert [a.paragraphs for a in articles] == [PARAGRAPHS, [], PARAGRAPHS]
    errors = [r for r in articles[1].removed if r.kind == "error"]
    assert len(errors) == 1 and "TypeError" in errors[0].text


def test_every_documented_kind_has_an_input() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "article.md").read_text(encoding="utf-8")
    table = doc[doc.index("## Removal kinds") :]
    table = table[: table.index("\n## ", 4)]
    documented = {
        k
        for row in table.splitlines()
        if row.startswith("| `")
        for k in re.findall(r"`(\w+)`", row.split("|")[1])
    }
    covered = {c[0] for c in CASES} | {"size_limit", "binary", "error"}
    assert len(documented) >= 23
    assert documented == covered
