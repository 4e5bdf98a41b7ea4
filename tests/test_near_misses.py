"""Near misses of the rules that delete or move text: what looks like chrome but is article.

Each rule that takes text out (share bars, bylines, brief titles, the size
guard, the truncation marker, ...) is tested twice: on the shape it is for
(so that a rule switched off fails here) and on a near miss that must stay
(so that a rule made looser fails here). The texts are written for these
tests, in several languages.
"""

from __future__ import annotations

import pytest

from newsclean import Article, parse

HEAD = "Council agrees budget\n\n"
BODY = "The council met on Tuesday evening to agree the budget for next year."


def removed_as(article: Article, kind: str) -> list[str]:
    return [r.text for r in article.removed if r.kind == kind]


def kinds(article: Article) -> set[str]:
    return {r.kind for r in article.removed}


# --- share bars: every piece a share phrase, not any piece ----------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Facebook | Revenue rose 12 percent in the third quarter, the company said."),
        (
            "de",
            "WhatsApp | Der Umsatz stieg im dritten Quartal um zwölf Prozent, teilte die Firma mit.",
        ),
        ("ru", "Twitter | Выручка выросла на 12 процентов, сообщила компания."),
        ("fr", "Facebook · Le chiffre d’affaires a augmenté de 12 % au troisième trimestre."),
    ],
)
def test_a_share_word_before_a_sentence_is_no_share_bar(lang: str, line: str) -> None:
    article = parse(f"Profits climb\n\n{line}\n\n{BODY}", lang=lang)
    assert article.paragraphs[0] == line
    assert kinds(article) == set()


@pytest.mark.parametrize(
    ("lang", "bar"),
    [("en", "Share | Tweet | Email"), ("en", "Facebook · Twitter · WhatsApp")],
)
def test_a_bar_of_share_phrases_is_taken_out(lang: str, bar: str) -> None:
    article = parse(f"{HEAD}{bar}\n\n{BODY}", lang=lang)
    assert article.paragraphs == [BODY]
    assert removed_as(article, "share") == [bar]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The vote was 12 | 3 in favour, the clerk said."),
        ("en", "Tickets cost 5 / 10 euros for children and adults, the museum said."),
        ("ru", "Голосование завершилось со счётом 12 | 3 в пользу плана, сообщил секретарь."),
        ("de", "Die Abstimmung endete 12 | 3 für den Plan, sagte die Sprecherin der Stadt."),
    ],
)
def test_a_separator_inside_a_sentence_stays(lang: str, text: str) -> None:
    article = parse(f"{HEAD}{text}\n\n{BODY}", lang=lang)
    assert article.paragraphs == [text, BODY]
    assert article.removed == []


# --- bylines: the cue word followed by a capitalised name, not by a clause -------------


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "By then, rents had fallen."),
        ("en", "By and large, the council agreed with the plan on Tuesday."),
        ("de", "Von da an, so der Verband, sanken die Mieten."),
        ("de", "Von Berlin bis München sanken die Mieten im Frühjahr deutlich."),
        ("es", "Por entonces, los alquileres ya habían bajado."),
        ("fr", "Par ailleurs, les loyers avaient baissé."),
        # A capitalised word after the label, then a clause: a sentence, not a byline.
        ("en", "By Monday, the river had risen two metres."),
        ("fr", "Par Lundi, la rivière avait monté de deux mètres."),
        ("de", "Von Montag an, so die Behörde, gilt die Warnung."),
    ],
)
def test_a_sentence_opening_with_the_byline_word_is_no_byline(lang: str, sentence: str) -> None:
    article = parse(f"Rents fall\n\n{sentence}\n\n{BODY}", lang=lang)
    assert article.paragraphs[0] == sentence
    assert article.attributions == []
    assert removed_as(article, "byline") == []


@pytest.mark.parametrize(
    ("lang", "line", "author"),
    [
        ("en", "By John Smith, staff writer", "John Smith"),
        ("en", "By Jane Doe, senior reporter.", "Jane Doe"),
        ("fr", "Par Jean Dupont, envoyé spécial", "Jean Dupont"),
        ("de", "Autorin: Anna Weber, Leiterin des Büros in Tunis.", "Anna Weber"),
    ],
)
def test_a_byline_with_a_short_role_after_the_name_is_still_a_byline(
    lang: str, line: str, author: str
) -> None:
    article = parse(f"Rents fall\n\n{line}\n\n{BODY}", lang=lang)
    assert [(a.name, a.kind) for a in article.attributions] == [(author, "author")]
    assert removed_as(article, "byline") == [line]


@pytest.mark.parametrize(
    ("lang", "line", "authors"),
    [
        ("en", "By Jane Smith and Tom Okafor", ["Jane Smith", "Tom Okafor"]),
        ("de", "Von Anna Roth", ["Anna Roth"]),
        ("es", "Por María López", ["María López"]),
    ],
)
def test_a_byline_is_taken_out_with_its_authors(lang: str, line: str, authors: list[str]) -> None:
    article = parse(f"Rents fall\n\n{line}\n\n{BODY}", lang=lang)
    assert article.paragraphs == [BODY]
    assert removed_as(article, "byline") == [line]
    assert [(a.name, a.kind) for a in article.attributions] == [(n, "author") for n in authors]


# --- brief titles: a title that starts like one of the language data -------------------
# The bullets stand between body paragraphs, so no fallback rule (a brief at
# the top, a box at the end) can make them a brief: only the title does.


HEADLINES = {
    "en": "Council agrees budget",
    "de": "Streik legt die Bahn lahm",
    "ru": "Водители автобусов бастуют",
}


@pytest.mark.parametrize(
    ("lang", "before", "title", "items", "after"),
    [
        (
            "en",
            "The council met on Tuesday evening to agree the budget for next year.",
            "Key points from the meeting",
            ["Taxes stay the same", "Two libraries reopen", "Bus fares fall"],
            "The mayor said the budget was fair to every district of the city.",
        ),
        (
            "de",
            "Die Gewerkschaft hat am Montag zu einem Streik bei der Bahn aufgerufen.",
            "Das Wichtigste zum Streik",
            ["Fernzüge fallen aus", "S-Bahnen fahren seltener"],
            "Die Bahn rechnet mit Ausfällen bis Mittwoch in ganz Deutschland.",
        ),
        (
            "ru",
            "Профсоюз в понедельник призвал водителей автобусов к забастовке.",
            "Главное о забастовке",
            ["Автобусы не выйдут на линии", "Метро работает как обычно"],
            "Городские власти пообещали договориться с профсоюзом до пятницы.",
        ),
    ],
)
def test_a_title_that_starts_like_a_brief_title_makes_a_brief(
    lang: str, before: str, title: str, items: list[str], after: str
) -> None:
    bullets = "\n".join(f"• {item}" for item in items)
    headline = HEADLINES[lang]
    article = parse(f"{headline}\n\n{before}\n\n{title}\n{bullets}\n\n{after}", lang=lang)
    assert article.headline == headline
    assert [(b.title, b.items) for b in article.briefs] == [(title, items)]
    assert article.paragraphs == [before, after]


def test_a_sentence_naming_key_points_above_bullets_is_body() -> None:
    """'The mayor listed the key points …' does not start like a brief title: a list in the body."""
    lead = "The mayor listed the key points of the plan"
    text = (
        f"{HEAD}{BODY}\n\n{lead}\n• Taxes stay the same\n• Bus fares fall\n\n"
        "The vote is due in June and the mayor expects to win it."
    )
    article = parse(text, lang="en")
    assert article.briefs == []
    assert article.paragraphs[1:4] == [lead, "Taxes stay the same", "Bus fares fall"]
    assert removed_as(article, "bullet") == ["•", "•"]


# --- the truncation marker of feeds ------------------------------------------------------


def test_a_truncation_marker_at_the_end_is_cut() -> None:
    line = "The council will meet again in July to set the parking fees for the… [+1234 chars]"
    article = parse(f"Budget approved after long debate\n\n{BODY}\n\n{line}", lang="en")
    assert (
        article.paragraphs[-1]
        == "The council will meet again in July to set the parking fees for the"
    )
    assert removed_as(article, "truncation") == ["… [+1234 chars]"]


def test_a_bracket_of_chars_inside_a_sentence_stays() -> None:
    line = "The report, titled [+5 chars] in the files, was leaked on Monday to the press."
    article = parse(f"{HEAD}{line}", lang="en")
    assert article.paragraphs == [line]
    assert removed_as(article, "truncation") == []


# --- headline repeats and affixes ---------------------------------------------------------


def test_a_paragraph_that_starts_like_the_headline_is_no_repeat() -> None:
    para = "Council agrees budget after a long night of talks about bus fares and libraries."
    article = parse(f"Council agrees budget\n\n{para}", lang="en")
    assert article.headline == "Council agrees budget"
    assert article.paragraphs == [para]
    assert article.removed == []


def test_the_headline_repeated_is_taken_out() -> None:
    article = parse(f"Council agrees budget\n\nCouncil agrees budget\n\n{BODY}", lang="en")
    assert article.paragraphs == [BODY]
    assert removed_as(article, "duplicate_headline") == ["Council agrees budget"]


def test_a_dash_and_a_word_in_a_headline_is_no_site_suffix() -> None:
    article = parse("Storm hits coast – again\n\nA storm hit the coast on Monday.", lang="en")
    assert article.headline == "Storm hits coast – again"
    assert removed_as(article, "headline_suffix") == []


# --- captions ------------------------------------------------------------------------------


def test_a_sentence_about_photos_is_no_caption() -> None:
    line = "Photos of the flooded streets were shared widely on Tuesday."
    article = parse(f"{HEAD}{BODY}\n\n{line}", lang="en")
    assert article.paragraphs == [BODY, line]
    assert article.attributions == []


# --- the size guard: a paragraph, else a line, else exactly max_chars ----------------------

PARA = "The council met on Tuesday to agree the budget."  # 47 characters


def _size_cut(text: str, max_chars: int) -> tuple[list[str], list[str]]:
    article = parse(text, lang="en", max_chars=max_chars)
    return removed_as(article, "size_limit"), article.paragraphs


def test_a_text_of_exactly_max_chars_is_not_cut() -> None:
    text = f"{PARA}\n\n{PARA}\n\n{PARA}"
    assert _size_cut(text, len(text)) == ([], [PARA, PARA, PARA])


def test_one_character_over_max_chars_cuts_at_the_last_paragraph_break() -> None:
    text = f"{PARA}\n\n{PARA}\n\n{PARA}"
    assert _size_cut(text, len(text) - 1) == ([f"\n\n{PARA}"], [PARA, PARA])


def test_a_paragraph_break_ending_at_max_chars_is_a_cut_one_past_it_is_not() -> None:
    text = f"{PARA} {PARA}\n\n{PARA}\n\n{PARA}"
    second_break_end = text.rindex("\n\n") + 2
    assert _size_cut(text, second_break_end)[0] == [f"\n\n{PARA}"]
    # One less, and the second break no longer fits: the first one is the cut.
    assert _size_cut(text, second_break_end - 1)[0] == [f"\n\n{PARA}\n\n{PARA}"]


def test_without_a_paragraph_break_in_the_second_half_the_cut_is_at_a_line() -> None:
    text = f"{PARA} {PARA}\n{PARA}"
    removed, paragraphs = _size_cut(text, len(text) - 5)
    assert removed == [f"\n{PARA}"]
    assert paragraphs == [f"{PARA} {PARA}"]


def test_a_paragraph_break_in_the_first_half_does_not_count() -> None:
    text = f"{PARA}\n\n{PARA} {PARA} {PARA}\n{PARA}"
    removed, _ = _size_cut(text, len(text) - 5)
    assert removed == [f"\n{PARA}"]  # the line break near the end, not the early paragraph break


def test_without_any_break_in_the_second_half_the_cut_is_at_max_chars() -> None:
    text = f"{PARA} {PARA} {PARA}"
    removed, paragraphs = _size_cut(text, 120)
    assert removed == [text[120:]]
    assert paragraphs == [text[:120]]


# --- bytes-like inputs --------------------------------------------------------------------

UK = "Уряд ухвалив бюджет\n\nКабінет Міністрів ухвалив бюджет на наступний рік у вівторок, повідомили в міністерстві."


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview])
@pytest.mark.parametrize("codec", ["utf-8", "cp1251"])
def test_bytes_like_inputs_decode_to_the_same_article(wrap: type, codec: str) -> None:
    article = parse(wrap(UK.encode(codec)))
    assert article.headline == "Уряд ухвалив бюджет"
    assert article.paragraphs == [UK.split("\n\n")[1]]
    assert article.language == "uk"
