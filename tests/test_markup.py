"""The markup cleaner: one test per residue kind, in several languages."""

from __future__ import annotations

import pytest
import regex as re
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import clean_html
from newsclean.markup import KNOWN_TAGS, clean_markup

# Residue: a known tag opening, a comment, an entity, a framework marker.
MARKUP = re.compile(
    r"</?(?:" + "|".join(sorted(KNOWN_TAGS, key=len, reverse=True)) + r")(?=[\s/>]|$)|<!--"
    r"|&(?:[A-Za-z]{2,8}|#\d+);|_ngcontent|data-v-[0-9a-f]|data-react|ng-star",
    re.IGNORECASE,
)


def test_complete_tags_go_and_blocks_become_paragraphs():
    raw = '<div class="article"><h1>Заголовок</h1><p>Перший абзац.</p><p>Другий <b>абзац</b>.</p></div>'
    assert clean_html(raw) == "Заголовок\n\nПерший абзац.\n\nДругий абзац."


def test_inline_tags_add_no_space_inside_words():
    assert (
        clean_html("Bundes<em>regierung</em> und <a href='/x'>Länder</a>")
        == "Bundesregierung und Länder"
    )


def test_br_is_a_line_break_not_a_paragraph():
    assert clean_html("Толщина льда не превышала 60 см,<br>\nтогда как обычно") == (
        "Толщина льда не превышала 60 см,\nтогда как обычно"
    )


def test_script_style_noscript_go_with_their_content():
    raw = (
        "Avant.<script type='text/javascript'>var x = '<p>ad</p>';</script>"
        "<style>.a{color:red}</style><noscript>Activez JavaScript</noscript> Après."
    )
    result = clean_markup(raw)
    assert result.text == "Avant. Après."
    assert {r.kind for r in result.removed} >= {"script", "style"}


def test_comments_and_cdata_go():
    raw = "Texto<!-- banner 300x250 --> del<!----> artículo<![CDATA[ x < y ]]>.<!--[-->"
    assert clean_html(raw) == "Texto del artículo."


def test_attribute_tail_after_text():
    assert (
        clean_html("Wie man dem Westen entgegentritt – ISW“ /></p>")
        == "Wie man dem Westen entgegentritt – ISW"
    )
    assert (
        clean_html('Port Gdańsk z rekordowym wynikiem" />') == "Port Gdańsk z rekordowym wynikiem"
    )


def test_unclosed_tag_at_line_start_keeps_following_lines():
    raw = '<div class="article__text"\nThe council met on Tuesday.'
    assert clean_html(raw) == "The council met on Tuesday."


def test_broken_tag_debris_goes_text_stays():
    raw = "<p _ngcontent-sc90 class= Während die Vereinigten Staaten zögern, handelt Russland."
    result = clean_markup(raw)
    assert result.text == "Während die Vereinigten Staaten zögern, handelt Russland."
    assert any(
        r.kind == "framework_attribute" and r.text == "_ngcontent-sc90" for r in result.removed
    )


def test_tag_cut_off_at_end_of_text():
    assert clean_html('Le maire a parlé.<a href="https://exa') == "Le maire a parlé."


def test_debris_line_from_naive_stripper():
    raw = 'Headline\n    class="wp-image-12" width="800" height="450" />The mayor spoke first.'
    assert clean_html(raw) == "Headline\nThe mayor spoke first."


def test_framework_attributes_everywhere():
    raw = (
        '<app-root _nghost-ng-c12 ng-version="17.3.1"><p _ngcontent-ng-c12 ng-reflect-ng-class="x" '
        'class="ng-star-inserted">Angular</p></app-root>'
        '<div data-v-4f2a9c1e="">Vue</div><div data-reactroot="" data-reactid=".0">React</div>'
        '<span class="svelte-1x2y3z4">Svelte</span> stray ng-star-inserted _ngcontent-sc90 data-v-7ba5bd90'
    )
    text = clean_html(raw)
    assert text.split() == ["Angular", "Vue", "React", "Svelte", "stray"]


def test_entities_named_numeric_hex_and_double_escaped():
    raw = "Caf&eacute; &amp; bar &#8211; &#x41;B &nbsp;x &amp;quot;Zitat&amp;quot; &amp;amp;lt;"
    assert clean_html(raw) == 'Café & bar – AB x "Zitat" <'


def test_escaped_html_paragraphs():
    raw = "&lt;p&gt;Перший абзац.&lt;/p&gt;&lt;p&gt;Другий&amp;nbsp;абзац.&lt;/p&gt;"
    assert clean_html(raw) == "Перший абзац.\n\nДругий абзац."


def test_mojibake_repaired_in_latin_and_cyrillic():
    assert clean_html("Lâ€™annonce a Ã©tÃ© faite hier.") == "L’annonce a été faite hier."
    assert clean_html("РќР°С†С–РѕРЅР°Р»СЊРЅРёР№ Р±Р°РЅРє") == "Національний банк"
    assert clean_html("Wczoraj na ul. PachoÅ„skiego rozpoczÄ™Å‚a siÄ™ budowa") == (
        "Wczoraj na ul. Pachońskiego rozpoczęła się budowa"
    )


def test_invisible_characters_and_odd_spaces():
    raw = "\ufeffоціню\u00adвання\u200b якості\u00a0освіти 80\u202fтисяч\x07"
    assert clean_html(raw) == "оцінювання якості освіти 80 тисяч"


def test_alt_text_and_figcaption_kept_apart():
    raw = (
        '<figure><img src="a.jpg" alt="Grippewelle: RKI meldet Anstieg"/>'
        "<figcaption>Eine Ärztin impft. Foto: picture alliance/dpa</figcaption></figure>"
        "<p>Die Grippewelle hat Fahrt aufgenommen.</p>"
    )
    result = clean_markup(raw)
    assert result.text == "Die Grippewelle hat Fahrt aufgenommen."
    assert result.alt_texts == ["Grippewelle: RKI meldet Anstieg"]
    assert result.captions == ["Eine Ärztin impft. Foto: picture alliance/dpa"]


def test_text_without_markup_is_unchanged_but_for_whitespace():
    raw = "Уряд  спростив процедуру.\n\n\n\nAT&T said 3 < 4 and a > b, x = y."
    assert clean_html(raw) == "Уряд спростив процедуру.\n\nAT&T said 3 < 4 and a > b, x = y."


def test_wrong_type_is_a_type_error():
    import pytest

    with pytest.raises(TypeError, match="expects str"):
        clean_html(b"<p>x</p>")  # type: ignore[arg-type]


# --- properties --------------------------------------------------------------

# Letters of the supported languages: clean text, as an article would have it.
LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789äöüßÄÖÜéèàçñąęłśżźćńó"
    "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЫЭЮЯабвгдежзиклмнопрстуфхцчшщыэюяіїєґ"
)
_words = st.text(alphabet=LETTERS, min_size=1, max_size=12)
_plain = st.lists(_words, min_size=1, max_size=40).map(" ".join)
_markupish = st.lists(
    st.one_of(
        _words,
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<br>",
                "&amp;",
                "&nbsp;",
                "&#8217;",
                '" />',
                "<div class=",
                "<!--",
                "-->",
                "_ngcontent-sc1",
                "data-v-1a2b3c4d",
                "<script>",
                "</script>",
                "\u00ad",
                "\u200b",
                "Ã©",
                "\n",
                "\n\n",
                "<",
                ">",
                "&",
                "•",
                " ",
            ]
        ),
    ),
    max_size=60,
).map("".join)


@settings()
@given(st.text(max_size=400))
def test_never_raises_on_any_string(text):
    assert isinstance(clean_html(text), str)


@settings()
@given(_markupish)
def test_idempotent(text):
    once = clean_html(text)
    assert clean_html(once) == once


@settings()
@given(_plain)
def test_keeps_every_word_of_markup_free_text(text):
    assert clean_html(text).split() == text.split()


@settings()
@given(_markupish)
def test_no_markup_residue(text):
    assert not MARKUP.search(clean_html(text).replace("&lt;", "").replace("&gt;", ""))


# --- hostile input: these must finish (time is measured in benchmarks/speed.py) ---


def test_hostile_inputs_finish():
    assert clean_html("<" * 1_000_000) == "<" * 1_000_000  # no tag: nothing to remove
    assert clean_html("&" * 1_000_000) == "&" * 1_000_000
    assert clean_html("<div>" * 100_000 + "x") == "x"
    assert clean_html('<img alt="' + "a" * 1_000_000 + '">Text') == "Text"
    assert clean_html("<p " + 'data-x="1" ' * 50_000) == ""
    # attribute values over many lines: never closed, or many of them
    assert clean_html('a="x\n' + "y z\n" * 200_000).endswith("y z")
    assert "text" in clean_html(('data-x="\n' + "u 1w,\n" * 39 + "text text text\n") * 5000)


def test_an_attribute_value_over_several_lines_is_debris():
    text = (
        "Alibaba to raise up to $12.9bn in its Hong Kong listing\n\n"
        '    style="width: 100%;\n height: auto;\n max-width: 22px;\n display: inline-block;"\n'
        '    src="https://cdn.example.com/badges/share.png">\n\n'
        '    data-srcset="\n      https://cdn.example.com/a/xxs.jpg 560w,\n'
        '      https://cdn.example.com/a/xs.jpg 640w,\n    "\n'
        "Alibaba is set to raise up to $12.9bn from its second listing."
    )
    result = clean_markup(text)
    assert result.text.split("\n") == [
        "Alibaba to raise up to $12.9bn in its Hong Kong listing",
        "",
        "Alibaba is set to raise up to $12.9bn from its second listing.",
    ]
    assert any("max-width" in r.text for r in result.removed if r.kind == "tag_fragment")


def test_article_text_after_an_unclosed_quote_stays():
    text = (
        'He wrote title="Spring\nThe council met on Monday and voted to close the pier "for now".'
    )
    assert "The council met on Monday and voted" in clean_html(text)


def test_a_run_of_tabs_separates_layout_blocks():
    text = "\t\t\tChinese hunter catches plague after eating rabbit\t\t\tA case of the plague was found."
    assert clean_html(text) == (
        "Chinese hunter catches plague after eating rabbit\nA case of the plague was found."
    )
    assert clean_html("Name\tAge\tTown") == "Name Age Town"  # a single tab is a space


def test_the_lt_of_an_emptied_tag_goes_with_its_tail():
    # Found by hypothesis: removing '" />' must not glue "<" to the next word.
    assert clean_html('<" />Amsterdam') == "Amsterdam"


def test_a_tag_hidden_by_a_soft_hyphen_is_removed():
    # Found by hypothesis: the soft hyphen goes late (it can be part of mojibake).
    assert clean_html("Text <A\xad") == "Text"


def test_mojibake_behind_an_odd_space_is_repaired_in_one_pass():
    # Found by hypothesis: the no-break space is normalised after the first look.
    assert clean_html("&nbsp;Ã©t") == clean_html(clean_html("&nbsp;Ã©t")) == "ét"


def test_wide_gaps_between_blocks_become_line_breaks():
    # get_text() without a separator keeps the source's indentation between blocks
    text = (
        "The bridge reopened to traffic on Monday after repairs.    Crews had worked "
        'through the night. The mayor thanked them.    "It was a long week," she said.'
    )
    assert clean_html(text).split("\n") == [
        "The bridge reopened to traffic on Monday after repairs.",
        "Crews had worked through the night. The mayor thanked them.",
        '"It was a long week," she said.',
    ]
    # a wide gap inside a sentence, before a lower-case word, is only a space
    assert clean_html("costs and   schedule delays") == "costs and schedule delays"


def test_a_no_break_space_used_only_after_sentence_ends_marks_blocks():
    blocks = (
        "The fine was $250,000.\u00a0Browns players declined to comment.\u00a0The league ruled."
    )
    assert clean_html(blocks).split("\n") == [
        "The fine was $250,000.",
        "Browns players declined to comment.",
        "The league ruled.",
    ]
    # the text spaces with it elsewhere too: it is an ordinary space
    spacing = "He flew in from\u00a0London. Later\u00a0he left.\u00a0The talks ended."
    assert clean_html(spacing) == "He flew in from London. Later he left. The talks ended."


def test_words_in_angle_brackets_are_a_title_not_a_tag():
    text = "Tickets for <The Harbour Queen: A Musical> go on sale Friday.<p>Doors open at 7.</p>"
    assert clean_html(text) == (
        "Tickets for <The Harbour Queen: A Musical> go on sale Friday.\n\nDoors open at 7."
    )
    # real tags with unknown or namespaced names still go
    assert clean_html("<o:p></o:p>Text <font size=2>here</font> <my-card hidden>x</my-card>") == (
        "Text here\n\nx"
    )


def test_the_rare_space_class_is_every_space_but_space_and_newline():
    # spelled out for speed: it must stay the set that str.strip() removes, less " " and "\n"
    from newsclean.markup import _RARE_SPACE

    spaces = {c for c in map(chr, range(0x110000)) if c.isspace()} - {" ", "\n"}
    assert {c for c in map(chr, range(0x110000)) if _RARE_SPACE.match(c)} == spaces


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Самолёт вылетел в 7:30 и сел в Киеве.", "sloppy-windows-1252"),
        ("Самолёт вылетел в 7:30 и сел в Киеве.", "sloppy-windows-1251"),
        ("Der Zug fährt über Köln nach Zürich, Tickets ab 20 €.", "sloppy-windows-1252"),
        # Latin letters read as Windows-1251 ("fГ¤hrt"): a German, French, Polish,
        # Spanish paragraph from a site that assumed a Cyrillic code page
        (
            "Der Zug fährt über die Brücke, sagte die Sprecherin der Straßenbahn.",
            "sloppy-windows-1251",
        ),
        (
            "Le ministère a annoncé une hausse des prix à Noël, écrit l’agence.",
            "sloppy-windows-1251",
        ),
        (
            "Rząd przyjął projekt ustawy o ochronie zdrowia, poinformował minister.",
            "sloppy-windows-1251",
        ),
        ("El ministro habló el martes sobre la reunión con España.", "sloppy-windows-1251"),
        ("Tickets for the 東京 show cost ₩60,000 — “sold out”.", "sloppy-windows-1252"),
    ],
)
def test_a_whole_paragraph_of_mojibake_is_read_back_as_utf8(text, codec):
    import ftfy.bad_codecs  # noqa: F401  (registers the codecs the damage is made with)

    garbled = text.encode("utf-8").decode(codec)
    assert garbled != text
    assert clean_html(garbled) == text


@pytest.mark.parametrize(
    "text",
    [
        # Cyrillic capitals that also lead Latin letters read as Windows-1251
        # (В Г Д Е), followed by what genuine text has after them
        "В’ячеслав сказав, що Гідрометцентр попереджає про дощ у Вінниці.",
        "ВІДПОВІДЬ ДЄРЖАВИ: Держслужба «ГЁТЕ» повідомила про ремонт.",
        "В\u00a0Москве открылся музей, сообщил Д… в интервью.",
        "Енергетики Е— та Г– позначки в таблиці залишаються.",
    ],
)
def test_genuine_cyrillic_is_not_taken_for_mojibake(text):
    assert clean_html(text) == text.replace("\u00a0", " ")


def test_a_partly_garbled_paragraph_is_left_to_ftfy():
    # "“new”" is genuine: read back as UTF-8 the paragraph is invalid, ftfy fixes "cafÃ©"
    assert clean_html("The cafÃ© is “new” and busy.") == "The café is “new” and busy."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<P\n0", "0"),  # found by the residue property: the tag ends its line
        ("Intro <p\nThe text goes on.", "Intro\n\nThe text goes on."),
        ("Price <b 5", "Price <b 5"),  # mid-line, before a figure: no tag (near miss)
    ],
)
def test_a_tag_start_that_ends_its_line_is_a_fragment(text, expected):
    assert clean_html(text) == expected
