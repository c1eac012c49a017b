"""(Stop 39, set 36's tuning half) An address in a CSV column that its header names.

Exports of rides, deliveries and orders put an address in a column (``rider_name,pickup,
dropoff,fare``; ``name,address,phone``), often without its town (``"6766 Sugarberry Pass"``,
``"Office 690, Al Wasl Road"``), where the walk, which wants a town or a postal code after a
short street, stops. The header says what the cell is: a cell under an address column that
holds a number and a word is an address, whole. A cell another span already covers in part is
left to that span (joined with it by :func:`with_street39_spans`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from processors.redaction.csv_rows import csv_fields
from processors.redaction.spans import PiiSpan, joined_street

__all__ = ["with_street39_spans"]

# Header cells that name an address (lower case, quotes and spaces stripped).
_ADDRESS_HEADERS: Final = frozenset(
    ["address", "addr", "street", "street_address", "address1", "address_1", "line1",
     "address_line1", "address_line_1", "pickup", "dropoff", "drop_off", "pickup_address",
     "dropoff_address", "delivery_address", "shipping_address", "billing_address", "ship_to",
     "home_address"]
)  # fmt: skip
# A house or unit number and a word of letters: "6766 Sugarberry Pass", "Office 690, Al Wasl".
_ADDRESS_CELL: Final = re.compile(r"(?=.*\d)(?=.*[^\W\d_]{3})[^\n]{6,80}")


def _address_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell under an address header, its quotes left out."""
    header_end = text.find("\n")
    if header_end < 0 or "," not in text[:header_end]:
        return []
    header = [cell.strip().strip('"').lower() for _, cell in csv_fields(text[:header_end])]
    columns = {i for i, name in enumerate(header) if name in _ADDRESS_HEADERS}
    if not columns:
        return []
    cells: list[tuple[int, int]] = []
    line_start = header_end + 1
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        for index, (offset, cell) in enumerate(csv_fields(text[line_start:line_end])):
            value = cell.strip()
            if index in columns and _ADDRESS_CELL.fullmatch(value.strip('"')):
                start = line_start + offset + cell.index(value)
                end = start + len(value)
                if value.startswith('"') and value.endswith('"') and len(value) > 1:
                    start, end = start + 1, end - 1
                cells.append((start, end))
        line_start = line_end + 1
    return cells


def with_street39_spans(
    text: str, found: list[PiiSpan], barriers: Sequence[PiiSpan]
) -> list[PiiSpan]:
    """``found`` with each address cell added, joined with the spans it overlaps."""
    if "," not in text or "\n" not in text:
        return found
    for start, end in _address_cells(text):
        found = joined_street(found, start, end, barriers)
    return found
