"""Execute docs/examples/quickstart.ipynb with nbclient (CI runs this); fail on any error.

python docs/examples/run_notebook.py            # execute, keep the file as it is
python docs/examples/run_notebook.py --write    # execute and store the outputs in the file
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).with_name("quickstart.ipynb")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the outputs in the notebook")
    args = parser.parse_args()
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    images = sum(
        "image/png" in out.get("data", {}) for cell in nb.cells for out in cell.get("outputs", [])
    )
    if images < 1:
        sys.exit("error: the notebook produced no plot")
    if args.write:
        nbformat.write(nb, NOTEBOOK)
    print(f"{NOTEBOOK.name}: {len(nb.cells)} cells executed, {images} plot(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
