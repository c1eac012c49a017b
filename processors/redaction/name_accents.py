"""Given names written with accents the list does not hold: ``Huyền`` read as ``Huyen``.

The given-name list holds each name in one or two spellings, and people add or drop accents
freely. The name rules read a copy of the text in which a word with accents is folded
(:func:`accents.fold_accents`) exactly when that makes it a listed given name it was not
before. Every other word keeps its accents, which the rules read as a sign of a name (a word
with an accent is no English word): folding ``Tô`` to ``To`` or ``Ståle`` to ``Stale`` would
turn a name into an English word.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.accents import fold_accents
from processors.redaction.lexicon import first_names

__all__ = ["fold_given_names"]

# A word with a letter outside ASCII: the whole run of word characters. (Speed: the same
# matches as r"\w*[^\W\x00-\x7f]\w*", which finditer only ever starts at a word's start,
# without its retries at every later position of an ASCII word and its backtracking.)
_WORD_WITH_ACCENTS: Final = re.compile(r"(?<!\w)[0-9A-Za-z_]*+[^\W\x00-\x7f]\w*")


def fold_given_names(text: str) -> str:
    """``text`` with each accented word that is a given name only once folded, folded (same
    length, so spans found in the copy are spans of ``text``)."""
    if text.isascii():
        return text
    given = first_names()
    parts: list[str] = []
    cursor = 0
    for match in _WORD_WITH_ACCENTS.finditer(text):
        word = match.group()
        folded = fold_accents(word)
        if folded == word or word.lower() in given or folded.lower() not in given:
            continue
        start = match.start()
        parts.append(text[cursor:start])
        parts.append(folded)
        cursor = match.end()
    if not parts:
        return text
    parts.append(text[cursor:])
    return "".join(parts)
