"""The control stage: verifies each operator command, applies it, and audits the outcome.

Input is the one-partition ``control`` topic. For each record, in order:

1. a redelivery (offset at or below the last applied) is skipped;
2. :func:`processors.control.commands.verify_command` checks signature, key, times, nonce,
   role and payload shape; a rejection changes nothing but an audit entry, a metric and,
   in a burst, an alert;
3. an accepted command changes the :class:`ControlState` (``processors.control.state``); the
   state goes to the ``control`` table, the flag book to Redis (versioned by offset), and an
   audit entry with the before and after state to ``audit.pending``.

The worker that runs this stage updates its own ``core.flags`` at once; other workers and
every reader pick the book up from Redis (``sinks.flags``).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from typing import Any

from processors.alerts import AlertSpec, action_alert
from processors.budget_caps import apply_cap_change
from processors.control.appliers import apply_command
from processors.control.bursts import RejectionBurst
from processors.control.commands import Command, Rejection, verify_command
from processors.control.state import Change, ControlState, PayloadError
from schemas.codec import encode
from schemas.errors import ConfigError
from schemas.state import decode_state, encode_state
from sinks.writes import FlagsWrite
from streams.stages.audit import pending_entry
from streams.stages.budget_caps import apply_budget_command, budget_changes, stored_overrides
from streams.stages.core import Core
from streams.stages.effects import Effects, RawRecord, TopicRecord

__all__ = [
    "flags_write",
    "load_control_state",
    "process_control",
    "publish_control_state",
]

_STATE = b"state"
#: Command outcomes kept in Redis for the CLI to confirm (older ones: see the audit trail).
RECENT_OUTCOMES = 50


def load_control_state(core: Core) -> ControlState:
    """The control table's state (empty before the first command)."""
    stored = core.tables.control.get(_STATE)
    if stored is None:
        return ControlState()
    return ControlState.from_record(decode_state("ControlState", stored))


def publish_control_state(
    core: Core, state: ControlState, partition: int, effects: Effects
) -> None:
    """Persist ``state``, make its flags this worker's, and queue the flag book for Redis:
    what every stage that changes the control state does last."""
    core.tables.control.set(_STATE, encode_state("ControlState", state.to_record()), partition)
    core.flags, core.flags_version = state.flags, state.book_version
    core.experiments_json = state.experiment_book().to_json()
    effects.redis.append(flags_write(core, state))


def process_control(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Verify and apply each command of ``batch``; see the module docstring."""
    effects = Effects()
    state = load_control_state(core)
    changed = False
    for record in batch:
        offset = record.source.offset
        if offset <= state.last_offset or record.value is None:
            continue
        state = dataclasses.replace(state, last_offset=offset)
        changed = True
        state = _one(core, state, record, now_ms, effects)
    if changed:
        publish_control_state(core, state, batch[0].source.partition, effects)
    return effects


def flags_write(core: Core, state: ControlState) -> FlagsWrite:
    """The Redis write of ``state``'s flag book and the recent command outcomes."""
    outcomes = {str(offset): result for offset, result in core.control_outcomes.items()}
    return FlagsWrite(
        state.book_version,
        state.last_offset,
        state.flags.to_json(),
        _json(outcomes),
        state.experiment_book().to_json(),
    )


def _note_outcome(core: Core, offset: int, result: str) -> None:
    outcomes = core.control_outcomes
    outcomes[offset] = result
    while len(outcomes) > RECENT_OUTCOMES:
        del outcomes[min(outcomes)]


def _one(
    core: Core, state: ControlState, record: RawRecord, now_ms: int, effects: Effects
) -> ControlState:
    config = core.config.control
    outcome = verify_command(
        record.value,
        operators=config.operators,
        revoked=lambda key_id: key_id in state.revoked_keys,
        nonce_seen=state.nonce_seen,
        now_ms=now_ms,
        limits=config.limits,
    )
    if isinstance(outcome, Rejection):
        _reject(core, record, outcome, now_ms, effects)
        return state
    # From here the signature holds: the nonce is spent whatever the payload says.
    state = state.remember_nonce(outcome.operator.name, outcome.nonce, outcome.expires_at, now_ms)
    if outcome.action == "budget.set":
        _set_budgets(core, record, outcome, now_ms, effects)
        return state
    try:
        state, change = apply_command(state, outcome, now_ms)
    except LookupError:
        _reject(
            core, record, _refused(outcome, "unknown_action", "no such action"), now_ms, effects
        )
        return state
    except PayloadError as exc:
        _reject(core, record, _refused(outcome, "bad_payload", str(exc)), now_ms, effects)
        return state
    effects.counts["control_commands", "applied"] += 1
    _note_outcome(core, record.source.offset, "applied")
    effects.audit.append(_applied_entry(record, outcome, change, now_ms))
    return state


def _set_budgets(
    core: Core, record: RawRecord, command: Command, now_ms: int, effects: Effects
) -> None:
    # Budget caps live in their own table (the ledger reads them), not in ControlState.
    try:
        changes = budget_changes(command.payload)
        table = core.tables.budget_caps
        for change in changes:  # validate all before changing anything
            apply_cap_change(stored_overrides(table), change)
    except (ValueError, ConfigError) as exc:
        _reject(core, record, _refused(command, "bad_payload", str(exc)), now_ms, effects)
        return
    for change in changes:
        _after, applied = apply_budget_command(
            table,
            change,
            actor=command.operator.name,
            command_id=command.command_id,
            partition=record.source.partition,
            now_ms=now_ms,
        )
        effects.extend(applied)
    effects.counts["control_commands", "applied"] += 1
    _note_outcome(core, record.source.offset, "applied")


def _refused(command: Command, reason: str, detail: str) -> Rejection:
    return Rejection(reason, detail, command.command_id, command.operator.name, command.action)


def _reject(
    core: Core, record: RawRecord, rejection: Rejection, now_ms: int, effects: Effects
) -> None:
    effects.counts["control_commands", rejection.reason] += 1
    _note_outcome(core, record.source.offset, rejection.reason)
    details = {"detail": rejection.detail, "command_id": rejection.command_id, "verified": False}
    effects.audit.append(
        pending_entry(
            _entry(record, rejection.issued_by, rejection.action, rejection.command_id, now_ms)
            | {"outcome": "REJECTED", "reason": rejection.reason, "details_json": _json(details)},
            b"control",
        )
    )
    burst = core.control_rejections.observe(now_ms)
    if burst is not None:
        effects.alerts.append(_burst_alert(record, burst, core.control_rejections, now_ms))


def _applied_entry(record: RawRecord, command: Command, change: Change, now_ms: int) -> TopicRecord:
    details = {
        "command_id": command.command_id,
        "key_id": command.operator.key_id,
        "role": command.operator.role.name.lower(),
        "payload": command.payload,
        "issued_at": command.issued_at,
    }
    entry = _entry(record, command.operator.name, command.action, change.target, now_ms) | {
        "outcome": "APPLIED",
        "details_json": _json(details),
        "before_json": None if change.before is None else _json(change.before),
        "after_json": None if change.after is None else _json(change.after),
    }
    return pending_entry(entry, b"control")


def _entry(record: RawRecord, actor: str, action: str, target: str, now_ms: int) -> dict[str, Any]:
    source = record.source
    return {
        # The source offset makes the id deterministic: a redelivery repeats it.
        "audit_id": f"control:{source.topic}:{source.partition}:{source.offset}",
        "actor": actor,
        "action": action,
        "target": target,
        "outcome": "APPLIED",
        "reason": None,
        "details_json": "{}",
        "event_time": now_ms,
    }


def _burst_alert(record: RawRecord, count: int, burst: RejectionBurst, now_ms: int) -> TopicRecord:
    source = record.source
    spec = AlertSpec(
        kind="control.rejections",
        severity="CRITICAL",
        tenant=None,
        subject="control",
        value=float(count),
        baseline=None,
        threshold=float(burst.threshold),
        message=(
            f"{count} operator commands rejected within {burst.window_ms // 1000} s: "
            "someone may be guessing keys or replaying commands (see the audit trail)"
        ),
        event_time=now_ms,
        dedup_key="control.rejections",
    )
    alert = action_alert(spec, f"control.rejections:{source.partition}:{source.offset}")
    return TopicRecord("alerts", b"control", encode("Alert", alert))


def _json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"))
