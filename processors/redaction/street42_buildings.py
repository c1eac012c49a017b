"""(Stop 42, from set 39's even half) A residential building named inside an address, which
the number-led walk does not cross:

* **between the house or flat number and the street** (``1A, Meadowview Court, Lalbagh Fort
  Road, Panchavati, Mysuru 570 112``; ``Rm 335, Meadowview Heights, Kalantas Street, ...``):
  the number and its comma are read with the building left out (the address is found in the
  text without it, the same rules deciding), and the span found so is widened back over it;
* **before a flat or unit** (``Amberleaf Heights, Flat B7, Mkungu Road, ...``): an address
  that opens with a unit word takes in the building named right before it;
* **on the line above** (``Unit 47, Skyline Vista 3\\n141 Wild Olive Crescent\\n...``): an
  address that opens a line takes in a line above that holds only a unit and its building.

The same splicing reads an Indian house number after ``#`` (``#369, Ring Road Phase 2, ...``)
without the ``#`` and a Japanese block number without its room (street42_machine).

A building is one to three capitalised words, the last a dwelling noun (``Court``,
``Heights``, ``Towers``, ``Vista``, ...), with an optional block number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.spans import STREET_ADDRESS, PiiSpan
from processors.redaction.street42_machine import Finder, block_room_cuts

__all__ = ["with_building_pieces"]

_DWELLINGS: Final = (
    r"(?:Court|Heights|Towers?|Vista|Residency|Residences?|Apartments|Mansions|House|Plaza"
    r"|Gardens|Villas|Enclave|Complex|Lodge|Cottage|Manor|Chambers|Estate)"
)
_BUILDING: Final = r"(?:[A-Z][^\W\d_]+ ){1,3}" + _DWELLINGS + r"(?: \d{1,3})?"
_UNIT_WORDS: Final = r"(?:Rm|Room|Flat|Unit|Office|Suite|Apt|Apartment|Shop|Ph\u00f2ng)"
# A number (or a unit and its number, or a Japanese block), a comma, the building and a
# comma, then a capital.
_BETWEEN: Final = re.compile(
    r"(?<![\w/-])(?:" + _UNIT_WORDS + r"\.? ?#?[A-Z]?\d{1,5}[A-Za-z]?|\d{1,4}[A-Z]?"
    r"|\d{1,2}-\d{1,4}(?:-\d{1,4})?), (?P<building>" + _BUILDING + r", )(?=[A-Z])"
)
# (An Indian house number written after "#": "at #369, Ring Road Phase 2, Sector 35-B, ...".)
# (It opens the address: after a line's or a field's start, a colon or "at"/"to"/"is", not
# after a street, where it numbers a unit: "4085 Turtlehead Blvd #57, Asheville".)
_HASH_NUMBER: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=[\"(])|(?<=: )|(?<=\bat )|(?<=\bto )|(?<=\bis ))"
    r"(?P<hash>#)\d{1,5}(?:/\d{1,3})?[A-Za-z]?, [A-Z\d]"
)
_BEFORE_UNIT: Final = re.compile(r"(?<![\w-])" + _BUILDING + r", $")
_OPENS_WITH_UNIT: Final = re.compile(_UNIT_WORDS + r"\.? ?#?[A-Z]?\d")
_UNIT_LINE: Final = re.compile(
    r"(?m)^[ \t]*" + _UNIT_WORDS + r"\.? ?#?[A-Z]?\d{1,5}[A-Za-z]?, " + _BUILDING + r"[ \t]*$"
)
_REACH: Final = 60


def with_building_pieces(
    text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan], finder: Finder
) -> list[PiiSpan]:
    """``found`` with the buildings of the module docstring taken in. ``finder`` finds the
    addresses of a text without this step (addresses.find_addresses, told not to splice)."""
    if ", " not in text:
        return found
    for match in _BETWEEN.finditer(text):
        cut_start, cut_end = match.span("building")
        found = _read_without(text, match.start(), cut_start, cut_end, found, barriers, finder)
    for match in _HASH_NUMBER.finditer(text) if "#" in text else ():
        cut_start, cut_end = match.span("hash")
        found = _read_without(text, cut_end, cut_start, cut_end, found, barriers, finder)
    for anchor, cut_start, cut_end in block_room_cuts(text) if "-" in text else ():
        found = _read_without(text, anchor, cut_start, cut_end, found, barriers, finder)
    return [_widened(text, span, barriers) for span in found]


def _read_without(
    text: str,
    anchor: int,
    cut_start: int,
    cut_end: int,
    found: list[PiiSpan],
    barriers: Sequence[PiiSpan],
    finder: Finder,
) -> list[PiiSpan]:
    """``found`` with the address that holds ``anchor`` (its number) read in ``text`` without
    ``text[cut_start:cut_end]`` (a building, a "#"), when one is found so across the cut."""
    if any(span.start <= anchor < span.end for span in found) or any(
        b.start < cut_end and b.end > min(anchor, cut_start) for b in barriers
    ):
        return found
    width = cut_end - cut_start
    spliced = text[:cut_start] + text[cut_end:]
    moved = [
        PiiSpan(b.start - width, b.end - width, b.entity_type) if b.start >= cut_end else b
        for b in barriers
    ]
    held = anchor if anchor < cut_start else anchor - width  # (the anchor in the spliced text)
    for span in finder(spliced, moved):
        if span.start <= min(held, cut_start) and span.end > max(held, cut_start):
            widened = PiiSpan(span.start, span.end + width, STREET_ADDRESS)
            kept = [s for s in found if not (s.start < widened.end and s.end > widened.start)]
            return [*kept, widened]
    return found


def _widened(text: str, span: PiiSpan, barriers: Sequence[PiiSpan]) -> PiiSpan:
    """``span`` widened back over a building before its unit, or a unit line above it."""
    if span.entity_type != STREET_ADDRESS:
        return span
    start = span.start
    low = max(0, start - _REACH)
    if _OPENS_WITH_UNIT.match(text, start):
        before = _BEFORE_UNIT.search(text, low, start)
        if before is not None:
            start = before.start()
    elif start > 0 and text[start - 1] == "\n":
        line_start = text.rfind("\n", 0, start - 1) + 1
        if _UNIT_LINE.match(text, line_start, start - 1):
            start = line_start + len(text[line_start:start]) - len(text[line_start:start].lstrip())
    if start == span.start or any(b.start < span.start and b.end > start for b in barriers):
        return span
    return PiiSpan(start, span.end, STREET_ADDRESS)
