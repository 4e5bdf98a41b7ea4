"""Language data files and detection."""

from __future__ import annotations

import pytest

from newsclean.languages import available_languages, detect_language, get_pack, shared


def test_all_required_languages_have_data():
    assert set(available_languages()) >= {"de", "en", "uk", "ru", "fr", "es", "pl"}


@pytest.mark.parametrize("code", available_languages())
def test_every_pack_fills_every_table(code):
    # Every data file, not a list written here: adding a language adds a case.
    pack = get_pack(code)
    for attr in (
        "function_words",
        "abbreviations",
        "sentence_starters",
        "boilerplate_exact",
        "boilerplate_prefix",
        "byline_labels",
        "photo_labels",
        "cite_before",
        "reporting_verbs",
        "brief_titles",
        "months",
        "relative_days",
        "published_labels",
    ):
        assert getattr(pack, attr), f"{code}: {attr} is empty"
    assert sorted(set(pack.months.values())) == list(range(1, 13))


def test_unknown_language_uses_the_union():
    mul = get_pack(None)
    assert mul.code == "mul" and get_pack("xx") is mul
    assert "leave a reply" in mul.boilerplate_exact and "поділитися" in mul.boilerplate_exact


def test_shared_knowledge():
    assert shared().agencies["Укрінформ"] == "Укрінформ"
    assert shared().timezones["МСК"] == "+03:00"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Die Bundesregierung hat am Montag beschlossen, dass die Förderung für Wärmepumpen steigt.",
            "de",
        ),
        ("The council voted on Tuesday to rebuild the pier that was destroyed by the storm.", "en"),
        ("Кабінет Міністрів спростив процедуру отримання компенсації за зруйноване житло.", "uk"),
        (
            "Ледоход на озере Байкал в этом году завершился почти на две недели раньше обычного.",
            "ru",
        ),
        (
            "Les prix des logements anciens ont reculé de 3,9 % au premier trimestre, selon l’Insee.",
            "fr",
        ),
        ("El precio de la vivienda libre subió un 6,3 % en el primer trimestre del año.", "es"),
        (
            "Warszawskie Lotnisko Chopina obsłużyło w sobotę ponad 68 tys. pasażerów, najwięcej w historii.",
            "pl",
        ),
    ],
)
def test_detects_single_paragraphs(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Our hiking survival kit is really very simple.", "en"),
        ("Could you tell me where we should go now?", "en"),
        ("Ich habe ihn gestern hier gesehen, sehr schön.", "de"),
        ("Nous avons vu ce film, vous devriez aussi.", "fr"),
        ("Yo no sé dónde están ahora mismo, ni cuándo vuelven.", "es"),
        ("Ty też możesz tam pójść, bo jest bardzo ładnie.", "pl"),
        ("Мы всегда думали, что здесь очень тихо.", "ru"),
        ("Ми завжди думали, що тут дуже тихо.", "uk"),
    ],
)
def test_detects_conversational_sentences(text, code):
    # Pronouns and auxiliaries, not the newswire words of the test above.
    assert detect_language(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING: Earthquake hits Japan\n\nA strong earthquake struck on Monday.",
        "She was also there, and her friend will come on a ferry too.",
        "No one knew me there, so a friend of mine came along.",
    ],
)
def test_english_words_shared_with_other_languages_stay_english(text):
    # "a", "on", "was", "also", "no", "me" are function words elsewhere too.
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("— The Salthaven Council (@salthaven) October 9, 2018", "en"),
        ("— Conseil municipal de Lyon (@lyon) 9 octobre 2018", "fr"),
    ],
)
def test_a_written_out_month_counts_as_evidence(text, code):
    # A tweet's credit line has almost no function words, but its date is in words.
    assert detect_language(text) == code


def test_unsure_gives_none():
    assert detect_language("12345 67") is None
    assert detect_language("") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Harbor Audio Studio 2 Wireless Over-Ear Headphones with Travel Case (Graphite)", "en"),
        ("Northside (2-1): Dana Price 14 points and 6 rebounds. Lea Moss 9 points.", "en"),
        ("Stadtwerke Kiel GmbH, Kiel Nord, Werk 3 und Lager Süd (Halle B, Tor 4)", "de"),
    ],
)
def test_one_function_word_is_enough_in_a_line_of_names_and_figures(text, code):
    assert detect_language(text) == code


def test_one_function_word_in_prose_of_another_language_is_not_enough():
    # Indonesian prose: "para" is a Spanish function word, and nothing else is known.
    text = "Nah kalau para sahabat ini saling bantu dalam kerja desa maka semua warga senang."
    assert detect_language(text) is None
    # Mostly another script, with a web address in Latin letters
    assert (
        detect_language("저작권자 ⓒ 엔터미디어(www.example.co.kr), 무단전재 및 재배포금지 합니다")
        is None
    )
    # "O'Hara" gives a one-letter "o": no word of one letter is evidence
    assert (
        detect_language("Kingsport (3-0): Aden O'Hara 2 goals. Tim Watts 1 goal. Kai Dunn 1 save.")
        is None
    )


GERMAN = (
    "Die Stadt hat am Montag beschlossen, dass die Straßenbahn nach Norden verlängert wird. "
    "Der Bau soll im Frühjahr beginnen und zwei Jahre dauern, sagte die Bürgermeisterin. "
    "Die Kosten trägt zum größten Teil das Land, der Rest kommt aus dem städtischen Haushalt. "
)
NAMES = "Stadtwerke Kiel GmbH, Nordhafen 12, Kiel; Tel. 0431 123 45; Werk 3, Lager Nord. " * 10


def test_a_decisive_first_look_settles_a_long_text():
    # The first 600 characters are clearly German: an English tail is not read.
    text = GERMAN * 3 + "The council said on Monday that the tram will be extended. " * 40
    assert detect_language(text) == "de"
    assert detect_language(text[600:]) == "en"


def test_an_undecided_first_look_reads_the_whole_sample():
    # Names and figures first (no decision there), then the prose decides.
    text = NAMES + GERMAN * 4
    assert detect_language(text[:600]) is None
    assert detect_language(text) == "de"


def test_the_schema_rejects_an_unknown_key_naming_the_file_and_the_key() -> None:
    from newsclean.languages.schema import SchemaError, read_pack

    data = {"code": "xx", "name": "Test", "repair": {"never_finall": ["the"]}}
    with pytest.raises(SchemaError, match=r"xx\.toml: unknown key 'repair\.never_finall'"):
        read_pack(data, "xx.toml")


def test_the_schema_rejects_a_value_of_the_wrong_shape() -> None:
    from newsclean.languages.schema import SchemaError, read_pack

    with pytest.raises(SchemaError, match=r"xx\.toml: repair\.never_final must be a list"):
        read_pack({"code": "xx", "name": "Test", "repair": {"never_final": "the"}}, "xx.toml")


def test_a_table_value_holds_free_keys_but_a_table_of_keys_does_not() -> None:
    from newsclean.languages.schema import read_pack

    pack = read_pack({"code": "xx", "name": "T", "dates": {"months": {"Luty": 2}}}, "xx.toml")
    assert pack.months == {"luty": 2}


def test_the_merged_pack_unions_shared_fields_and_leaves_single_language_ones_empty() -> None:
    merged = get_pack(None)
    assert {"the", "der"} <= set(get_pack("en").never_final) | set(get_pack("de").never_final)
    assert merged.never_final == frozenset()  # "die": an article in German, a verb in English
    assert "Von" in get_pack("de").byline_labels and "Von" in merged.byline_labels
    assert merged.months["märz"] == 3 and merged.months["march"] == 3


def test_the_docs_table_of_language_keys_is_generated_from_the_schema() -> None:
    from pathlib import Path

    from newsclean.languages.schema import docs_table

    docs = (Path(__file__).parents[1] / "docs" / "languages.md").read_text(encoding="utf-8")
    table = docs.split("<!-- schema-table -->\n", 1)[1].split("\n<!-- /schema-table -->", 1)[0]
    assert table == docs_table()
