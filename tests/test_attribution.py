"""Attribution: the sentence grammar, names, kinds, line credits, merging.

Each construction of issue 21 is tested in the language where it was found
and in at least two others, with near misses that must yield nothing; the
labelled set (tests/data/attributions) is checked for its form, its score and
for evidence that always occurs in the input.
"""

from __future__ import annotations

import json
import time
from itertools import islice, product
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import extract_attributions, parse
from newsclean.extract.attribution import find_sources
from newsclean.extract.attribution.grammar import WordSet, grammar_of
from newsclean.extract.attribution.inflect import nominative
from newsclean.languages import get_pack

BODY = "\n\nThe council met on Monday and approved the new budget after a long debate."


# --- sources, agencies, bylines, credits (moved from test_extract.py) ---------------


def _pairs(text, lang):
    return [(a.name, a.kind) for a in extract_attributions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Prices rose 3%, according to the Office for National Statistics.",
            "en",
            [("Office for National Statistics", "source")],
        ),
        (
            "Die Preise stiegen, wie das Statistische Bundesamt am Freitag mitteilte.",
            "de",
            [("Statistisches Bundesamt", "source")],
        ),
        (
            "Besonders stark ging die Zahl zurück, laut Statistischem Bundesamt um 31,9 Prozent.",
            "de",
            [("Statistisches Bundesamt", "source")],
        ),
        (
            "За даними Генерального штабу ЗСУ, ворог випустив 27 дронів.",
            "uk",
            [("Генеральний штаб ЗСУ", "source")],
        ),
        (
            "Продажи выросли на 12%, по данным Минпромторга, за первый квартал.",
            "ru",
            [("Минпромторг", "source")],
        ),
        (
            "Les prix ont reculé, selon l’Institut national de la statistique (Insee).",
            "fr",
            [("Institut national de la statistique", "source")],
        ),
        (
            "El precio subió, según el Instituto Nacional de Estadística (INE), en marzo.",
            "es",
            [("Instituto Nacional de Estadística", "source")],
        ),
        (
            "Według Polskich Portów Lotniczych (PPL) ruch wzrósł.",
            "pl",
            [("Polskie Porty Lotnicze", "source")],
        ),
        (
            "Exports rose 12%, according to the Ministry of Agrarian Policy. Prime Minister "
            "Denys Shmyhal welcomed the figure.",
            "en",
            [("Ministry of Agrarian Policy", "source")],
        ),
        (
            "Według Głównego Urzędu Statystycznego inflacja spadła w marcie do 2 procent.",
            "pl",
            [("Główny Urząd Statystyczny", "source")],
        ),
        (
            "Jak podaje Narodowy Bank Polski, stopy procentowe pozostaną bez zmian.",
            "pl",
            [("Narodowy Bank Polski", "source")],
        ),
    ],
)
def test_sources_per_language(text, lang, expected):
    assert _pairs(text, lang) == expected


def test_alias_from_brackets_and_later_acronym():
    text = (
        "Verkehr nimmt zu – ISW\n\n"
        "Wie das Institute for the Study of War feststellt, wächst der Druck. Das Institut schreibt mehr."
    )
    attributions = extract_attributions(text, "de")
    assert [(a.name, a.alias, a.kind) for a in attributions] == [
        ("Institute for the Study of War", "ISW", "source")
    ]


def test_merely_mentioned_organisations_are_not_attributions():
    text = (
        "Share prices fell on Monday. Igor Morgulov met the head of the Xinhua agency, "
        "and Raisi spoke with Vladimir Putin on the phone. The ministry declined to comment."
    )
    assert extract_attributions(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "KYIV, March 20 (Reuters) - Ukraine said on Wednesday it had repaired the line.",
            "en",
            [("Reuters", "agency")],
        ),
        (
            "Wiesbaden (dpa) - Der Einbruch beim Wohnungsbau setzt sich fort.",
            "de",
            [("dpa", "agency")],
        ),
        (
            "КИЇВ, 14 травня /Укрінформ/ — Кабінет Міністрів спростив процедуру.",
            "uk",
            [("Укрінформ", "agency")],
        ),
        (
            "MADRID, 3 may (EFE).- El precio de la vivienda subió un 6,3 %.",
            "es",
            [("EFE", "agency")],
        ),
        ("Port spodziewa się rekordu w sierpniu.\n\n(PAP)", "pl", [("PAP", "agency")]),
    ],
)
def test_agencies(text, lang, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("By Jane Doe and John Roe", "en", [("Jane Doe", "author"), ("John Roe", "author")]),
        ("Von Jonas Weber, dpa", "de", [("Jonas Weber", "author"), ("dpa", "agency")]),
        ("Автор: Олена Коваль", "uk", [("Олена Коваль", "author")]),
        ("Par Claire Dubois", "fr", [("Claire Dubois", "author")]),
        ("Por Lucía Fernández", "es", [("Lucía Fernández", "author")]),
        ("autorka: Anna Kowalska", "pl", [("Anna Kowalska", "author")]),
        ("By Jane Doe 4 Minute Read", "en", [("Jane Doe", "author")]),
    ],
)
def test_bylines(byline, lang, expected):
    text = "Council approves the new budget\n" + byline + BODY
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize(
    ("caption", "lang", "credit"),
    [
        ("Russland versucht, eine Koalition zu bilden/Collage 24 Channel", "de", "24 Channel"),
        (
            "Eine Ärztin impft einen Patienten. Foto: dpa/Michael Kappeler",
            "de",
            "dpa/Michael Kappeler",
        ),
        ("The pier after the storm. Photo: AFP", "en", "AFP"),
        ("The pier after the storm. © Reuters", "en", "Reuters"),
        ("Наслідки удару по підстанції. Фото: Укрінформ", "uk", "Укрінформ"),
        ("Hala odlotów Lotniska Chopina. Fot. PAP/Paweł Nowak", "pl", "PAP/Paweł Nowak"),
    ],
)
def test_photo_credits_and_caption_leaves_body(caption, lang, credit):
    article = parse("Council approves the new budget\n\n" + caption + BODY, lang)
    assert [(a.name, a.kind) for a in article.attributions] == [(credit, "photo")]
    assert caption not in article.body
    assert any(r.kind == "caption" and r.text == caption for r in article.removed)


def test_publisher_from_appeared_first_on():
    text = BODY.strip() + "\n\nThe post Council approves budget appeared first on Salthaven Post."
    assert _pairs(text, "en") == [("Salthaven Post", "publisher")]


def test_headline_suffix_outlet_is_publisher():
    text = (
        "Дрони атакували Харківщину — Українська правда"
        + "\n\nУ ніч на вівторок дрони атакували об’єкт енергетики на Харківщині."
    )
    assert _pairs(text, "uk") == [("Українська правда", "publisher")]


# --- names, kinds and lines in whole articles (moved from test_classify.py) ---------


def test_source_label_and_agency_credit_lines():
    text = (
        "Росія посилює інформаційні операції проти Молдови\n\n"
        "Аналітики зазначають, що проросійські канали поширюють фейки про нібито підготовку до війни.\n\n"
        "Джерело: ISW"
    )
    assert [(a.name, a.kind) for a in parse(text, "uk").attributions] == [("ISW", "source")]
    text = "Inondations dans le Pas-de-Calais\nLe Monde avec AFP\n\nLes pluies ont provoqué des crues dans tout le département depuis lundi."
    assert [(a.name, a.kind) for a in parse(text, "fr").attributions] == [("AFP", "agency")]


def test_acronym_source_expanded_from_the_text():
    text = (
        "Rate held\n\nNational Bank of Ukraine kept its key rate at 13.5% on Thursday, citing slower inflation. "
        "Inflation will speed up by the end of the year, according to NBU."
    )
    assert [(a.name, a.alias, a.kind) for a in parse(text, "en").attributions] == [
        ("National Bank of Ukraine", "NBU", "source")
    ]


def test_polish_according_to_the_data_of_names_the_source_in_the_nominative():
    text = (
        "Rekord w porcie\n\nWedług danych Głównego Urzędu Statystycznego (GUS) port obsłużył "
        "52 mln ton ładunków. Według szacunków Polskiego Instytutu Ekonomicznego wzrost potrwa."
    )
    assert [(a.name, a.alias) for a in parse(text, "pl").attributions] == [
        ("Główny Urząd Statystyczny", "GUS"),
        ("Polski Instytut Ekonomiczny", None),
    ]


def test_a_german_describing_noun_before_a_name_is_not_part_of_it():
    text = (
        "Streik legt Flughäfen lahm\n\nLaut dem Flughafenbetreiber Fraport fielen 600 Flüge aus. "
        "Wie der Autobauer Volkswagen mitteilte, steht die Produktion still. "
        "Laut Landesbank Baden-Württemberg sinkt der Umsatz."
    )
    assert [a.name for a in parse(text, "de").attributions] == [
        "Fraport",
        "Volkswagen",
        "Landesbank Baden-Württemberg",
    ]


def test_french_institutions_written_in_lower_case_are_sources():
    text = (
        "Crues dans le Nord\n\nSelon le ministère de l’Intérieur, 740 personnes ont été "
        "évacuées. Le feu était fixé selon la préfecture des Bouches-du-Rhône. "
        "Selon le ministère, la situation reste tendue."
    )
    assert [a.name for a in parse(text, "fr").attributions] == [
        "ministère de l’Intérieur",
        "préfecture des Bouches-du-Rhône",
    ]


def test_a_syllabic_abbreviation_is_the_alias_of_the_name_it_clips():
    text = (
        "Перший сніг у Карпатах\n\nЗа даними Українського гідрометеорологічного центру, сніг "
        "випав у горах. Як повідомляє Укргідрометцентр, морози триватимуть до неділі."
    )
    assert [(a.name, a.alias) for a in parse(text, "uk").attributions] == [
        ("Український гідрометеорологічний центр", "Укргідрометцентр")
    ]


def test_russian_names_in_the_nominative_stay_and_camel_case_brands_do_not_decline():
    text = (
        "Сбой в соцсети\n\nКак сообщает Северо-Западное управление МЧС, пожар потушен. "
        "По данным ВКонтакте, сбой устранён. По данным Северо-Западного банка, вклады растут."
    )
    assert [a.name for a in parse(text, "ru").attributions] == [
        "Северо-Западное управление МЧС",
        "ВКонтакте",
        "Северо-Западный банк",
    ]


def test_generic_nouns_are_not_sources():
    text = "Impfstoff zugelassen\n\nDie Zulassung gilt ab sofort, wie das Unternehmen am Montag in Mainz mitteilte."
    assert parse(text, "de").attributions == []


def test_spokesman_of_a_known_source_is_that_source():
    text = (
        "Lotnisko bije rekord\n\nWedług Polskich Portów Lotniczych (PPL) ruch wzrósł o 3,5 proc. w sobotę.\n\n"
        "Rzecznik PPL poinformował, że lotnisko zatrudniło dodatkowo 200 pracowników."
    )
    assert [(a.name, a.alias) for a in parse(text, "pl").attributions] == [
        ("Polskie Porty Lotnicze", "PPL")
    ]


# --- the constructions of issue 21, each in the language where it was found and two others ---


def _triples(text, lang):
    return [(a.name, a.alias, a.kind) for a in extract_attributions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a citing phrase at the start of the sentence (found in English)
        (
            "According to the Bureau of Labor Statistics (BLS), rents rose 0.5% in June.",
            "en",
            [("Bureau of Labor Statistics", "BLS", "source")],
        ),
        (
            "Laut dem Kraftfahrt-Bundesamt (KBA) wurden im Mai 12 Prozent mehr Elektroautos zugelassen.",
            "de",
            [("Kraftfahrt-Bundesamt", "KBA", "source")],
        ),
        (
            "Selon l’Agence nationale de santé publique, 40 cas ont été signalés en une semaine.",
            "fr",
            [("Agence nationale de santé publique", None, "source")],
        ),
        (
            "За даними Національного банку, гривня за тиждень подешевшала на 0,3%.",
            "uk",
            [("Національний банк", None, "source")],
        ),
    ],
)
def test_a_citing_phrase_opens_the_sentence(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Two ferries collided off Dover on Friday, Reuters reported.",
            "en",
            [("Reuters", "agency")],
        ),
        (
            "Der Zug entgleiste kurz nach Mitternacht, berichtete die Nachrichtenagentur AFP.",
            "de",
            [("AFP", "agency")],
        ),
        ("Ціни на газ знизилися на 4%, повідомляє Укрінформ.", "uk", [("Укрінформ", "agency")]),
        (
            "El tráfico quedó cortado durante tres horas, informó la agencia EFE.",
            "es",
            [("EFE", "agency")],
        ),
        ("Prom wrócił do portu w Gdyni po awarii silnika, podała PAP.", "pl", [("PAP", "agency")]),
    ],
)
def test_an_agency_named_at_the_end_of_a_sentence_is_the_agency(text, lang, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Das Schiff lief am Morgen aus, meldete Reuters. Der Hafen bleibt gesperrt.",
            "de",
            "Reuters",
        ),
        (
            "The vote was postponed, according to the Electoral Commission. Turnout had been low.",
            "en",
            "Electoral Commission",
        ),
        (
            "Jak poinformował Urząd Miasta Krakowa, prace potrwają do piątku. Kierowcy muszą liczyć się z korkami.",
            "pl",
            "Urząd Miasta Krakowa",
        ),
    ],
)
def test_a_name_does_not_run_into_the_next_sentence(text, lang, expected):
    assert [a.name for a in extract_attributions(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Як повідомили в Укрзалізниці, поїзд прибуде із запізненням.", "uk", "Укрзалізниця"),
        (
            "Według Instytutu Meteorologii i Gospodarki Wodnej noc będzie mroźna.",
            "pl",
            "Instytut Meteorologii i Gospodarki Wodnej",
        ),
        (
            "Sales fell, according to the Society of Motor Manufacturers and Traders (SMMT).",
            "en",
            "Society of Motor Manufacturers and Traders",
        ),
        (
            "Selon l’Institut national de la statistique et des études économiques, l’inflation ralentit.",
            "fr",
            "Institut national de la statistique et des études économiques",
        ),
        (
            "Державна служба з надзвичайних ситуацій повідомила про пожежу на складі.",
            "uk",
            "Державна служба з надзвичайних ситуацій",
        ),
        (
            "Wie ein Sprecher des Landesgesundheitsministeriums mitteilte, sind acht Kliniken betroffen.",
            "de",
            "Landesgesundheitsministerium",
        ),
        ("По данным Минпромторга, выпуск вырос на 5%.", "ru", "Минпромторг"),
    ],
)
def test_a_name_is_read_whole_never_cut_inside_a_word_or_before_its_last_words(
    text, lang, expected
):
    assert [a.name for a in extract_attributions(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The economy grew 0.3%, the ONS said. The Office for National Statistics will revise the figure in May.",
            "en",
            ("Office for National Statistics", "ONS"),
        ),
        (
            "Das RKI meldete 300 neue Fälle. Das Robert Koch-Institut rät zur Impfung.",
            "de",
            ("Robert Koch-Institut", "RKI"),
        ),
        (
            "За даними НБУ, інфляція сповільнилася. Національний банк України знизив ставку.",
            "uk",
            ("Національний банк України", "НБУ"),
        ),
    ],
)
def test_a_short_form_is_the_alias_of_the_full_name_the_text_gives(text, lang, expected):
    assert [(a.name, a.alias) for a in extract_attributions(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Laut dem Statistischen Bundesamt sank die Zahl der Geburten.",
            "de",
            "Statistisches Bundesamt",
        ),
        ("Nach Angaben der Deutschen Bahn fallen die Züge bis Montag aus.", "de", "Deutsche Bahn"),
        (
            "Nach Angaben des Deutschen Roten Kreuzes wurden 40 Menschen versorgt.",
            "de",
            "Deutsches Rotes Kreuz",
        ),
        (
            "Wie der Deutsche Mieterbund mitteilte, steigen die Nebenkosten.",
            "de",
            "Deutscher Mieterbund",
        ),
        ("За даними Міжнародного валютного фонду, борг зріс.", "uk", "Міжнародний валютний фонд"),
        (
            "По данным Международного энергетического агентства, спрос упал.",
            "ru",
            "Международное энергетическое агентство",
        ),
        (
            "Według Najwyższej Izby Kontroli szpitale nie są gotowe.",
            "pl",
            "Najwyższa Izba Kontroli",
        ),
        (
            "Według Głównego Inspektoratu Sanitarnego zachorowań przybywa.",
            "pl",
            "Główny Inspektorat Sanitarny",
        ),
    ],
)
def test_inflected_names_are_given_in_the_nominative(text, lang, expected):
    assert [a.name for a in extract_attributions(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Wie die Nachrichtenagentur dpa berichtet, ist die Autobahn wieder frei.",
            "de",
            [("dpa", "agency")],
        ),
        ("The road reopened, the news agency Ansa reported.", "en", [("Ansa", "agency")]),
        ("Le navire a été secouru, rapporte l’agence Reuters.", "fr", [("Reuters", "agency")]),
        (
            "Jak podała agencja Reuters, rozmowy zakończyły się fiaskiem.",
            "pl",
            [("Reuters", "agency")],
        ),
        ("Об этом сообщает ТАСС со ссылкой на оперативные службы.", "ru", [("ТАСС", "agency")]),
        ("Про це повідомляє УНН з посиланням на поліцію.", "uk", [("УНН", "agency")]),
        ("Según la agencia EFE, el incendio está controlado.", "es", [("EFE", "agency")]),
    ],
)
def test_wire_agencies_named_in_the_text_are_agencies(text, lang, expected):
    assert _pairs(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "caption", "credit"),
    [
        ("en", "Rescuers search the rubble. Photo: Jan Berg/AFP", "Jan Berg/AFP"),
        ("de", "Helfer suchen in den Trümmern. Foto: Jan Berg/AFP", "Jan Berg/AFP"),
        ("fr", "Des secouristes fouillent les décombres. Photo : Jan Berg / AFP", "Jan Berg / AFP"),
    ],
)
def test_a_photo_credit_with_a_photographer_and_an_agency_is_one_credit(lang, caption, credit):
    # Judgement rule 16 of the shared dev cases: agency and photographer are not split.
    text = "Quake hits the coast\n\n" + caption + BODY
    assert _pairs(text, lang) == [(credit, "photo")]


@pytest.mark.parametrize(
    ("lang", "footer", "agency"),
    [
        ("en", "© 2024 The Associated Press. All rights reserved.", "Associated Press"),
        ("de", "Copyright © 2024 AFP. Alle Rechte vorbehalten.", "AFP"),
        ("es", "© EFE 2024. Está expresamente prohibida la redistribución.", "EFE"),
        ("fr", "Copyright © 2024 AFP. Tous droits réservés.", "AFP"),
    ],
)
def test_an_agency_copyright_footer_credits_the_agency_not_a_photo(lang, footer, agency):
    text = "Council approves the new budget" + BODY + "\n\n" + footer
    assert _pairs(text, lang) == [(agency, "agency")]
    assert footer not in parse(text, lang).body


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The World Bank said on Tuesday that growth would slow.", "en", "World Bank"),
        (
            "Growth will slow, the International Monetary Fund said.",
            "en",
            "International Monetary Fund",
        ),
        (
            "The Scottish Fire and Rescue Service said six engines were sent.",
            "en",
            "Scottish Fire and Rescue Service",
        ),
        ("The charity Shelter said rents had doubled in ten years.", "en", "Shelter"),
        (
            "Researchers at Durham University told reporters the ice was thinning.",
            "en",
            "Durham University",
        ),
        ("L’Insee a annoncé jeudi une baisse du chômage.", "fr", "Insee"),
        ("Минздрав сообщил о росте заболеваемости.", "ru", "Минздрав"),
        (
            "El Ayuntamiento de Bilbao, que gestiona el tranvía, informó de que la línea se reabre.",
            "es",
            "Ayuntamiento de Bilbao",
        ),
        (
            "Die Feuerwehr München teilte mit, dass niemand verletzt wurde.",
            "de",
            "Feuerwehr München",
        ),
        (
            "Uniwersytet Jagielloński poinformował o nowym kierunku studiów.",
            "pl",
            "Uniwersytet Jagielloński",
        ),
    ],
)
def test_an_institution_as_subject_of_a_reporting_verb_is_a_source(text, lang, expected):
    assert _pairs(text, lang) == [(expected, "source")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # people quoted by name or title
        ('"It was a hard winter," said Maria Lopez, a farmer in the valley.', "en"),
        ("Prime Minister Keir Starmer said the plan would go ahead.", "en"),
        ("John Reed, a spokesman for the sheriff, said the road was closed.", "en"),
        ("„Das ist ein guter Tag“, sagte Bürgermeisterin Anna Vogt.", "de"),
        ("Мэр Москвы Сергей Собянин сообщил о закрытии парков.", "ru"),
        ("За словами мера Одеси Геннадія Труханова, світло повернуть увечері.", "uk"),
        ("Tom Hill chairs the club. According to Hill, the pitch needs work.", "en"),
        # unnamed groups and generic nouns
        ("Experts warned that prices would rise again.", "en"),
        ("Wie die Polizei mitteilte, wurde niemand verletzt.", "de"),
        ("Les syndicats ont annoncé une grève.", "fr"),
        ("La organización denunció la falta de medios.", "es"),
        ("The company said it would appeal.", "en"),
        # organisations that only act
        ("The European Central Bank raised its main rate on Thursday.", "en"),
        ("Sejm uchwalił ustawę o ochronie zwierząt.", "pl"),
        ("Верховна Рада ухвалила бюджет.", "uk"),
        # a capitalised word after a cue that names nobody
        ("Laut Plan soll die Brücke 2027 fertig sein.", "de"),
        ("According to the plan, work starts in May.", "en"),
        ("Selon elle, la situation s’améliore.", "fr"),
    ],
)
def test_near_misses_are_not_attributions(text, lang):
    assert extract_attributions(text, lang) == []


@pytest.mark.parametrize(
    ("headline", "lang", "expected"),
    [
        (
            "Russia builds a coalition against the West – Atlantic Council",
            "en",
            ("Atlantic Council", "source"),
        ),
        ("Die Konjunktur erholt sich langsam – Ifo Institut", "de", ("Ifo Institut", "source")),
        (
            "Council approves the new budget – Salthaven Times",
            "en",
            ("Salthaven Times", "publisher"),
        ),
        ("Port strike halts exports | Reuters", "en", ("Reuters", "agency")),
    ],
)
def test_a_headline_suffix_names_an_outlet_an_agency_or_an_institution(headline, lang, expected):
    assert _pairs(headline + BODY, lang) == [expected]


def test_a_body_cited_by_a_noun_is_the_body_named_before():
    text = (
        "Der Mainzer Impfstoffhersteller BioNTech baut ein neues Labor. "
        "Das teilte das Unternehmen am Montag mit."
    )
    assert _pairs(text, "de") == [("BioNTech", "source")]
    text = (
        "Физики Новосибирского государственного университета создали новый лазер. "
        "Об этом сообщили в пресс-службе вуза."
    )
    assert _pairs(text, "ru") == [("Новосибирский государственный университет", "source")]
    # Nothing named before: nothing cited.
    assert extract_attributions("The company said it would appeal.", "en") == []


# --- evidence ---------------------------------------------------------------------------

SET = Path(__file__).parent / "data" / "attributions"


def _set_entries():
    for path in sorted(SET.glob("*.jsonl")):
        lang = path.name.split(".")[0]
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield lang, json.loads(line)


ENTRIES = list(_set_entries())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(ENTRIES), min_size=1, max_size=4), st.sampled_from(["\n\n", " ", "\n"])
)
def test_evidence_always_occurs_in_the_input(entries, joiner):
    lang = entries[0][0]
    text = joiner.join(e["text"] for code, e in entries if code == lang)
    for a in extract_attributions(text, lang):
        assert a.evidence and a.evidence in text, (a, text)


@pytest.mark.parametrize(("lang", "entry"), ENTRIES[::7])
def test_evidence_occurs_in_each_sentence_of_the_set(lang, entry):
    for a in extract_attributions(entry["text"], lang):
        assert a.evidence in entry["text"]


def test_the_set_is_well_formed_and_scores_well_per_language():
    kinds = {"source", "agency", "author", "photo", "publisher"}
    per_lang = {}
    for lang, entry in ENTRIES:
        assert set(entry) == {"text", "expected", "construction"}
        assert all(e["kind"] in kinds and e["name"] for e in entry["expected"])
        got = [a.name.casefold() for a in extract_attributions(entry["text"], lang)]
        exp = [e["name"].casefold() for e in entry["expected"]]
        c = per_lang.setdefault(lang, [0, 0, 0])
        c[0] += sum(1 for n in got if n in exp)
        c[1] += len(got)
        c[2] += len(exp)
    assert set(per_lang) == {"de", "en", "uk", "ru", "fr", "es", "pl"}
    for lang, (tp, pred, true) in per_lang.items():
        f1 = 2 * tp / (pred + true)
        assert f1 >= 0.88, (lang, f1)


# --- the grammar's parts ------------------------------------------------------------------


def test_word_sets_know_words_endings_and_beginnings():
    words = WordSet.of(["bank", "-amt", "мін-", "--france"])
    assert "bank" in words and "umweltbundesamt" in words and "amt" in words
    assert "мінфін" in words and "мін" not in words
    assert "météo-france" in words and "france" not in words
    assert "banking" not in words


@pytest.mark.parametrize(
    ("name", "article", "lang", "expected"),
    [
        ("Statistischen Bundesamt", "dem", "de", "Statistisches Bundesamt"),
        ("Deutschen Wetterdienstes", "des", "de", "Deutscher Wetterdienst"),
        ("Vereinten Nationen", "der", "de", "Vereinte Nationen"),
        ("Kieler Instituts für Weltwirtschaft", "des", "de", "Kieler Institut für Weltwirtschaft"),
        ("Державної служби статистики", "", "uk", "Державна служба статистики"),
        ("Офісі генерального прокурора", "", "uk", "Офіс генерального прокурора"),
        (
            "Международного энергетического агентства",
            "",
            "ru",
            "Международное энергетическое агентство",
        ),
        ("Высшей школы экономики", "", "ru", "Высшая школа экономики"),
        ("Polskich Portów Lotniczych", "", "pl", "Polskie Porty Lotnicze"),
        ("Urzędu Komunikacji Elektronicznej", "", "pl", "Urząd Komunikacji Elektronicznej"),
        ("ВКонтакте", "", "ru", "ВКонтакте"),
    ],
)
def test_nominative(name, article, lang, expected):
    assert nominative(name, article, grammar_of(get_pack(lang))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "according to " * 20_000,
        "said, " * 30_000,
        "The Bank of " * 20_000,
        "According to the " + "Bureau of " * 20_000 + "said.",
        ("Wie die " + "Deutsche " * 3_000 + "mitteilte. ") * 5,
        "(" * 50_000 + "Reuters" + ")" * 50_000,
        ", " * 50_000 + "said the",
        "в " * 40_000 + "повідомили",
    ],
)
def test_hostile_text_is_read_in_linear_time(text):
    started = time.process_time()
    for lang in ("en", "de", "uk"):
        find_sources(text, get_pack(lang))
    assert time.process_time() - started < 20


_QUIET = "Nothing happened on the quiet street that day, and the weather stayed mild. "


@pytest.mark.parametrize(
    ("person", "cited", "lang", "expected"),
    [
        (
            "Tom Smith spoke at the hearing.",
            "According to Smith, prices rose. According to Eurostat, prices rose.",
            "en",
            ["Eurostat"],
        ),
        (
            "Der Zeuge Jan Weber kam spät.",
            "Laut Weber stiegen die Preise. Laut Eurostat stiegen die Preise.",
            "de",
            ["Eurostat"],
        ),
        (
            "Marie Dupont était présente.",
            "Selon Dupont, les prix ont augmenté. Selon l’Insee, les prix ont augmenté.",
            "fr",
            ["Insee"],
        ),
    ],
)
def test_a_surname_used_after_a_first_name_is_no_source_in_short_and_long_texts(
    person, cited, lang, expected
):
    # A long text is read through an index of its first names, a short one by a scan.
    for filler in ("", _QUIET * 300):
        text = f"{person}\n\n{filler}\n\n{cited}"
        assert [a.name for a in extract_attributions(text, lang=lang)] == expected


def test_a_surname_that_only_opens_a_longer_name_is_not_one():
    text = "Tom Smithers spoke.\n\n" + _QUIET * 300 + "\n\nAccording to Smith, prices rose."
    assert [a.name for a in extract_attributions(text, lang="en")] == ["Smith"]


def _distinct_sources(count: int) -> str:
    names = ("".join(p) for p in product("bcdfghjklmnp", repeat=4))
    return " ".join(
        f"Prices rose, according to the Institute {w.capitalize()} Research. "
        f"Prices fell, according to Instit{w}."
        for w in islice(names, count)
    )


def test_many_distinct_names_are_read_in_linear_time():
    # Each name was once looked up as a surname by a scan of the whole text.
    def best_time(text: str) -> float:
        times = []
        for _ in range(3):
            started = time.process_time()
            find_sources(text, get_pack("en"))
            times.append(time.process_time() - started)
        return min(times)

    # 8x the names: 8x the time when linear (it was 15x), held to 11x for the noise.
    small, large = best_time(_distinct_sources(500)), best_time(_distinct_sources(4_000))
    assert large < 11 * max(small, 0.01)


def test_a_repeated_sentence_is_found_at_each_place_it_stands():
    text = (
        "Prices rose, according to Eurostat. Prices rose, according to Eurostat. "
        "Prices fell, according to the Bank of England."
    )
    found = [(f.position, f.attribution.name) for f in find_sources(text, get_pack("en"))]
    assert found == [(13, "Eurostat"), (49, "Eurostat"), (85, "Bank of England")]


def test_a_repeated_sentence_naming_a_body_named_before_names_each_its_own():
    # The same words twice; "Das Unternehmen" is the company named just before each.
    text = (
        "Die Deutsche Bahn AG plant neue Strecken. "
        "Das Unternehmen teilte mit, dass die Preise steigen. "
        "Die Siemens AG baut neue Züge. "
        "Das Unternehmen teilte mit, dass die Preise steigen."
    )
    names = [f.attribution.name for f in find_sources(text, get_pack("de"))]
    assert names[0] == "Deutsche Bahn AG"
    assert "Siemens" in names[1]
