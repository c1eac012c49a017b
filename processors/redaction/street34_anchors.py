"""Anchors of address formats that carry no house number before or after the street's name
in a shape the other anchors know (stop-34 round, set 30):

* Mexican: a street type, the name and ``#`` with the number, then an interior number, the
  colonia and the postal code (``Calle Los Pinos #48 Int. 3, Col. Centro, C.P. 58000,
  Morelia, Mich.``); the ``Col.`` or ``C.P.`` after the number is the evidence;
* Argentine labels: the postal code in brackets before the town, the province on the last
  line (``PJE. LAS ACACIAS 40 3º B\n(5501) GODOY CRUZ\nMENDOZA``);
* Gulf states: a unit and its number, a building's name, then the street
  (``Office 310, Palm Court Tower, Al Nakheel Road, Doha``): no house number at all.

:mod:`processors.redaction.addresses` walks from each anchor's start.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_bounds import keeps_dot

__all__ = ["label_end", "street34_anchors"]

# Street types of Mexican addresses (Correos de México's "tipo de vialidad" list, the common
# ones), any case.
_MX_STREET: Final = re.compile(
    r"(?i)(?<![\w'\u2019.-])(?:calle|privada|priv\.|avenida|av\.|andador|cerrada|callejón"
    r"|prolongación|prol\.|boulevard|blvd\.|bulevar|circuito|calzada|retorno)"
    r" (?:[^\W\d_][\w'\u2019.-]* ){1,4}(?P<num>#\d{1,5}[A-Za-z]?)(?![\w-])"
    r"(?: (?i:int\.?|interior|depto\.?|dpto\.?) [\w-]{1,5})?,? ?\n? ?"
    r"(?i:col\.|colonia|fracc\.|fraccionamiento|barrio|c\.p\.|cp) "
)
# After the postal code: the town and the state's abbreviation ("..., C.P. 58000, Morelia,
# Mich."; "\nC.P. 58000\nMORELIA, MICH."), then the country.
_MX_CODE: Final = re.compile(r"(?i)\bc\.? ?p\.? ?\d{5}(?!\w)")
_MX_TOWN_STATE: Final = re.compile(
    r"(?:, ?| ?\n ?)[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3},?"
    r" (?P<state>[^\W\d_]{2,5}\.)"
    r"(?:, (?i:méxico|mexico)(?!\w))?"
)
# Argentine label: a street type, the name, the number, a floor and flat ("6º A"), then the
# postal code in brackets before the town on the next line, and the province's line
# ("Pje. Las Acacias 40 3º B\n(5501) Godoy Cruz\nMendoza").
_AR_LABEL: Final = re.compile(
    r"(?i)(?<![\w'\u2019.-])(?:pje\.|pasaje|av\.|avda\.|avenida|calle|bv\.|bulevar|diag\.)"
    r" (?:[^\W\d_][\w'\u2019.-]* ){1,4}\d{1,5}"
    r"(?: \d{1,2}[º°ª] ?[a-z]?|,? piso \d{1,2}(?:,? (?:dto|dpto|depto)\.? [a-z\d]{1,3})?)?"
    r"\n\(\d{4}\) [^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,3}"
    r"(?P<province>\n[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,2}(?=\n|$))?"
)
# A unit word and its number, a building's name ("... Heights", "... Tower 2", "Marina
# Gate"; or none), then a street part that ends in its street type; after commas or on lines
# of their own.
_GULF_UNIT_PATTERN: Final = (
    r"(?<![\w'\u2019.-])(?:Office|Suite|Flat|Apartment|Apt\.?|Villa|Unit|Shop)"
    r" [A-Z]?\d{1,5}[A-Z]?(?:, |\n)"
    r"(?:(?:[A-Z][\w'\u2019-]* ){0,3}[A-Z][\w'\u2019-]*(?: \d{1,2})?(?:, |\n))?"
    r"(?:[A-Z][\w'\u2019-]* ){1,4}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Lane"
    r"|Close|Drive|Crescent|Way)(?=[,\n])"
)
_GULF_UNIT: Final = re.compile(_GULF_UNIT_PATTERN)
# The same in text written all in lower case (a search query): "[A-Z]" would match nothing.
# (The pattern holds no upper-case escape such as "\W", which lower() would turn round.)
_GULF_UNIT_LOWER: Final = re.compile(_GULF_UNIT_PATTERN.lower())
# And in capitals (a label: "OFFICE 12, MARINA HEIGHTS, ..."), where a match must be all upper.
_GULF_UNIT_ANY_CASE: Final = re.compile(_GULF_UNIT_PATTERN.lower(), re.IGNORECASE)
_UPPER_UNITS: Final = (
    "OFFICE ",
    "SUITE ",
    "FLAT ",
    "APARTMENT ",
    "APT",
    "VILLA ",
    "UNIT ",
    "SHOP ",
)


def street34_anchors(text: str, lowered: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each anchor above: the walk starts at ``start`` and must reach
    ``end``. ``lowered`` is ``text`` in lower case."""
    found: list[tuple[int, int]] = []
    if "#" in text and (
        "col" in lowered
        or "c.p" in lowered
        or "cp " in lowered
        or "fracc" in lowered
        or "barrio" in lowered
    ):
        found.extend((m.start(), m.end("num")) for m in _MX_STREET.finditer(text))
    if "\n(" in text:
        found.extend((m.start(), m.end()) for m in _AR_LABEL.finditer(text))
    if (", " in text or "\n" in text) and (
        "office" in lowered
        or "suite" in lowered
        or "flat" in lowered
        or "apt" in lowered
        or "apartment" in lowered
        or "villa" in lowered
        or "unit" in lowered
        or "shop" in lowered
    ):
        gulf = _GULF_UNIT_LOWER if text.islower() else _GULF_UNIT
        found.extend((m.start(), m.end()) for m in gulf.finditer(text))
        if not text.islower() and _holds_upper_unit(text):
            found.extend(
                (m.start(), m.end())
                for m in _GULF_UNIT_ANY_CASE.finditer(text)
                if m.group().isupper()
            )
    return found


def label_end(text: str, start: int, walked: int, limit: int) -> int:
    """The end of a Mexican or Argentine address from ``start`` whose walk reached ``walked``
    (before ``limit``), or ``start`` when it is neither. Mexican: after its ``C.P.`` code,
    its town and state (which street_ends would cut as a town after the postal part, "Son."
    as an English word). Argentine: the label's lines (the walk stops at the bracket)."""
    label = _AR_LABEL.match(text, start, limit) if "\n(" in text else None
    if label is not None:
        return label.end()
    code = _MX_CODE.search(text, start, walked)
    if code is None:
        return start
    town = _MX_TOWN_STATE.match(text, code.end(), walked)
    if town is None or not keeps_dot(town.group("state"), text, town.end("state")):
        return start
    return town.end()


def _holds_upper_unit(text: str) -> bool:
    # (A plain loop: compiled, any() over a generator builds a frame per call.)
    for unit in _UPPER_UNITS:  # noqa: SIM110
        if unit in text:
            return True
    return False
