"""Address cues ("address", "lives at", "delivered to", "at", "to"): looked back at from an
anchor as evidence, and looked forward from to anchor a street named before its number.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["CUE_FORWARD", "CUE_FORWARD_LOWER", "WORD_FIRST", "cued"]

_CUE: Final = re.compile(
    r"(?i)(?:address(?:\s+is)?|addr\.?|adresse|anschrift|direcci[oó]n|indirizzo|endere[cç]o"
    r"|lives?\s+at|living\s+at|located\s+at|based\s+at"
    r"|deliver(?:ed|y)?\s+to|ship(?:ped)?(?:\s+\w+){0,3}\s+to|send(?:\s+\w+){0,3}\s+to"
    r"|mail(?:ed)?(?:\s+\w+){0,3}\s+to|moved?\s+to|visit\s+us\s+at|\bat|\bto)\s*:?\s*$"
)
# "(?<!\w)(?=[adielbmvt])" is "\b" before the first letters of the cues: the look-ahead
# rejects most positions before the alternation is tried (same matches, a third cheaper).
CUE_FORWARD: Final = re.compile(
    r"(?i)(?<!\w)(?=[adielbmvt])(?:a(?:ddress(?:\s+is)?|ddr\.?|t|dresse|nschrift)|direcci[oó]n|indirizzo|endere[cç]o"
    r"|l(?:ives?|iving|ocated)\s+at|based\s+at"
    r"|deliver(?:ed|y)?\s+to|moved?\s+to|visit\s+us\s+at|to)(?:\s+(?:is|to|at))?\s*:?\s+"
)
# The same cues for lower-cased ASCII text (where case-insensitive matching is matching the
# lower case), three times cheaper: each alternative starts with its letter, so the regex
# engine skips to those letters, and "(?<!\w.)" after the letter is the "(?<!\w)" before it.
# Keep the two in step (tests/unit/test_redaction_address_scans.py compares them).
CUE_FORWARD_LOWER: Final = re.compile(
    r"(?:a(?<!\w.)(?:ddress(?:\s+is)?|ddr\.?|t|dresse|nschrift)"
    r"|d(?<!\w.)(?:irecci[oó]n|eliver(?:ed|y)?\s+to)|i(?<!\w.)ndirizzo|e(?<!\w.)ndere[cç]o"
    r"|l(?<!\w.)(?:ives?|iving|ocated)\s+at|b(?<!\w.)ased\s+at|m(?<!\w.)oved?\s+to"
    r"|v(?<!\w.)isit\s+us\s+at|t(?<!\w.)o)(?:\s+(?:is|to|at))?\s*:?\s+"
)
# "<Name> and <street> <number>" or "<street words> <number>", then a plausible continuation.
WORD_FIRST: Final = re.compile(
    r"(?P<and>[^\W\d_][\w'\u2019-]* and )?"
    r"(?:(?!(?:and|the|my|your|our|his|her|their|a|an)\b)[^\W\d_][\w'\u2019.-]* ){0,4}"
    r"\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){0,2}\.?(?=$|[\n,;)?!]|\.(?!\d)|\s+(?:[A-Z\u00c0-\u024f\u0370-\u03ff]|apt|suite|\d|"
    r"yesterday|last|today|tomorrow|and|but|was|is|\n))"
)


def cued(text: str, start: int) -> bool:
    return bool(_CUE.search(text, max(0, start - 40), start))
