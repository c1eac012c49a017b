"""The learning stage of interactions: clean events in; profiles, attribution, popularity.

It takes CLEAN events (``CleanEvent`` records, pseudonymous), so the live worker (right after
the gate, on the decoded record) and replay (on ``events.clean``) run the very same code.
Everything is keyed by the raw record the clean event came from (``source``): the profile
and the attribution join live on that raw partition, and redeliveries are skipped by its
offset.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from processors.popularity import KIND_TO_WEIGHT, popularity_key
from processors.slot_counts import SlotCounts, slot_key
from schemas.codec import encode
from schemas.state import decode_state, encode_state
from sinks.writes import SlotOutcomeWrite
from streams.stages.clean import clean_records
from streams.stages.core import Core
from streams.stages.effects import Effects, RawRecord, TopicRecord
from streams.stages.experiment_outcomes import compact_signals, record_action
from streams.stages.served import attribute_click

__all__ = ["learn_from_event", "process_clean_events"]

_VERDICTS = frozenset({"ACCEPT", "REJECT"})


def learn_from_event(
    core: Core, clean: Mapping[str, Any], data: bytes | None, effects: Effects
) -> None:
    """Learn from one clean event (``data`` is its encoding, re-sent for popularity; ``None``
    when ``clean`` differs from the bytes consumed, so it is encoded here if needed).

    Nothing is learned where the flags turned learning off (mode ``off`` or a kill switch).
    """
    if not core.flags.learning(clean["tenant"], clean["surface"]):
        effects.counts["dropped", "learning_off"] += 1
        return
    source = clean["source"]
    partition = source["partition"]
    touched = core.learner.apply(clean, partition, source["offset"])
    if touched is not None:
        effects.touched.append(touched)
    core.join_clock.advance("i", partition, clean["event_time"])
    kind = clean["kind"]
    if kind == "CLICK":
        attribute_click(core, clean, effects)
    elif kind in _VERDICTS:
        _count_verdict(core, clean, kind == "ACCEPT", effects)
    record_action(core, clean, effects)
    if KIND_TO_WEIGHT.get(clean["kind"], 0.0) > 0.0:
        # Re-keyed by item so one worker owns each item's popularity.
        key = popularity_key(clean["tenant"], clean["surface"], clean["item_id"])
        if data is None:
            data = encode("CleanEvent", clean, validate=False)
        effects.records.append(TopicRecord("popularity.updates", key.encode(), data))


def _count_verdict(core: Core, clean: Mapping[str, Any], accepted: bool, effects: Effects) -> None:
    """A slot's acceptance rate, for routing between core and expert models."""
    source = clean["source"]
    partition, tenant, slot = source["partition"], clean["tenant"], clean["surface"]
    key = slot_key(partition, tenant, slot)
    stored = core.tables.slots.get(key)
    counts = (
        SlotCounts()
        if stored is None
        else SlotCounts.from_record(decode_state("SlotCounts", stored))
    )
    counted = counts.count(accepted, source["offset"])
    if counted is None:
        return  # redelivered
    core.tables.slots.set(key, encode_state("SlotCounts", counted.to_record()), partition)
    effects.redis.append(
        SlotOutcomeWrite(tenant, slot, partition, counted.offset, counted.accepts, counted.rejects)
    )
    effects.counts["slot_verdicts", "accept" if accepted else "reject"] += 1


def process_clean_events(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Learn from records of ``events.clean`` (replay); a record that does not decode as a
    ``CleanEvent`` is counted and skipped (only the gate writes that topic)."""
    del now_ms  # learning runs on event time only
    effects = Effects()
    for clean, record in clean_records(batch, "CleanEvent", effects):
        data = record.value if record.decoded is None else None
        learn_from_event(core, clean, data, effects)
    compact_signals(effects)
    return effects
