"""Set-6 helpers for street addresses: units before the house number, and number look-alikes.

* A unit, tower, building or flat written before the house number belongs to the address,
  possibly several of them and a building name: ``Unit 2333, Tower 2, 3206 Kalayaan Avenue``,
  ``Room 2767, Building 5, No. 50 Nanjing West Road``, ``Flat 8A\\n90 Hollybush Lane``,
  ``Unit 9, Oakwood Court, 386 Kloof Street``, ``apartment a10, 198 lenana road``.
* A Canadian unit joined by a hyphen: ``17-2490 Portage Avenue S``.
* A date (``5 May 2025``), a duration (``9h 55m``) or a quantity line (``2 eggs``) is no
  house number.
"""

from __future__ import annotations

import re

__all__ = ["dash_anchors", "not_a_house_number", "unit_prefix_start"]

_UNIT = (
    r"(?:flat|apt\.?|apartment|unit|suite|ste\.?|room|rm\.?|floor|fl\.?|level|blk\.?|block"
    r"|tower|building|bldg\.?|wing|villa|house|plot|no\.?|#)"
    r"(?: ?no\.?)? ?#?[a-z]?\d{1,5}[a-z]?"
)
_SEP = r"(?:, ?| ?\n ?)"
# One unit right before ``start`` (the text before is reversed into a look-behind-free form
# by anchoring at the end of a bounded window).
_UNIT_END = re.compile(r"(?i)(?<![\w#])" + _UNIT + _SEP + r"$")
# A building name between a unit and the house number: one to four words.
_NAME_END = re.compile(
    r"(?<![\w])(?:[^\W\d_][\w'\u2019.-]* ){0,3}[^\W\d_][\w'\u2019.-]*" + _SEP + "$"
)
_DASH_ANCHOR = re.compile(r"(?<![\w./:+#-])\d{1,4}[A-Za-z]?[-/]\d{1,5}[A-Za-z]?(?= [^\W\d_])")
_MONTHS = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
)  # fmt: skip
_YEAR_OR_END = re.compile(r" ?(?:\d{4}\b|$|[,.;)]\s)")
_DURATION = re.compile(r"\d{1,4}[hmd] \d{1,4}[msh]\b")


# "Plot 93, Bourdillon Road", "C-22-4, Jalan Tun Razak": a plot or unit, a comma, a street
# name without a house number of its own.
_UNIT_THEN_STREET = re.compile(
    r"(?<![\w-])(?:(?i:plot|lot) \d{1,5}[A-Za-z]?|[A-Z]-\d{1,3}-\d{1,3}), (?=[^\W\d_])"
)


def unit_street_starts(text: str) -> list[int]:
    """Starts of "<plot or unit>, <street name>" addresses (the caller checks the street)."""
    if "-" not in text and "lot " not in text.lower():
        return []
    return [match.start() for match in _UNIT_THEN_STREET.finditer(text)]


def unit_prefix_start(text: str, start: int, caseless: bool) -> int:
    """Where the address starting at ``start`` really starts, with the units before it."""
    found = start
    cursor = start
    named = False
    for _ in range(4):
        window_start = max(0, cursor - 40)
        unit = _UNIT_END.search(text, window_start, cursor)
        if unit is not None and unit.end() == cursor:
            cursor = found = unit.start()
            continue
        if named or found != start:
            break  # a building name only right before the house number
        name = _NAME_END.search(text, window_start, cursor)
        if name is None or name.end() != cursor:
            break
        words = name.group().rstrip(", \n").split()
        if not caseless and not all(w[0].isupper() for w in words):
            break
        unit = _UNIT_END.search(text, max(0, name.start() - 40), name.start())
        if unit is None or unit.end() != name.start():
            break
        named = True
        cursor = found = unit.start()
    return found


def dash_anchors(text: str) -> list[re.Match[str]]:
    """``17-2490 Portage Avenue``, ``39/114 Acacia Close``: a unit joined to the house number."""
    return list(_DASH_ANCHOR.finditer(text)) if "-" in text or "/" in text else []


def not_a_house_number(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` starts a date or a duration."""
    if _DURATION.match(text, start):
        return True
    rest = text[end + 1 : end + 12]
    word = rest.split(None, 1)[0].rstrip(".,").lower() if rest.strip() else ""
    if word in _MONTHS:
        return _YEAR_OR_END.match(text, end + 1 + len(rest.split(None, 1)[0])) is not None
    return False
