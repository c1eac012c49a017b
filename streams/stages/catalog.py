"""The catalog stage: item upserts in; the tenant's retired items and item features for Redis.

Rankings and readers drop retired items; the profile stage learns from item features.
"""

from __future__ import annotations

from collections.abc import Sequence

from processors.gate import Rejected
from schemas.codec import decode
from schemas.errors import DecodeError
from sinks.writes import CatalogWrite
from streams.stages.core import Core
from streams.stages.deadletters import refuse
from streams.stages.effects import Effects, RawRecord

__all__ = ["process_catalog"]


def process_catalog(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Decode catalog records; undecodable ones become dead letters."""
    effects = Effects()
    for record in batch:
        if record.value is None:
            continue  # a compaction tombstone: nothing to apply
        try:
            item = decode(
                record.value, expected="CatalogItem", max_bytes=core.config.gate.max_event_bytes
            ).record
        except DecodeError as exc:
            refuse(effects, record, Rejected(exc.reason, exc.message), now_ms)
            continue
        effects.redis.append(CatalogWrite(item))
    return effects
