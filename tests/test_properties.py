"""Properties of parse over generated news-like text with markup and damage."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import regex as re
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import clean_html, parse, repair_sentences
from newsclean.languages import get_pack
from newsclean.repair import repair_cleaned

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
    # parse skips repair_sentences's whitespace pass: clean_html has done it.
    cleaned = clean_html(text)
    for lang in (None, "de", "en"):
        assert repair_cleaned(cleaned, get_pack(lang)) == repair_sentences(cleaned, lang)


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
