"""(stop 28) A 13-digit Visa printed 4-4-5, and the digits of an IBAN that are no card.

A 13-digit Visa (prefix 4, Luhn-valid) is also printed in three groups, ``4777 0528 35997`` or
``4808-9659-85759``; the 4-4-5 layout is not one that ``structured12_cards.card_layout_ok``
knows (it reads as a phone or an order number), so it counts only in card context: a card
word on its line before it ("card number (4777 ...", "declined"), or a CSV column named so
(``Name;Card;Expiry`` over ``Anja Messina;4808-9659-85759;09/28``).

Digits that continue an IBAN-shaped run (country code, check digits and any four-character groups
right before them: ``GB55 BARC 5905 7887 3556 00``) belong to that IBAN, valid or not, and
are no card.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.checksums import IBAN_LENGTHS

__all__ = ["iban_run_before", "visa13_in_card_context"]

# The card words that may stand before the number on its line.
_CARD_WORD: Final = re.compile(r"(?i)\b(?:card|visa|declined|charged?|pan)\b")
_VISA13_LAYOUTS: Final = ([4, 4, 5], [4, 3, 3, 3])
_CARD_COLUMN: Final = re.compile(r"(?i)\b(?:card|visa|cc|pan)\b")
_LINE_REACH: Final = 60
# Country code, check digits and one or more groups of four (the bank code first), each
# followed by one space or dash, right before the digits.
_IBAN_RUN: Final = re.compile(r"(?<![\w-])([A-Z]{2})\d\d(?:([ -])[A-Z0-9]{4})*[ -]$")
_IBAN_REACH: Final = 40


def visa13_in_card_context(text: str, start: int, groups: list[str]) -> bool:
    """Whether ``groups`` (starting at ``start``) are a 13-digit Visa printed 4-4-5 (or, stop
    31, 4-3-3-3: ``pan="4021-874-886-551"``) in card context; the caller checks Luhn and the
    brand."""
    if [len(group) for group in groups] not in _VISA13_LAYOUTS or groups[0][0] != "4":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _CARD_WORD.search(text, max(line_start, start - _LINE_REACH), start):
        return True
    return _card_column(text, line_start, start)


def iban_run_before(text: str, start: int) -> bool:
    """Whether an IBAN's country code, check digits and a group or more stand right before
    ``start`` (the digits continue that IBAN)."""
    if start < 10 or text[start - 1] not in " -":
        return False
    match = _IBAN_RUN.search(text, max(0, start - _IBAN_REACH), start)
    return match is not None and match.group(1) in IBAN_LENGTHS


def _card_column(text: str, line_start: int, start: int) -> bool:
    """Whether the field at ``start`` of a delimited row lies under a card column of the
    header line right above the row."""
    if line_start < 2:
        return False
    header_start = text.rfind("\n", 0, line_start - 1) + 1
    header = text[header_start : line_start - 1]
    row_prefix = text[line_start:start]
    for delimiter in ";,\t|":
        if delimiter in header and (row_prefix == "" or row_prefix.endswith(delimiter)):
            names = header.split(delimiter)
            column = row_prefix.count(delimiter)
            if column < len(names) and _CARD_COLUMN.search(names[column]):
                return True
    return False
