"""Served recommendations in; the attribution join (table "served") and bandit counts out.

The recommendations topic is keyed by the raw user id like interactions, so a request's list
and its clicks are handled by the same worker and share the ``served`` table partition.

What the join teaches the bandit (impressions by position, attributed clicks) is counted
right here, per raw partition: the ``bandit`` table holds each partition's own counts per
item (key ``<partition>|tenant|surface|item``, on that partition), and Redis sums the
partitions (``sinks.bandit``). Counting where the join runs spares every impression a hop
through a topic re-keyed by item and a pass through another agent, which cost as much as
the rest of the learning path; the exactly-once effect is unchanged, because each
partition's counts still skip redelivered origins by their offsets.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from processors.deadletter import SourceRef
from processors.gate import Dropped, ServedList, admit_recommendation
from processors.item_bandit import ItemCounts, apply_update, partition_item_key
from processors.served import (
    BanditUpdate,
    Origin,
    ServedState,
    expired,
    expiry_deadline_ms,
    on_click,
    on_served,
)
from schemas.state import decode_state, encode_state
from sinks.bandit import BanditCountsWrite
from streams.agents.consent import opt_out_lookup
from streams.agents.deadletters import send_dead_letter
from streams.batching import FlushBuffer
from streams.output import TopicOutput
from streams.pipeline import Pipeline
from streams.tables import ChangeloggedTable

STATE_SCHEMA = "ServedState"
POSITIONS = 3  # examination slots modelled; deeper positions pool into the last


def served_state(table: ChangeloggedTable, request_id: str) -> ServedState:
    """The request's join state (empty if unseen)."""
    stored = table.get(request_id.encode())
    return (
        ServedState()
        if stored is None
        else ServedState.from_record(decode_state(STATE_SCHEMA, stored))
    )


def store_served(pipeline: Pipeline, request_id: str, state: ServedState, partition: int) -> None:
    """Write the request's join state and note when it may expire."""
    key = request_id.encode()
    pipeline.served_table.set(key, encode_state(STATE_SCHEMA, state.to_record()), partition)
    window_ms = pipeline.settings.attribution_window_ms
    pipeline.served_expiry.note(partition, expiry_deadline_ms(state, window_ms), key)


def count_updates(
    pipeline: Pipeline,
    tenant: str,
    surface: str,
    updates: Iterable[BanditUpdate],
    partition: int,
) -> list[BanditCountsWrite]:
    """Apply bandit updates to this partition's counts; return the counts to write to Redis.

    A redelivered update changes nothing in the table but still rewrites the current counts
    (see the popularity agent for why).
    """
    cache = pipeline.bandit_counts
    writes = []
    for update in updates:
        key = partition_item_key(partition, tenant, surface, update.item_id).encode()
        counts = cache.get(key) or ItemCounts.empty(POSITIONS)
        updated = apply_update(counts, update)
        if updated is not None:
            cache.put(key, updated, partition)
            counts = updated
        writes.append(
            BanditCountsWrite(
                tenant, surface, update.item_id, partition, counts.impressions, counts.clicks
            )
        )
    return writes


def attribute_click(pipeline: Pipeline, clean: dict[str, Any]) -> list[BanditCountsWrite]:
    """Join one clean CLICK to its served request and count what it teaches the bandit."""
    metrics = pipeline.metrics
    request_id = clean["request_id"]
    if request_id is None:
        metrics.unattributed.labels(reason="no_request_id").inc()
        return []
    table = pipeline.served_table
    source = clean["source"]
    # Clicks come from the gate, i.e. from "interactions" (origin stream "i").
    origin = Origin("i", source["partition"], source["offset"])
    state, updates, attributable = on_click(
        served_state(table, request_id), clean["item_id"], clean["event_time"], origin
    )
    store_served(pipeline, request_id, state, origin.partition)
    if not attributable:
        metrics.unattributed.labels(reason="item_not_served").inc()
    return count_updates(pipeline, clean["tenant"], clean["surface"], updates, origin.partition)


def register_recommendations(
    pipeline: Pipeline, output: TopicOutput, buffer: FlushBuffer[Any]
) -> None:
    """Attach the agent that pseudonymizes served lists and feeds the attribution join.

    Its events are acked through ``buffer`` (the gate's), after their outputs are delivered
    and their bandit counts are in Redis.
    """
    settings = pipeline.settings
    metrics = pipeline.metrics
    table = pipeline.served_table
    config = pipeline.gate_config
    pseudonymize = pipeline.pseudonymize
    is_opted_out = opt_out_lookup(pipeline)

    async def recommendations(stream: Any) -> None:
        manual = stream.noack()
        async for event in manual.events():
            message = event.message
            source = SourceRef(message.topic, message.partition, message.offset)
            pipeline.note_read(source.topic, source.partition, source.offset)
            outcome = admit_recommendation(
                event.value,
                pipeline.clock(),
                config=config,
                pseudonymize=pseudonymize,
                is_opted_out=is_opted_out,
            )
            writes: list[BanditCountsWrite] = []
            if isinstance(outcome, ServedList):
                origin = Origin("r", source.partition, source.offset)
                pipeline.advance_join_time("r", source.partition, outcome.event_time)
                state, updates = on_served(
                    served_state(table, outcome.request_id),
                    outcome.positions,
                    outcome.event_time,
                    origin,
                )
                store_served(pipeline, outcome.request_id, state, source.partition)
                writes = count_updates(
                    pipeline, outcome.tenant, outcome.surface, updates, source.partition
                )
            elif isinstance(outcome, Dropped):
                metrics.dropped.labels(reason=outcome.reason).inc()
            else:
                send_dead_letter(pipeline, output, source, event, outcome)
            buffer.add(writes, functools.partial(manual.ack, event))
            await buffer.flush_if_full()

    pipeline.app.agent(pipeline.topics.recommendations, name=f"{settings.app_id}.recommendations")(
        recommendations
    )


def expire_served(pipeline: Pipeline, window_ms: int) -> int:
    """Forget requests older than the attribution window; count clicks never attributed.

    "Older" is measured in event time against the slower of the two joined streams, so a
    list is kept until the click stream has caught up past its window. Runs from a timer,
    outside any stream event, so it names each tombstone's partition itself: a request's
    partition is that of the raw records that built it. Only entries the expiry index says
    are due are decoded (``streams.served_expiry``); the whole table is read once after a
    start or a rebalance, to index what recovery brought back.
    """
    table = pipeline.served_table
    index = pipeline.served_expiry
    if not index.complete:
        for key, stored in table.items():
            state = ServedState.from_record(decode_state(STATE_SCHEMA, stored))
            partition = _partition_of(state)
            if partition is not None:
                index.note(partition, expiry_deadline_ms(state, window_ms), key)
        index.complete = True
    removed = 0
    for partition in index.partitions():
        now = pipeline.join_watermark_ms(partition)
        if now is None:
            continue
        for key in index.due(partition, now):
            current = table.get(key)
            if current is None:
                continue  # already expired through an older index entry
            state = ServedState.from_record(decode_state(STATE_SCHEMA, current))
            if not expired(state, now, window_ms):
                index.note(partition, expiry_deadline_ms(state, window_ms), key)
                continue
            # Clicks on unserved items were counted when they came; these never met their list.
            lost = 0 if state.served else len(state.clicks)
            if lost:
                pipeline.metrics.unattributed.labels(reason="unknown_request").inc(lost)
            table.delete(key, partition)
            removed += 1
    return removed


def _partition_of(state: ServedState) -> int | None:
    origin = state.origin or (state.clicks[0].origin if state.clicks else None)
    return None if origin is None else origin.partition
