"""The popularity agent: clean engagements in; table state and Redis rankings out."""

from __future__ import annotations

import functools
import time
from typing import Any

from processors.errors import DecodeError
from processors.popularity import (
    KIND_TO_WEIGHT,
    PopularityState,
    apply_engagement,
)
from schemas.codec import decode
from schemas.state import decode_state, encode_state
from sinks.popularity import PopularityWrite
from streams.batching import FlushBuffer
from streams.pipeline import Pipeline
from streams.tables import ChangeloggedTable

STATE_SCHEMA = "PopularityState"


def register_popularity(pipeline: Pipeline, buffer: FlushBuffer[PopularityWrite]) -> None:
    """Attach the popularity agent to ``pipeline.app``; it feeds ``buffer``."""
    settings = pipeline.settings
    table = pipeline.popularity_table
    half_life_ms = settings.popularity_half_life_s * 1000.0
    stage_seconds = pipeline.metrics.processing_seconds.labels(stage="popularity")

    async def popularity(stream: Any) -> None:
        manual = stream.noack()
        async for event in manual.events():
            started = time.perf_counter()
            message = event.message
            pipeline.note_read(message.topic, message.partition, message.offset)
            writes = _apply(table, event.key, event.value, message.partition, half_life_ms)
            buffer.add(writes, functools.partial(manual.ack, event))
            await buffer.flush_if_full()
            stage_seconds.observe(time.perf_counter() - started)

    pipeline.app.agent(pipeline.topics.popularity_updates, name=f"{settings.app_id}.popularity")(
        popularity
    )


def _apply(
    table: ChangeloggedTable, key: bytes, value: bytes, partition: int, half_life_ms: float
) -> list[PopularityWrite]:
    try:
        clean = decode(value, expected="CleanEvent").record
    except DecodeError:
        # Only the gate writes this topic, with our own schema; a record we cannot read here
        # was not produced by us and has nothing to teach popularity.
        return []
    weight = KIND_TO_WEIGHT.get(clean["kind"], 0.0)
    if weight <= 0.0:
        return []
    stored = table.get(key)
    state = (
        PopularityState()
        if stored is None
        else PopularityState.from_record(decode_state(STATE_SCHEMA, stored))
    )
    source = clean["source"]
    updated = apply_engagement(
        state,
        weight=weight,
        event_time_ms=clean["event_time"],
        source_partition=source["partition"],
        source_offset=source["offset"],
        half_life_ms=half_life_ms,
    )
    if updated is not None:
        table.set(key, encode_state(STATE_SCHEMA, updated.to_record()), partition)
        state = updated
    # Even a redelivered engagement rewrites the current score: the first delivery may have
    # updated the table but crashed before its Redis flush. ZADD GT makes the rewrite harmless.
    return [
        PopularityWrite(
            clean["tenant"],
            clean["surface"],
            clean["item_id"],
            state.log2_score,
            state.last_event_ms,
        )
    ]
