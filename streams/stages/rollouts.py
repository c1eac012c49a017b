"""Automatic rollbacks: the control stage's second input, per-minute health of model calls.

The costs stage sums each batch of ``costs`` per tenant and minute (:func:`health_record`)
onto the one-partition ``control.signals`` topic, so one worker sees every tenant's whole
traffic next to the flags. :func:`process_rollout_health` adds each sample to the tenant's
window (skipping redeliveries by costs partition and offset), judges the decision matrix of
``processors.control.rollback`` for every rolled-out flag of the tenant, and rolls back:
the flag changes, Redis gets the new book, and the action is audited (actor ``system``, the
before and after state, the reason) and alerted.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from processors.alerts import AlertSpec, action_alert
from processors.control.rollback import HealthBook, RollbackRules, Verdict, judge
from processors.control.state import Change, ControlState
from schemas.codec import decode, encode
from schemas.errors import DecodeError
from schemas.state import decode_state, encode_state
from streams.stages.audit import pending_entry
from streams.stages.control import load_control_state, publish_control_state
from streams.stages.core import Core
from streams.stages.effects import Effects, RawRecord, TopicRecord

__all__ = ["health_record", "process_rollout_health"]

_HEALTH = b"health"
_FAILED = frozenset({"ERROR", "TIMEOUT"})
MINUTE_MS = 60_000


def health_record(partition: int, costs: Iterable[Mapping[str, Any]]) -> TopicRecord | None:
    """One ``RolloutHealth`` sample for decoded ``Cost`` records of one batch (each carrying
    its ``offset``), or None for an empty batch."""
    minutes: dict[tuple[str, int], list[int]] = {}
    last_offset = -1
    for cost in costs:
        last_offset = max(last_offset, cost["offset"])
        minute = cost["event_time"] - cost["event_time"] % MINUTE_MS
        counts = minutes.setdefault((cost["tenant"], minute), [0, 0, 0])
        counts[0] += 1
        counts[1] += cost["outcome"] in _FAILED
        counts[2] += cost["latency_ms"]
    if last_offset < 0:
        return None
    sample = {
        "source_partition": partition,
        "last_offset": last_offset,
        "minutes": [
            {"tenant": t, "minute_ms": m, "calls": c, "errors": e, "latency_ms_sum": lat}
            for (t, m), (c, e, lat) in sorted(minutes.items())
        ],
    }
    return TopicRecord("control.signals", b"control", encode("RolloutHealth", sample))


def process_rollout_health(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Count each health sample and roll back what the decision matrix says to."""
    effects = Effects()
    stored = core.tables.control.get(_HEALTH)
    health = (
        HealthBook()
        if stored is None
        else HealthBook.from_record(decode_state("RolloutHealthState", stored))
    )
    rules = core.config.control
    keep = max(r.span_minutes for r in (rules.rollback, *rules.rollback_per_tenant.values()))
    touched: set[str] = set()
    for record in batch:
        try:
            sample = decode(record.value or b"", expected="RolloutHealth").record
        except DecodeError:
            effects.counts["dead_letters", "signal_undecodable"] += 1
            continue
        if health.counted(sample["source_partition"], sample["last_offset"]):
            continue
        minutes = [
            (m["tenant"], m["minute_ms"], m["calls"], m["errors"], m["latency_ms_sum"])
            for m in sample["minutes"]
        ]
        health = health.add(sample["source_partition"], sample["last_offset"], minutes, keep + 1)
        touched.update(m[0] for m in minutes)
    if not batch:
        return effects
    state = load_control_state(core)
    before = state
    for tenant in sorted(touched):
        tenant_rules = rules.rollback_per_tenant.get(tenant, rules.rollback)
        state, rolled = _roll_back(state, health, tenant, tenant_rules, now_ms, effects)
        if rolled:
            health = health.forget(tenant)
    partition = batch[0].source.partition
    core.tables.control.set(
        _HEALTH, encode_state("RolloutHealthState", health.to_record()), partition
    )
    if state is not before:
        publish_control_state(core, state, partition, effects)
    return effects


def _roll_back(
    state: ControlState,
    health: HealthBook,
    tenant: str,
    rules: RollbackRules,
    now_ms: int,
    effects: Effects,
) -> tuple[ControlState, bool]:
    window = health.windows.get(tenant)
    rolled = False
    if window is None:
        return state, rolled
    scopes = [s for s in state.flags.flags if s == tenant or s.startswith(f"{tenant}/")]
    for scope in sorted(scopes):
        flag = state.flags.flags[scope]
        verdict = judge(window, flag, rules)
        if verdict is None or verdict.rollout_percent >= flag.rollout_percent:
            continue  # never forward, never a no-op
        state, change = state.with_flag(scope, flag.with_rollout(verdict.rollout_percent), now_ms)
        _record(effects, tenant, change, verdict, state.book_version, now_ms)
        rolled = True
    return state, rolled


def _record(
    effects: Effects, tenant: str, change: Change, verdict: Verdict, version: int, now_ms: int
) -> None:
    effects.counts["control_actions", f"rollback_{verdict.reason}"] += 1
    reason = (
        f"{verdict.reason}: observed {verdict.observed:.4g} against {verdict.threshold:.4g}; "
        f"rollout -> {verdict.rollout_percent:g}%"
    )
    entry = {
        "audit_id": f"rollback:{change.target}:{version}",
        "actor": "system",
        "action": "rollout.rollback",
        "target": change.target,
        "outcome": "APPLIED",
        "reason": reason,
        "details_json": json.dumps(dataclasses.asdict(verdict), sort_keys=True),
        "event_time": now_ms,
        "before_json": json.dumps(change.before, sort_keys=True),
        "after_json": json.dumps(change.after, sort_keys=True),
    }
    effects.audit.append(pending_entry(entry, b"control"))
    spec = AlertSpec(
        kind="rollout.rollback",
        severity="CRITICAL" if verdict.rollout_percent == 0.0 else "WARNING",
        tenant=tenant,
        subject=change.target,
        value=verdict.observed,
        baseline=None,
        threshold=verdict.threshold,
        message=f"rollout of {change.target} rolled back automatically ({reason})",
        event_time=now_ms,
        dedup_key=f"rollout.rollback:{change.target}",
        in_force={"flag": change.target, "rollout_percent": str(verdict.rollout_percent)},
    )
    alert = action_alert(spec, f"rollout.rollback:{change.target}:{version}")
    effects.alerts.append(TopicRecord("alerts", tenant.encode(), encode("Alert", alert)))
