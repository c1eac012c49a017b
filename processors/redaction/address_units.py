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
from typing import Final

__all__ = ["dash_anchors", "not_a_house_number", "unit_prefix_start", "unit_word_before"]

_UNIT: Final = (
    r"(?:\d{1,4}-dong(?: \d{1,5}-ho)?|\d{1,5}-ho"  # Korean building and flat: "101-dong 1203-ho"
    r"|(?:flat|apt\.?|apartment|appt\.?|unit|suite|ste\.?|room|rm\.?|floor|fl\.?|level|blk\.?"
    r"|block|tower|building|bldg\.?|wing|villa|house|plot|no\.?|#"
    # (stop 46, set 44) rural lots and routes: "Lot 5, Concession 9, 4505 Chemin des ...",
    # "Rural Route 4, 6891 Corncrib Rd", "Parcela 61, ..."
    r"|lot|parcela|concession|rural route|rr)"
    r"(?: ?no\.?)? ?#?[a-z]?\d{1,5}[a-z]?"
    r"|(?:bât\.?|bâtiment|bat\.?|esc\.?|escalier|entrée|scala|aufgang|stiege|torre) ?[a-z]\d{0,2}"
    r"|(?:esc\.?|escalier|scala|stiege|torre) ?\d{1,2}"  # "Esc. 2"
    # "Flat A, 24/F", "5F-2"
    r"|(?:flat|unit|apt\.?|apartment|villa|shop) [a-z]|\d{1,3}/?f(?:-\d{1,3})?\.?)"
)
# A residence named before its unit: "Résidence Les Pins, appt 3, 103 rue ...".
_RESIDENCE_END: Final = re.compile(
    r"(?i)(?<![\w])(?:r[ée]sidences?|residencia|edif[ií]cio|immeuble|condominio|condominium"
    r"|urb\.|urbanizaci[oó]n|cond\.|residencial)"
    r"(?: [^\W\d_][\w'\u2019-]*){1,3}" + r"(?:, ?| ?\n ?)$"
)
_ESTATE_END: Final = re.compile(
    r"(?i)(?<![\w])(?:urb\.|urbanizaci[oó]n|cond\.|condominio)(?: [^\W\d_][\w'\u2019-]*){1,3}"
    r"(?:, ?| ?\n ?)$"
)
_SEP: Final = r"(?:, ?| ?\n ?)"
# One unit right before ``start`` (the text before is reversed into a look-behind-free form
# by anchoring at the end of a bounded window).
_UNIT_END: Final = re.compile(r"(?i)(?<![\w#])" + _UNIT + _SEP + r"$")
# A building name between a unit and the house number: one to four words.
_NAME_END: Final = re.compile(
    r"(?<![\w])(?:[^\W\d_][\w'\u2019.-]* ){0,3}[^\W\d_][\w'\u2019.-]*" + _SEP + "$"
)
# (The look-behind after the first digit lets the engine skip to digits; same matches.)
_DASH_ANCHOR: Final = re.compile(
    r"\d(?<![\w./:+#-]\d)\d{0,3}[A-Za-z]?[-/]\d{1,5}[A-Za-z]?(?= [^\W\d_])"
)
# A duration ("9h 55m") or a day and month, then a year or the end of the phrase ("5 May
# 2025", "16 August 2025."), in one match at the number.
_NOT_HOUSE: Final = re.compile(
    r"\d{1,4}[hmd] \d{1,4}[msh]\b|\d{1,2} (?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
    r"|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    r"(?: \d{4}\b|$|\n|[,.;)]\s)"  # (stop 45: or a line's end, "EMBARGOED 10:00 on 14 Jun\n")
)
_PLOT_THEN_STREET: Final = re.compile(
    r"(?<![\w-])(?:[Pp]lot|PLOT|[Ll]ot|LOT|[Pp]arcela|PARCELA) \d{1,5}[A-Za-z]?, (?=[^\W\d_])"
)
_LETTER_UNIT_THEN_STREET: Final = re.compile(r"-(?<=[A-Z]-)\d{1,3}-\d{1,3}, (?=[^\W\d_])")


def unit_street_starts(text: str) -> list[int]:
    """Starts of "<plot or unit>, <street name>" addresses (the caller checks the street)."""
    starts = []
    if "-" in text:
        for match in _LETTER_UNIT_THEN_STREET.finditer(text):
            start = match.start() - 1
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-"):
                starts.append(start)
    if "ot " in text or "OT " in text or "ela " in text or "ELA " in text:
        starts.extend(match.start() for match in _PLOT_THEN_STREET.finditer(text))
    return sorted(starts)


def unit_prefix_start(text: str, start: int, caseless: bool) -> int:
    """Where the address starting at ``start`` really starts, with the units before it."""
    before = text[max(0, start - 2) : start]
    if "," not in before and "\n" not in before:
        return start  # a unit ends with a comma or a line break
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
    if found != start:
        residence = _RESIDENCE_END.search(text, max(0, found - 50), found)
        if residence is not None and residence.end() == found:
            found = residence.start()
    elif "urb" in (window := text[max(0, start - 50) : start].lower()) or "cond" in window:
        # set 8: a Puerto Rican estate before the street, "Urb. Las Lomas, Calle 31 ..."
        estate = _ESTATE_END.search(text, max(0, start - 50), start)
        if estate is not None and estate.end() == start:
            found = estate.start()
    return found


def dash_anchors(text: str) -> list[re.Match[str]]:
    """``17-2490 Portage Avenue``, ``39/114 Acacia Close``: a unit joined to the house number."""
    return list(_DASH_ANCHOR.finditer(text)) if "-" in text or "/" in text else []


def not_a_house_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` starts a date or a duration, or (stop 31) follows a
    bracketed area code: "txn (126) 368 4131 settled" is a phone's shape, no house number."""
    if (
        start > 5
        and text[start - 2 : start] == ") "
        and _AREA_CODE_BEFORE.search(text, start - 8, start)
    ):
        return True
    if (start == 0 or text[start - 1] == "\n") and _RATING.match(text, start) is not None:
        return True  # (stop 43, set 41) a review's rating: "1/5 St Chad's primary: kind ..."
    return _NOT_HOUSE.match(text, start) is not None


# A review's rating opening a line: "4/5 ", "9/10 ", "3.5/5 ".
_RATING: Final = re.compile(r"(?:10|\d(?:[.,]5)?)/(?:5|10) (?!\d)")
_AREA_CODE_BEFORE: Final = re.compile(r"(?<![\w)])\(\d{2,5}\) $")
_UNIT_WORD_BEFORE: Final = re.compile(
    r"(?i)(?<![\w-])(?:unit|flat|apt\.?|apartment|suite|villa|shop) $"
)


def unit_word_before(text: str, start: int) -> int:
    """``Unit 4/16 Smith Street``: where a unit word before a joined unit/number starts."""
    unit = _UNIT_WORD_BEFORE.search(text, max(0, start - 11), start)
    return unit.start() if unit is not None and unit.end() == start else start
