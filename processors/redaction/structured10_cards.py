"""(set 10 tuning half) Card numbers: a bare "number" described as whole, and a short last group.

Hooked into :func:`cards.find_cards` (and its spaced-card pass).

* A card number (brand prefix, length and Luhn already checked) after the bare word "number"
  ("no", "nr", "num") is taken despite that identifier cue when the word is described by a
  determiner or an adjective of completeness and by no identifier noun: "full number 6011
  7443 3540 3827", "the entire number ...". An order or tracking number is named by its noun
  ("order number", "tracking no."), which keeps the cue; a key ("order_number=") too.
* The same when a card's own fields follow within 40 characters on its line or record:
  an expiry, a security code or a card brand ("number 4111 ... exp 04/27 cvv 123",
  ``{"number": "4111...", "brand": "visa"}``); "expected" or "export" are no expiry.
* Digits printed in groups of four leave the remainder in a short last group: a 13-digit
  Visa reads "4782 0596 9267 2", a 14-digit Diners "3056 9309 0259 04", a 17/18-digit card
  "6011 ... 1" / "... 12". The finder asks for groups of three or more, so such a run is
  read whole when every group but the last has four digits and the last has one or two
  (not after an IBAN head: "FI44 3617 5603 6195 92" is an IBAN failing its checksum).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.structured_phone_cues import iban_head_before

__all__ = ["card_cue_after", "described_number_word", "four_grouped_with_short_tail"]

_NUMBER_WORDS: Final = frozenset(["number", "no", "nr", "num"])
# Determiners and possessives, and adjectives saying the number is written out in full.
_DESCRIBING_WORDS: Final = frozenset(
    [
        "the", "a", "this", "that", "my", "your", "his", "her", "their", "our", "its",
        "full", "whole", "entire", "complete", "long", "actual", "real", "same", "unmasked",
    ]
)  # fmt: skip
# An expiry, a security code or a brand after the number ("exp 04/27", "cvv", "visa").
_CARD_FIELD_AFTER: Final = re.compile(
    r"(?i)[^\n]{0,40}?(?<![^\W\d_])(?:exp(?:iry|ires|iration)?|valid\s+thru|cvv2?|cvc2?|csc|"
    r"visa|mastercard|amex)(?![^\W\d_])"
)
_SEPARATORS: Final = "\"'#:=.,;()[]{}|"


def _word_before(text: str, end: int) -> tuple[str, int]:
    """The word ending before ``end`` (after separators and spaces) and its start."""
    low = max(0, end - 40)
    while end > low and (text[end - 1].isspace() or text[end - 1] in _SEPARATORS):
        end -= 1
    begin = end
    while begin > low and not (text[begin - 1].isspace() or text[begin - 1] in _SEPARATORS):
        begin -= 1
    return text[begin:end], begin


def described_number_word(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a bare "number" ("no", ...) and a determiner or an
    adjective of completeness comes right before it ("full number", "the number")."""
    word, word_start = _word_before(text, start)
    if word.lower() not in _NUMBER_WORDS:
        return False
    before, _ = _word_before(text, word_start)
    return before.lower() in _DESCRIBING_WORDS or (
        before.endswith("-digit") and before[:-6].isdigit()  # "16-digit number"
    )


def four_grouped_with_short_tail(text: str, start: int, groups: list[str]) -> bool:
    """Whether ``groups`` (two or more, starting at ``start``) are groups of four and a last
    group of one or two, and do not follow an IBAN's country code and check digits (a failing
    "FI44 3617 5603 6195 92" is a mistyped IBAN, set 6)."""
    return (
        len(groups[-1]) <= 2
        and all(len(group) == 4 for group in groups[:-1])
        and not iban_head_before(text, start)
    )


def card_cue_after(text: str, end: int) -> bool:
    """Whether an expiry, a security code or a card brand follows the number ending at
    ``end`` within 40 characters on its line."""
    return _CARD_FIELD_AFTER.match(text, end) is not None
