"""Per-arm outcomes in the stream: served lists, clicks, accepts and model costs of users in
an experiment, kept as sufficient statistics (``processors.experiments.outcomes``).

Runs inside the learning path, on the user's raw partition: :func:`record_served` for every
clean served list that carries an experiment and arm, :func:`record_action` for every clean
CLICK and ACCEPT, :func:`record_cost` for every decoded cost (wired by the costs stage). Each
applied update writes the experiment's arms on the partition, then the user (table
``experiments``, same partition: see the outcomes module for why that order makes it exactly
once), and queues a cumulative snapshot of those arms on ``control.signals``
(:func:`compact_signals` keeps the last per experiment and partition of a batch), where the
control stage sums the partitions and judges SRM, guardrails and promotion
(``streams.stages.experiments``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from processors.experiments.assignment import ExperimentBook
from processors.experiments.outcomes import (
    ActionFact,
    CostFact,
    Fact,
    PartitionStats,
    ServedFact,
    UserOutcomes,
    apply_fact,
)
from schemas.codec import encode
from schemas.state import decode_state, encode_state
from streams.stages.core import Core
from streams.stages.effects import Effects, TopicRecord

__all__ = [
    "compact_signals",
    "partition_key",
    "record_action",
    "record_cost",
    "record_served",
    "user_key_of",
]

SIGNALS = "control.signals"
_FAILED = frozenset({"ERROR", "TIMEOUT"})


def user_key_of(tenant: str, user_key: str) -> bytes:
    """The ``experiments`` table key of a user's counters."""
    return f"u|{tenant}|{user_key}".encode()


def partition_key(partition: int, experiment_id: str) -> bytes:
    """The ``experiments`` table key of an experiment's arms on one raw partition."""
    return f"a|{partition}|{experiment_id}".encode()


def record_served(core: Core, clean: Mapping[str, Any], effects: Effects) -> None:
    """Count a clean served list (``CleanServed``) that names an experiment and an arm."""
    experiment_id, arm = clean.get("experiment_id"), clean.get("arm")
    if not experiment_id or not arm or experiment_id not in _live(core.experiments_json)[1]:
        # Only experiments created and running (or paused) are counted: then a click that
        # comes before its list always waits for it, and the arms do not depend on how the
        # two topics interleave.
        return
    fact = ServedFact(
        clean["surface"], clean["request_id"], experiment_id, arm, clean["event_time"]
    )
    source = clean["source"]
    _apply(core, clean["tenant"], clean["user_key"], fact, "r", source, effects)


def record_action(core: Core, clean: Mapping[str, Any], effects: Effects) -> None:
    """Count a clean CLICK or ACCEPT (``CleanEvent``) on a request served in an experiment."""
    if clean["kind"] not in ("CLICK", "ACCEPT") or not clean.get("request_id"):
        return
    fact = ActionFact(clean["kind"], clean["surface"], clean["request_id"], clean["event_time"])
    _apply(core, clean["tenant"], clean["user_key"], fact, "i", clean["source"], effects)


def record_cost(
    core: Core,
    cost: Mapping[str, Any],
    user_key: str,
    source: Mapping[str, int],
    effects: Effects,
) -> None:
    """Count one decoded ``Cost`` (its ``request_id``, ``cost_micros``, ``latency_ms``,
    ``outcome``) against the arm its request was served in, for the pseudonymous
    ``user_key``; ``source`` is the raw cost record's ``partition`` and ``offset``.

    The costs topic is keyed by the raw user id like recommendations, so this runs on the
    partition that holds the user's counters and recent requests."""
    if not cost.get("request_id"):
        return
    fact = CostFact(
        cost["request_id"],
        int(cost["cost_micros"]),
        int(cost["latency_ms"]),
        cost["outcome"] in _FAILED,
    )
    _apply(core, cost["tenant"], user_key, fact, "c", source, effects)


def _apply(
    core: Core,
    tenant: str,
    user_key: str,
    fact: Fact,
    kind: str,
    source: Mapping[str, Any],
    effects: Effects,
) -> None:
    table = core.tables.experiments
    partition, offset = int(source["partition"]), int(source["offset"])
    key = user_key_of(tenant, user_key)
    stored = table.get(key)
    user = (
        UserOutcomes()
        if stored is None
        else UserOutcomes.from_record(decode_state("ExperimentUser", stored))
    )
    applied = apply_fact(user, fact, kind, offset, may_wait=_may_wait(core, tenant, fact))
    if applied is None:
        if offset <= user.watermarks.get(kind, -1):
            # A redelivery: its snapshots may have been lost with the crash; re-send them.
            for exp_id in sorted({entry.experiment_id for entry in user.surfaces.values()}):
                held = _stats(core, partition, exp_id)
                if held is not None:
                    effects.records.append(_snapshot(exp_id, partition, held))
        return
    next_user, update = applied
    if update is None:  # waits for its list
        table.set(key, encode_state("ExperimentUser", next_user.to_record()), partition)
        return
    stats = _stats(core, partition, update.experiment_id) or PartitionStats()
    updated = stats.apply(update, kind, offset)
    if updated is not None:
        # The arms first: if the user's record survives a crash, the arms' did too.
        p_key = partition_key(partition, update.experiment_id)
        table.set(p_key, encode_state("ExperimentPartition", updated.to_record()), partition)
        stats = updated
    table.set(key, encode_state("ExperimentUser", next_user.to_record()), partition)
    # Re-sent even when the arms skipped the update: the first snapshot may have been lost.
    effects.records.append(_snapshot(update.experiment_id, partition, stats))


def _may_wait(core: Core, tenant: str, fact: Fact) -> bool:
    """Whether a fact whose list is not seen yet may belong to an experiment: only then is it
    kept (users outside experiments cost no table write per click)."""
    scopes = _live(core.experiments_json)[0]
    if isinstance(fact, ActionFact):
        return f"{tenant}/{fact.surface}" in scopes or tenant in scopes
    return any(scope.partition("/")[0] == tenant for scope in scopes)


@functools.lru_cache(maxsize=8)
def _live(book_json: str) -> tuple[frozenset[str], frozenset[str]]:
    """The scopes and the ids of the running or paused experiments of a book."""
    # The book changes rarely; parsing it once per version keeps the click path cheap.
    book = ExperimentBook.from_json(book_json)
    live = [e for e in book.experiments.values() if e.status in ("running", "paused")]
    return frozenset(e.spec.scope for e in live), frozenset(e.spec.experiment_id for e in live)


def _stats(core: Core, partition: int, experiment_id: str) -> PartitionStats | None:
    stored = core.tables.experiments.get(partition_key(partition, experiment_id))
    if stored is None:
        return None
    return PartitionStats.from_record(decode_state("ExperimentPartition", stored))


def _snapshot(experiment_id: str, partition: int, stats: PartitionStats) -> TopicRecord:
    value = {
        "experiment_id": experiment_id,
        "partition": partition,
        "version": stats.version,
        "arms": stats.to_record()["arms"],
    }
    key = partition_key(partition, experiment_id)
    return TopicRecord(SIGNALS, key, encode("ExperimentPartitionStats", value, validate=False))


def compact_signals(effects: Effects) -> None:
    """Keep only the last snapshot of each experiment and partition among ``effects``' records
    (snapshots are cumulative, so the earlier ones add nothing)."""
    last = {r.key: i for i, r in enumerate(effects.records) if r.topic == SIGNALS}
    if len(last) == sum(1 for r in effects.records if r.topic == SIGNALS):
        return
    keep = set(last.values())
    effects.records[:] = [
        r for i, r in enumerate(effects.records) if r.topic != SIGNALS or i in keep
    ]
