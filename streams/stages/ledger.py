"""The budget ledger: ``costs.clean`` in; budget counters, threshold alerts and reconciled
reservations out.

``costs.clean`` has one partition, so this stage sees every cost of every period in order:
the tenant and global counters are exact sums (no per-partition parts to add up) and each
threshold alerts exactly once per period. Counters live in the ``budgets`` table (the source
of truth; Redis is rebuilt from it by :func:`counter_writes`), each applying a raw record at
most once (``processors.budget``). One :class:`~sinks.writes.LedgerWrite` per batch carries
the counters and the reservations the batch's costs reconcile, applied by one Lua script.

This is also where every other per-cost consumer plugs in: see :func:`process_clean_costs`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from processors.alerts import AlertSpec, action_alert
from processors.budget import (
    LEVELS,
    THRESHOLDS,
    BudgetCounter,
    Scope,
    apply_amount,
    level_of,
    newly_crossed,
)
from processors.budget_periods import Period, day_of, hour_of
from schemas.codec import encode
from schemas.state import decode_state, encode_state
from sinks.writes import BudgetCounterWrite, LedgerWrite
from streams.stages.anomalies import alert_on_costs
from streams.stages.clean import clean_records
from streams.stages.core import Core
from streams.stages.effects import Effects, RawRecord, TopicRecord
from streams.stages.rollouts import health_record
from streams.stages.state import ByteTable

__all__ = [
    "apply_to_budgets",
    "counter_writes",
    "process_clean_costs",
    "scope_of_counter",
    "scopes_of",
]

STATE_SCHEMA = "BudgetCounter"
CostFact = Mapping[str, Any]
"""A decoded ``CleanCost`` record: pseudonymous, with its raw source."""

_SEVERITY = {1: "WARNING", 2: "CRITICAL", 3: "CRITICAL"}


def process_clean_costs(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Count each cost against its budgets and reconcile its reservation."""
    effects = Effects()
    records = list(clean_records(batch, "CleanCost", effects))
    facts = [clean for clean, _ in records]
    partition = batch[0].source.partition if batch else 0
    apply_to_budgets(core, facts, partition, now_ms, effects)
    # Every other per-cost consumer takes the same `facts`: every cost, once, pseudonymous,
    # in order, with its source (partition, offset) to skip redeliveries by.
    health = health_record(
        partition, ({**fact, "offset": record.source.offset} for fact, record in records)
    )
    if health is not None:  # automatic rollbacks judge it (streams.stages.rollouts)
        effects.records.append(health)
    alert_on_costs(core.anomalies, facts, effects)  # SLO and burn-rate detectors
    return effects


def scopes_of(core: Core, fact: CostFact) -> list[tuple[Scope, Period, int]]:
    """Every (scope, period, amount) one cost counts against."""
    zones = core.config.budget.time_zones
    tenant, time_ms, cost = fact["tenant"], fact["event_time"], fact["cost_micros"]
    zone = zones.zone_for(tenant)
    day = day_of(time_ms, zone)
    counted = [
        (Scope("tenant", tenant), day, cost),
        (Scope("global"), day_of(time_ms, zones.zone_for(None)), cost),
    ]
    if fact["user_key"]:
        counted.append((Scope("user", tenant, fact["user_key"]), hour_of(time_ms, zone), cost))
    if fact["tier"] == "EXPERT":
        counted.append((Scope("expert", tenant), day, 1))
    return counted


def apply_to_budgets(
    core: Core, facts: Sequence[CostFact], partition: int, now_ms: int, effects: Effects
) -> None:
    """Add each cost to its counters; alert on thresholds crossed; queue the Redis write."""
    table = core.tables.budgets
    changed: dict[str, tuple[Scope, BudgetCounter]] = {}
    settled: list[str] = []
    for fact in facts:
        source = fact["source"]
        for scope, period, amount in scopes_of(core, fact):
            counter_id = scope.counter_id(period.period_id)
            counter = changed[counter_id][1] if counter_id in changed else _load(table, counter_id)
            updated = apply_amount(
                counter,
                amount,
                partition=source["partition"],
                offset=source["offset"],
                period_end_ms=period.end_ms,
            )
            # A redelivered cost changes nothing, but its counter is written to Redis again:
            # the first delivery may have crashed before its Redis write.
            counter = updated or counter
            counter, crossed = newly_crossed(counter, core.caps.cap_of(scope))
            for level in crossed:
                _alert(core, scope, counter_id, counter, level, fact, effects)
            changed[counter_id] = (scope, counter)
        if fact["request_id"]:
            settled.append(fact["request_id"])
        effects.counts["budget_spend_micros", fact["tier"].lower()] += fact["cost_micros"]
        effects.counts["budget_costs", fact["outcome"].lower()] += 1
    for counter_id, (_, counter) in changed.items():
        table.set(counter_id.encode(), encode_state(STATE_SCHEMA, counter.to_record()), partition)
    _gauge_used(core, changed.values(), effects)
    if changed or settled:
        writes = counter_writes(core, changed.items(), now_ms)
        effects.redis.append(LedgerWrite(tuple(writes), tuple(settled), now_ms))


def counter_writes(
    core: Core, counters: Iterable[tuple[str, tuple[Scope, BudgetCounter]]], now_ms: int
) -> list[BudgetCounterWrite]:
    """The Redis form of ``(counter id, (scope, counter))`` pairs.

    Also the materializer of a Redis rebuild: for every entry of the ``budgets`` table,
    ``counter_writes`` over its (scope, counter) gives the writes that restore Redis.
    """
    grace = core.config.budget.counter_grace_ms
    writes = []
    for counter_id, (scope, counter) in counters:
        cap = core.caps.cap_of(scope)
        level = LEVELS[level_of(counter.used, cap)]
        writes.append(
            BudgetCounterWrite(
                counter_id=counter_id,
                used=counter.used,
                calls=counter.calls,
                level=level,
                cap=-1 if cap is None else cap,
                ttl_ms=max(counter.period_end_ms - now_ms, 0) + grace,
            )
        )
    return writes


def _gauge_used(
    core: Core, counters: Iterable[tuple[Scope, BudgetCounter]], effects: Effects
) -> None:
    """The highest fraction used per scope kind over the tenants (a counter of a new period
    replaces its tenant's old one); user-hour counters are left out (unbounded labels)."""
    used = core.budget_used
    touched = set()
    for scope, counter in counters:
        cap = core.caps.cap_of(scope)
        if scope.kind == "user" or not cap:
            continue
        used[(scope.kind, scope.tenant)] = counter.used / cap
        touched.add(scope.kind)
    for kind in touched:
        effects.gauges["budget_used_ratio", kind] = max(
            ratio for (k, _), ratio in used.items() if k == kind
        )


def scope_of_counter(counter_id: str) -> Scope:
    """The scope of a counter id (``Scope.counter_id`` backwards: the period is last)."""
    kind, *middle = counter_id.split("|")[:-1]
    return Scope(kind, *middle)


def _load(table: ByteTable, counter_id: str) -> BudgetCounter:
    stored = table.get(counter_id.encode())
    if stored is None:
        return BudgetCounter()
    return BudgetCounter.from_record(decode_state(STATE_SCHEMA, stored))


def _alert(
    core: Core,
    scope: Scope,
    counter_id: str,
    counter: BudgetCounter,
    level: int,
    fact: CostFact,
    effects: Effects,
) -> None:
    cap = core.caps.cap_of(scope)
    threshold = None if cap is None else THRESHOLDS[level - 1] * cap
    unit = "calls" if scope.kind == "expert" else "micros"
    spec = AlertSpec(
        kind="budget.threshold",
        severity=_SEVERITY[level],
        tenant=scope.tenant or None,
        subject=counter_id,
        value=float(counter.used),
        baseline=None,
        threshold=threshold,
        message=(
            f"{scope.kind} budget {LEVELS[level]}: {counter.used} of {cap} {unit} used "
            f"({counter_id})"
        ),
        event_time=fact["event_time"],
        dedup_key=f"budget:{counter_id}",
    )
    # One id per counter, period and level: a redelivered alert is recognisably the same.
    alert = action_alert(spec, f"budget:{counter_id}:{LEVELS[level]}")
    key = (scope.tenant or "global").encode()
    effects.alerts.append(TopicRecord("alerts", key, encode("Alert", alert)))
    effects.counts["budget_alerts", LEVELS[level]] += 1
