"""The one-pass scans behind linear time: the tag scanner, the acronym lookup, clipped forms."""

from __future__ import annotations

import pytest

from newsclean import clean_html
from newsclean.article import Attribution
from newsclean.extract import attribution
from newsclean.extract.attribution import Found, expand_acronym, merge_attributions
from newsclean.markup import clean_markup

# --- the tag scanner -----------------------------------------------------------


def kinds(text: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in clean_markup(text).removed]


def test_a_less_than_sign_of_the_text_stays() -> None:
    assert (
        clean_html("Wenn a < b und b <= c, dann a << c.") == "Wenn a < b und b <= c, dann a << c."
    )
    assert clean_html("<<< Zurück zur Übersicht") == "<<< Zurück zur Übersicht"


def test_comments_cdata_and_declarations_go_with_their_kind() -> None:
    text = '<!DOCTYPE html><?xml version="1.0"?><!-- nav --><![CDATA[x < y]]><p>Le texte.</p>'
    assert clean_html(text) == "Le texte."
    assert [k for k, _ in kinds(text)] == [
        "html_tag",
        "html_tag",
        "comment",
        "cdata",
        "html_tag",
        "html_tag",
    ]


def test_an_unclosed_comment_or_script_takes_the_rest() -> None:
    assert kinds("Texto. <!-- resto")[-1] == ("comment", "<!-- resto")
    assert kinds("Текст. <script>var a = 1;")[-1] == ("script", "<script>var a = 1;")


def test_a_quoted_value_may_hold_angle_brackets() -> None:
    # The ">" of the value does not end the tag, and its "<" does not stop the scan.
    text = '<a title="a<b>c" href="/x">Der Link</a> und mehr.'
    assert clean_html(text) == "Der Link und mehr."
    assert kinds(text)[0] == ("html_tag", '<a title="a<b>c" href="/x">')


def test_a_tag_is_not_closed_by_a_bracket_after_the_next_tag() -> None:
    # "<a <b>": the first "<a" cannot close before the next "<": a broken tag.
    text = "Zu sehen <span <b>hier</b>."
    assert clean_html(text) == "Zu sehen hier."
    assert ("tag_fragment", "<span ") in kinds(text)


def test_broken_tags_with_and_without_attributes() -> None:
    # A run of broken tags goes; the last, before text, is text ("<p Wiadomość").
    assert clean_html("Wiadomość dnia\n<p <p <p") == "Wiadomość dnia"
    assert clean_html("<p <p <p Wiadomość dnia") == "<p Wiadomość dnia"
    text = 'Nagłówek\n<div class="lead" data-id="7"\nTreść artykułu.'
    assert clean_html(text) == "Nagłówek\n\nTreść artykułu."
    assert ("tag_fragment", '<div class="lead" data-id="7"\n') in kinds(text)


def test_words_in_angle_brackets_that_name_no_element_stay() -> None:
    text = "Die Serie <The Palace: Tale of Jang Noksu> läuft am Montag."
    assert clean_html(text) == text


@pytest.mark.parametrize(
    "text",
    [
        '<img alt= src="a.jpg">Bild',  # an empty value, then the next attribute
        "<img alt=Foto src=a.jpg>Bild",
        "<img alt= 'Foto' >Bild",
        "<img hidden alt>Bild",
    ],
)
def test_attribute_spellings_all_close_the_tag(text: str) -> None:
    assert clean_html(text) == "Bild"


# --- acronyms -----------------------------------------------------------------------


def test_an_acronym_is_spelled_out_by_the_initials_of_its_name() -> None:
    text = "Laut dem Institute for the Study of War (ISW) rückten die Truppen vor. ISW meldet mehr."
    assert expand_acronym("ISW", text) == "Institute for the Study of War"
    text = "За даними Національний банк України, курс зріс. НБУ повідомив про це."
    assert expand_acronym("НБУ", text) == "Національний банк України"


def test_an_acronym_needs_every_initial_in_a_short_window() -> None:
    assert expand_acronym("INE", "El Instituto Nacional publicó datos.") is None
    assert expand_acronym("ine", "El Instituto Nacional de Estadística") is None  # not upper case
    assert expand_acronym("I", "Instituto") is None  # one letter is no acronym
    far = "Instituto " + "de la " * 5 + "Nacional de Estadística"
    assert expand_acronym("INE", far) is None  # 3 letters: within 9 words


def test_the_first_spelling_out_wins() -> None:
    text = "Instituto Nacional de Empleo, luego Instituto Nacional de Estadística."
    assert expand_acronym("INE", text) == "Instituto Nacional de Empleo"


def source(position: int, name: str) -> Found:
    return Found(position, Attribution(name, None, "source", f"según el {name}"))


def test_acronym_sources_are_linked_to_their_names_all_at_once() -> None:
    text = (
        "El Instituto Nacional de Estadística y el Banco Central Europeo publicaron datos. "
        "Según el INE, el paro bajó; según el BCE, la inflación también."
    )
    found = [source(100 + i, name) for i, name in enumerate(["INE", "BCE", "INE", "OCDE"] * 50)]
    merged = merge_attributions(found, text)
    assert [(a.name, a.alias) for a in merged] == [
        ("Instituto Nacional de Estadística", "INE"),
        ("Banco Central Europeo", "BCE"),
        ("OCDE", None),  # not spelled out in the text
    ]


# --- clipped forms ------------------------------------------------------------------


def test_a_clipped_form_is_linked_to_the_full_name() -> None:
    found = [
        source(0, "Український гідрометеорологічний центр"),
        source(50, "Укргідрометцентр"),
        source(90, "Укргідрометцентр"),
    ]
    merged = merge_attributions(found, "")
    assert [(a.name, a.alias) for a in merged] == [
        ("Український гідрометеорологічний центр", "Укргідрометцентр")
    ]


def test_clipped_forms_are_compared_only_within_a_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    names = [f"Institute {w} Research" for w in ("Alpha", "Beta", "Gamma")]
    shorts = ["InstAlpha", "InstBeta", "InstGamma"]  # each the clipped form of one name
    found = [source(i, n) for i, n in enumerate(names)] + [
        source(10 + i, s) for i, s in enumerate(shorts)
    ]
    linked = {a.alias for a in merge_attributions(found, "") if a.alias}
    assert linked == set(shorts)
    # Each short name is compared with the full names in order: 1 + 2 + 3 pairs in all.
    monkeypatch.setattr(attribution, "_CLIPPED_PAIRS", 3)
    merged = merge_attributions(found, "")
    assert {a.alias for a in merged if a.alias} == {"InstAlpha", "InstBeta"}
    assert "InstGamma" in [a.name for a in merged]  # past the budget: a source of its own
