"""How many changelog records a worker's table recovery replayed, read from Faust's log.

On every assignment Faust's recovery logs two tables of the active changelog partitions: the
highwater (the last offset) and where reading starts (the offset the store already holds, or
-1). The records replayed are the sum of the differences. The worker logs JSON lines; the
tables sit in the ``message`` field, with ``〃`` standing for the topic of the row above.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

_ROW = re.compile(r"^\|\s*(\S+)\s*\|\s*(\d+)\s*\|\s*(-?\d+)\s*\|$")
_HIGHWATER = "Highwater - Active"
_STARTS = "Reading Starts At - Active"


def _rows(table: str) -> dict[tuple[str, int], int]:
    rows: dict[tuple[str, int], int] = {}
    topic = ""
    for line in table.splitlines():
        match = _ROW.match(line.strip())
        if match is None:
            continue
        name, partition, offset = match.groups()
        topic = topic if name == "〃" else name
        rows[(topic, int(partition))] = int(offset)
    return rows


def replayed_per_recovery(lines: Iterable[str]) -> list[int]:
    """Records replayed by each active recovery in the log, in order."""
    counts: list[int] = []
    highwaters: dict[tuple[str, int], int] | None = None
    for line in lines:
        try:
            message = str(json.loads(line).get("message", ""))
        except (ValueError, AttributeError):
            continue
        if _HIGHWATER in message:
            highwaters = _rows(message)
        elif _STARTS in message and highwaters is not None:
            starts = _rows(message)
            counts.append(sum(max(0, high - starts.get(tp, -1)) for tp, high in highwaters.items()))
            highwaters = None
    return counts


def replayed_in_log(path: Path) -> list[int]:
    """:func:`replayed_per_recovery` of the log file at ``path``."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        return replayed_per_recovery(handle)
