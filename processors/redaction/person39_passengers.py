"""(Stop 39, set 36's tuning half) A passenger's name as airlines print it.

Boarding passes, tickets and itineraries write a name the IATA way: the surname, a slash, the
given names, then a title, all in capitals (``NOWICKI/PRZEMYSLAW MSTR``,
``DE VRIES/THIJS MR``). The slash and the title make the pair a name whatever its words are;
the span leaves the title out. Found outside ``find_names`` (like the Burmese names), so the
re-scan guard asks :func:`passenger_names` too.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["passenger_names"]

_WORD: Final = r"[^\W\d_][^\W\d_'\u2019-]*"
_PASSENGER: Final = re.compile(
    rf"(?<![\w/])({_WORD}(?: {_WORD}){{0,2}}/{_WORD}(?: {_WORD}){{0,2}})"
    r" (?:MR|MRS|MS|MISS|MSTR|DR|PROF|MX)\b"
)


def passenger_names(text: str) -> list[PiiSpan]:
    """``SURNAME/GIVEN NAMES`` before a title, all in capitals."""
    if "/" not in text:
        return []
    return [
        PiiSpan(match.start(1), match.end(1), PERSON)
        for match in _PASSENGER.finditer(text)
        if match.group(1).isupper()
    ]
