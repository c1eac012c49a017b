"""The ``experiment.*`` commands: an experiment's lifecycle, applied to the control state.

| action | payload | from -> to |
|---|---|---|
| ``experiment.create`` | the definition (``processors.experiments.spec``) | - -> draft |
| ``experiment.start`` | ``id`` | draft -> running |
| ``experiment.pause`` | ``id`` | running -> paused |
| ``experiment.resume`` | ``id`` | paused -> running |
| ``experiment.stop`` | ``id`` | running, paused -> stopped |
| ``experiment.promote`` | ``id``, ``arm`` (default: the candidate) | running, paused -> promoted |

**Several experiments at once, on disjoint scopes.** Starting or resuming an experiment whose
scope overlaps a running one is refused: the same tenant and surface, or a tenant-wide
experiment and any experiment on one of its surfaces. (One scope, one running experiment: no
layers, so no user is ever in two experiments on one surface and no interaction effects need
modelling.) A user's arm depends on the experiment id only, so every running experiment
splits users independently.

Promotion makes the arm the scope's policy (the readers serve its label and config to every
user of the scope, as a new policy version in the book) and ends the experiment. Each applier
returns the next state and the change (before/after) that the control stage audits; an
unusable payload raises :class:`~processors.control.state.PayloadError`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from processors.control.commands import Command
from processors.control.state import Change, ControlState, PayloadError
from processors.experiments.assignment import PromotedPolicy
from processors.experiments.spec import Experiment, parse_spec

__all__ = ["EXPERIMENT_APPLIERS", "overlaps", "promote", "transition"]

#: Action -> (statuses it may start from, the status it leads to).
_TRANSITIONS: Mapping[str, tuple[frozenset[str], str]] = {
    "start": (frozenset({"draft"}), "running"),
    "pause": (frozenset({"running"}), "paused"),
    "resume": (frozenset({"paused"}), "running"),
    "stop": (frozenset({"running", "paused"}), "stopped"),
}


def overlaps(scope_a: str, scope_b: str) -> bool:
    """Whether two experiment scopes share a user's request (same tenant, and the same
    surface or one of them tenant-wide)."""
    tenant_a, _, surface_a = scope_a.partition("/")
    tenant_b, _, surface_b = scope_b.partition("/")
    return tenant_a == tenant_b and (not surface_a or not surface_b or surface_a == surface_b)


def _experiment(state: ControlState, payload: Mapping[str, Any]) -> Experiment:
    exp_id = payload.get("id")
    if not isinstance(exp_id, str):
        raise PayloadError("id must name an experiment")
    experiment = state.experiments.get(exp_id)
    if experiment is None:
        raise PayloadError(f"no experiment {exp_id!r}")
    return experiment


def _create(state: ControlState, command: Command, now_ms: int) -> tuple[ControlState, Change]:
    try:
        spec = parse_spec(command.payload)
    except ValueError as exc:
        raise PayloadError(str(exc)) from None
    if spec.experiment_id in state.experiments:
        raise PayloadError(f"experiment {spec.experiment_id!r} exists; choose another id")
    return state.with_experiment(Experiment(spec, "draft", changed_ms=now_ms), now_ms)


def transition(
    state: ControlState, experiment: Experiment, verb: str, now_ms: int, reason: str = ""
) -> tuple[ControlState, Change]:
    """``experiment`` moved by ``verb`` (start, pause, resume, stop); PayloadError if its
    status does not allow it or it would overlap a running experiment."""
    allowed, target = _TRANSITIONS[verb]
    exp_id = experiment.spec.experiment_id
    if experiment.status not in allowed:
        raise PayloadError(f"cannot {verb} experiment {exp_id!r}: it is {experiment.status}")
    if target == "running":
        for other in state.experiments.values():
            if (
                other.status == "running"
                and other.spec.experiment_id != exp_id
                and overlaps(other.spec.scope, experiment.spec.scope)
            ):
                raise PayloadError(
                    f"experiment {other.spec.experiment_id!r} is running on "
                    f"{other.spec.scope}, which overlaps {experiment.spec.scope}"
                )
    return state.with_experiment(experiment.with_status(target, now_ms, reason), now_ms)


def promote(
    state: ControlState, experiment: Experiment, arm_name: str | None, now_ms: int, reason: str = ""
) -> tuple[ControlState, Change]:
    """Make ``arm_name`` (default: the candidate) the scope's policy and end the experiment."""
    exp_id = experiment.spec.experiment_id
    if experiment.status not in ("running", "paused"):
        raise PayloadError(f"cannot promote experiment {exp_id!r}: it is {experiment.status}")
    name = arm_name or experiment.candidate
    if name is None:
        raise PayloadError(f"experiment {exp_id!r} has no promotion candidate; name the arm")
    arm = next((a for a in experiment.spec.arms if a.name == name), None)
    if arm is None:
        raise PayloadError(f"experiment {exp_id!r} has no arm {name!r}")
    if name in experiment.arms_off:
        raise PayloadError(f"arm {name!r} was switched off by a guardrail; it cannot be promoted")
    promoted = dataclasses.replace(
        experiment.with_status("promoted", now_ms, reason), promoted_arm=name
    )
    policy = PromotedPolicy(exp_id, arm, state.book_version + 1)
    return state.with_experiment(promoted, now_ms, (experiment.spec.scope, policy))


def _move(verb: str) -> Callable[[ControlState, Command, int], tuple[ControlState, Change]]:
    def apply(state: ControlState, command: Command, now_ms: int) -> tuple[ControlState, Change]:
        return transition(state, _experiment(state, command.payload), verb, now_ms)

    return apply


def _promote(state: ControlState, command: Command, now_ms: int) -> tuple[ControlState, Change]:
    arm = command.payload.get("arm")
    if arm is not None and not isinstance(arm, str):
        raise PayloadError("arm must be an arm's name")
    return promote(state, _experiment(state, command.payload), arm, now_ms)


EXPERIMENT_APPLIERS: Mapping[
    str, Callable[[ControlState, Command, int], tuple[ControlState, Change]]
] = {
    "experiment.create": _create,
    "experiment.start": _move("start"),
    "experiment.pause": _move("pause"),
    "experiment.resume": _move("resume"),
    "experiment.stop": _move("stop"),
    "experiment.promote": _promote,
}
"""The experiment actions, merged into :mod:`processors.control.appliers`."""
