"""The bandit agent: per-item impression and click counts in a table, materialized to Redis."""

from __future__ import annotations

import functools
from typing import Any

from processors.errors import DecodeError
from processors.item_bandit import ItemCounts, apply_update
from processors.served import BanditUpdate, Origin
from schemas.codec import decode
from schemas.state import decode_state, encode_state
from sinks.bandit import BanditCountsWrite
from streams.batching import FlushBuffer
from streams.pipeline import Pipeline
from streams.tables import ChangeloggedTable

STATE_SCHEMA = "ItemCounts"
POSITIONS = 3  # examination slots modelled; deeper positions pool into the last


def register_bandit(pipeline: Pipeline, buffer: FlushBuffer[BanditCountsWrite]) -> None:
    """Attach the bandit agent to ``pipeline.app``; it feeds ``buffer``."""
    settings = pipeline.settings
    table = pipeline.bandit_table
    stage_seconds = pipeline.metrics.processing_seconds.labels(stage="bandit")

    async def bandit(stream: Any) -> None:
        manual = stream.noack()
        async for event in manual.events():
            with stage_seconds.time():
                message = event.message
                pipeline.note_read(message.topic, message.partition, message.offset)
                writes = _apply(table, event.key, event.value, message.partition)
                buffer.add(writes, functools.partial(manual.ack, event))
                await buffer.flush_if_full()

    pipeline.app.agent(pipeline.topics.bandit_updates, name=f"{settings.app_id}.bandit")(bandit)


def _apply(
    table: ChangeloggedTable, key: bytes, value: bytes, partition: int
) -> list[BanditCountsWrite]:
    try:
        record = decode(value, expected="BanditUpdate").record
    except DecodeError:
        return []  # only our gate writes this topic; nothing here to learn from
    update = BanditUpdate(
        record["item_id"],
        record["position"],
        record["impressions"],
        record["clicks"],
        Origin(record["origin_kind"], record["origin_partition"], record["origin_offset"]),
    )
    stored = table.get(key)
    counts = (
        ItemCounts.empty(POSITIONS)
        if stored is None
        else ItemCounts.from_record(decode_state(STATE_SCHEMA, stored))
    )
    updated = apply_update(counts, update)
    if updated is not None:
        table.set(key, encode_state(STATE_SCHEMA, updated.to_record()), partition)
        counts = updated
    # A redelivery still rewrites the current counts (see the popularity agent for why).
    return [
        BanditCountsWrite(
            record["tenant"],
            record["surface"],
            record["item_id"],
            counts.impressions,
            counts.clicks,
        )
    ]
