"""Properties of parse over generated news-like text with markup and damage."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import regex as re
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import clean_html, parse, repair_sentences
from newsclean.languages import get_pack
from newsclean.repair import repair_cleaned, repair_until_stable

WORDS = [
    "Die",
    "Regierung",
    "plant",
    "neue",
    "Regeln",
    "und",
    "the",
    "minister",
    "said",
    "on",
    "Tuesday",
    "Кабінет",
    "Міністрів",
    "спростив",
    "процедуру",
    "Правительство",
    "сообщило",
    "le",
    "ministre",
    "a",
    "dit",
    "según",
    "el",
    "Instituto",
    "według",
    "Polskich",
    "Portów",
    "Reuters",
    "AFP",
    "dpa",
    "Київ",
    "Berlin",
    "2024",
    "7.000",
    "3,5",
    "z.",
    "B.",
    "т.",
    "д.",
]
PIECES = [
    "<p>",
    "</p>",
    "<br>",
    "<div class='x'>",
    "</div>",
    '" />',
    "“ /></p>",
    "<p _ngcontent-sc1 class= ",
    "&amp;",
    "&nbsp;",
    "&#8217;",
    "&amp;quot;",
    "<!-- c -->",
    "<script>var a = 1;</script>",
    "\u00ad",
    "\u200b",
    "Ã©",
    "â€™",
    "\n",
    "\n\n",
    "• ",
    "- ",
    "1. ",
    "Leave a Reply",
    "Foto: dpa",
    "Опубліковано 14.05.2024, 09:20",
    "By Jane Doe",
    " – ISW",
    "Key points",
    "<li>",
    "</li>",
]
news_like = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(PIECES)), max_size=80).map(
    lambda parts: " ".join(parts)
)
RESIDUE = re.compile(
    r"</?(?:p|div|br|li|script)(?=[\s/>]|$)|<!--|&(?:amp|nbsp|quot|#\d+);|_ngcontent|“ />|\ue000|\ue001"
)
_WORD = re.compile(r"[\p{L}\p{N}]+")


def _output_text(article: newsclean.Article, names: bool = True) -> str:
    parts = [article.headline or "", article.body]
    parts += [b.title or "" for b in article.briefs] + [i for b in article.briefs for i in b.items]
    if names:
        parts += [a.name for a in article.attributions]
    return "\n".join(parts)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_parse_never_raises_and_leaves_no_markup(text):
    article = parse(text)
    assert not RESIDUE.search(_output_text(article))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_no_invented_words(text):
    # Every word of the output stands in the input once markup, entities and
    # mojibake are repaired (glued blocks may be split: a word can be part of one).
    # Attribution names are the exception: they are put in the nominative.
    source = clean_html(text)
    article = parse(text)
    invented = [w for w in _WORD.findall(_output_text(article, names=False)) if w not in source]
    assert invented == []


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_nothing_lost_silently(text):
    # Every word of the cleaned input is in the output or in what was removed.
    article = parse(text)
    kept = _output_text(article) + "\n" + "\n".join(r.text for r in article.removed)
    kept_words = set(_WORD.findall(kept))
    lost = [w for w in _WORD.findall(clean_html(text)) if w not in kept_words and w not in kept]
    assert lost == []


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(news_like, st.text(alphabet=" \t\n\u00a0\u2009aZ.<>&", max_size=200)))
def test_parse_repairs_cleaned_text_as_repair_sentences_does(text):
    # parse skips repair_sentences's whitespace pass: clean_html has done it;
    # and it runs the repair once where repair_sentences runs it until stable.
    cleaned = clean_html(text)
    for lang in (None, "de", "en"):
        once = repair_cleaned(cleaned, get_pack(lang))
        assert repair_until_stable(cleaned, get_pack(lang)) == repair_sentences(cleaned, lang)
        assert repair_until_stable(once, get_pack(lang)) == repair_sentences(cleaned, lang)


@settings()
@given(st.text(max_size=300))
def test_parse_never_raises_on_any_string(text):
    assert isinstance(parse(text), newsclean.Article)


def test_threads_give_the_results_of_a_sequential_run(fixture_text):
    texts = [fixture_text("de_mt_article.txt"), fixture_text("en_wire_article.txt")] * 8
    sequential = [parse(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(parse, texts))
    assert threaded == sequential


# --- idempotence: a second pass changes nothing -------------------------------
# News text of every supported language, with its rare characters, broken the
# ways scraped text is: glued words and sentences, hard wraps, hyphen breaks,
# blank lines with spaces, no-break spaces, bullets, mojibake (UTF-8 read as
# Windows-1252, -1251 and -1250) and, for clean_html, markup.
IDEMPOTENCE_WORDS = [
    *WORDS,
    "Bürgermeister",
    "Straße",
    "NESTLÉ®",
    "CAFÉ…",
    "Fuß”",
    "3×€5",
    "2×£4",
    "¿Dónde",
    "Łódź",
    "ёлка",
    "Їжак",
    "œuvre",
    "niño",
    "Storm",
    "ReutersThe",
    "minister.The",
    "Київ.Уряд",
    "(dpa)Die",
    "2024Die",
    "iPhone",
    "McKinley",
]
GLUE = [" "] * 6 + [
    "",
    "\n",
    "\n\n",
    "\n \n",
    "-\n",
    ". ",
    ".",
    ", ",
    ": ",
    "? ",
    "\u00a0",
    "\n• ",
    " “",
    "” ",
]


def _damaged(word: str, codec: str | None) -> str:
    import ftfy.bad_codecs  # noqa: F401  (the "sloppy" code pages)

    return word if codec is None else word.encode("utf-8").decode(codec)


damaged_word = st.builds(
    _damaged,
    st.sampled_from(IDEMPOTENCE_WORDS),
    st.sampled_from(
        [None] * 6 + ["sloppy-windows-1252", "sloppy-windows-1251", "sloppy-windows-1250"]
    ),
)
broken_news = st.lists(st.tuples(damaged_word, st.sampled_from(GLUE)), min_size=1, max_size=40).map(
    lambda pairs: "".join(w + g for w, g in pairs)
)
broken_markup = st.lists(
    st.one_of(damaged_word, st.sampled_from(GLUE), st.sampled_from(PIECES)), max_size=60
).map("".join)


@settings(suppress_health_check=[HealthCheck.too_slow])
@example("Die Straße ist gesperrt.\n \nDer BГјrgermeister sagte.")
@example("NESTLÉ®\u200bFuГџвЂќ\tNoГ«l» Noël“ /></p>ministre")
@given(st.one_of(broken_news, broken_markup))
def test_clean_html_changes_nothing_on_a_second_pass(text):
    once = clean_html(text)
    assert clean_html(once) == once


@settings(suppress_health_check=[HealthCheck.too_slow])
@example("Storm ReutersReutersThe minister said.", "en")
@example("Regeln 7.000.LondonThe «3×€5 on NESTLÉ®\u00a0Storm “B.", None)
@given(broken_news, st.sampled_from([None, "de", "en", "uk", "ru", "fr", "es", "pl"]))
def test_repair_sentences_changes_nothing_on_a_second_pass(text, lang):
    once = repair_sentences(text, lang)
    assert repair_sentences(once, lang) == once
