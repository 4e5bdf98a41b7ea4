"""Whole-page text in German and English: recipes, cookie notices, comment threads, short texts.

Each fixture is a page as ``get_text("\\n")`` gives it (menus, share rows,
footers around the article), written for these tests.
"""

from __future__ import annotations

import pytest

from newsclean import parse


def page(*parts: list[str] | str) -> str:
    """Lines as ``get_text("\\n")`` gives them: each HTML block apart, blank lines between."""
    lines: list[str] = []
    for part in parts:
        lines += [part] if isinstance(part, str) else part
    return "\n\n".join(lines)


def removed_kinds(article, texts):
    return {r.text: r.kind for r in article.removed if r.text in texts}


MENU = {
    "en": ["Home", "Recipes", "Baking", "Dinner", "Videos", "Seasons", "Log in"],
    "de": ["Startseite", "Rezepte", "Backen", "Abendessen", "Videos", "Saison", "Anmelden"],
}
FOOTER = {
    "en": ["Imprint", "Privacy policy", "Contact", "© 2024 Kitchen Notes"],
    "de": ["Impressum", "Datenschutz", "Kontakt", "© 2024 Küchennotizen"],
}
SHARE = {
    "en": ["Share this:", "Facebook", "Pinterest", "Email"],
    "de": ["Teilen mit:", "Facebook", "Pinterest", "E-Mail"],
}

# --- a recipe: its ingredient list is article ----------------------------------

RECIPES = {
    "en": (
        "Plum cake with crumble topping",
        [
            "This plum cake is the one my grandmother baked every September, when the "
            "plums in her garden were ripe and the whole village smelled of cinnamon.",
            "It needs a yeast dough, so plan a little time for it to rise, but the work "
            "itself is done in half an hour and the cake keeps well for two days.",
        ],
        "Ingredients for one tray:",
        [
            "500 g flour",
            "1 packet dry yeast",
            "80 g sugar",
            "250 ml warm milk",
            "60 g soft butter",
            "1.5 kg plums",
            "1 tsp cinnamon",
        ],
        [
            "Mix the flour with the yeast and the sugar, add the warm milk and the butter "
            "and knead everything into a smooth dough. Let it rise for an hour.",
            "Halve and stone the plums, roll out the dough on a greased tray and cover it "
            "closely with the plum halves. Bake for 40 minutes at 180 degrees.",
        ],
    ),
    "de": (
        "Zwetschgenkuchen mit Streuseln",
        [
            "Diesen Zwetschgenkuchen hat meine Großmutter jeden September gebacken, wenn "
            "die Zwetschgen in ihrem Garten reif waren und das ganze Dorf nach Zimt roch.",
            "Er braucht einen Hefeteig, also plant etwas Zeit zum Gehen ein, aber die "
            "Arbeit selbst ist in einer halben Stunde getan, und der Kuchen hält zwei Tage.",
        ],
        "Zutaten für ein Blech:",
        [
            "500 g Mehl",
            "1 Päckchen Trockenhefe",
            "80 g Zucker",
            "250 ml warme Milch",
            "60 g weiche Butter",
            "1,5 kg Zwetschgen",
            "1 TL Zimt",
        ],
        [
            "Das Mehl mit der Hefe und dem Zucker mischen, die warme Milch und die Butter "
            "dazugeben und alles zu einem glatten Teig kneten. Eine Stunde gehen lassen.",
            "Die Zwetschgen halbieren und entsteinen, den Teig auf einem gefetteten Blech "
            "ausrollen und dicht mit den Hälften belegen. 40 Minuten bei 180 Grad backen.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(RECIPES))
def test_a_recipe_page_keeps_its_ingredient_list(lang):
    title, intro, lead_in, ingredients, steps = RECIPES[lang]
    text = page(MENU[lang], title, intro, lead_in, ingredients, steps, SHARE[lang], FOOTER[lang])
    article = parse(text, lang)
    body = article.paragraphs
    for line in [*intro, lead_in, *ingredients, *steps]:
        assert any(line in p for p in body), line
    kinds = removed_kinds(article, set(MENU[lang] + FOOTER[lang]))
    assert set(kinds) == set(MENU[lang] + FOOTER[lang])
    assert {kinds[t] for t in MENU[lang]} == {"navigation"}
    assert not any(t in p for t in MENU[lang][:4] for p in body)


# --- a cookie notice longer than the article ------------------------------------

COOKIES = {
    "en": (
        "Town hall closes early on Friday",
        [
            "The town hall will close at noon on Friday because the heating is being "
            "repaired, the mayor's office said on Wednesday.",
            "Residents who need a new passport can go to the service point at the "
            "library, which stays open until six in the evening.",
        ],
        [
            "We use cookies",
            "We and our partners use cookies and similar technologies on this website to "
            "store and access information on your device, to measure how the website is used "
            "and to show you personalised content and advertising.",
            "Some of these cookies are necessary for the website to work, others help us to "
            "improve it. You can accept all cookies, reject the optional ones or choose your "
            "settings at any time under the privacy settings at the bottom of every page.",
            "If you click Accept all, you consent to the processing of your data by us and "
            "by our partners, some of them outside the European Union, as described in our "
            "privacy policy and our cookie policy.",
            "Accept all",
            "Settings",
        ],
    ),
    "de": (
        "Rathaus schließt am Freitag früher",
        [
            "Das Rathaus schließt am Freitag bereits um zwölf Uhr, weil die Heizung "
            "repariert wird, teilte die Stadtverwaltung am Mittwoch mit.",
            "Wer einen neuen Reisepass braucht, kann zur Servicestelle in der Bücherei "
            "gehen, die bis achtzehn Uhr geöffnet bleibt.",
        ],
        [
            "Wir verwenden Cookies",
            "Wir und unsere Partner verwenden Cookies und ähnliche Technologien auf dieser "
            "Website, um Informationen auf Ihrem Gerät zu speichern und abzurufen, die Nutzung "
            "der Website zu messen und Ihnen personalisierte Inhalte und Werbung zu zeigen.",
            "Einige dieser Cookies sind für den Betrieb der Website notwendig, andere helfen "
            "uns, sie zu verbessern. Sie können alle Cookies akzeptieren, die optionalen "
            "ablehnen oder Ihre Einstellungen jederzeit in den Datenschutzeinstellungen ändern.",
            "Wenn Sie auf Alle akzeptieren klicken, willigen Sie in die Verarbeitung Ihrer "
            "Daten durch uns und unsere Partner ein, teils auch außerhalb der Europäischen "
            "Union, wie in unserer Datenschutzerklärung und Cookie-Richtlinie beschrieben.",
            "Alle akzeptieren",
            "Einstellungen",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(COOKIES))
def test_a_cookie_notice_longer_than_the_article_goes(lang):
    title, article_text, notice = COOKIES[lang]
    assert sum(map(len, notice)) > sum(map(len, article_text))
    text = page(MENU[lang], title, article_text, notice, FOOTER[lang])
    article = parse(text, lang)
    assert article.paragraphs == article_text
    kinds = removed_kinds(article, set(notice))
    assert set(kinds) == set(notice)
    assert {kinds[t] for t in notice[:4]} == {"cookie_notice"}


# --- a long comment thread under a short post -----------------------------------

COMMENTS = {
    "en": (
        "Our new community garden is open",
        [
            "After two years of planning, the community garden behind the old school "
            "opened on Saturday with twenty raised beds and a shed for tools.",
            "Anyone who lives in the district can rent a bed for a season; the waiting "
            "list is kept at the library.",
        ],
        "14 comments",
        [
            ("Martha Keane", "June 3, 2024 at 8:12 pm"),
            ("Tom Reilly", "June 3, 2024 at 9:40 pm"),
            ("Grace Moyo", "June 4, 2024 at 7:05 am"),
            ("Peter Dunn", "June 4, 2024 at 11:31 am"),
        ],
        [
            "What a lovely idea, I walked past on Sunday and the children were already "
            "planting beans along the fence. Well done to everyone who helped.",
            "I have been on the waiting list since March and I still have not heard "
            "anything. Does anybody know how the beds are given out this year?",
            "We grew tomatoes in a shared garden in our old town and it was the best "
            "summer we had. I hope the shed gets a lock before the autumn though.",
            "Please think about the neighbours when you water in the early morning, the "
            "pump is very loud and some of us work night shifts at the hospital.",
        ],
        "Reply",
        ["Leave a Reply", "Your email address will not be published."],
    ),
    "de": (
        "Unser neuer Gemeinschaftsgarten ist offen",
        [
            "Nach zwei Jahren Planung ist der Gemeinschaftsgarten hinter der alten Schule "
            "am Samstag mit zwanzig Hochbeeten und einem Geräteschuppen eröffnet worden.",
            "Wer im Viertel wohnt, kann ein Beet für eine Saison mieten; die Warteliste "
            "liegt in der Bücherei aus.",
        ],
        "14 Kommentare",
        [
            ("Martha Keller", "3. Juni 2024 um 20:12 Uhr"),
            ("Tom Richter", "3. Juni 2024 um 21:40 Uhr"),
            ("Greta Moll", "4. Juni 2024 um 7:05 Uhr"),
            ("Peter Dunst", "4. Juni 2024 um 11:31 Uhr"),
        ],
        [
            "Was für eine schöne Idee, ich bin am Sonntag vorbeigelaufen und die Kinder "
            "haben schon Bohnen am Zaun gepflanzt. Danke an alle, die geholfen haben.",
            "Ich stehe seit März auf der Warteliste und habe noch nichts gehört. Weiß "
            "jemand, wie die Beete in diesem Jahr vergeben werden?",
            "Wir hatten in unserer alten Stadt einen gemeinsamen Garten mit Tomaten, das "
            "war unser schönster Sommer. Hoffentlich bekommt der Schuppen noch ein Schloss.",
            "Bitte denkt beim Gießen am frühen Morgen an die Nachbarn, die Pumpe ist sehr "
            "laut und einige von uns arbeiten nachts im Krankenhaus.",
        ],
        "Antworten",
        ["Schreibe einen Kommentar", "Deine E-Mail-Adresse wird nicht veröffentlicht."],
    ),
}


@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_a_long_comment_thread_under_a_short_post_goes(lang):
    title, post, heading, authors, comments, reply, form = COMMENTS[lang]
    thread: list[str] = []
    for (name, stamp), comment in zip(authors, comments, strict=True):
        thread += [name, stamp, comment, reply]
    assert sum(map(len, comments)) > sum(map(len, post))
    text = page(MENU[lang], title, post, SHARE[lang], heading, thread, form, FOOTER[lang])
    article = parse(text, lang)
    assert article.paragraphs == post
    kinds = removed_kinds(article, set(comments + form))
    assert set(kinds) == set(comments + form)
    assert set(kinds.values()) == {"comments"}


# --- a short text that is not a page keeps all its prose --------------------------

SHORT_TEXTS = {
    "en": [
        "Bridge closed for repairs",
        "The old bridge over the river will be closed to cars from Monday.",
        "Detour",
        "Drivers are asked to use the ring road; buses keep their stops.",
        "Cyclists and pedestrians may still cross on the footpath.",
    ],
    "de": [
        "Brücke wegen Reparatur gesperrt",
        "Die alte Brücke über den Fluss ist ab Montag für Autos gesperrt.",
        "Umleitung",
        "Autofahrer sollen die Ringstraße nutzen; die Busse halten wie bisher.",
        "Radfahrer und Fußgänger können den Gehweg weiter benutzen.",
    ],
}


@pytest.mark.parametrize("lang", sorted(SHORT_TEXTS))
def test_a_short_text_that_is_not_a_page_keeps_all_its_prose(lang):
    headline, *rest = SHORT_TEXTS[lang]
    for given in (lang, None):
        article = parse("\n\n".join(SHORT_TEXTS[lang]), given)
        assert article.headline == headline
        assert article.paragraphs == rest
        assert article.removed == []
