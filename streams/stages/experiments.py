"""The experiment stage: sums each experiment's arms over partitions, and acts on them.

Input is the one-partition ``control.signals`` topic, next to the control table: the outcome
stage's cumulative ``ExperimentPartitionStats`` snapshots
(``streams.stages.experiment_outcomes``). For each experiment a batch touched:

1. the newest snapshot per partition is kept (``processors.experiments.totals``, in the
   control table, key ``x|<experiment>``); redelivered or older snapshots change nothing;
2. the totals go to Redis (``<prefix>:experiment:{<id>}:stats``) for dashboards and
   ``personalize experiments results``;
3. if the experiment is running, its report is judged (``processors.experiments.safety``):
   an SRM pause, a guardrail arm switched off, a promotion candidate or an opted-in automatic
   promotion changes the control state (the readers get it with the flag book), and is
   audited (actor ``system``, before and after) and alerted;
4. if it is a running bandit, its arms' shares are recomputed when due
   (``processors.experiments.reallocation``); a new allocation period reaches the readers
   with the flag book and is audited (actor ``system``, ``experiment.reallocate``, the
   shares before and after; no alert: reallocating is the bandit working, not an incident).

:func:`process_signals` is the topic's stage: rollout health samples go to
``streams.stages.rollouts``, experiment snapshots here.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from processors.alerts import AlertSpec, action_alert
from processors.control.experiment_commands import promote, transition
from processors.control.state import Change, ControlState, PayloadError
from processors.experiments.outcomes import ArmStats
from processors.experiments.reallocation import reallocate
from processors.experiments.report import analyse
from processors.experiments.safety import Action, judge
from processors.experiments.spec import Experiment
from processors.experiments.totals import ExperimentTotals
from schemas.codec import decode, encode
from schemas.errors import DecodeError
from schemas.state import decode_state, encode_state
from sinks.writes import ExperimentStatsWrite
from streams.stages.audit import pending_entry
from streams.stages.control import load_control_state, publish_control_state
from streams.stages.core import Core
from streams.stages.effects import Effects, RawRecord, TopicRecord
from streams.stages.rollouts import process_rollout_health

__all__ = ["load_totals", "process_experiment_stats", "process_signals"]

_SEVERITY = {"pause": "CRITICAL", "arm_off": "CRITICAL", "candidate": "INFO", "promote": "WARNING"}
_ACTION = {
    "pause": "experiment.auto_pause",
    "arm_off": "experiment.arm_off",
    "candidate": "experiment.candidate",
    "promote": "experiment.promote",
}


def process_signals(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """The ``control.signals`` stage: rollout health and experiment snapshots, in order of
    kind (they touch different parts of the control state)."""
    experiments = [r for r in batch if _is_experiment(r)]
    health = [r for r in batch if not _is_experiment(r)]
    effects = process_rollout_health(core, health, now_ms) if health else Effects()
    if experiments:
        effects.extend(process_experiment_stats(core, experiments, now_ms))
    return effects


def _is_experiment(record: RawRecord) -> bool:
    # Snapshot keys are "a|<partition>|<experiment>"; health samples are keyed "control".
    return bool(record.key and record.key.startswith(b"a|"))


def load_totals(core: Core, experiment_id: str) -> ExperimentTotals:
    """The experiment's totals in the control table (empty before its first snapshot)."""
    stored = core.tables.control.get(f"x|{experiment_id}".encode())
    if stored is None:
        return ExperimentTotals()
    return ExperimentTotals.from_record(decode_state("ExperimentTotals", stored))


def process_experiment_stats(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Apply snapshots, write totals to Redis, and act on what they show."""
    effects = Effects()
    touched: dict[str, ExperimentTotals] = {}
    for record in batch:
        try:
            snap = decode(record.value or b"", expected="ExperimentPartitionStats").record
        except DecodeError:
            effects.counts["dead_letters", "signal_undecodable"] += 1
            continue
        exp_id = snap["experiment_id"]
        totals = touched.get(exp_id) or load_totals(core, exp_id)
        arms = {a["arm"]: ArmStats.from_record(a) for a in snap["arms"]}
        updated = totals.with_snapshot(snap["partition"], snap["version"], arms)
        if updated is not None:
            touched[exp_id] = updated
    if not touched:
        return effects
    partition = batch[0].source.partition
    state = before = load_control_state(core)
    for exp_id, totals in sorted(touched.items()):
        core.tables.control.set(
            f"x|{exp_id}".encode(), encode_state("ExperimentTotals", totals.to_record()), partition
        )
        effects.redis.append(ExperimentStatsWrite(exp_id, totals.version, totals.doc_json(exp_id)))
        experiment = state.experiments.get(exp_id)
        if experiment is not None:
            state = _act(state, experiment, totals, now_ms, effects)
    if state is not before:
        publish_control_state(core, state, partition, effects)
    return effects


def _act(
    state: ControlState,
    experiment: Experiment,
    totals: ExperimentTotals,
    now_ms: int,
    effects: Effects,
) -> ControlState:
    arms = totals.arms()
    report = analyse(experiment.spec, arms, experiment.arms_off, experiment.allocation)
    for action in judge(experiment, report):
        current = state.experiments[experiment.spec.experiment_id]
        try:
            state, change = _apply(state, current, action, now_ms)
        except PayloadError:
            continue  # e.g. promoting an arm a guardrail just switched off
        _record(effects, current, action, change, state.book_version, now_ms)
    # After the safety actions, so an arm switched off just now gets no share at once.
    current = state.experiments[experiment.spec.experiment_id]
    moved = reallocate(current, arms, now_ms)
    if moved is not None:
        state, _change = state.with_experiment(moved, now_ms)
        _record_reallocation(effects, current, moved, state.book_version, now_ms)
    return state


def _record_reallocation(
    effects: Effects, before: Experiment, after: Experiment, version: int, now_ms: int
) -> None:
    def shares(experiment: Experiment) -> dict[str, object]:
        allocation = experiment.allocation
        if allocation is None:
            return {}
        return {"period": allocation.current.number, "weights": dict(allocation.current.weights)}

    spec = after.spec
    effects.counts["control_actions", "experiment_reallocate"] += 1
    old, new = shares(before), shares(after)
    entry = {
        "audit_id": f"experiment:reallocate:{spec.experiment_id}:{version}",
        "actor": "system",
        "action": "experiment.reallocate",
        "target": f"experiment:{spec.experiment_id}",
        "outcome": "APPLIED",
        "reason": f"allocation period {new.get('period')}: Thompson sampling on "
        f"{spec.primary_metric}",
        "details_json": json.dumps({"period": new.get("period")}, sort_keys=True),
        "event_time": now_ms,
        # Only the shares: the whole experiment (every period) would bloat the audit trail.
        "before_json": json.dumps(old, sort_keys=True),
        "after_json": json.dumps(new, sort_keys=True),
    }
    effects.audit.append(pending_entry(entry, b"control"))


def _apply(
    state: ControlState, experiment: Experiment, action: Action, now_ms: int
) -> tuple[ControlState, Change]:
    if action.kind == "pause":
        return transition(state, experiment, "pause", now_ms, action.reason)
    if action.kind == "promote":
        return promote(state, experiment, action.arm, now_ms, action.reason)
    if action.kind == "arm_off":
        changed = dataclasses.replace(
            experiment, arms_off=(*experiment.arms_off, action.arm or ""), reason=action.reason
        )
    else:
        changed = dataclasses.replace(experiment, candidate=action.arm, reason=action.reason)
    return state.with_experiment(changed, now_ms)


def _record(
    effects: Effects,
    experiment: Experiment,
    action: Action,
    change: Change,
    version: int,
    now_ms: int,
) -> None:
    spec = experiment.spec
    effects.counts["control_actions", f"experiment_{action.kind}"] += 1
    details = {"arm": action.arm, "value": action.value, "threshold": action.threshold}
    entry = {
        # The book version makes the id deterministic: a redelivered batch repeats it.
        "audit_id": f"experiment:{action.kind}:{spec.experiment_id}:{version}",
        "actor": "system",
        "action": _ACTION[action.kind],
        "target": change.target,
        "outcome": "APPLIED",
        "reason": action.reason,
        "details_json": json.dumps(details, sort_keys=True),
        "event_time": now_ms,
        "before_json": json.dumps(change.before, sort_keys=True),
        "after_json": json.dumps(change.after, sort_keys=True),
    }
    effects.audit.append(pending_entry(entry, b"control"))
    what = {
        "pause": "paused automatically",
        "arm_off": f"arm {action.arm} switched off (its users get the control)",
        "candidate": f"arm {action.arm} is a promotion candidate",
        "promote": f"arm {action.arm} promoted automatically",
    }[action.kind]
    kind = "experiment.paused" if action.kind == "pause" else f"experiment.{action.kind}"
    alert_spec = AlertSpec(
        kind=kind,
        severity=_SEVERITY[action.kind],
        tenant=spec.tenant,
        subject=f"experiment:{spec.experiment_id}",
        value=action.value,
        baseline=None,
        threshold=action.threshold,
        message=f"experiment {spec.experiment_id} on {spec.scope}: {what} ({action.reason})",
        event_time=now_ms,
        dedup_key=f"{kind}:{spec.experiment_id}",
        in_force={"experiment": spec.experiment_id, **({"arm": action.arm} if action.arm else {})},
    )
    alert = action_alert(alert_spec, f"experiment.{action.kind}:{spec.experiment_id}:{version}")
    effects.alerts.append(TopicRecord("alerts", spec.tenant.encode(), encode("Alert", alert)))
