"""datatrove adapter: a pipeline step that parses each document's text.

``ParseArticles`` replaces ``Document.text`` with the clean article (the
headline, a blank line, then the body) and puts the rest of the
:class:`~newsclean.Article` in ``Document.metadata["newsclean"]``. A document
with no article text left is dropped (counted in the step's stats as
``dropped``) unless ``keep_empty=True``.

>>> from datatrove.data import Document
>>> from newsclean.datatrove import ParseArticles
>>> step = ParseArticles(lang="en")
>>> raw = "<p>Rates held | Reuters</p><p>The bank kept rates at 4% on Monday.</p>"
>>> doc = Document(text=raw, id="1")
>>> [d.text for d in step.run([doc])]
['Rates held\\n\\nThe bank kept rates at 4% on Monday.']
>>> doc.metadata["newsclean"]["attributions"][0]["name"]
'Reuters'

Install with ``pip install 'newsclean[datatrove]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from datatrove.data import Document
from datatrove.pipeline.base import PipelineStep

from .article import corpus_text
from .pipeline import parse

__all__ = ["ParseArticles"]


class ParseArticles(PipelineStep):  # type: ignore[misc]  # datatrove is untyped
    """Parse every document with :func:`newsclean.parse`.

    ``lang`` is passed to ``parse`` (None detects it); ``explain=True`` keeps
    ``removed`` in the metadata; ``keep_empty=True`` keeps documents whose
    article came out empty.

    Examples:
        >>> from datatrove.data import Document
        >>> doc = Document(text="Rates held\\n\\nThe bank kept rates at 4% on Monday.", id="7")
        >>> [d.metadata["newsclean"]["headline"] for d in ParseArticles().run([doc])]
        ['Rates held']
    """

    name = "newsclean"
    type = "✂️ - FORMAT"

    def __init__(
        self, lang: str | None = None, explain: bool = False, keep_empty: bool = False
    ) -> None:
        super().__init__()
        self.lang = lang
        self.explain = explain
        self.keep_empty = keep_empty

    def run(
        self, data: Iterable[Document], rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                article = parse(doc.text, lang=self.lang)
                info: dict[str, Any] = article.to_dict()
                del info["body"], info["paragraphs"]
                if not self.explain:
                    del info["removed"]
                doc.metadata["newsclean"] = info
                doc.text = corpus_text(article)
            if not doc.text and not self.keep_empty:
                self.stat_update("dropped")
                continue
            self.stat_update("forwarded")
            yield doc
