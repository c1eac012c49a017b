"""(Stop 42, from set 39's even half) A Costa Rican (and Nicaraguan) address given by
directions: a landmark, then a distance and a compass point from it, then what the house looks
like (``del Ebais de Curridabat, 100 metros al sur, portón café``; ``frente a la iglesia, 50
varas al norte``; ``del palí de san pedro 200 metros al sur y 50 al sur``). Such addresses
have no street and no house number: the distance is their only number, which the number-led
rules read as an address's start, leaving the landmark out, or not at all.

The landmark opens at the first word that points from a place (``del``, ``de la``, ``frente
a``, ``contiguo a``, ``costado sur de``, ...) within the line (or after a colon) before the
distance; up to two pieces that describe the house (``portón café``, ``casa 42``, ``mano
derecha``) follow it. A span found from the distance is widened back over the landmark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.spans import STREET_ADDRESS, PiiSpan
from processors.redaction.substrings import holds_any

__all__ = ["with_direction_addresses"]

_POINT: Final = r"(?:al |hacia el )?(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)"
_UNIT: Final = r"(?:metros|mts?\.?|m|varas|cuadras?|kil[oó]metros?|km)"
# (the unit is often left out: "del Banco Nacional, 300 sur")
_DISTANCE: Final = re.compile(
    r"(?i)(?<![\w.,])\d{1,4} ?(?:" + _UNIT + r" )?" + _POINT
    + r"(?: y \d{1,4} ?(?:" + _UNIT + r" )?" + _POINT + r")?"
    + r"(?![\w])"
)  # fmt: skip
_FROM_A_PLACE: Final = re.compile(
    r"(?i)(?<![\w])(?:del|de la|de los|de las|frente al?|contiguo al?|diagonal al?"
    r"|detr[aá]s del?|costado (?:norte|sur|este|oeste) del?|antiguo|antigua)[ ]"
)
_HOUSE_PIECE: Final = re.compile(
    r"(?i),? (?:(?:segunda|tercera|primera|cuarta|[uú]ltima) casa"
    r"(?: a (?:mano )?(?:izquierda|derecha))?|(?:a )?mano (?:izquierda|derecha)"
    r"|(?:port[oó]n|casa|edificio|apartamento|apto\.?|local|bodega|condominio)(?: [^\W_]+)?)"
    r"(?![\w])"
)
# The district or town and the province with its postal code, and the country: ", Cartago,
# Cartago 30443, Costa Rica" (Costa Rica's codes have five digits).
_TOWN_TAIL: Final = re.compile(
    r"(?:, [A-Z][^\W\d_]+(?: (?:de |del |la )?[A-Z][^\W\d_]+){0,3}){1,2} \d{5}"
    r"(?:, (?:Costa Rica|Nicaragua|CR))?(?![\w])"
)
_REACH: Final = 60
_POINTS: Final = (" norte", " sur", " este", " oeste", " noreste", " noroeste")  # (a gate)
_LANDMARK_WORD: Final = re.compile(r"[^\W\d_]{3}")
_BOUNDARIES: Final = ("\n", ": ", ". ", "; ")


def with_direction_addresses(
    text: str, lowered: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with the direction addresses of the module docstring (``lowered``: ``text``
    in lower case)."""
    if not holds_any(lowered, _POINTS) or not _FROM_A_PLACE.search(lowered):
        return found
    for distance in _DISTANCE.finditer(text):
        start = _landmark_start(text, distance.start())
        if start < 0 or any(b.start < distance.end() and b.end > start for b in barriers):
            continue
        end = distance.end()
        for _ in range(2):
            piece = _HOUSE_PIECE.match(text, end)
            if piece is None:
                break
            end = piece.end()
        town = _TOWN_TAIL.match(text, end)
        end = town.end() if town is not None else len(text[:end].rstrip(" ,"))
        joined = [
            s for s in found if s.entity_type == STREET_ADDRESS and s.start < end and s.end > start
        ]
        end = max([end, *(s.end for s in joined)])
        start = min([start, *(s.start for s in joined)])
        if any(b.start < end and b.end > start for b in barriers):
            continue
        kept = [s for s in found if s not in joined]
        found = [*kept, PiiSpan(start, end, STREET_ADDRESS)]
    return found


def _landmark_start(text: str, distance_start: int) -> int:
    """Where the landmark before the distance at ``distance_start`` opens, or -1."""
    low = max(0, distance_start - _REACH)
    for boundary in _BOUNDARIES:
        at = text.rfind(boundary, low, distance_start)
        if at >= 0:
            low = at + len(boundary)
    cue = _FROM_A_PLACE.search(text, low, distance_start)
    if cue is None or not _LANDMARK_WORD.search(text, cue.end(), distance_start):
        return -1  # ("del 2 al 5 sur" names no place)
    return cue.start()
