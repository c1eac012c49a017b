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
from typing import Final

from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.shapes import ascii_capitals

__all__ = ["capital_lines"]

_TWO_CAPITALS: Final = re.compile(r"[^\W\d_a-z]{2}")  # (a cheap first test; re-checked per line)
_MIN_LETTERS: Final = 4
# Where a sentence in capitals ends: its end mark, then blanks and a lower-case letter (an
# initial's full stop, "Y. AL-MANSOURI", ends nothing).
_SENTENCE_END: Final = re.compile(r"[.!?]+(?= +[^\W\d_A-Z])")
# (titles are no codes: "MR JOHN SMITH")
_VOWELLESS_WORD: Final = re.compile(
    r"(?<![^\W\d_])(?!(?:mrs?|ms|mx|dr|jr|sr)(?![^\W\d_]))[b-df-hj-np-tv-xz]{2,}(?![^\W\d_])"
)


def capital_lines(text: str) -> list[tuple[int, str]]:
    """``(offset, line in lower case)`` for each line of ``text`` written all in capitals, and
    for each sentence in capitals of a line that is not (stop 27)."""
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
        if line.upper() == line:
            if _shouted(line):
                found.append((offset, line.lower()))
        elif (". " in line or "! " in line or "? " in line) and _TWO_CAPITALS.search(line):
            # (stop 27) a sentence in capitals in a line that goes on in lower case:
            # "OSMAR MAC CARTHAIGH IS THE BEST TUTOR EVER. my son finally passed maths"
            start = 0
            for end in _SENTENCE_END.finditer(line):
                piece = line[start : end.end()]
                if piece.upper() == piece and _shouted(piece):
                    found.append((offset + start, piece.lower()))
                start = end.end()
        offset += len(line) + 1
    return found


def _shouted(piece: str) -> bool:
    """A piece (a line, or a sentence of one) in capitals that may be read in lower case."""
    lower = piece.lower()
    return (
        " " in piece.strip()
        and lower != piece
        and len(lower) == len(piece)
        and sum(char.isalpha() for char in piece) >= _MIN_LETTERS
        and _VOWELLESS_WORD.search(lower) is None
        and not has_street_word(lower)
    )
