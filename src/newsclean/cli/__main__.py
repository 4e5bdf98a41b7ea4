"""``python -m newsclean.cli``: the ``newsclean`` command."""

import sys

from . import main

sys.exit(main())
