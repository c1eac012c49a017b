"""Accent folding that keeps every offset: ``Siobhán`` -> ``Siobhan``, ``Nguyễn`` -> ``Nguyen``.

The name rules look words up in lists (given names, English words) that hold a name in one
spelling, while people write it with or without its accents. Folding both the lists and the
text to the same spelling makes one lookup serve both. Each character maps to one character,
so spans found in the folded text are spans of the original.
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["fold_accents"]

# Folded forms of the non-ASCII characters seen so far (a character maps to itself when it
# has no accent to drop). Bounded by the number of distinct characters in the input.
_FOLDED: Final[dict[str, str]] = {}


def _fold_char(char: str) -> str:
    """The base letter of an accented letter (canonical decomposition), else ``char``.

    Only letters fold, and only to a letter: a sign built with a combining mark (``≮`` is
    ``<`` plus a stroke) stays, so folding can never make markup such as ``<PERSON>`` or a
    digit appear. Compatibility forms (``ﬁ``, ``²``) keep their own character: their
    decomposition is longer or not a letter.
    """
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0]
    if (
        len(decomposed) > 1
        and char.isalpha()
        and base.isalpha()
        and all(unicodedata.combining(mark) for mark in decomposed[1:])
    ):
        return base
    return char


def fold_accents(text: str) -> str:
    """``text`` with each accented letter replaced by its base letter (same length)."""
    if text.isascii():
        return text
    folded = _FOLDED
    parts: list[str] = []
    for char in text:
        if char < "\x80":
            parts.append(char)
            continue
        base = folded.get(char)
        if base is None:
            base = _fold_char(char)
            folded[char] = base
        parts.append(base)
    return "".join(parts)
