"""Reading the clean topics, which only the gate writes, for the stages that learn from them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from schemas.codec import decode
from schemas.errors import DecodeError
from streams.stages.effects import Effects, RawRecord

__all__ = ["clean_records"]


def clean_records(
    batch: Sequence[RawRecord], schema: str, effects: Effects
) -> Iterator[tuple[dict[str, Any], RawRecord]]:
    """Each record of ``batch`` decoded as ``schema``, with the record.

    Tombstones are skipped. A record that does not decode as ``schema`` was not written by
    our gate and has nothing to teach: it is counted as dropped (``foreign_<schema>``) and
    skipped, not dead-lettered.
    """
    for record in batch:
        if record.value is None:
            continue
        if record.decoded is not None and record.decoded.name == schema:
            yield record.decoded.record, record
            continue
        try:
            clean = decode(record.value, expected=schema).record
        except DecodeError:
            effects.counts["dropped", f"foreign_{schema}"] += 1
            continue
        yield clean, record
