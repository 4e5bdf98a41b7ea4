"""Glued blocks (repair/glue.py): split, with the full stop restored where a sentence ends."""

from __future__ import annotations

import dataclasses

import pytest

from newsclean import repair_sentences
from newsclean.languages import get_pack
from newsclean.repair import repair_cleaned


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "im Medienbereich zu diskutierenUnd das ist noch nicht alles.",
            "de",
            "im Medienbereich zu diskutieren.\n\nUnd das ist noch nicht alles.",
        ),
        (
            "The minister spoke on Tuesday.The cabinet met later.",
            "en",
            "The minister spoke on Tuesday.\n\nThe cabinet met later.",
        ),
        (
            "Про це заявив прем’єр у вівторок.Міністр розвитку пояснив.",
            "uk",
            "Про це заявив прем’єр у вівторок.\n\nМіністр розвитку пояснив.",
        ),
        (
            "Сервис работал с перебоями. Работа восстановлена к полуночиПредставители компании извинились.",
            "ru",
            "Сервис работал с перебоями. Работа восстановлена к полуночи.\n\nПредставители компании извинились.",
        ),
        (
            "Vous a dit mardi.Le ministre a répondu.",
            "fr",
            "Vous a dit mardi.\n\nLe ministre a répondu.",
        ),
        (
            "Люди кричали «Слава Україні»Президент подякував.",
            "uk",
            "Люди кричали «Слава Україні»\n\nПрезидент подякував.",
        ),
        (
            "ścieżki rowerowe itd.Kolejnym etapem będzie most.",
            "pl",
            "ścieżki rowerowe itd.\n\nKolejnym etapem będzie most.",
        ),
        (  # Serbian Cyrillic capitals outside the Russian and Ukrainian alphabets
            "Буџет за годину\n\nМинистар је говорио о буџету и правилимаЉуди су чекали.",
            None,
            "Буџет за годину\n\nМинистар је говорио о буџету и правилима.\n\nЉуди су чекали.",
        ),
    ],
)
def test_splits_glued_blocks_and_restores_full_stop(text, lang, expected):
    assert repair_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (  # a one-letter word after the full stop
            "The council declined to comment when contacted by the Herald.A spokesman said more later.",
            "en",
            "The council declined to comment when contacted by the Herald.\n\nA spokesman said more later.",
        ),
        (  # a closing quote before the full stop, an opening quote after it
            'The plan was called "a great success".“I am not convinced,” the mayor said.',
            "en",
            'The plan was called "a great success".\n\n“I am not convinced,” the mayor said.',
        ),
        (  # an upper-case word of three or four letters
            "The probe will launch in 2024.NASA says it is on schedule.",
            "en",
            "The probe will launch in 2024.\n\nNASA says it is on schedule.",
        ),
        (  # a dialogue dash (Russian interviews)
            "Какие блюда вам не нравятся?— Я очень люблю суп и не люблю кашу.",
            "ru",
            "Какие блюда вам не нравятся?\n\n— Я очень люблю суп и не люблю кашу.",
        ),
        (  # a numbered item after a sentence
            "Here are three tips for the winter.1. Keep the heating on low.",
            "en",
            "Here are three tips for the winter.\n\n1. Keep the heating on low.",
        ),
        (  # ... also after a closing quote
            "The leaflet said “stay warm”.1. Keep the heating on low.",
            "en",
            "The leaflet said “stay warm”.\n\n1. Keep the heating on low.",
        ),
        (  # a colon, then a capitalised word: a list or quote follows
            "The Senate resolved to:Observe a minute of silence for the victims.",
            "en",
            "The Senate resolved to:\n\nObserve a minute of silence for the victims.",
        ),
        (  # a handle is a word like others; an e-mail address is not split
            "Vote for the GREAT Governor, @MattBevin!”Trump wrote. Write to press@city.gov for more.",
            "en",
            "Vote for the GREAT Governor, @MattBevin!”\n\nTrump wrote. Write to press@city.gov for more.",
        ),
        (  # an outlet credit in brackets, then the next block
            "It is a fine console. [The Courier]Even when it works, games are few.",
            "en",
            "It is a fine console. [The Courier]\n\nEven when it works, games are few.",
        ),
        (  # a two-letter upper-case word after the full stop
            "The doctor explained it by email.HP, as doctors call it, is rare.",
            "en",
            "The doctor explained it by email.\n\nHP, as doctors call it, is rare.",
        ),
        (  # a sentence that ends in a name with inner capitals
            "The dock charges a phone, a watch and AirPods.While it is slow, it works.",
            "en",
            "The dock charges a phone, a watch and AirPods.\n\nWhile it is slow, it works.",
        ),
        (  # a straight quote after the full stop opens the next block when none is open
            'Budget vote\n\nIt lacked strength."Although it passed, nobody cheered," she said.',
            "en",
            'Budget vote\n\nIt lacked strength.\n\n"Although it passed, nobody cheered," she said.',
        ),
        (  # ... and closes the open one otherwise
            'Budget vote\n\nShe called it "a step forward."We remain sceptical of a quick deal.',
            "en",
            'Budget vote\n\nShe called it "a step forward."\n\nWe remain sceptical of a quick deal.',
        ),
        (  # a free-standing ellipsis, then a capitalised word
            "The hardest part is …When you step back, it gets easier.",
            "en",
            "The hardest part is …\n\nWhen you step back, it gets easier.",
        ),
        (  # a one-letter word glued to a lower-case word
            "Cases rose again this week. Please wear masks todayI urge everyone to stay home.",
            "en",
            "Cases rose again this week. Please wear masks today.\n\nI urge everyone to stay home.",
        ),
    ],
)
def test_splits_other_glued_sentence_ends(text, lang, expected):
    assert repair_sentences(text, lang) == expected


def test_a_word_glued_after_many_different_words_starts_blocks():
    names = ["Андрей Рудьков", "Олеся Куприна", "Дарья Калугина", "Ирина Белько", "Олег Ильин"]
    handles = ["darkzip", "okuprina", "dasha_cooks", "belko", "oleg"]
    text = "Мы собрали любимые рецепты блогеров." + "".join(
        f"{name}Аккаунт: @{handle}Что вас вдохновляет? Путешествия и рынки."
        for name, handle in zip(names, handles, strict=True)
    )
    out = repair_sentences(text, "ru").split("\n\n")
    assert out[:4] == [
        "Мы собрали любимые рецепты блогеров.",
        "Андрей Рудьков",
        "Аккаунт: @darkzip",
        "Что вас вдохновляет? Путешествия и рынки.",
    ]
    assert len(out) == 1 + 3 * len(names)
    dates = "Tour dates:June 9 -- Tampa, FLJune 16 -- Macon, GAJune 18 -- Memphis, TNJune 20 -- Cary, NCJune 22 -- Bristol, VAJune 24 -- Dover, DE"
    assert "Memphis, TN\n\nJune 20" in repair_sentences(dates, "en")


def test_a_family_of_names_sharing_a_half_stays_whole():
    text = (
        "Card payments rose again in the third quarter, the bank said. "
        "Shops take ApplePay, GooglePay, SamsungPay and GarminPay. "
        "GateHouse Media bought the paper; GateHouse, GateHouse's owners and the GateHouse board agreed."
    )
    assert repair_sentences(text, "en") == text


def test_a_capitalised_glue_of_two_words_the_text_uses_alone_often_is_split():
    text = (
        "Rep. Ilhan Omar spoke on Tuesday. Ilhan Omar said the threats were real. "
        "Later Ilhan Omar thanked police.\n\nRelated: Threats against Ilhan OmarIlhan Omar responds"
    )
    assert repair_sentences(text, "en").endswith(
        "Related: Threats against Ilhan Omar\n\nIlhan Omar responds"
    )
    # one half used alone only once: a name ("MasterCard") stays whole
    names = "Card spending rose. The card network MasterCard said card fees fell. A master plan."
    assert repair_sentences(names, "en") == names


def test_no_split_in_prices_file_names_and_domains():
    text = (
        "The set costs $139.99. Heck, the older one is $99.99.It also ships as bericht.PDF "
        "from PanARMENIAN.Net and costs 3.5 times less."
    )
    out = repair_sentences(text, "en")
    assert "$139.99. Heck" in out and "bericht.PDF" in out and "PanARMENIAN.Net" in out


def test_heading_glued_to_text_gets_no_full_stop():
    text = "Republicans Look for a Way ForwardAmericans went to the polls on Tuesday."
    assert (
        repair_sentences(text, "en")
        == "Republicans Look for a Way Forward\n\nAmericans went to the polls on Tuesday."
    )


def test_upper_case_subheadings_glued_between_paragraphs():
    text = (
        "The show opens on Friday. Here are the highlights:NISSAN SENTRANissan hopes a "
        "redesign will help.Prices were not announced.VOLKSWAGEN ID. SPACE CONCEPTVolkswagen "
        "shows a wagon.It goes on sale soon.CHEVROLET BOLT EVChevrolet will show a new car."
    )
    assert repair_sentences(text, "en").split("\n\n") == [
        "The show opens on Friday. Here are the highlights:",
        "NISSAN SENTRA",
        "Nissan hopes a redesign will help.",
        "Prices were not announced.",
        "VOLKSWAGEN ID. SPACE CONCEPT",
        "Volkswagen shows a wagon.",
        "It goes on sale soon.",
        "CHEVROLET BOLT EV",
        "Chevrolet will show a new car.",
    ]


def test_an_upper_case_subheading_glued_to_a_two_letter_opener():
    text = (
        "Jam needs a day to set.\n\nGIVING THE GIFT OF HOMEMADE JAMIf you give it, label the jar."
    )
    assert repair_sentences(text, "en").split("\n\n")[1:] == [
        "GIVING THE GIFT OF HOMEMADE JAM",
        "If you give it, label the jar.",
    ]
    # A plural acronym is no opener, nor is the last letter of an acronym.
    for caps in ("SWIFT CLEARED TO PERFORM HITS AT AMAs AMID FEUD", "NASA SAYS THE LAUNCH IS ON"):
        assert repair_sentences(f"Jam needs a day to set.\n\n{caps}", "en").endswith(caps)


def test_a_sentence_starter_glued_to_a_word_the_text_uses_alone():
    text = (
        "The festival opened on Friday in June with forty light works.\n\n"
        "Tickets for the light festival were sold out in JuneAs of Monday, the canals are closed."
    )
    assert repair_sentences(text, "en").endswith(
        "were sold out in June.\n\nAs of Monday, the canals are closed."
    )


@pytest.mark.parametrize(
    "text",
    [
        "It supports web standards (XML, JSON, ATOM, HTTPS, OAuth) and the JSONDecoder class.",
        "Our WeWork office and the XMLHttpRequest API. The site PanARMENIAN.Net reported it.",
        "Senator McKinley met General MacArthur's grandson and Ella FitzGerald's band.",
        "She bought an iPhone at McDonald's and posted it on YouTube, PayPal and TikTok.",
        "He shared it on LinkedIn from his MacBook; DeSantis and O'Neill used ChatGPT.",
        "Der NATO-Gipfel und die ЗСУ-шники: siehe https://example.com/Path.Html oder mail@Example.org.",
        "Die Datei bericht.PDF hat 7.000 Zeilen, Version 3.5 kam z. B. am Montag.",
        "Das U.S. Militär, No.1 im Land, und J.R.R. Tolkien bzw. andere.",
        "Це т. д. і т. п. Сбой.рф працює. АвтоВАЗ і МегаФон та ВКонтакте.",
        "L’entreprise s’est associée à TotalEnergies et BlaBlaCar, et BioNTech produit de l’mRNA.",
        "The page calls getElementById and then getElementsByTagName on every visit.",
    ],
)
def test_never_splits_names_numbers_urls_abbreviations(text):
    assert repair_sentences(text) == text


def test_a_surname_prefix_stays_with_its_name_after_a_glued_heading():
    text = "Politicians say many things.\n\nOur rulingMcKinley said that the plan costs 53 million."
    assert repair_sentences(text, "en").endswith(
        "Our ruling\n\nMcKinley said that the plan costs 53 million."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WASHINGTON (AP) November 18, 2019The latest plan was announced on Monday.",
            "WASHINGTON (AP) November 18, 2019\n\nThe latest plan was announced on Monday.",
        ),
        (
            "Crowds came back. The festival first opened in 2020Following the pandemic, it grew.",
            "Crowds came back. The festival first opened in 2020.\n\nFollowing the pandemic, it grew.",
        ),
        ("Our 3M tape, the G20 summit, 7Eleven and Web3Auth stay.", None),
    ],
)
def test_a_year_glued_to_the_next_sentence(text, expected):
    assert repair_sentences(text, "en") == (expected or text)


def test_a_separator_glued_to_the_text_stands_on_its_own():
    text = (
        "Will the front-runner take more hits?___HOW WILL THE GOVERNOR PLAY?"
        "The former governor of Vermont has stayed out of the race so far."
    )
    assert repair_sentences(text, "en").split("\n\n") == [
        "Will the front-runner take more hits?",
        "___",
        "HOW WILL THE GOVERNOR PLAY?",
        "The former governor of Vermont has stayed out of the race so far.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Name: ___ Date of birth: ___ Signature: ___",  # blanks of a form, not glued
        "The file is at https://files.example.org/report___final.pdf today.",
    ],
)
def test_a_separator_with_spaces_or_inside_an_address_stays(text):
    assert repair_sentences(text, "en") == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tickets are sold at www.harborfair.org.VISIT the pier market on Sunday morning.",
            ["Tickets are sold at www.harborfair.org.", "VISIT the pier market on Sunday morning."],
        ),
        (
            "The full list is on saltmarsh-news.com.The council meets again in May.",
            ["The full list is on saltmarsh-news.com.", "The council meets again in May."],
        ),
    ],
)
def test_a_sentence_that_ends_in_an_address_is_split_from_the_next(text, expected):
    assert repair_sentences(text, "en").split("\n\n") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Read it on PanARMENIAN.Net first.",  # a domain of its own
        "Der Bericht.PDF liegt vor.",  # a file name
        "See www.harborfair.org.uk for times.",  # a longer domain, not a sentence end
    ],
)
def test_an_address_that_goes_on_is_not_split(text):
    assert repair_sentences(text, "en") == text


def test_dates_of_a_glued_list_start_their_own_lines():
    text = (
        "Tour dates:June 9 -- Harbor Amphitheatre, Salthaven, FL"
        "June 10 -- Pier Arena, Tampa, FLJune 14 -- Bank Pavilion, Alpharetta, GA"
    )
    assert repair_sentences(text, "en").split("\n\n") == [
        "Tour dates:",
        "June 9 -- Harbor Amphitheatre, Salthaven, FL",
        "June 10 -- Pier Arena, Tampa, FL",
        "June 14 -- Bank Pavilion, Alpharetta, GA",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ABCJune special airs tonight.",  # no day after the month: no date
        "Tickets for the MayDay 5 festival are sold out.",  # not a month name
    ],
)
def test_no_date_split_without_a_month_and_a_day(text):
    # (After a headline: a first line is also read as a headline glued to its body.)
    text = "Harbor news\n\n" + text
    assert repair_sentences(text, "en") == text


def test_a_closing_bracket_glued_to_a_sentence_opener_ends_a_block():
    text = (
        "Harbor news\n\nThe van was found on Pier Road (police said on Monday, Nov. 18, 2019)"
        "The suspect said he acted alone."
    )
    assert repair_sentences(text, "en").split("\n\n")[1:] == [
        "The van was found on Pier Road (police said on Monday, Nov. 18, 2019)",
        "The suspect said he acted alone.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "(CNN)The mayor of Salthaven resigned on Tuesday.",  # an outlet's credit opens the body
        "Harbor news\n\nSalthaven (Harbor Daily)The mayor resigned on Tuesday.",
        "Harbor news\n\nShe studied at the Royal College of Art (RCA)Design school later.",
    ],
)
def test_a_credit_or_a_word_that_opens_no_sentence_stays_after_a_bracket(text):
    assert repair_sentences(text, "en") == text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Вночі похолодало до −4°C.Рятувальники просять туристів не йти в гори.",
            "uk",
            ["Вночі похолодало до −4°C.", "Рятувальники просять туристів не йти в гори."],
        ),
        (
            "The low on Tuesday was 5°F.Schools in Salthaven opened two hours late.",
            "en",
            ["The low on Tuesday was 5°F.", "Schools in Salthaven opened two hours late."],
        ),
    ],
)
def test_a_temperature_unit_before_a_glued_sentence_is_no_initial(text, lang, expected):
    assert repair_sentences(text, lang).split("\n\n") == expected


def test_an_interview_turn_glued_to_the_answer_before_starts_a_block():
    text = (
        "Five questions\n\nQ: Where in the world did you travel this year?\n\n"
        "A: A trip to Disney WorldQ: Favorite apps?\n\nA: Maps and a weather app."
    )
    repaired = repair_sentences(text, "en")
    assert "A: A trip to Disney World\n\nQ: Favorite apps?" in repaired


def test_the_plural_ending_of_an_acronym_is_language_data():
    # "AMAs" keeps its "s" because the language lists it as an acronym's plural;
    # without that ending, "AMAs" reads as the heading "AM" glued to the opener "As".
    caps = "SWIFT CLEARED TO PERFORM HITS AT AMAs AMID FEUD"
    text = f"Jam needs a day to set.\n\n{caps}"
    for lang in ("en", "de", "fr", "pl"):
        assert repair_cleaned(text, get_pack(lang)).endswith(caps)
    without = dataclasses.replace(get_pack("en"), acronym_plurals=())
    assert "HITS AT AM\n\nAs AMID FEUD" in repair_cleaned(text, without)
