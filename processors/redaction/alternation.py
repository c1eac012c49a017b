"""Word lists as regex alternations, longest word first (a leaf module: no package imports).

Longest first, so that an alternative that is a prefix of another ("piazza" of "piazzale",
"van" of "vanden") never wins where the longer one stands; words of equal length keep an
alphabetical order, so the pattern is the same on every run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation", "longest_first"]


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` sorted longest first, then alphabetically."""
    return sorted(words, key=lambda word: (-len(word), word))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation (no group) of ``words``, each escaped, longest first."""
    return "|".join(re.escape(word) for word in longest_first(words))
