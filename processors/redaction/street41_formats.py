"""(Stop 41, from set 38's even half) Addresses written without a house number, found back
from the code that ends them:

* an Irish address before its Eircode (``Bramble Cottage, Coolnacaheragh, Dingle, Co. Kerry,
  V92 D8E3, Ireland``): a house name, a townland, a town and the county, each a capitalised
  piece; the Eircode's routing key is a letter and two digits (``D6W`` for Dublin 6W), its
  unique part four capitals and digits (any letter: the county before it is anchor enough,
  and codes typed from memory break the Eircode alphabet);
* an East or West African street named without a number, a landmark after it, the area and
  the city with its postal code (``Muringa Road, after the speed bump, Lavington, Nairobi
  00603``; ``Toyin Street, next to the church hall, Oniru, Ikoyi, Lagos 101213``).

Each starts a line or a field, or follows ``at``, ``to``, ``from`` or ``is``; the country after
the code is taken too.

* A Spanish, Portuguese or Latin American street without a number, ``s/n`` (sin número, sem
  número) in its place (``Calle del Olivo Viejo, s/n\\n37292 Salamanca``, ``Avenida de los
  Colorines s/n, Col. Álamos, C.P. 58092, Morelia``): a street type first, then walked on from
  the ``s/n`` as from a house number.

A found span it overlaps is joined to it; none crosses a barrier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.address_walk import trim, walk
from processors.redaction.spans import PiiSpan, barrier_limit, joined_street
from processors.redaction.street_types_first import TYPES_FIRST_ALTERNATION

__all__ = ["with_street41_spans"]

_START: Final = r"(?:^|(?<=[\n\"'>])|(?<=: )|(?<= at )|(?<= to )|(?<= from )|(?<= is ))"
# A capitalised piece of up to four words; Irish particles stay lower case ("Bóthar an Chnoic").
_CAPITAL: Final = r"[A-Z\u00c0-\u00de][\w'\u2019-]*"
_PIECE: Final = rf"{_CAPITAL}(?: (?:an|na|{_CAPITAL})){{0,3}}"
_IRISH: Final = re.compile(
    rf"{_START}(?:{_PIECE}, ){{1,4}}Co\. [A-Z][a-z]+,? "
    r"(?:[A-Z]\d{2}|D6W) [0-9A-Z]{4}(?![\w-])(?:, Ireland)?"
)
_STREET_TYPE: Final = r"(?:Road|Street|Drive|Avenue|Close|Crescent|Lane|Way|Rd|St)"
# The words that open a landmark after a street ("Muringa Road, after the speed bump, ...").
_LANDMARK_OPENERS: Final = (
    "after", "before", "next to", "opposite", "across from", "behind", "beside", "near", "off"
)  # fmt: skip
_LANDMARK: Final = rf"(?:{'|'.join(_LANDMARK_OPENERS)}) (?:the |a )?[a-z][a-z ]{{2,30}}"
# (Speed) The gate: an opener's first word after a comma and a space.
_LANDMARK_GATES: Final = tuple(f", {opener.split(' ')[0]} " for opener in _LANDMARK_OPENERS)
_AFRICAN: Final = re.compile(
    rf"{_START}[A-Z][\w'-]*(?: [A-Z][\w'-]*){{0,2}} {_STREET_TYPE}, {_LANDMARK}, "
    rf"(?:{_PIECE}, ){{1,3}}[A-Z][\w'-]*(?: [A-Z][\w'-]*)? \d{{5,6}}(?![\w-])"
    r"(?:, (?:Kenya|Nigeria|Uganda|Tanzania|Ghana))?"
)


_WITHOUT_NUMBER: Final = re.compile(
    rf"(?i:{TYPES_FIRST_ALTERNATION}) [^\W\d_][^\n,\d]{{1,40}}?,? [sS]/[nN](?![\w/])"
)


def with_street41_spans(
    text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with the addresses of the module docstring added."""
    if "Co. " in text:
        for match in _IRISH.finditer(text):
            found = joined_street(found, match.start(), match.end(), barriers)
    if ", " in text and _may_have_landmark(text):
        for match in _AFRICAN.finditer(text):
            found = joined_street(found, match.start(), match.end(), barriers)
    if "s/n" in text or "S/N" in text:
        for match in _WITHOUT_NUMBER.finditer(text):
            start = match.start()
            if start > 0 and text[start - 1].isalnum():
                continue  # (inside a word)
            limit = barrier_limit(barriers, start, len(text))
            end = trim(text, start, walk(text, match.end() - 3, limit, allow_and=False))
            found = joined_street(found, start, max(end, match.end()), barriers)
    return found


def _may_have_landmark(text: str) -> bool:
    """False only when no landmark word of :data:`_LANDMARK` follows a comma and a space."""
    return any(gate in text for gate in _LANDMARK_GATES)
