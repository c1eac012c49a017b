"""The popularity stage: clean engagements (re-keyed by item) in; popularity state and Redis out."""

from __future__ import annotations

from collections.abc import Sequence

from processors.popularity import KIND_TO_WEIGHT, PopularityState, apply_engagement
from schemas.state import decode_state, encode_state
from sinks.writes import PopularityWrite
from streams.stages.clean import clean_records
from streams.stages.core import Core
from streams.stages.effects import Effects, RawRecord

__all__ = ["process_popularity_updates"]

STATE_SCHEMA = "PopularityState"


def process_popularity_updates(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Add each engagement to its item's forward-decayed score (exactly once per origin).

    Scores depend on event time only; ``now_ms`` is accepted like every stage's and unused.
    """
    del now_ms
    effects = Effects()
    table = core.tables.popularity
    half_life_ms = core.config.popularity_half_life_ms
    for clean, record in clean_records(batch, "CleanEvent", effects):
        if record.key is None:
            continue
        weight = KIND_TO_WEIGHT.get(clean["kind"], 0.0)
        if weight <= 0.0:
            continue
        stored = table.get(record.key)
        state = (
            PopularityState()
            if stored is None
            else PopularityState.from_record(decode_state(STATE_SCHEMA, stored))
        )
        origin = clean["source"]
        updated = apply_engagement(
            state,
            weight=weight,
            event_time_ms=clean["event_time"],
            source_partition=origin["partition"],
            source_offset=origin["offset"],
            half_life_ms=half_life_ms,
        )
        if updated is not None:
            table.set(
                record.key, encode_state(STATE_SCHEMA, updated.to_record()), record.source.partition
            )
            state = updated
        # Even a redelivered engagement rewrites the current score: the first delivery may
        # have updated the table but crashed before its Redis flush. ZADD GT makes it harmless.
        effects.redis.append(
            PopularityWrite(
                clean["tenant"],
                clean["surface"],
                clean["item_id"],
                state.log2_score,
                state.last_event_ms,
            )
        )
    return effects
