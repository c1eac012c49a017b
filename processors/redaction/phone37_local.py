"""(Stop 37, set 33's tuning half) Phone shapes that need their context to be read.

* **Seven-digit local numbers** ("TEL 967 2596", "left a voicemail on 339 7729"): three digits
  and four, joined by a space or a dash, are a subscriber number without its area code. Alone
  they are as often a count, a room or a part number, so they are phones only when a phone word
  stands right before them (at most a preposition and a colon between), or "my number is",
  or a key that ends in "phone" or "tel" (``KIN_PHONE=520 6638``).
* (Stop 38) **Eight or nine bare digits** ("phone=88207554", "TEL: 904609059"): a national
  number without separators after a phone key or word, as seven-digit numbers are; under a
  CSV phone column it needs no word (:func:`lookalikes.csv_phone_column`).
* **Grid references** (``Parking at 30S 624534 7283285``, ``"grid": "SU 2326 2417"``): a
  UTM zone ("30S") before an easting of six digits and a northing of seven, or the two letters
  of a British or Irish grid square before two groups of as many digits, are a place.
* **A rating after a number** ("order via +995 32 210 99 65 3 stars", "+65 9984 1829 10/10"):
  the candidate regex joins the rating's digits to the number, so a trailing group that a
  rating word or a "/5" or "/10" completes is cut off again, when what stays is still a phone.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lookalikes import csv_phone_column

__all__ = [
    "BARE_NUMBER_CUE_WORDS",
    "cued_bare_national",
    "cued_local_seven",
    "grid_reference",
    "rating_cut",
]

_UTM_ZONE_BEFORE: Final = re.compile(r"(?<![\w.])\d{1,2}[C-HJ-NP-X] $")
_UTM_NUMBERS: Final = re.compile(r"\d{6} \d{7}")
_GRID_SQUARE_BEFORE: Final = re.compile(r"(?<![\w.])[A-HJ-Z]{2} $")
_GRID_NUMBERS: Final = re.compile(r"(\d{3,5}) (\d{3,5})")
_SEVEN: Final = re.compile(r"\d{3}[ -]\d{4}")
# (stop 38) Every word that a cue of cued_bare_national holds (_CUE_RIGHT_BEFORE,
# _KEY_QUOTE_BEFORE, a CSV phone column's name): the redactor's phone gate looks for them
# before letting a bare run of eight digits through, so a word added to a cue goes here too.
BARE_NUMBER_CUE_WORDS: Final = (
    "tel", "phone", "mobile", "cell", "whatsapp", "fax", "msisdn", "voicemail", "call", "sms",
    "text", "number",
)  # fmt: skip
# (stop 38) A date written as eight digits ("20240115"), no phone even after "call".
_DATE: Final = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# (stop 38) The same cue as a key's name and its quoted value's opening quote: 'phone="8820'.
_KEY_QUOTE_BEFORE: Final = re.compile(
    r"(?i)(?:\b|_)(?:tel|phone|mobile|cell|whatsapp)[\"']?[ \t]*[:=][ \t]*[\"']$"
)
# A phone word, then at most a preposition, a colon or "is" before the number.
_CUE_RIGHT_BEFORE: Final = re.compile(
    r"(?i)(?:(?:\b|_)tel|phone|\bmobile|\bcell|\bcall|voicemail|whatsapp|\bsms|\btext"
    r"|\b(?:my|his|her|our|your|their) (?:new )?number)"
    r"(?:[.:=]|\b)[ \t]*(?:(?:on|from|at|to|is|me|us|no\.?|number)[ \t:]+){0,2}[ \t:]*$"
)
# A rating: " 3 stars", " 4 star", " 5★", or the tail "10/10" or "4/5" of the candidate.
_STAR_AFTER: Final = re.compile(r"[ ]?(?:stars?\b|\u2605|\u2b50)", re.IGNORECASE)
_SLASH_RATING: Final = re.compile(r" (\d{1,2})/(5|10)$")
_LAST_DIGIT_GROUP: Final = re.compile(r" (?:\d|10)$")  # a count of stars, not "51 ★★★★☆"


def cued_local_seven(text: str, start: int, core: str) -> bool:
    """Whether ``core`` (at ``start``) is a 3-4 local number right after a phone word."""
    return (
        len(core) == 8
        and _SEVEN.fullmatch(core) is not None
        and _CUE_RIGHT_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def cued_bare_national(text: str, start: int, core: str) -> bool:
    """(Stop 38) Whether ``core`` (at ``start``) is eight or nine bare digits right after a
    phone word or key, or in a CSV phone column."""
    if not (len(core) == 8 or len(core) == 9) or not core.isdigit() or _DATE.fullmatch(core):
        return False
    window = max(0, start - 30)
    return (
        _CUE_RIGHT_BEFORE.search(text, window, start) is not None
        or _KEY_QUOTE_BEFORE.search(text, window, start) is not None
        or ("\n" in text and csv_phone_column(text, start))
    )


def grid_reference(text: str, start: int, core: str) -> bool:
    """Whether ``core`` (at ``start``) is the numbers of a grid reference."""
    before = text[max(0, start - 5) : start]
    if _UTM_NUMBERS.fullmatch(core) is not None:
        return _UTM_ZONE_BEFORE.search(before) is not None
    pair = _GRID_NUMBERS.fullmatch(core)
    return (
        pair is not None
        and len(pair.group(1)) == len(pair.group(2))
        and _GRID_SQUARE_BEFORE.search(before) is not None
    )


def rating_cut(text: str, core: str, end: int) -> int:
    """How many characters to cut from the end of a "+" candidate ``core`` (ending at ``end``)
    because its last group is a rating, or 0."""
    slash = _SLASH_RATING.search(core)
    if slash is not None and int(slash.group(1)) <= int(slash.group(2)):
        return len(core) - slash.start()
    last = _LAST_DIGIT_GROUP.search(core)
    if last is not None and _STAR_AFTER.match(text, end) is not None:
        return len(core) - last.start()
    return 0
