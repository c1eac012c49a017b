"""Sticky, deterministic assignment of users to experiment arms (what the reader applies).

A user's arm is a pure function of the pseudonym and the experiment id, through the salted
SHA-256 buckets of :mod:`processors.control.bucketing` (10,000 buckets):

1. **holdout**: users whose ``experiment-holdout`` bucket falls below the holdout percent get
   no arm (they are served as if no experiment ran, and are not analysed);
2. **arm**: the ``experiment`` bucket is laid over the arms' weights, cumulatively, in the
   declared order: with weights 1:1 buckets 0..4999 are the control, 5000..9999 the
   treatment. Each experiment id is its own salt, so two experiments split users
   independently.

   A **bandit** experiment lays the same bucket over its current allocation's bucket ranges
   instead (:mod:`processors.experiments.allocation`): when the shares move, only the buckets
   that an arm gives up change arm, so a user keeps their arm unless their bucket was among
   the fewest buckets that had to move (the total variation distance between the old and new
   shares). A user who does move is still counted in their first arm only (the outcome stage
   keeps the first arm per user and experiment), so the analysis stays per first assignment.

Every worker, reader and restart computes the same arm, so a user keeps their arm until the
experiment ends. A switched-off arm's users are served the control arm's policy, but carry no
arm (they left the analysis when their arm was switched off, which keeps the remaining arms'
comparison and the SRM check over them unbiased).

The reader only assigns users the flags personalize (not killed, off, observe, held back or
outside a rollout) and who have not opted out. Outside a running experiment, a scope with a
promoted policy serves that policy to everyone.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from processors.control.bucketing import BUCKETS, bucket, in_percent
from processors.experiments.allocation import arm_at
from processors.experiments.spec import Arm, Experiment

__all__ = ["Assignment", "ExperimentBook", "PromotedPolicy", "arm_of", "assign"]


@dataclass(frozen=True, slots=True)
class PromotedPolicy:
    """A scope's policy since an experiment's arm was promoted."""

    experiment_id: str
    arm: Arm
    version: int
    """The control-book version of the promotion."""

    def to_json(self) -> dict[str, Any]:
        """The policy as JSON."""
        return {"experiment_id": self.experiment_id, "arm": self.arm.to_json(),
                "version": self.version}  # fmt: skip

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PromotedPolicy:
        """Inverse of :meth:`to_json`."""
        arm = data["arm"]
        return cls(
            str(data["experiment_id"]),
            Arm(str(arm["name"]), float(arm["weight"]), str(arm["policy"]), arm.get("config", {})),
            int(data["version"]),
        )


@dataclass(frozen=True, slots=True)
class Assignment:
    """What a user is served under an experiment or a promoted policy."""

    experiment_id: str | None
    """None for a promoted policy or a switched-off arm's user (not analysed)."""
    arm: str | None
    policy: str
    config: Mapping[str, Any]

    @property
    def serves_popular(self) -> bool:
        """Whether the arm serves the popular list instead of the personalized one."""
        return self.config.get("serve") == "popular"


@dataclass(frozen=True)
class ExperimentBook:
    """Every experiment (by id) and the promoted policies (by scope): what the readers apply
    and what ``personalize experiments show|list`` print."""

    experiments: Mapping[str, Experiment] = field(default_factory=dict)
    policies: Mapping[str, PromotedPolicy] = field(default_factory=dict)
    running: Mapping[str, Experiment] = field(init=False)
    """Scope -> its running experiment (running experiments never share a scope)."""

    def __post_init__(self) -> None:
        running = {e.spec.scope: e for e in self.experiments.values() if e.status == "running"}
        object.__setattr__(self, "running", running)

    def to_json(self) -> str:
        """One JSON document (stored next to the flag book in Redis)."""
        return json.dumps(
            {
                "experiments": {i: e.to_json() for i, e in sorted(self.experiments.items())},
                "policies": {s: p.to_json() for s, p in sorted(self.policies.items())},
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> ExperimentBook:
        """Inverse of :meth:`to_json`."""
        data = json.loads(text)
        return cls(
            {i: Experiment.from_json(e) for i, e in data.get("experiments", {}).items()},
            {s: PromotedPolicy.from_json(p) for s, p in data.get("policies", {}).items()},
        )


def arm_of(experiment: Experiment, user_key: str) -> Arm | None:
    """The arm ``user_key`` is assigned in ``experiment``; None if held out."""
    spec = experiment.spec
    exp_id = spec.experiment_id
    if spec.holdout_percent > 0 and in_percent(
        "experiment-holdout", exp_id, user_key, spec.holdout_percent
    ):
        return None
    position = bucket("experiment", exp_id, user_key)
    if experiment.allocation is not None:
        name = arm_at(experiment.allocation.ranges, position)
        return next((a for a in spec.arms if a.name == name), spec.arms[0])
    total = sum(a.weight for a in spec.arms)
    cumulative = 0.0
    for arm in spec.arms:
        cumulative += arm.weight
        if position < round(cumulative / total * BUCKETS):
            return arm
    return spec.arms[-1]  # rounding never leaves a bucket unassigned


def assign(book: ExperimentBook, tenant: str, surface: str, user_key: str) -> Assignment | None:
    """What ``user_key`` is served on ``surface`` of ``tenant``: an arm of the running
    experiment of the narrowest enclosing scope, else a promoted policy, else None."""
    for scope in (f"{tenant}/{surface}", tenant):
        experiment = book.running.get(scope)
        if experiment is None:
            continue
        arm = arm_of(experiment, user_key)
        if arm is None:
            return None  # held out: served as if no experiment ran
        if arm.name in experiment.arms_off:
            control = experiment.spec.control
            return Assignment(None, None, control.policy, control.config)
        return Assignment(experiment.spec.experiment_id, arm.name, arm.policy, arm.config)
    for scope in (f"{tenant}/{surface}", tenant):
        policy = book.policies.get(scope)
        if policy is not None:
            return Assignment(None, None, policy.arm.policy, policy.arm.config)
    return None
