"""(Stop 42, from set 40's tuning half) Names in the cells of a text table: a Markdown table or
a database client's result (``| id | last_name | first_name |`` over ``| 26494 | Yoo | Doyun
|``), whose header names the person columns as a CSV header does (name_placed reads those).
A result printed without its header row takes the columns of the ``SELECT`` before it
(``SELECT id, last_name, first_name, ssn FROM employees``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Final

from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["table_names"]

_ROW: Final = re.compile(r"(?m)^[ \t]*\|(?P<cells>.*)\|[ \t]*$")
_RULE: Final = re.compile(r"[-=:+| \t]+")
_SELECT: Final = re.compile(r"(?i)\bselect\s+(?P<columns>[\w\s.,`\"]+?)\s+from\b")


def table_names(
    text: str, name_columns: Collection[str], value_ok: Callable[[str], bool]
) -> list[PiiSpan]:
    """The cells of ``text``'s table under a column whose name is in ``name_columns`` and whose
    value ``value_ok`` accepts, as PERSON spans."""
    found: list[PiiSpan] = []
    rows = [row for row in _ROW.finditer(text) if not _RULE.fullmatch(row.group("cells"))]
    if not rows:
        return found
    header = [cell.strip().lower() for cell in rows[0].group("cells").split("|")]
    columns = {index for index, name in enumerate(header) if name in name_columns}
    data = rows[1:]
    if not columns:
        select = _SELECT.search(text, 0, rows[0].start())
        if select is None:
            return found
        header = [_column_name(part) for part in select.group("columns").split(",")]
        columns = {index for index, name in enumerate(header) if name in name_columns}
        data = rows
    for row in data if columns else ():
        offset = row.start("cells")
        for index, cell in enumerate(row.group("cells").split("|")):
            value = cell.strip()
            if index in columns and value and value_ok(value):
                start = offset + cell.index(value)
                found.append(PiiSpan(start, start + len(value), PERSON))
            offset += len(cell) + 1
    return found


def _column_name(part: str) -> str:
    """The name a SELECT gives a column: ``e.last_name`` and ``x AS last_name`` are
    ``last_name``."""
    words = part.strip().strip('`"').split()
    return words[-1].split(".")[-1].strip('`"').lower() if words else ""
