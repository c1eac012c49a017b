"""An experiment's definition and where it stands in its lifecycle.

Lifecycle: ``draft`` -(start)-> ``running`` -(pause)-> ``paused`` -(resume)-> ``running``;
``running`` or ``paused`` -(stop)-> ``stopped``, or -(promote)-> ``promoted``. Stopped and
promoted are final. Only a running experiment assigns users.

A definition (:func:`parse_spec`, from the ``experiment.create`` payload or a spec file) names
its scope (tenant, optional surface), its arms (name, weight, policy label, optional config;
the first arm is the control), a holdout percent, one primary metric, secondary and guardrail
metrics (names of :data:`processors.experiments.metrics.METRICS`), alpha, power, the minimum
detectable effect, the minimum sample per arm (default 30), the planned duration, and whether
a promotion candidate is promoted automatically, and how traffic is allocated: ``"split"``
(the arms' fixed weights, the default) or ``"bandit"`` (Thompson sampling with the ``bandit``
settings of :class:`~.allocation.BanditSettings`; the declared weights are then ignored).
Parsing raises ``ValueError`` with a plain reason (the control stage rejects the command as
``bad_payload``).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from processors.experiments.allocation import Allocation, BanditSettings, parse_bandit
from processors.experiments.metrics import METRICS
from processors.experiments.verdict import MIN_SAMPLE_PER_ARM

__all__ = ["BANDIT_METRICS", "STATUSES", "Arm", "Experiment", "ExperimentSpec", "parse_spec"]

STATUSES = ("draft", "running", "paused", "stopped", "promoted")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_FIELDS = {
    "id", "tenant", "surface", "arms", "holdout_percent", "primary_metric",
    "secondary_metrics", "guardrail_metrics", "alpha", "power", "mde", "min_sample_per_arm",
    "planned_days", "auto_promote", "description", "allocation", "bandit",
}  # fmt: skip
#: Primary metrics a bandit may optimise (rates where higher is better; see .thompson).
BANDIT_METRICS = ("acceptance", "ctr", "accept_rate")


@dataclass(frozen=True, slots=True)
class Arm:
    """One arm: its share of the experiment's traffic and what it serves."""

    name: str
    weight: float
    policy: str
    """The policy version label served and logged for the arm's users."""
    config: Mapping[str, Any] = field(default_factory=dict)
    """Handed to the caller with the ranking; ``{"serve": "popular"}`` makes the reader serve
    the popular list instead of the personalized one."""

    def to_json(self) -> dict[str, Any]:
        """The arm as JSON."""
        return {"name": self.name, "weight": self.weight, "policy": self.policy,
                "config": dict(self.config)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExperimentSpec:
    """What an operator declared with ``experiment.create``."""

    experiment_id: str
    tenant: str
    surface: str | None
    arms: tuple[Arm, ...]
    primary_metric: str
    holdout_percent: float = 0.0
    secondary_metrics: tuple[str, ...] = ()
    guardrail_metrics: tuple[str, ...] = ()
    alpha: float = 0.05
    power: float = 0.8
    mde: float = 0.05
    """Minimum detectable effect, relative (0.05 = 5 %)."""
    min_sample_per_arm: int = MIN_SAMPLE_PER_ARM
    planned_days: float = 14.0
    auto_promote: bool = False
    description: str = ""
    allocation: str = "split"
    """``split`` (the arms' fixed weights) or ``bandit`` (Thompson sampling)."""
    bandit: BanditSettings | None = None
    """The bandit's settings (``allocation == "bandit"`` only)."""

    @property
    def scope(self) -> str:
        """``<tenant>`` or ``<tenant>/<surface>``, as flag scopes."""
        return f"{self.tenant}/{self.surface}" if self.surface else self.tenant

    @property
    def control(self) -> Arm:
        """The first arm."""
        return self.arms[0]

    def to_json(self) -> dict[str, Any]:
        """The definition as the JSON that :func:`parse_spec` reads."""
        return {
            "id": self.experiment_id, "tenant": self.tenant, "surface": self.surface,
            "arms": [a.to_json() for a in self.arms], "holdout_percent": self.holdout_percent,
            "primary_metric": self.primary_metric,
            "secondary_metrics": list(self.secondary_metrics),
            "guardrail_metrics": list(self.guardrail_metrics), "alpha": self.alpha,
            "power": self.power, "mde": self.mde, "min_sample_per_arm": self.min_sample_per_arm,
            "planned_days": self.planned_days, "auto_promote": self.auto_promote,
            "description": self.description,
            # Only bandits carry the keys, so a split experiment's JSON is what it always was.
            **({"allocation": "bandit", "bandit": self.bandit.to_json()} if self.bandit else {}),
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Experiment:
    """A definition and its lifecycle state, as the control state keeps it."""

    spec: ExperimentSpec
    status: str = "draft"
    arms_off: tuple[str, ...] = ()
    """Arms switched off by a failed guardrail: their users are served the control."""
    candidate: str | None = None
    """The arm flagged as a promotion candidate (a significant primary win, clean guardrails)."""
    promoted_arm: str | None = None
    started_ms: int = 0
    changed_ms: int = 0
    reason: str = ""
    """Why the last automatic change happened (empty after an operator's)."""
    allocation: Allocation | None = None
    """A bandit's allocation periods and bucket ranges (set when it first starts)."""

    def to_json(self) -> dict[str, Any]:
        """The experiment as JSON (control state, Redis, audit before/after)."""
        return {
            "spec": self.spec.to_json(), "status": self.status, "arms_off": list(self.arms_off),
            "candidate": self.candidate, "promoted_arm": self.promoted_arm,
            "started_ms": self.started_ms, "changed_ms": self.changed_ms, "reason": self.reason,
            **({"allocation": self.allocation.to_json()} if self.allocation else {}),
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Experiment:
        """Inverse of :meth:`to_json`."""
        return cls(
            parse_spec(data["spec"]),
            str(data["status"]),
            tuple(data.get("arms_off", ())),
            data.get("candidate"),
            data.get("promoted_arm"),
            int(data.get("started_ms", 0)),
            int(data.get("changed_ms", 0)),
            str(data.get("reason", "")),
            Allocation.from_json(data["allocation"]) if data.get("allocation") else None,
        )

    def with_status(self, status: str, now_ms: int, reason: str = "") -> Experiment:
        """This experiment moved to ``status`` at ``now_ms``."""
        started = now_ms if status == "running" and not self.started_ms else self.started_ms
        allocation = self.allocation
        if status == "running" and allocation is None and self.spec.bandit is not None:
            allocation = Allocation.initial([a.name for a in self.spec.arms], now_ms)
        return dataclasses.replace(
            self, status=status, changed_ms=now_ms, started_ms=started, reason=reason,
            allocation=allocation,
        )  # fmt: skip


def parse_spec(data: Mapping[str, Any]) -> ExperimentSpec:
    """The definition in ``data``; ``ValueError`` with a plain reason if it is unusable."""
    if not isinstance(data, Mapping):
        raise ValueError("the experiment must be a JSON object")
    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}")
    surface = data.get("surface")
    spec = ExperimentSpec(
        experiment_id=_name(data.get("id"), "id"),
        tenant=_name(data.get("tenant"), "tenant"),
        surface=None if surface is None else _name(surface, "surface"),
        arms=_arms(data.get("arms")),
        primary_metric=_metric(data.get("primary_metric"), "primary_metric"),
        holdout_percent=_number(data, "holdout_percent", 0.0, 0.0, 100.0),
        secondary_metrics=_metrics(data, "secondary_metrics"),
        guardrail_metrics=_metrics(data, "guardrail_metrics"),
        alpha=_number(data, "alpha", 0.05, 1e-6, 0.5),
        power=_number(data, "power", 0.8, 0.5, 0.9999),
        mde=_number(data, "mde", 0.05, 1e-6, 10.0),
        min_sample_per_arm=int(_number(data, "min_sample_per_arm", MIN_SAMPLE_PER_ARM, 2, 1e9)),
        planned_days=_number(data, "planned_days", 14.0, 0.0, 3650.0),
        auto_promote=_bool(data.get("auto_promote", False), "auto_promote"),
        description=str(data.get("description", ""))[:500],
    )
    if spec.primary_metric in spec.guardrail_metrics:
        raise ValueError("the primary metric cannot also be a guardrail")
    return _with_allocation(spec, data)


def _with_allocation(spec: ExperimentSpec, data: Mapping[str, Any]) -> ExperimentSpec:
    allocation = data.get("allocation", "split")
    if allocation not in ("split", "bandit"):
        raise ValueError("allocation must be 'split' or 'bandit'")
    if allocation == "split":
        if "bandit" in data:
            raise ValueError('bandit settings need "allocation": "bandit"')
        return spec
    if spec.primary_metric not in BANDIT_METRICS:
        raise ValueError(
            f"a bandit optimises a rate: its primary metric must be one of "
            f"{', '.join(BANDIT_METRICS)}"
        )
    bandit = parse_bandit(data.get("bandit"), len(spec.arms))
    return dataclasses.replace(spec, allocation="bandit", bandit=bandit)


def _name(value: object, what: str) -> str:
    if not isinstance(value, str) or not _NAME.match(value):
        raise ValueError(f"{what} must be a name of letters, digits, '_', '.' or '-' (max 64)")
    return value


def _metric(value: object, what: str) -> str:
    if not isinstance(value, str) or value not in METRICS:
        raise ValueError(f"{what} must be one of {', '.join(METRICS)}")
    return value


def _metrics(data: Mapping[str, Any], what: str) -> tuple[str, ...]:
    values = data.get(what, [])
    if not isinstance(values, Sequence) or isinstance(values, str):
        raise ValueError(f"{what} must be a list of metric names")
    return tuple(dict.fromkeys(_metric(v, what) for v in values))


def _number(data: Mapping[str, Any], what: str, default: float, low: float, high: float) -> float:
    value = data.get(what, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} must be a number from {low:g} to {high:g}")
    if not math.isfinite(value) or not low <= value <= high:
        raise ValueError(f"{what} must be a number from {low:g} to {high:g}")
    return float(value)


def _bool(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{what} must be true or false")
    return value


def _arms(value: object) -> tuple[Arm, ...]:
    if not isinstance(value, Sequence) or isinstance(value, str) or not 2 <= len(value) <= 8:
        raise ValueError("arms must be a list of 2 to 8 arms, the control first")
    arms = []
    for item in value:
        if not isinstance(item, Mapping):
            raise ValueError("each arm must be an object with name, weight and policy")
        unknown = sorted(set(item) - {"name", "weight", "policy", "config"})
        if unknown:
            raise ValueError(f"unknown arm field(s) {', '.join(unknown)}")
        name = _name(item.get("name"), "arm name")
        weight = _number(item, "weight", 1.0, 0.0, 1e6)
        policy = _name(item.get("policy", name), "arm policy")
        config = item.get("config", {})
        if not isinstance(config, Mapping):
            raise ValueError(f"arm {name}: config must be an object")
        if config.get("serve", "personalized") not in ("personalized", "popular"):
            raise ValueError(f"arm {name}: config.serve must be 'personalized' or 'popular'")
        arms.append(Arm(name, weight, policy, dict(config)))
    if len({a.name for a in arms}) != len(arms):
        raise ValueError("arm names must differ")
    if sum(a.weight for a in arms) <= 0 or any(a.weight <= 0 for a in arms):
        raise ValueError("every arm needs a weight above 0")
    return tuple(arms)
