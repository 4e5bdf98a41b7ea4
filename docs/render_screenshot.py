"""Render the bundled example article's notebook view to docs/img/article.png in headless Chromium.

    python docs/render_screenshot.py                 # writes docs/img/article.png
    python docs/render_screenshot.py -o /tmp/a.png   # somewhere else (CI checks it renders)

Needs Debian's chromium package (``apt-get install chromium``), or a Chromium
named by ``CHROMIUM``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import newsclean
from newsclean.cli import example_text

OUT = Path(__file__).with_name("img") / "article.png"

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>newsclean Article</title>
<style>body {{ margin: 24px; background: #fff; }}</style></head>
<body>{body}
<script>document.querySelectorAll("details").forEach(d => d.open = true);</script>
</body></html>
"""

# Flags for a closed network and a root user, as on CI machines.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


def chromium() -> str:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return str(shutil.which(name))
    sys.exit("error: no Chromium found: apt-get install chromium, or set CHROMIUM")


def render(out: Path, width: int = 900, height: int = 1250) -> None:
    article = newsclean.parse(example_text())
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "article.html"
        page.write_text(PAGE.format(body=article._repr_html_()), encoding="utf-8")
        cmd = [
            chromium(),
            *FLAGS,
            f"--user-data-dir={tmp}/profile",
            f"--window-size={width},{height}",
            f"--screenshot={out.resolve()}",
            page.as_uri(),
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not out.exists() or out.stat().st_size < 10_000:
        sys.exit(f"error: Chromium did not render {out}:\n{done.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    if args.output.exists():
        args.output.unlink()
    render(args.output)
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
