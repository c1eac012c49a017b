"""``python -m streams.cli``: the same as the ``personalize`` command."""

from __future__ import annotations

import sys

from streams.cli.main import main

sys.exit(main())
