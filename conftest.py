"""Root pytest configuration.

The adapters for datatrove and NeMo Curator import their framework at module
level, and neither framework is a test dependency (NeMo Curator alone is
about 2 GB), so the README's test command does not collect their doctests.
CI installs each framework and runs those doctests with ``--noconftest``
(see ``.ci/run``), which bypasses this list.

The notebook tools under docs/examples need the docs extra; CI runs them as
scripts after installing it.
"""

collect_ignore = ["src/newsclean/datatrove.py", "src/newsclean/nemo_curator.py"]
collect_ignore_glob = ["docs/examples/*.py"]
