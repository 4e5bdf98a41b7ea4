"""Attribution: who the article is attributed to.

Five kinds, each read from its own kind of evidence:

* ``source``: an organisation a sentence cites: after a citing phrase
  ("according to", "laut", "за даними", "selon"), as the subject of a
  reporting verb ("the World Bank said", "Минздрав сообщил"), after a verb
  ("…, said the World Bank"), as a place ("в Укренерго повідомили");
* ``agency``: a wire agency credited by a dateline, a sign-off, a byline, a
  credit line, a copyright footer, or named in a sentence ("…, Reuters
  reported", "Wie die Nachrichtenagentur dpa berichtet");
* ``author``: a byline;
* ``photo``: an image credit;
* ``publisher``: the outlet naming itself.

The modules: ``grammar`` compiles a language's phrases, ``tokens`` splits a
paragraph into sentences and words, ``names`` reads where a name starts and
ends, ``inflect`` puts it in the nominative, ``accept`` decides whether it is
an attribution and of which kind, ``sentences`` holds the sentence shapes,
``lines`` the line credits, ``merge`` puts an article's attributions together.
People and organisations that are merely mentioned are not attributions.
"""

from __future__ import annotations

from .lines import (
    agency_credit_line,
    agency_signoff,
    byline,
    dateline_agencies,
    photo_credit,
    publisher_cue,
    source_label_line,
)
from .merge import Found, expand_acronym, initials, is_clipped_form, merge_attributions
from .sentences import find_sources

__all__ = [
    "Found",
    "agency_credit_line",
    "agency_signoff",
    "byline",
    "dateline_agencies",
    "expand_acronym",
    "find_sources",
    "initials",
    "is_clipped_form",
    "merge_attributions",
    "photo_credit",
    "publisher_cue",
    "source_label_line",
]
