"""Bandit allocation: its settings, its allocation periods, and the bucket ranges readers use.

An experiment with ``"allocation": "bandit"`` moves its arms' traffic shares by Thompson
sampling (:mod:`.thompson`, :mod:`.reallocation`). Each change of the shares starts a new
**allocation period**; :class:`Allocation` keeps every period (number, event-time start,
the shares, and the arms' cumulative rate counts when it started, from which the per-period
statistics of :mod:`.period_weighted` are differences) and the current **bucket ranges**.

**Sticky without per-user state.** A user's bucket (``[0, 10000)``, the salted hash of
:func:`processors.experiments.assignment.arm_of`) never changes. Instead of laying the new
shares over the buckets cumulatively (which would move most users whenever an early arm's
share moves), :func:`remap` gives each arm a set of bucket ranges and, when shares change,
takes buckets only from arms that shrink and hands exactly those to arms that grow. Every
user in a bucket that kept its arm keeps their arm; the share of users who move is the total
variation distance between the old and new shares, the least any stateless mapping can
achieve (a mapping that moves fewer users could not give every arm its new share).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from processors.control.bucketing import BUCKETS

__all__ = [
    "Allocation",
    "AllocationPeriod",
    "BanditSettings",
    "arm_at",
    "bucket_counts",
    "parse_bandit",
    "remap",
]

Range = tuple[int, int, str]
"""``(first bucket, end bucket exclusive, arm)``."""


@dataclass(frozen=True, slots=True)
class BanditSettings:
    """How a bandit experiment learns its allocation (the ``bandit`` object of a spec)."""

    burn_in_users: int = 100
    """Users every arm still on must have before the shares leave the equal split."""
    exploration_floor: float | None = None
    """Least share of every arm still on; None: ``0.2 / arms`` (20 % of traffic explores)."""
    update_every_users: int = 100
    """New users (all arms) since the current period started before shares are recomputed."""
    update_every_minutes: float = 60.0
    """Event-time minutes since the current period started before shares are recomputed."""
    min_change: float = 0.01
    """A recomputation starts a period (and is audited) only if a share moves more than this."""

    def floor(self, arms: int) -> float:
        """The exploration floor for ``arms`` arms still on."""
        if self.exploration_floor is not None:
            return self.exploration_floor
        return 0.2 / max(arms, 1)

    def to_json(self) -> dict[str, Any]:
        """The settings as spec JSON."""
        return {
            "burn_in_users": self.burn_in_users, "exploration_floor": self.exploration_floor,
            "update_every_users": self.update_every_users,
            "update_every_minutes": self.update_every_minutes, "min_change": self.min_change,
        }  # fmt: skip


def parse_bandit(data: object, arms: int) -> BanditSettings:
    """The ``bandit`` object of a spec; ``ValueError`` with a plain reason."""
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise ValueError("bandit must be an object")
    known = {"burn_in_users", "exploration_floor", "update_every_users", "update_every_minutes",
             "min_change"}  # fmt: skip
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"unknown bandit field(s) {', '.join(unknown)}")
    floor = data.get("exploration_floor")
    if floor is not None:
        floor = _number(floor, "bandit.exploration_floor", 0.0, 1.0 / arms)
    return BanditSettings(
        burn_in_users=int(_number(data.get("burn_in_users", 100), "bandit.burn_in_users", 0, 1e9)),
        exploration_floor=floor,
        update_every_users=int(
            _number(data.get("update_every_users", 100), "bandit.update_every_users", 1, 1e9)
        ),
        update_every_minutes=_number(
            data.get("update_every_minutes", 60.0), "bandit.update_every_minutes", 0.0, 1e6
        ),
        min_change=_number(data.get("min_change", 0.01), "bandit.min_change", 0.0, 1.0),
    )


def _number(value: object, what: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} must be a number from {low:g} to {high:g}")
    if not math.isfinite(value) or not low <= value <= high:
        raise ValueError(f"{what} must be a number from {low:g} to {high:g}")
    return float(value)


@dataclass(frozen=True, slots=True)
class AllocationPeriod:
    """One allocation period: from ``start_ms`` until the next period's start."""

    number: int
    start_ms: int
    weights: Mapping[str, float]
    """Arm -> its share of the experiment's traffic (bucket counts / 10,000; sums to 1)."""
    start_counts: Mapping[str, tuple[int, float, float]] = field(default_factory=dict)
    """Arm -> cumulative (users, successes, trials) of the primary metric at ``start_ms``."""

    def to_json(self) -> dict[str, Any]:
        """The period as JSON."""
        return {
            "number": self.number, "start_ms": self.start_ms, "weights": dict(self.weights),
            "start_counts": {a: list(c) for a, c in sorted(self.start_counts.items())},
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AllocationPeriod:
        """Inverse of :meth:`to_json`."""
        counts = {
            str(a): (int(c[0]), float(c[1]), float(c[2]))
            for a, c in data.get("start_counts", {}).items()
        }
        weights = {str(a): float(w) for a, w in data["weights"].items()}
        return cls(int(data["number"]), int(data["start_ms"]), weights, counts)


@dataclass(frozen=True, slots=True)
class Allocation:
    """A bandit experiment's periods (oldest first) and the bucket ranges of the last one."""

    periods: tuple[AllocationPeriod, ...]
    ranges: tuple[Range, ...]

    @property
    def current(self) -> AllocationPeriod:
        """The period in force."""
        return self.periods[-1]

    def to_json(self) -> dict[str, Any]:
        """The allocation as JSON (control state, the readers' book)."""
        return {"periods": [p.to_json() for p in self.periods],
                "ranges": [list(r) for r in self.ranges]}  # fmt: skip

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Allocation:
        """Inverse of :meth:`to_json`."""
        periods = tuple(AllocationPeriod.from_json(p) for p in data["periods"])
        ranges = tuple((int(r[0]), int(r[1]), str(r[2])) for r in data["ranges"])
        return cls(periods, ranges)

    @classmethod
    def initial(cls, arms: Sequence[str], start_ms: int) -> Allocation:
        """Period 0: the equal split of the burn-in, laid over the buckets in arm order."""
        counts = bucket_counts(dict.fromkeys(arms, 1.0 / len(arms)))
        weights = {a: c / BUCKETS for a, c in counts.items()}
        return cls((AllocationPeriod(0, start_ms, weights),), remap((), counts))


def bucket_counts(weights: Mapping[str, float]) -> dict[str, int]:
    """Whole bucket counts summing to 10,000 nearest ``weights`` (largest remainder, ties in
    arm order), so a period's shares are exactly what the readers serve."""
    total = sum(weights.values())
    exact = {a: w / total * BUCKETS for a, w in weights.items()}
    counts = {a: math.floor(x) for a, x in exact.items()}
    order = sorted(exact, key=lambda a: (-(exact[a] - counts[a]), list(exact).index(a)))
    for arm in order[: BUCKETS - sum(counts.values())]:
        counts[arm] += 1
    return counts


def remap(ranges: Sequence[Range], counts: Mapping[str, int]) -> tuple[Range, ...]:
    """Bucket ranges giving each arm ``counts[arm]`` buckets, moving the fewest buckets from
    ``ranges``: an arm that shrinks gives up the tail of its ranges, and the freed buckets go,
    in bucket order, to the arms that grow (in arm order)."""
    held: dict[str, int] = {}
    for start, end, arm in ranges:
        held[arm] = held.get(arm, 0) + end - start
    kept: list[Range] = []
    freed: list[tuple[int, int]] = []
    budget = {arm: counts.get(arm, 0) for arm in held}
    for start, end, arm in sorted(ranges, key=lambda r: r[0]):
        keep = min(end - start, budget.get(arm, 0))
        budget[arm] = budget.get(arm, 0) - keep
        if keep:
            kept.append((start, start + keep, arm))
        if keep < end - start:
            freed.append((start + keep, end))
    if not ranges:  # the first allocation: every bucket is free
        freed.append((0, BUCKETS))
    needs = [(arm, counts[arm] - held.get(arm, 0)) for arm in counts]
    needs = [(arm, n) for arm, n in needs if n > 0]
    for arm, need in needs:
        while need > 0:
            start, end = freed.pop(0)
            take = min(need, end - start)
            kept.append((start, start + take, arm))
            if take < end - start:
                freed.insert(0, (start + take, end))
            need -= take
    return _merged(kept)


def _merged(ranges: list[Range]) -> tuple[Range, ...]:
    merged: list[Range] = []
    for start, end, arm in sorted(ranges):
        if merged and merged[-1][1] == start and merged[-1][2] == arm:
            merged[-1] = (merged[-1][0], end, arm)
        else:
            merged.append((start, end, arm))
    return tuple(merged)


def arm_at(ranges: Sequence[Range], position: int) -> str | None:
    """The arm whose range holds bucket ``position`` (ranges are sorted and disjoint)."""
    low, high = 0, len(ranges)
    while low < high:
        middle = (low + high) // 2
        start, end, arm = ranges[middle]
        if position < start:
            high = middle
        elif position >= end:
            low = middle + 1
        else:
            return arm
    return None
