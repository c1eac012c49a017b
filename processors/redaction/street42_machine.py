"""(Stop 42, from set 40's tuning half) Addresses inside machine-written text: calendar
invites, CSV exports, geocoder logs and their search queries.

* An invite's ``LOCATION:`` key glued to the house number (``LOCATION:183 Fynbos Close, ...``)
  is read with the key blanked out (same offsets), so the number opens the address.
* A Japanese block number with a room after it (``1-15-14-287 Kami-Ikebukuro, ...``) is read
  without the room, then the span takes it in again.
* An address found from its opening quote (a CSV field, ``"Plaza del Lavadero 5, ...``)
  starts after the quote.
* A South African erf or stand number (``Erf 213, Kiepersol Avenue``) opens the address.
* A Nigerian ``off`` and the streets or districts after it (``39B Enugu Close, off Oke-Ilewo,
  Jos, Plateau State``) end it.
* In lower-case text a clause after a comma (``..., 4º dcha., wants a unit number``) or a
  tool's words after the address (``... app. 11 geocode returns null``) end it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from processors.redaction.spans import STREET_ADDRESS, PiiSpan

__all__ = ["Finder", "block_room_cuts", "with_machine_text_bounds"]

# The address finder without the steps that read a text anew (addresses.find_addresses with
# with_buildings False), which street42_buildings and this module call on a changed copy.
Finder = Callable[[str, Sequence[PiiSpan]], list[PiiSpan]]

_GLUED_KEY: Final = re.compile(r"(?m)^LOCATION[^:\n]{0,40}:(?=\d)")
_BLOCK_ROOM: Final = re.compile(r"(?<![\w-])\d{1,2}-\d{1,4}-\d{1,4}(?P<room>-\d{1,4})(?= [A-Za-z])")
_PLOT_BEFORE: Final = ("Erf ", "ERF ", "erf ", "Stand ")
_OFF_PIECES: Final = re.compile(
    r", off (?:[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3})"
    r"(?:, [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}){0,3}"
)
_CASELESS_CLAUSE: Final = re.compile(
    r", (?:wants|needs|keeps|says|said|is|was|has|had|will|would|can|could|should|pls"
    r"|please|thx|thanks|but|because)\b"
    r"| (?:geocode|geocoder|geocoding|returns|returned|failed|fails|errors?|timed out)\b"
)


def with_machine_text_bounds(
    text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan], finder: Finder
) -> list[PiiSpan]:
    """``found`` with the starts and ends of the module docstring (``finder`` as in
    street42_buildings: the address finder without the steps that read a text anew)."""
    if "LOCATION" in text:
        found = _glued_locations(text, found, barriers, finder)
    if not found:
        return found
    return [_bounded(text, span, barriers) for span in found]


def _glued_locations(
    text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan], finder: Finder
) -> list[PiiSpan]:
    for key in _GLUED_KEY.finditer(text):
        value = key.end()
        if any(span.start <= value < span.end for span in found):
            continue
        blanked = text[: key.start()] + " " * (value - key.start()) + text[value:]
        for span in finder(blanked, barriers):
            if span.start == value:
                found = [*found, span]
                break
    return found


def _bounded(text: str, span: PiiSpan, barriers: Sequence[PiiSpan]) -> PiiSpan:
    if span.entity_type != STREET_ADDRESS:
        return span
    start, end = span.start, span.end
    if text[start] in "\"'":
        start += 1
    elif text[start].isdigit():
        for plot in _PLOT_BEFORE:
            if text.endswith(plot, 0, start):
                start -= len(plot)
                break
    off = _OFF_PIECES.match(text, end)
    if off is not None and not any(b.start < off.end() and b.end > end for b in barriers):
        end = off.end()
    piece = text[start:end]
    if piece.islower():
        clause = _CASELESS_CLAUSE.search(piece)
        if clause is not None and clause.start() > 0:
            end = start + len(piece[: clause.start()].rstrip(" ,"))
    if (start, end) == (span.start, span.end) or end <= start:
        return span
    return PiiSpan(start, end, STREET_ADDRESS)


def block_room_cuts(text: str) -> list[tuple[int, int, int]]:
    """(anchor, cut start, cut end) of each Japanese block number with a room after it: the
    address is read without the room (street42_buildings splices it out)."""
    return [(m.start(), *m.span("room")) for m in _BLOCK_ROOM.finditer(text)]
