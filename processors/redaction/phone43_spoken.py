"""(stop 43, set 41) A phone number read out digit by digit, as speech-to-text writes it in a
call or voicemail transcript: "uh my number is 0 7 9 1 1 1 2 3 4 5 6".

Ten to thirteen single digits (a "+" may open them), each one space apart, with no digit or
word glued to either end, are a phone number when a phone word stands in the 40 characters
before them (:func:`phone_context.phone_cue_before`): without one, a spaced run of digits is as
often a code read out, a lottery line or a grid.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.phone_context import phone_cue_before
from processors.redaction.spans import PHONE_NUMBER, PiiSpan

__all__ = ["SPOKEN_SHAPE", "find_spoken_phones"]

# What such a run looks like in ascii_shape() (a digit reads "0"): the gate of the detector.
SPOKEN_SHAPE: Final = "0 0 0 0 0 0 0 0 0 0"
_SPOKEN: Final = re.compile(r"(?<![\w+])(?:\+ ?)?\d(?: \d){9,12}(?! ?\d)(?!\w)")


def find_spoken_phones(text: str) -> list[PiiSpan]:
    """The phone numbers of ``text`` read out digit by digit after a phone word."""
    return [
        PiiSpan(match.start(), match.end(), PHONE_NUMBER)
        for match in _SPOKEN.finditer(text)
        if phone_cue_before(text, match.start())
    ]
