"""newsclean in a real NeMo Curator pipeline (JSONL in, Modify, JSONL out) on Ray Data."""

from __future__ import annotations

import json


def test_article_modifier_in_a_ray_data_pipeline(tmp_path):
    from nemo_curator.backends.ray_data import RayDataExecutor
    from nemo_curator.pipeline import Pipeline
    from nemo_curator.stages.text.io.reader import JsonlReader
    from nemo_curator.stages.text.io.writer import JsonlWriter
    from nemo_curator.stages.text.modifiers import Modify

    from newsclean.nemo_curator import ArticleModifier

    (tmp_path / "in").mkdir()
    with open(tmp_path / "in" / "news.jsonl", "w", encoding="utf-8") as f:
        for i in range(6):
            text = (
                f"<p>Council approves budget item {i} – Reuters</p>"
                f"<p>The council met on Monday and approved budget item {i} after a long"
                " debate.</p><p>Share this article</p>"
            )
            f.write(json.dumps({"id": i, "text": text}) + "\n")

    pipeline = Pipeline(
        name="newsclean",
        stages=[
            JsonlReader(str(tmp_path / "in")),
            Modify(ArticleModifier(lang="en")),
            JsonlWriter(str(tmp_path / "out")),
        ],
    )
    pipeline.run(RayDataExecutor())

    rows = []
    for path in sorted((tmp_path / "out").glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    assert sorted(row["id"] for row in rows) == list(range(6))
    for row in rows:
        i = row["id"]
        assert row["text"] == (
            f"Council approves budget item {i}\n\n"
            f"The council met on Monday and approved budget item {i} after a long debate."
        )
