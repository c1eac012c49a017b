"""(Stop 31, from set 26's even half) A Japanese address found from its block number
("1-12-7 Kamiharazono, Matsumoto, Nagano 921-1526") takes in the building and room written
before it ("Maison Kotoji 104, ", "Sakura Heights 205, "), as the block-first anchors of
:mod:`street11_anchors` do when a ward follows. Without a ward ("-ku", "-shi") those anchors
do not fire and another rule finds the address from its number, leaving the building out.

(Stop 33) A Korean road address found from its building number ("55 Banpo-daero, Seocho-gu,
Seoul 06591") takes in the apartment's building-unit number written before it ("101-1203, ").
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.spans import PiiSpan
from processors.redaction.street11_anchors import BUILDING_TYPES

__all__ = ["with_building_before_block"]

_BLOCK_START: Final = re.compile(r"\d{1,2}-\d{1,4}(?:-\d{1,4})? ")
# Up to two capitalised words, a building's type word (street11_anchors' loanwords),
# up to two words of its name, a room number and a comma, right before the block number.
_BUILDING_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:[A-Z][^\W\d_]+ ){0,2}(?i:" + BUILDING_TYPES + r")"
    r"(?: [A-Z][^\W\d_]+){0,2} \d{1,5}[A-Za-z]?, $"
)
# In lower-case text only a type word that opens the building's name ("maison kotoji 908, ").
_LOWER_BUILDING_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:maison|mezon|corpo|villa|residence|palace|castle|casa) [a-z][^\W\d_]+"
    r" \d{1,5}[a-z]?, $"
)
_REACH: Final = 60
# (Stop 33) A Korean road address opening at its building number ("55 Banpo-daero, ...")
# takes in the apartment written before it as building-unit ("101-1203, ").
_KOREAN_ROAD_START: Final = re.compile(r"\d{1,4}(?:-\d{1,3})? [A-Z]?[^\W\d_]+-(?i:ro|daero|gil)\b")
_KOREAN_UNIT_BEFORE: Final = re.compile(r"(?<![\w-])\d{3}-\d{3,4}, $")  # (dong-ho: "101-1203")


def with_building_before_block(text: str, found: list[PiiSpan]) -> list[PiiSpan]:
    """``found`` with each address that opens at a block number moved to the building
    before it, unless another span lies in between."""
    moved: list[PiiSpan] = []
    for span in found:
        start = span.start
        if _BLOCK_START.match(text, start) is not None and start > 6:
            before = _LOWER_BUILDING_BEFORE if text[start:].islower() else _BUILDING_BEFORE
            building = before.search(text, max(0, start - _REACH), start)
            if building is not None and not any(
                other is not span and building.start() < other.end and other.start < start
                for other in found
            ):
                span = PiiSpan(building.start(), span.end, span.entity_type)
        elif start > 6 and _KOREAN_ROAD_START.match(text, start) is not None:
            unit = _KOREAN_UNIT_BEFORE.search(text, max(0, start - 12), start)
            if unit is not None and not any(
                other is not span and unit.start() < other.end and other.start < start
                for other in found
            ):
                span = PiiSpan(unit.start(), span.end, span.entity_type)
        moved.append(span)
    return moved
