"""A headline run into its body on the first line (extract/headline_split.py)."""

from __future__ import annotations

import pytest

from newsclean import repair_sentences


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
