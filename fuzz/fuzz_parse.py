"""Coverage-guided fuzzing of newsclean with atheris.

    python fuzz/fuzz_parse.py -max_total_time=60

Any exception, and an internal marker character left in the output, is a
crash. CI runs it for a bounded time. (Idempotence and the other properties
are checked by the hypothesis tests, on news-like generated text.)
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsclean

_MARKERS = ("\ue000", "\ue001")


def test_one(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    choice = fdp.ConsumeIntInRange(0, 3)
    if choice == 0:  # raw bytes, decoded by parse itself
        article = newsclean.parse(fdp.ConsumeBytes(fdp.remaining_bytes()))
    else:
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        lang = [None, "de", "uk"][choice - 1]
        article = newsclean.parse(text, lang=lang)
        newsclean.repair_sentences(newsclean.clean_html(text), lang)
    output = "\n".join([article.headline or "", article.body])
    if any(m in output for m in _MARKERS):
        raise AssertionError("an internal marker leaked into the output")
    article.to_dict()


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
