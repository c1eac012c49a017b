"""(Stop 26) A line written all in capitals is read as caseless text: a shouted review
(``BOGDAN D. DE LUCA IS THE BEST COACH EVER``) or a name line of a card or label
(``CONTACT CARD`` then ``RODEL DE LA FUENTE``).

Capitals carry no sign of a name there, so the capitalised rules either take the whole line
or nothing. ``find_names`` runs on the line in lower case (the caseless rules, with their
given-name list and look-alike filters) and its spans are moved to the line's place. Only a
line of two or more words and no placeholder qualifies, and only when lower-casing keeps its
length (it always does but for a few letters such as ``İ``), so offsets stay exact. A line
with a word of two or more letters and no vowel is a code line (``PNR PGXLUZ``), and a line
with a street word is an address line (``CAMINO DE RONDA``): neither is read.
"""

from __future__ import annotations

import re

from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.shapes import ascii_capitals

__all__ = ["capital_lines"]

_TWO_CAPITALS = re.compile(r"[^\W\d_a-z]{2}")  # (a cheap first test; re-checked per line)
_MIN_LETTERS = 4
# (titles are no codes: "MR JOHN SMITH")
_VOWELLESS_WORD = re.compile(
    r"(?<![^\W\d_])(?!(?:mrs?|ms|mx|dr|jr|sr)(?![^\W\d_]))[b-df-hj-np-tv-xz]{2,}(?![^\W\d_])"
)


def capital_lines(text: str) -> list[tuple[int, str]]:
    """``(offset, line in lower case)`` for each line of ``text`` written all in capitals."""
    # (speed: the substring test first, as the re-scan guard's text always holds a "<"; in
    # ASCII text the pair of capitals is a substring test too, same answer as the regex)
    if "<" in text:
        return []
    if text.isascii():
        if b"AA" not in ascii_capitals(text):
            return []
    elif _TWO_CAPITALS.search(text) is None:
        return []
    found: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lower = line.lower()
        if (
            " " in line.strip()
            and line.upper() == line
            and lower != line
            and len(lower) == len(line)
            and sum(char.isalpha() for char in line) >= _MIN_LETTERS
            and _VOWELLESS_WORD.search(lower) is None
            and not has_street_word(lower)
        ):
            found.append((offset, lower))
        offset += len(line) + 1
    return found
