"""Reading the input: every common encoding, binary refused, surrogates replaced, arguments checked."""

from __future__ import annotations

import gzip
import io
import json
import struct
import zipfile
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import (
    Article,
    Removal,
    clean_html,
    extract_attributions,
    extract_briefs,
    extract_headline,
    parse,
    parse_many,
    repair_sentences,
)
from newsclean.decode import binary_kind, decode_bytes, read_input, replace_surrogates

PARAGRAPHS = {
    "de": (
        "Der Bürgermeister von Köln hat am Dienstag angekündigt, dass die Brücke über den "
        "Rhein bis Ende März gesperrt bleibt. Bei einer Prüfung fanden Ingenieure Risse in "
        "zwei Pfeilern. Pendler sollen auf Busse und Fähren ausweichen."
    ),
    "en": (
        "The council said on Tuesday that the bridge over the river would stay closed until "
        "the end of March. Engineers found cracks in two of the supports during a routine "
        "inspection. Commuters have been told to use buses and ferries instead."
    ),
    "fr": (
        "Le maire de Lyon a annoncé mardi que le pont sur le Rhône resterait fermé jusqu'à la "
        "fin du mois de mars. Des fissures ont été découvertes lors d'une inspection de "
        "routine. Les usagers sont invités à prendre le bus ou le métro."
    ),
    "es": (
        "El alcalde de Sevilla anunció el martes que el puente sobre el Guadalquivir "
        "permanecerá cerrado hasta finales de marzo. Los ingenieros encontraron grietas "
        "durante una inspección rutinaria. Se pide a los viajeros que usen el autobús."
    ),
    "pl": (
        "Prezydent Krakowa poinformował we wtorek, że most na Wiśle pozostanie zamknięty do "
        "końca marca. Podczas rutynowej kontroli inżynierowie znaleźli pęknięcia w dwóch "
        "podporach. Pasażerowie mają korzystać z autobusów i tramwajów."
    ),
    "uk": (
        "Міський голова Києва у вівторок оголосив, що міст через Дніпро залишиться закритим "
        "до кінця березня. Під час планової перевірки інженери виявили тріщини у двох опорах. "
        "Ґрунтові дороги біля мосту теж закриті, тож пасажирам радять їздити метро, "
        "повідомляє Укрінформ."
    ),
    "ru": (
        "Мэр Москвы во вторник объявил, что мост через реку останется закрытым до конца "
        "марта. Во время плановой проверки инженеры обнаружили трещины в двух опорах. "
        "Пассажирам советуют пользоваться автобусами и метро, сообщил объём данных ещё."
    ),
}
# Each encoding with the languages it can write.
ENCODINGS = [
    ("utf-8", sorted(PARAGRAPHS)),
    ("utf-8-sig", sorted(PARAGRAPHS)),  # with a byte order mark
    ("utf-16", sorted(PARAGRAPHS)),  # with a byte order mark
    ("utf-16-le", sorted(PARAGRAPHS)),  # without one
    ("utf-16-be", sorted(PARAGRAPHS)),
    ("utf-32", sorted(PARAGRAPHS)),
    ("utf-32-le", sorted(PARAGRAPHS)),
    ("utf-32-be", sorted(PARAGRAPHS)),
    ("cp1250", ["pl", "de"]),
    ("cp1251", ["uk", "ru"]),
    ("cp1252", ["de", "en", "fr", "es"]),
    ("iso-8859-1", ["de", "fr", "es"]),
    ("iso-8859-2", ["pl", "de"]),
    ("iso-8859-5", ["ru"]),
    ("iso-8859-15", ["de", "fr", "es"]),
    ("koi8-r", ["ru"]),
    ("koi8-u", ["uk", "ru"]),
    ("mac_roman", ["de", "fr", "es", "en"]),
]
CASES = [(enc, lang) for enc, langs in ENCODINGS for lang in langs]


@pytest.mark.parametrize(("encoding", "lang"), CASES)
def test_every_encoding_is_read_from_bytes(encoding, lang):
    text = PARAGRAPHS[lang]
    data = text.encode(encoding)
    assert decode_bytes(data) == text
    assert parse(data) == parse(text)
    assert read_input(data) == read_input(text)


def test_the_issue_examples_are_read():
    koi8 = PARAGRAPHS["ru"].encode("koi8-r")
    assert parse(koi8).body == PARAGRAPHS["ru"]
    utf16 = PARAGRAPHS["ru"].encode("utf-16")
    assert parse(utf16).body == PARAGRAPHS["ru"]


def test_a_euro_sign_tells_iso_8859_15_from_latin_1():
    text = "Der Eintritt kostet 15 € pro Person, sagte die Sprecherin der Stadt München."
    assert decode_bytes(text.encode("iso-8859-15")) == text
    assert decode_bytes(text.encode("cp1252")) == text


def test_parse_many_reads_bytes_as_parse_does():
    texts = [PARAGRAPHS["uk"].encode("koi8-u"), PARAGRAPHS["pl"].encode("cp1250")]
    assert list(parse_many(texts, workers=1)) == [parse(t) for t in texts]


# --- binary input -------------------------------------------------------------

PROSE = ("Der Bürgermeister sagte am Dienstag, die Brücke bleibe gesperrt. " * 30).encode()


def _png() -> bytes:
    rows = b"".join(b"\x00" + bytes((x * 7 + y * 3) % 256 for x in range(32)) for y in range(32))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 32, 32, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", PROSE)
    return buffer.getvalue()


def _elf() -> bytes:
    header = struct.pack(
        "<HHIQQQIHHHHHH", 2, 0x3E, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0
    )  # an x86-64 executable's file header
    return b"\x7fELF\x02\x01\x01\x00" + bytes(8) + header + bytes(120)


def _pdf() -> bytes:
    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (Storm hits coast) Tj ET")
    return (
        b"%PDF-1.4\n1 0 obj << /Length "
        + str(len(stream)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def _jpeg() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(
        (i * 37) % 256 for i in range(400)
    )


def _exe() -> bytes:  # a DOS header (then the PE header a Windows program has)
    return (
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
        + bytes(46)
        + b"PE\x00\x00"
        + bytes(200)
    )


def _wav() -> bytes:
    samples = bytes((i * 13) % 256 for i in range(800))
    return b"RIFF" + struct.pack("<I", 36 + len(samples)) + b"WAVEfmt " + bytes(24) + samples


def _noise() -> bytes:  # compressed data with no header: only its bytes tell
    return zlib.compress(PROSE)[2:]


BINARY = {
    "PNG image": _png(),
    "gzip archive": gzip.compress(PROSE),
    "ELF executable": _elf(),
    "PDF document": _pdf(),
    "ZIP archive": _zip(),
    "JPEG image": _jpeg(),
    "Windows executable": _exe(),
    "RIFF media": _wav(),
    "binary data": _noise(),
}


def _is_empty_with_one_binary_removal(article: Article, kind: str) -> bool:
    return (
        article.headline is None
        and article.body == ""
        and article.paragraphs == []
        and article.attributions == []
        and article.briefs == []
        and article.language is None
        and [r.kind for r in article.removed] == ["binary"]
        and article.removed[0].text.startswith(kind)
    )


@pytest.mark.parametrize("kind", sorted(BINARY))
def test_binary_input_gives_an_empty_article_and_one_binary_removal(kind):
    data = BINARY[kind]
    assert binary_kind(data) == kind
    assert _is_empty_with_one_binary_removal(parse(data), kind)


@pytest.mark.parametrize("kind", sorted(BINARY))
def test_binary_in_a_str_is_refused_too(kind):
    # bytes decoded as Latin-1 (every byte a character), or as UTF-8 with replacement
    text = BINARY[kind].decode("latin-1")
    assert _is_empty_with_one_binary_removal(parse(text), kind)
    replaced = parse(BINARY[kind].decode("utf-8", "replace"))
    assert [r.kind for r in replaced.removed] == ["binary"] and replaced.body == ""


def test_text_with_a_few_stray_control_bytes_is_text():
    text = (
        "Kyiv, 5 March.\x00 The talks went on\x07 for hours, the ministry said.\x1b[0m "
        "Officials will meet again on Friday, a spokesman told reporters."
    )
    for raw in (text, text.encode("utf-8")):
        article = parse(raw)
        assert "The talks went on for hours" in article.body
        assert "binary" not in [r.kind for r in article.removed]


def test_binary_in_a_batch_is_one_empty_article():
    articles = list(parse_many([PARAGRAPHS["en"], BINARY["PNG image"]], workers=1))
    assert articles[0].body == PARAGRAPHS["en"]
    assert _is_empty_with_one_binary_removal(articles[1], "PNG image")


# --- lone surrogates ------------------------------------------------------------


def test_a_lone_surrogate_is_replaced_and_recorded():
    text = "Talks in Kyiv \ud800went on for hours, the ministry said on Tuesday evening."
    article = parse(text)
    assert "\ud800" not in article.body and "\ufffd" in article.body
    assert Removal("surrogate", "\\ud800") in article.removed
    json.dumps(article.to_dict()).encode("utf-8")  # never raises


def test_a_surrogate_pair_is_joined_into_its_character():
    removed: list[Removal] = []
    assert (
        replace_surrogates("Fans cheered \ud83d\ude00 loudly.", removed)
        == "Fans cheered 😀 loudly."
    )
    assert removed == [Removal("surrogate", "\\ud83d\\ude00")]


def test_the_steps_never_put_out_a_surrogate():
    text = "Die Regierung \udfff plant neue Regeln.\n\nThe minister said \ud800 on Monday."
    for out in (clean_html(text), repair_sentences(text), repair_sentences(text, "de")):
        out.encode("utf-8")


@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=200))
def test_any_string_gives_output_that_encodes(text):
    article = parse(text)
    json.dumps(article.to_dict()).encode("utf-8")
    clean_html(text).encode("utf-8")


@given(st.binary(max_size=400))
def test_any_bytes_give_an_article_that_encodes(data):
    json.dumps(parse(data).to_dict()).encode("utf-8")


# --- argument checks --------------------------------------------------------------

TEXT = PARAGRAPHS["de"]


@pytest.mark.parametrize(("given_code", "code"), [("DE", "de"), ("de-DE", "de"), ("de_AT", "de")])
def test_language_codes_are_normalised(given_code, code):
    assert parse(TEXT, lang=given_code).language == code
    assert parse(TEXT, lang=given_code) == parse(TEXT, lang=code)
    assert repair_sentences(TEXT, given_code) == repair_sentences(TEXT, code)


def test_a_valid_code_without_language_data_is_accepted():
    assert parse("A ponte fechou na terça-feira, disse a câmara.", lang="pt").language == "pt"


@pytest.mark.parametrize(
    "call",
    [
        lambda lang: parse(TEXT, lang=lang),
        lambda lang: repair_sentences(TEXT, lang),
        lambda lang: list(parse_many([TEXT], lang=lang, workers=1)),
        lambda lang: extract_attributions(TEXT, lang),
        lambda lang: extract_briefs(TEXT, lang),
    ],
    ids=["parse", "repair_sentences", "parse_many", "extract_attributions", "extract_briefs"],
)
def test_a_wrong_language_is_an_error_naming_lang(call):
    with pytest.raises(TypeError, match="lang"):
        call(123)
    for bad in ("xx", "german", "", "deu"):
        with pytest.raises(ValueError, match="lang"):
            call(bad)


def test_parse_many_checks_its_arguments_before_it_starts():
    texts = iter([TEXT])  # (nothing is read before the checks)
    with pytest.raises(TypeError, match="lang"):
        parse_many(texts, lang=123)
    with pytest.raises(TypeError, match="iterable of texts"):
        parse_many("Hello world.")
    with pytest.raises(TypeError, match="iterable of texts"):
        parse_many(TEXT.encode())
    with pytest.raises(TypeError, match="texts"):
        parse_many(5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="workers"):
        parse_many(texts, workers=0)
    with pytest.raises(TypeError, match="workers"):
        parse_many(texts, workers="2")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="chunk_size"):
        parse_many(texts, chunk_size=-1)
    assert next(texts) == TEXT


def test_parse_checks_max_chars_and_url():
    with pytest.raises(ValueError, match="max_chars"):
        parse(TEXT, max_chars=-1)
    with pytest.raises(ValueError, match="max_chars"):
        parse(TEXT, max_chars=0)
    with pytest.raises(TypeError, match="max_chars"):
        parse(TEXT, max_chars="100")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="max_chars"):
        parse(TEXT, max_chars=True)
    with pytest.raises(TypeError, match="url"):
        parse(TEXT, url=5)  # type: ignore[arg-type]
    assert parse(TEXT, url="https://example.org/a").body == parse(TEXT).body


@pytest.mark.parametrize(
    "func", [parse, clean_html, repair_sentences, extract_headline, extract_attributions]
)
def test_a_wrong_text_type_is_a_type_error(func):
    with pytest.raises(TypeError, match="expects str"):
        func(12345)
