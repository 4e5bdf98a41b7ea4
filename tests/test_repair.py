"""The sentence repairer: one test per rule and language, negative cases too."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import repair_sentences
from newsclean.languages import get_pack
from newsclean.repair import _Evidence, _join_blocks, _join_near_candidates, repair_cleaned


def test_joins_paragraph_break_inside_sentence_de():
    text = "Ziel ist es, die Zusammenarbeit im Medienbereich\n\nzu vertiefen. Das sagte sie."
    assert repair_sentences(text, "de") == (
        "Ziel ist es, die Zusammenarbeit im Medienbereich zu vertiefen. Das sagte sie."
    )


def test_joins_line_break_inside_sentence_uk():
    text = "Енергетики обіцяють повернути світло більшості абонентів\nдо вечора."
    assert (
        repair_sentences(text, "uk")
        == "Енергетики обіцяють повернути світло більшості абонентів до вечора."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Text taken from HTML one node per line: the punctuation after a link.
        (
            "The ferry company said it would more than\ndouble\n the fleet\n, then cut fares.",
            "The ferry company said it would more than double the fleet, then cut fares.",
        ),
        (
            "Fares rose by a third, a spokesman for\nthe harbour board\n said\n.",
            "Fares rose by a third, a spokesman for the harbour board said.",
        ),
        (
            "Die Fähre fährt wieder (siehe\nunten\n) ab Montag, sagte die Sprecherin.",
            "Die Fähre fährt wieder (siehe unten) ab Montag, sagte die Sprecherin.",
        ),
        # A paragraph does not open with a comma.
        (
            "Паром знову курсує між островами\n\n, повідомили в порту.",
            "Паром знову курсує між островами, повідомили в порту.",
        ),
    ],
)
def test_a_line_opening_with_a_closing_mark_goes_on_the_line_before(text, expected):
    assert repair_sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the ferry line fell, as did the\nNasdaq Composite\n.IXIC index.",  # a ticker
        "Games to watch this week:\n... Harbour City hosts Salthaven on Friday.",  # a list of notes
        "His first match in charge is on Saturday.\n\n, left, has replaced the coach.",  # lost name
    ],
)
def test_a_mark_that_opens_a_word_or_an_item_is_no_continuation(text):
    assert repair_sentences(text) == text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Fares rose by a third, according to the\nHarbour Gazette\n.",
            "en",
            "Fares rose by a third, according to the Harbour Gazette.",
        ),
        (
            "Das sagte ein Sprecher der\nBundesregierung am Montag in Berlin.",
            "de",
            "Das sagte ein Sprecher der Bundesregierung am Montag in Berlin.",
        ),
        (
            "Про це заявили в\nМіністерстві енергетики в понеділок.",
            "uk",
            "Про це заявили в Міністерстві енергетики в понеділок.",
        ),
    ],
)
def test_a_line_ending_in_a_word_no_sentence_ends_in_goes_on(text, lang, expected):
    assert repair_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Plan A\nThe council voted on Tuesday.", "en"),  # a capital "A" is no article here
        ("Fares rose, according to the\nHarbour Gazette.", None),  # language unknown
        # Across a blank line: a headline can end in such a word in another language.
        ("Immobilier : les prix reculent de 3,9 % sur un an\n\nThe council met.", "en"),
    ],
)
def test_no_join_after_such_a_word_without_the_language_or_across_paragraphs(text, lang):
    assert repair_sentences(text, lang) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A drop cap on a line of its own: the text uses the whole word elsewhere.
        (
            "T\nhe harbour board met on Tuesday. The board said the fares would rise.",
            "The harbour board met on Tuesday. The board said the fares would rise.",
        ),
        (
            "H\nong Kong ferries sail again, the operator said. Hong Kong had stopped them.",
            "Hong Kong ferries sail again, the operator said. Hong Kong had stopped them.",
        ),
        (
            "В\nесь тиждень пороми курсували за розкладом. Весь час.",
            "Весь тиждень пороми курсували за розкладом. Весь час.",
        ),
        # A one-letter word: "anew" is not in the text, so two words.
        (
            "A\nnew ferry sails on Monday, the board said.",
            "A new ferry sails on Monday, the board said.",
        ),
        # No evidence for "much": left as two words rather than guessed.
        ("M\nuch of the day was spent at sea.", "M uch of the day was spent at sea."),
    ],
)
def test_a_drop_cap_joins_its_word_when_the_text_uses_the_word(text, expected):
    assert repair_sentences(text) == expected


def test_unwraps_hard_wrapped_paragraphs_and_keeps_real_breaks():
    text = (
        "The council of Salthaven voted on Tuesday to rebuild the town's old\n"
        "pier, two months after a winter storm tore away its last eighty\n"
        "metres of planks and railings.\n\n"
        "Work is due to start in May and to end before the summer season\n"
        "begins, the mayor told reporters after the vote on Tuesday night.\n"
    )
    out = repair_sentences(text, "en")
    assert out.split("\n\n") == [
        "The council of Salthaven voted on Tuesday to rebuild the town's old pier, two months after "
        "a winter storm tore away its last eighty metres of planks and railings.",
        "Work is due to start in May and to end before the summer season begins, the mayor told "
        "reporters after the vote on Tuesday night.",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("die Zusammen-\narbeit wächst", "de", "die Zusammenarbeit wächst"),
        ("ця інфор-\nмація важлива", "uk", "ця інформація важлива"),
        ("эта инфор-\nмация важна", "ru", "эта информация важна"),
        ("Gespräche mit Nord-\nKorea laufen", "de", "Gespräche mit Nord-Korea laufen"),
        ("the COVID-\n19 pandemic", "en", "the COVID-19 pandemic"),
        ("in anderen EU-\nStaaten auch", "de", "in anderen EU-Staaten auch"),
        ("в Івано-\nФранківській області", "uk", "в Івано-Франківській області"),
        ("in Nord-\nund Südeuropa", "de", "in Nord- und Südeuropa"),
        ("a well-\nknown face", "en", "a well-known face"),
        # the chain goes on after the break: the hyphen is the compound's own
        ("a blink-\nand-you-miss-it cameo", "en", "a blink-and-you-miss-it cameo"),
        # a prefix that begins many plain words is no evidence on its own
        ("it was part-\nicularly cold", "en", "it was particularly cold"),
        ("the pre-\nsident spoke", "en", "the president spoke"),
        ("a self-\ndeclared expert", "en", "a self-declared expert"),
        # "по-" before an adverb keeps its hyphen; a syllable "по-" does not
        ("сказал по-\nрусски и стал по-\nмогать", "ru", "сказал по-русски и стал помогать"),
        (
            "сказав по-\nукраїнськи, і будь-\nхто зрозумів",
            "uk",
            "сказав по-українськи, і будь-хто зрозумів",
        ),
        ("провели мастер-\nкласс", "ru", "провели мастер-класс"),
        (
            "le porte-\nparole a dit que le porte-parole",
            "fr",
            "le porte-parole a dit que le porte-parole",
        ),
    ],
)
def test_line_break_hyphens(text, lang, expected):
    assert repair_sentences(text, lang) == expected


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


@pytest.mark.parametrize(
    "text",
    [
        "Що буде з кредитами\n\nАналітики зазначають, що ставка стабільна.",  # subheading
        "Key points\n• Rates held.\n• Next meeting in June.",  # list items
        "рішення судів і т. д.\n\nНова процедура діятиме і для будинків.",  # ends in an abbreviation
        "КИЇВ, 14 травня /Укрінформ/\n\nКабінет Міністрів спростив процедуру.",  # dateline line
        "Die Zahl stieg auf 18.500\n\nDas Amt teilte es mit.",  # ends in a number
        "„Wir machen weiter“, sagte sie.\n\n„Das ist klar.“",  # quotes
    ],
)
def test_leaves_alone_what_is_not_broken(text):
    assert repair_sentences(text) == text


def test_wrong_type():
    with pytest.raises(TypeError, match="expects str"):
        repair_sentences(None)  # type: ignore[arg-type]


# --- properties --------------------------------------------------------------

_word = st.sampled_from(
    [
        "Die",
        "Regierung",
        "plant",
        "neue",
        "Regeln",
        "und",
        "the",
        "minister",
        "said",
        "Київ",
        "уряд",
        "заявив",
        "Zusammen-",
        "arbeit",
        "EU-",
        "Staaten",
        "iPhone",
        "7.000",
        "3,5",
        "z. B.",
        "т. д.",
        "diskutierenUnd",
        "Tuesday.The",
        "«Слава»Президент",
        "Nord-",
        "Korea",
        "•",
        "-",
        "1.",
        ",",  # punctuation on a line of its own, a drop cap, a link after "the"
        ".",
        ")",
        "T",
        "he",
        "Harbour",
    ]
)
_sep = st.sampled_from([" ", " ", " ", "\n", "\n\n", ". ", ", "])
_text = st.lists(st.tuples(_word, _sep), max_size=60).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)


def _alnum(s: str) -> list[str]:
    return [c for c in s if c.isalnum()]


@settings()
@given(_text, st.sampled_from([None, "de", "en", "uk", "ru", "fr", "es", "pl"]))
def test_letters_and_digits_never_change(text, lang):
    assert _alnum(repair_sentences(text, lang)) == _alnum(text)


@settings()
@given(_text, st.sampled_from([None, "de", "en", "uk"]))
def test_idempotent(text, lang):
    once = repair_sentences(text, lang)
    assert repair_sentences(once, lang) == once


_line_word = st.sampled_from(
    [
        "Der",
        "Plan",
        "wurde",
        "vorgestellt.",
        "und",
        "the",
        "minister",
        "said,",
        "Київ",
        "заявив",
        "«так",
        "(siehe",
        "Zusammen-",
        "arbeit",
        "東京都",
        "「東京」",
        "•",
        "1.",
        "z. B.",
        "Von",
        ",",
        ".",
        ")",
        ".NET",
    ]
)
_lines = st.lists(
    st.tuples(_line_word, st.sampled_from([" ", " ", "\n", "\n\n"])), min_size=1, max_size=80
).map(lambda pairs: "".join(w + s for w, s in pairs))


@settings()
@given(_lines, st.sampled_from([None, "de", "en", "uk"]))
def test_a_break_that_cannot_join_is_a_wall(lines, lang):
    # Text that is not hard-wrapped is joined only around the candidate breaks;
    # that must decide exactly as the whole loop over every block would.
    text = "\n".join(line.strip() for line in lines.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    if not text:
        return
    pack, ev = get_pack(lang), _Evidence(text)
    blocks = [[ln for ln in b.split("\n") if ln] for b in text.split("\n\n")]
    everything = _join_blocks([b for b in blocks if b], None, set(), ev, pack)
    assert _join_near_candidates(text, ev, pack) == everything


def test_hostile_inputs_finish():
    assert repair_sentences("ab-\n" * 100_000).startswith("ab")
    assert repair_sentences("wordWord" * 100_000).startswith("word")
    assert repair_sentences("." * 1_000_000) == "." * 1_000_000
    # candidate headline cuts on the first line, each asking the whole text for evidence
    assert repair_sentences("abcDef ghi " * 100_000).startswith("abc")
    assert repair_sentences("Abc AbcDef " * 100_000).startswith("Abc")
    assert repair_sentences("AB" * 300_000 + " NEW DELHI: Hello").endswith("Hello")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nadal keeps Spain alive in Davis Cup FinalsMADRID — Rafael Nadal won on Friday.",
            "Nadal keeps Spain alive in Davis Cup Finals\n\nMADRID — Rafael Nadal won on Friday.",
        ),
        (
            "Brothers to reunite for Blossom showCLEVELAND, Ohio – The band will play in June.",
            "Brothers to reunite for Blossom show\n\nCLEVELAND, Ohio – The band will play in June.",
        ),
        (
            "Oil drags lower, stocks drift near highsNEW YORK (Reuters) - Oil fell on Monday.",
            "Oil drags lower, stocks drift near highs\n\nNEW YORK (Reuters) - Oil fell on Monday.",
        ),
        (
            "Attorney General investigating the company and former CEO(Reuters) — The inquiry began.",
            "Attorney General investigating the company and former CEO\n\n(Reuters) — The inquiry began.",
        ),
    ],
)
def test_headline_glued_to_the_dateline_of_the_body(text, expected):
    assert repair_sentences(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die elektronische Patientenakte (ePA) – der lange Marsch ins Digitale Gesundheitswesen",
        "The minister said on Tuesday - and again on Friday - that rates would stay.",
        "Rates rose. The central bank (ECB) - as expected - kept its outlook.",
    ],
)
def test_no_dateline_split_in_a_headline_or_a_sentence(text):
    assert repair_sentences(text) == text


def test_an_ellipsis_inside_a_glued_headline_is_no_sentence_end():
    text = "The Future of Banking Is … You're BrokeThe latest wave of startups has a plan."
    assert repair_sentences(text, "en").split("\n\n") == [
        "The Future of Banking Is … You're Broke",
        "The latest wave of startups has a plan.",
    ]


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


# --- a headline run into its body on the first line ----------------------------

_LEDE = " on Tuesday, and the vote was seven to two after a long debate in the hall."


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # glued, a one-letter opener: "downtownA plan"
        (
            "Council approves new bike lanes for downtownA plan to add twelve miles of"
            " protected lanes passed" + _LEDE,
            "Council approves new bike lanes for downtown",
        ),
        # glued to a name that stays whole (the text uses "MagSafe" again)
        (
            "Apple brings MagSafe charging to older iPhone modelsApple said its MagSafe"
            " chargers will work with older phones" + _LEDE,
            "Apple brings MagSafe charging to older iPhone models",
        ),
        # glued to an upper-case dateline, also after an upper-case word
        (
            "Farmers protest new water rules in PunjabCHANDIGARH: Hundreds of farmers"
            " blocked a highway" + _LEDE,
            "Farmers protest new water rules in Punjab",
        ),
        (
            "Deportees return home from the USNEW DELHI: Nearly 150 Indians returned"
            " home from the US" + _LEDE,
            "Deportees return home from the US",
        ),
        # a sentence end inside quotes and an abbreviation do not end the headline
        (
            "‘Meth. We’re on it.’: Ad agencies split on the state’s campaignThe state’s"
            " campaign drew mockery" + _LEDE,
            "‘Meth. We’re on it.’: Ad agencies split on the state’s campaign",
        ),
        (
            "Man pleads guilty to threatening Rep. Ilhan OmarA New York man pleaded guilty" + _LEDE,
            "Man pleads guilty to threatening Rep. Ilhan Omar",
        ),
        # the outlet's credit opens the body
        (
            "Why the mayor cannot fix the city's buses (CNN)The mayor promised faster buses"
            + _LEDE,
            "Why the mayor cannot fix the city's buses",
        ),
        # Title Case run into the body by a space: the body starts at its opener
        (
            "City Council Approves Budget Cuts For Parks The city council voted to cut the"
            " parks budget" + _LEDE,
            "City Council Approves Budget Cuts For Parks",
        ),
        (
            "How a Plastic Duvet Gave Him ‘Feather Lung’ The patient's doctors wrote about"
            " the case" + _LEDE,
            "How a Plastic Duvet Gave Him ‘Feather Lung’",
        ),
        # a lede that restates its headline
        (
            "Springfield Bakery wins national bread prize The Springfield Bakery, a family"
            " business, won the national bread prize" + _LEDE,
            "Springfield Bakery wins national bread prize",
        ),
    ],
)
def test_a_headline_run_into_its_body_is_split_off(text, headline):
    first, _, rest = repair_sentences(text, "en").partition("\n\n")
    assert first == headline
    assert (first + " " + rest).split() == text.replace(headline, headline + " ", 1).split()


@pytest.mark.parametrize(
    "text",
    [
        # camel-case names the text does not separate elsewhere
        "Sales of SpaceX rides surge as launch prices fall, and SpaceX sold more rides" + _LEDE,
        "Readers say the new MagSafe wallet holds three cards; MagSafe fits any case" + _LEDE,
        # a first paragraph that merely repeats a title: not a lede restating a headline
        "Prime Minister Anna Berg met Prime Minister Jon Lie in Oslo to talk about fish" + _LEDE,
        # sentence case, no opener after the capitals
        "The European Central Bank President Christine Lagarde said rates would stay" + _LEDE,
    ],
)
def test_no_headline_split_without_evidence(text):
    assert repair_sentences(text, "en") == text


def test_a_lower_case_caption_after_the_headline_does_not_join_it():
    text = (
        "Storm floods coastal towns\n\na flooded street in Harbor City\n\n"
        "Heavy rain flooded three coastal towns overnight."
    )
    assert repair_sentences(text, "en").split("\n\n")[0] == "Storm floods coastal towns"


def test_a_wrapped_labelled_headline_is_unwrapped():
    lines = [
        "Column: The newspaper merger sends a dismal signal about the future of",
        "local news in every small town across the state",
        "",
        "The two largest newspaper chains in the country will merge, the companies",
        "said on Tuesday, in a deal that will close dozens of local papers across",
        "the state and leave many towns without any reporter of their own. Editors",
        "said that the papers which remain will share one printing plant and one",
        "news desk, and that subscribers will be told of the changes by letter.",
    ]
    out = repair_sentences("\n".join(lines), "en").split("\n\n")
    assert out[0] == lines[0] + " " + lines[1]


def test_a_word_broken_at_the_same_place_twice_is_no_evidence_for_its_hyphen():
    # Each break counts "geek" and "bench" once: two breaks are not two other uses.
    line = "The new chip scored 5641 points in the benchmark app called Geek-"
    text = "\n".join([line, "bench 5, and the old one scored far less in Geek-", "bench 4."])
    assert "Geekbench 5" in repair_sentences(text, "en")
    # One real use of each half elsewhere keeps a compound's hyphen: "far-flung".
    text = "Readers in far places sent letters, flung far and wide, from far-\nflung towns."
    assert "far-flung towns" in repair_sentences(text, "en")


def test_a_name_the_text_repeats_keeps_its_hyphen_before_a_lower_case_word():
    text = (
        "Nordvik says the new tablet is its best yet. Nordvik shipped it in May, and\n"
        "reviewers praised how Nordvik handled the launch. Only the Nordvik-\n"
        "approved cases fit the new hinge."
    )
    assert "Nordvik-approved cases" in repair_sentences(text, "en")


def test_a_capitalised_syllable_break_loses_its_hyphen():
    # "Wash" is never a word of its own here; "Some" stands alone only once as
    # written (the text's "some" in lower case is another word for this rule).
    text = "Officials in Wash-\nington said some roads and some bridges will close."
    assert "Washington said" in repair_sentences(text, "en")
    text = "Some of them left early, and some stayed. Some-\nthing changed after that."
    assert "Something changed" in repair_sentences(text, "en")


def test_a_repeated_name_is_no_evidence_in_a_language_of_closed_compounds():
    # German writes "Bahnhof": "Bahn" used alone does not make "Bahn-hof" a compound.
    text = "Die Bahn fährt. Die Bahn hält. Die Bahn kommt spät zum Bahn-\nhof in Köln."
    assert "Bahnhof in Köln" in repair_sentences(text, "de")


def test_a_url_cut_by_the_wrap_is_joined_without_a_space():
    body = [
        "The theatre sells its tickets through the usual booking sites, and the",
        "show runs every evening except Mondays until the end of the month. The",
        "booking page for the whole season is at the address below, with prices",
        "https://www.example.com/activity/9596-the-palace-tale-of-the-king-show-t",
        "icket-seoul/ and at the box office.",
    ]
    out = repair_sentences("\n".join(body), "en")
    assert (
        "https://www.example.com/activity/9596-the-palace-tale-of-the-king-show-ticket-seoul/"
        in out
    )


def test_a_wrapped_cjk_sentence_is_joined_without_a_space():
    line = "商標には、同じ商標が付された商品は同じ提供元のものであるという、商品の出所を表示する機能、同じ品質である"
    text = line + "\nことを保証する機能があります。\n\n概要\n本文はここから始まります。"
    out = repair_sentences(text, None)
    assert out.split("\n\n")[0] == line + "ことを保証する機能があります。"
    assert "概要\n本文" in out  # a short heading line is not a wrapped line


def test_a_capitalised_half_joins_when_the_text_writes_the_word_whole():
    text = "Questions about GiveWell are welcome.\nCall the Give-\nWell staff, or Nord-\nKorea."
    out = repair_sentences(text, "en")
    assert "the GiveWell staff" in out and "Nord-Korea" in out


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


def test_a_table_with_one_cell_per_line_gets_one_row_per_line():
    text = (
        "Standings after twelve rounds:\n\n"
        "Pos.\nDriver\nPoints\nWins\n\n"
        "1\nMara Lind\n5040\n5\n\n"
        "2\nTomas Brek\n5035\n7\n\n"
        "3\nIlse Varga\n5033\n4\n\n"
        "The title is decided in the last race at Salthaven."
    )
    assert repair_sentences(text, "en").split("\n\n") == [
        "Standings after twelve rounds:",
        "Pos. Driver Points Wins",
        "1 Mara Lind 5040 5",
        "2 Tomas Brek 5035 7",
        "3 Ilse Varga 5033 4",
        "The title is decided in the last race at Salthaven.",
    ]


def test_short_blocks_of_words_are_not_a_table():
    # Three addresses of three lines each: no figures, so no table rows.
    text = (
        "Harbor Office\nPier Road\nSalthaven\n\n"
        "Town Hall\nMarket Square\nSalthaven\n\n"
        "Fire Station\nDock Lane\nSalthaven"
    )
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


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday\n\n\n\nand voted for the plan.",
        "\nThe council met on Monday\nand voted for the plan.\n",
        "\n\nThe council met on Monday\n\nand voted for the plan.\n\n",
    ],
)
def test_repair_cleaned_takes_blank_lines_it_is_not_given_the_long_way(text):
    # parse hands repair_cleaned normalised text; other text must not break it.
    assert (
        repair_cleaned(text, get_pack("en")) == "The council met on Monday and voted for the plan."
    )


def test_lines_are_stripped_of_any_whitespace_before_they_are_joined():
    text = " The council met on Monday\u00a0\n\tand voted for the plan. \n\u2003"
    assert repair_sentences(text, "en") == "The council met on Monday and voted for the plan."


def test_an_interview_turn_glued_to_the_answer_before_starts_a_block():
    text = (
        "Five questions\n\nQ: Where in the world did you travel this year?\n\n"
        "A: A trip to Disney WorldQ: Favorite apps?\n\nA: Maps and a weather app."
    )
    repaired = repair_sentences(text, "en")
    assert "A: A trip to Disney World\n\nQ: Favorite apps?" in repaired
