"""newsclean as a datatrove pipeline step, run by datatrove's LocalPipelineExecutor."""

from __future__ import annotations

import gzip
import json

from newsclean.datatrove import ParseArticles

RAW = [
    '<p _ngcontent-sc90 class="title">Harbour reopens after storm | Reuters</p>'
    "<p>The harbour reopened on Tuesday after a storm closed it for three days, "
    "according to the port authority.</p><p>Leave a Reply</p>",
    "Share this article",  # nothing of an article: dropped
    "Kurz gemeldet\n\nDie Stadt Bremen hat am Montag einen neuen Hafenplan vorgestellt,"
    " wie die Behörde mitteilte.",
]


def test_parse_articles_in_a_local_pipeline(tmp_path):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    (tmp_path / "in").mkdir()
    with open(tmp_path / "in" / "news.jsonl", "w", encoding="utf-8") as f:
        for i, text in enumerate(RAW):
            f.write(json.dumps({"id": str(i), "text": text}) + "\n")

    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            ParseArticles(explain=True),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    out = []
    for path in sorted((tmp_path / "out").iterdir()):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            out.extend(json.loads(line) for line in f)
    assert [doc["id"] for doc in out] == ["0", "2"]
    first, second = out
    assert first["text"] == (
        "Harbour reopens after storm\n\nThe harbour reopened on Tuesday after a storm "
        "closed it for three days, according to the port authority."
    )
    info = first["metadata"]["newsclean"]
    assert info["language"] == "en"
    assert [(a["name"], a["kind"]) for a in info["attributions"]] == [("Reuters", "agency")]
    assert {r["kind"] for r in info["removed"]} >= {"framework_attribute", "comments"}
    assert second["metadata"]["newsclean"]["language"] == "de"
    assert "Bremen" in second["text"]


def test_parse_articles_keep_empty_keeps_every_document():
    from datatrove.data import Document

    step = ParseArticles(keep_empty=True)
    docs = list(step.run([Document(text="Share this article", id="x")]))
    assert [d.text for d in docs] == [""]
    assert "removed" not in docs[0].metadata["newsclean"]
