"""The recommendations stage and the attribution join (table ``served``), with bandit counts.

The recommendations topic is keyed by the raw user id like interactions, so a request's list
and its clicks are handled on the same partition and share the ``served`` table partition.

What the join teaches the bandit (impressions by position, attributed clicks) is counted
right here, per raw partition: the ``bandit`` table holds each partition's own counts per
item (key ``<partition>|tenant|surface|item``, on that partition), and Redis sums the
partitions (``sinks.bandit``). Each partition's counts skip redelivered origins by their
offsets, so the effect is exactly once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

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
    positions_of,
)
from schemas.codec import encode
from sinks.writes import BanditCountsWrite
from streams.stages.clean import clean_records
from streams.stages.consent import is_opted_out
from streams.stages.core import Core
from streams.stages.deadletters import refuse
from streams.stages.effects import Effects, RawRecord, TopicRecord
from streams.stages.experiment_outcomes import compact_signals, record_served

__all__ = [
    "attribute_click",
    "expire_served",
    "learn_from_served",
    "process_clean_served",
    "process_recommendations",
]


def process_recommendations(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Pseudonymize served lists (to ``served.clean``), join them with their clicks, and
    count impressions."""
    effects = Effects()
    config = core.config
    for record in batch:
        if record.value is None:
            continue
        outcome = admit_recommendation(
            record.value,
            record.source,
            now_ms,
            config=config.gate,
            pseudonymize=core.pseudonymize,
            is_opted_out=lambda tenant, user: is_opted_out(core, tenant, user),
        )
        if isinstance(outcome, ServedList):
            data = encode("CleanServed", outcome.clean, validate=False)
            effects.records.append(TopicRecord("served.clean", outcome.user_key.encode(), data))
            learn_from_served(core, outcome.clean, effects)
            core.anomalies.served(record.source, outcome.clean)
        elif isinstance(outcome, Dropped):
            effects.counts["dropped", outcome.reason] += 1
            core.anomalies.not_admitted(record.source, refused=False)
        else:
            refuse(effects, record, outcome, now_ms)
            core.anomalies.not_admitted(record.source, refused=True)
    core.anomalies.emit_into("traffic", effects)
    compact_signals(effects)
    return effects


def learn_from_served(core: Core, clean: Mapping[str, Any], effects: Effects) -> None:
    """Join one clean served list (``CleanServed``) and count its impressions (unless the
    flags turned learning off on its surface)."""
    if not core.flags.learning(clean["tenant"], clean["surface"]):
        effects.counts["dropped", "learning_off"] += 1
        return
    source = clean["source"]
    partition = source["partition"]
    origin = Origin("r", partition, source["offset"])
    core.join_clock.advance("r", partition, clean["event_time"])
    record_served(core, clean, effects)
    request_id = clean["request_id"]
    state, updates = on_served(
        _served_state(core, request_id), positions_of(clean["items"]), clean["event_time"], origin
    )
    _store_served(core, request_id, state, partition)
    effects.redis.extend(_count(core, clean["tenant"], clean["surface"], updates, partition))


def process_clean_served(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Learn from records of ``served.clean`` (replay); undecodable ones are counted, skipped."""
    del now_ms  # learning runs on event time only
    effects = Effects()
    for clean, _record in clean_records(batch, "CleanServed", effects):
        learn_from_served(core, clean, effects)
    compact_signals(effects)
    return effects


def attribute_click(core: Core, clean: Mapping[str, Any], effects: Effects) -> None:
    """Join one clean CLICK to its served request and count what it teaches the bandit."""
    request_id = clean["request_id"]
    if request_id is None:
        effects.counts["unattributed", "no_request_id"] += 1
        return
    source = clean["source"]
    # Clicks come from the gate, i.e. from "interactions" (origin stream "i").
    origin = Origin("i", source["partition"], source["offset"])
    state, updates, attributable = on_click(
        _served_state(core, request_id), clean["item_id"], clean["event_time"], origin
    )
    _store_served(core, request_id, state, origin.partition)
    if not attributable:
        effects.counts["unattributed", "item_not_served"] += 1
    effects.redis.extend(_count(core, clean["tenant"], clean["surface"], updates, origin.partition))


def expire_served(core: Core) -> Effects:
    """Forget requests older than the attribution window; count clicks never attributed.

    "Older" is measured in event time against the slower of the two joined streams, so a
    list is kept until the click stream has caught up past its window. Drivers run it from
    a timer, outside any record, so each tombstone names its partition itself: a request's
    partition is that of the raw records that built it. Only entries the expiry index says
    are due are decoded; the whole table is read once after a start or a rebalance, to index
    what recovery brought back.
    """
    effects = Effects()
    table = core.tables.served
    index = core.served_expiry
    window_ms = core.config.attribution_window_ms
    if not index.complete:
        for key, state in table.items():
            partition = _partition_of(state)
            if partition is not None:
                index.note(partition, expiry_deadline_ms(state, window_ms), key)
        index.complete = True
    for partition in index.partitions():
        now = core.join_clock.watermark_ms(partition)
        if now is None:
            continue
        for key in index.due(partition, now):
            current = table.get(key)
            if current is None:
                continue  # already expired through an older index entry
            if not expired(current, now, window_ms):
                index.note(partition, expiry_deadline_ms(current, window_ms), key)
                continue
            # Clicks on unserved items were counted when they came; these never met their list.
            if not current.served and current.clicks:
                effects.counts["unattributed", "unknown_request"] += len(current.clicks)
            table.delete(key, partition)
    return effects


def _served_state(core: Core, request_id: str) -> ServedState:
    stored = core.tables.served.get(request_id.encode())
    return ServedState() if stored is None else stored


def _store_served(core: Core, request_id: str, state: ServedState, partition: int) -> None:
    key = request_id.encode()
    core.tables.served.put(key, state, partition)
    deadline = expiry_deadline_ms(state, core.config.attribution_window_ms)
    core.served_expiry.note(partition, deadline, key)


def _count(
    core: Core, tenant: str, surface: str, updates: Iterable[BanditUpdate], partition: int
) -> list[BanditCountsWrite]:
    """Apply bandit updates to this partition's counts; return the counts Redis must hold.

    A redelivered update changes nothing in the table but still rewrites the current counts:
    the first delivery may have updated the table and crashed before its Redis flush.
    """
    cache = core.tables.bandit
    writes = []
    for update in updates:
        key = partition_item_key(partition, tenant, surface, update.item_id).encode()
        counts = cache.get(key) or ItemCounts.empty(core.config.positions)
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


def _partition_of(state: ServedState) -> int | None:
    origin = state.origin or (state.clicks[0].origin if state.clicks else None)
    return None if origin is None else origin.partition
