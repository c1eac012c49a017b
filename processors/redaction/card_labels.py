"""How far back a card cue may stand when the number follows a bare label (found on set 6).

A bare "Number:" / "No." label is an identifier cue, but in a card form it sits on the line
after "Name on card:" or "Card number", so for those generic labels the card cue ("card",
"visa", ...) is looked for over the two lines before, not just the 25 characters before.
"""

from __future__ import annotations

from typing import Final

from processors.redaction.phone_id_cues import id_cue_word

__all__ = ["card_cue_reach", "truncation_ok"]

_GENERIC: Final = frozenset(["number", "no", "nr", "num"])


def card_cue_reach(text: str, start: int) -> int:
    """Characters before ``start`` to search for a card cue (25, or 90 after a bare label)."""
    return 90 if id_cue_word(text, start) in _GENERIC else 25


def truncation_ok(digits: str, dropped: list[str]) -> bool:
    """Whether a card may be read from the leading groups of a longer run.

    "4111 1111 1111 1111 2025" is a card and a year; but a 12-digit head of a failing
    4-4-4-4 run ("6363 6894 1812 7196") or a 4-4-4-4 head of a failing 19-digit 4-4-4-4-3
    run is an invalid card, not a shorter one.
    """
    return len(digits) >= 13 and not (len(dropped) == 1 and len(dropped[0]) < 4)
