"""NeMo Curator adapter: a ``DocumentModifier`` that replaces text with the clean article.

Use it in a ``Modify`` stage; the modified text is the headline, a blank line,
then the body (empty when the text holds no article, which a later filter
stage can drop).

>>> import pandas as pd
>>> from nemo_curator.stages.text.modifiers import Modify
>>> from nemo_curator.tasks import DocumentBatch
>>> from newsclean.nemo_curator import ArticleModifier
>>> stage = Modify(ArticleModifier(lang="en"), input_fields="text")
>>> batch = DocumentBatch(dataset_name="news", data=pd.DataFrame(
...     {"text": ["<p>Rates held | Reuters</p><p>The bank kept rates at 4% on Monday.</p>"]}))
>>> stage.process(batch).to_pandas()["text"].tolist()
['Rates held\\n\\nThe bank kept rates at 4% on Monday.']

Install with ``pip install 'newsclean[nemo-curator]'``.
"""

from __future__ import annotations

from nemo_curator.stages.text.modifiers import DocumentModifier

from .article import corpus_text
from .pipeline import parse

__all__ = ["ArticleModifier"]


class ArticleModifier(DocumentModifier):  # type: ignore[misc]  # nemo_curator is untyped
    """Parse a document's text with :func:`newsclean.parse` and keep the article.

    ``lang`` is passed to ``parse`` (None detects it).

    Examples:
        >>> modifier = ArticleModifier(lang="en")
        >>> modifier.modify_document("Rates held | Reuters\\n\\nThe bank kept rates at 4%.")
        'Rates held\\n\\nThe bank kept rates at 4%.'
    """

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        self.lang = lang

    def modify_document(self, text: str) -> str:  # type: ignore[override]
        """The clean article of ``text``: headline, blank line, body."""
        return corpus_text(parse(text, lang=self.lang))
