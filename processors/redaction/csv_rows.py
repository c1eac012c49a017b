"""The fields of a CSV line, read by the rules that know a column by its header: person names
(:mod:`name_placed`), identifiers and phones (:mod:`lookalikes`)."""

from __future__ import annotations

__all__ = ["csv_fields"]


def csv_fields(line: str) -> list[tuple[int, str]]:
    """The fields of a CSV line with their start offsets; a double-quoted field may hold
    commas (its quotes are part of the field, as a plain split would keep them)."""
    fields: list[tuple[int, str]] = []
    start = 0
    while True:
        if line.startswith('"', start):
            close = line.find('"', start + 1)
            comma = line.find(",", close + 1) if close >= 0 else line.find(",", start)
        else:
            comma = line.find(",", start)
        if comma < 0:
            fields.append((start, line[start:]))
            return fields
        fields.append((start, line[start:comma]))
        start = comma + 1
