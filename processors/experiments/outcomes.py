"""Per-arm outcomes as sufficient statistics, updated one event at a time, exactly once.

Each exposed user has a :class:`UserOutcomes` (table ``experiments``, key
``u|<tenant>|<pseudonym>``, on the user's raw partition): per surface, the experiment and arm
of the lists served to them, their counters (:data:`~.metrics.USER_VALUES`) and their recent
request ids. Each experiment has, per raw partition, a :class:`PartitionStats`: for each arm
an :class:`ArmStats` (users, and the sum and sum of squares of every counter over its users,
the sums of products of the ratio metrics, :data:`~.metrics.RATIOS`, and duration histograms,
:mod:`.histogram`). All arms of a partition are one value, so the control stage always sees
a partition's arms at one point of its stream (a split judged on half-updated arms would
look skewed).

A fact changes one user's counters from ``old`` to ``new``; the arm then adds ``new - old``
to the sums, ``new**2 - old**2`` to the squares and ``new_x new_y - old_x old_y`` to the
products, so the arm always holds the exact statistics of its users' current counters.
Counters are whole numbers below 2**53, so the float arithmetic is exact.

**Exactly once.** Facts carry their origin (raw stream kind ``r``, ``i`` or ``c``, and offset;
one user's records are on one partition, in order). The user and each partition's arm skip
origins at or below their own watermark. The stage writes the partition's arms before the
user, to one table partition, so if the user's record survived a crash the arms' did too;
redelivery then recomputes the same update from the old user, and the arms skip it.

Facts: a served list (:class:`ServedFact`), a click or accept on a request served in the
experiment (:class:`ActionFact`), and a model call's cost (:class:`CostFact`). Lists and
clicks travel on different topics, so a click is often processed before its list: when the
caller says it may still belong to a running experiment (``may_wait``), a fact whose request
is unknown waits in the user's state (at most :data:`RECENT_REQUESTS`) and is counted with
its list, under the list's origin. Facts on requests older than the user's last
:data:`RECENT_REQUESTS` are not counted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from processors.experiments.facts import (
    ActionFact,
    CostFact,
    Fact,
    ServedFact,
    pending_fact,
    pending_record,
)
from processors.experiments.histogram import bucket_of
from processors.experiments.metrics import RATIOS, USER_VALUES

__all__ = [
    "RECENT_REQUESTS",
    "ActionFact",
    "ArmStats",
    "ArmUpdate",
    "CostFact",
    "Fact",
    "PartitionStats",
    "ServedFact",
    "SurfaceArm",
    "UserOutcomes",
    "apply_fact",
]

RECENT_REQUESTS = 50
"""Request ids remembered per user and surface (clicks and accepts refer to them)."""


@dataclass(frozen=True, slots=True)
class SurfaceArm:
    """One user's standing in the experiment of one surface."""

    experiment_id: str
    arm: str
    values: Mapping[str, float]
    requests: Mapping[str, int] = field(default_factory=dict)
    """Recent request id -> served time (ms), oldest first."""


@dataclass(frozen=True, slots=True)
class UserOutcomes:
    """One user's experiment counters, per surface, and the origins applied."""

    surfaces: Mapping[str, SurfaceArm] = field(default_factory=dict)
    watermarks: Mapping[str, int] = field(default_factory=dict)
    pending: tuple[tuple[str, ActionFact | CostFact], ...] = ()
    """(request id, fact) of facts that came before their list, oldest first."""

    def to_record(self) -> dict[str, Any]:
        """The ``ExperimentUser`` state record."""
        return {
            "pending": [pending_record(r, f) for r, f in self.pending],
            "surfaces": [
                {"surface": s, "experiment_id": a.experiment_id, "arm": a.arm,
                 "values": dict(a.values),
                 "requests": [{"request_id": r, "served_ms": t} for r, t in a.requests.items()]}
                for s, a in sorted(self.surfaces.items())
            ],
            "watermarks": dict(self.watermarks),
        }  # fmt: skip

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> UserOutcomes:
        """Inverse of :meth:`to_record`."""
        return cls(
            {
                s["surface"]: SurfaceArm(
                    s["experiment_id"], s["arm"], dict(s["values"]),
                    {r["request_id"]: r["served_ms"] for r in s["requests"]},
                )
                for s in record["surfaces"]
            },
            dict(record["watermarks"]),
            tuple((p["request_id"], pending_fact(p)) for p in record["pending"]),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ArmUpdate:
    """What one fact changes in an arm: a user's counters ``old`` (None: a new user) ->
    ``new``, and durations to count (histogram name, ms)."""

    experiment_id: str
    arm: str
    old: Mapping[str, float] | None
    new: Mapping[str, float]
    durations: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class ArmStats:
    """An arm's sufficient statistics over its users (one partition's, or the total)."""

    users: int = 0
    sums: Mapping[str, float] = field(default_factory=dict)
    squares: Mapping[str, float] = field(default_factory=dict)
    cross: Mapping[str, float] = field(default_factory=dict)
    """``"<numerator>*<denominator>"`` -> sum over users of their product."""
    histograms: Mapping[str, Mapping[int, int]] = field(default_factory=dict)

    def apply(self, update: ArmUpdate) -> ArmStats:
        """This arm after ``update``."""
        old = update.old or {}
        sums, squares, cross = dict(self.sums), dict(self.squares), dict(self.cross)
        for name in USER_VALUES:
            before, after = old.get(name, 0.0), update.new.get(name, 0.0)
            sums[name] = sums.get(name, 0.0) + after - before
            squares[name] = squares.get(name, 0.0) + after * after - before * before
        for num, den in RATIOS:
            key = f"{num}*{den}"
            product = update.new.get(num, 0.0) * update.new.get(den, 0.0)
            cross[key] = cross.get(key, 0.0) + product - old.get(num, 0.0) * old.get(den, 0.0)
        histograms = {name: dict(h) for name, h in self.histograms.items()}
        for name, duration in update.durations:
            bucket = bucket_of(duration)
            counts = histograms.setdefault(name, {})
            counts[bucket] = counts.get(bucket, 0) + 1
        return ArmStats(self.users + (update.old is None), sums, squares, cross, histograms)

    def plus(self, other: ArmStats) -> ArmStats:
        """The statistics of both sets of users (partitions are disjoint)."""

        def add(a: Mapping[str, float], b: Mapping[str, float]) -> dict[str, float]:
            return {k: a.get(k, 0.0) + b.get(k, 0.0) for k in sorted({*a, *b})}

        histograms = {
            name: {
                k: self.histograms.get(name, {}).get(k, 0)
                + other.histograms.get(name, {}).get(k, 0)
                for k in sorted({*self.histograms.get(name, {}), *other.histograms.get(name, {})})
            }
            for name in sorted({*self.histograms, *other.histograms})
        }
        return ArmStats(
            self.users + other.users, add(self.sums, other.sums),
            add(self.squares, other.squares), add(self.cross, other.cross), histograms,
        )  # fmt: skip

    def to_record(self) -> dict[str, Any]:
        """The ``ArmStats`` record (state and signal schemas share it)."""
        return {
            "users": self.users, "sums": dict(self.sums), "squares": dict(self.squares),
            "cross": dict(self.cross),
            "histograms": {
                n: {str(k): c for k, c in h.items()} for n, h in self.histograms.items()
            },
        }  # fmt: skip

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> ArmStats:
        """Inverse of :meth:`to_record`."""
        return cls(
            int(record["users"]), dict(record["sums"]), dict(record["squares"]),
            dict(record["cross"]),
            {n: {int(k): int(c) for k, c in h.items()} for n, h in record["histograms"].items()},
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class PartitionStats:
    """Every arm of one experiment over one raw partition's users, and the origins applied."""

    arms: Mapping[str, ArmStats] = field(default_factory=dict)
    watermarks: Mapping[str, int] = field(default_factory=dict)

    @property
    def version(self) -> int:
        """Grows with every applied update: the number of (kind, offset) steps taken."""
        return sum(offset + 1 for offset in self.watermarks.values())

    def apply(self, update: ArmUpdate, kind: str, offset: int) -> PartitionStats | None:
        """These arms after ``update`` from origin (``kind``, ``offset``); None if applied."""
        if offset <= self.watermarks.get(kind, -1):
            return None
        arm = self.arms.get(update.arm, ArmStats()).apply(update)
        return PartitionStats({**self.arms, update.arm: arm}, {**self.watermarks, kind: offset})

    def to_record(self) -> dict[str, Any]:
        """The ``ExperimentPartition`` state record."""
        arms = [{"arm": name, **arm.to_record()} for name, arm in sorted(self.arms.items())]
        return {"arms": arms, "watermarks": dict(self.watermarks)}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> PartitionStats:
        """Inverse of :meth:`to_record`."""
        arms = {a["arm"]: ArmStats.from_record(a) for a in record["arms"]}
        return cls(arms, dict(record["watermarks"]))


def apply_fact(
    user: UserOutcomes, fact: Fact, kind: str, offset: int, *, may_wait: bool = False
) -> tuple[UserOutcomes, ArmUpdate | None] | None:
    """The user after ``fact`` (origin ``kind``, ``offset``) and the arm update it makes (None
    while the fact waits for its list); None when the fact is a redelivery or concerns no
    experiment of the user's (and may not wait)."""
    if offset <= user.watermarks.get(kind, -1):
        return None
    marks = {**user.watermarks, kind: offset}
    if isinstance(fact, ServedFact):
        return _served(user, fact, marks)
    surfaces = [fact.surface] if isinstance(fact, ActionFact) else sorted(user.surfaces)
    for surface in surfaces:  # costs carry no surface: find the request on any
        current = user.surfaces.get(surface)
        if current is None or fact.request_id not in current.requests:
            continue
        entry, durations = _add(current, fact)
        next_user = dataclasses.replace(user, surfaces={**user.surfaces, surface: entry},
                                        watermarks=marks)  # fmt: skip
        return next_user, ArmUpdate(
            entry.experiment_id, entry.arm, current.values, entry.values, durations
        )
    if not may_wait:
        return None
    pending = (*user.pending, (fact.request_id, fact))[-RECENT_REQUESTS:]
    return dataclasses.replace(user, watermarks=marks, pending=pending), None


def _served(
    user: UserOutcomes, fact: ServedFact, marks: Mapping[str, int]
) -> tuple[UserOutcomes, ArmUpdate | None] | None:
    current = user.surfaces.get(fact.surface)
    if current is None or current.experiment_id != fact.experiment_id:
        current = None  # a new experiment on this surface: a new user of its arm
    elif current.arm != fact.arm:
        return None  # assignment is sticky; a list logged under another arm is not counted
    values = dict(current.values) if current else dict.fromkeys(USER_VALUES, 0.0)
    values["lists"] += 1
    requests = dict(current.requests) if current else {}
    requests[fact.request_id] = fact.served_ms
    while len(requests) > RECENT_REQUESTS:
        del requests[next(iter(requests))]
    entry = SurfaceArm(fact.experiment_id, fact.arm, values, requests)
    durations: list[tuple[str, float]] = []
    for request_id, waiting in user.pending:  # facts that came before this list
        if request_id == fact.request_id:
            entry, more = _add(entry, waiting)
            durations.extend(more)
    pending = tuple(p for p in user.pending if p[0] != fact.request_id)
    next_user = UserOutcomes({**user.surfaces, fact.surface: entry}, marks, pending)
    old = None if current is None else current.values
    return next_user, ArmUpdate(fact.experiment_id, fact.arm, old, entry.values, tuple(durations))


def _add(
    entry: SurfaceArm, fact: ActionFact | CostFact
) -> tuple[SurfaceArm, tuple[tuple[str, float], ...]]:
    values = dict(entry.values)
    if isinstance(fact, ActionFact):
        if fact.kind == "CLICK":
            values["clicks"] += 1
            return dataclasses.replace(entry, values=values), ()
        values["accepts"] += 1
        values["accepted"] = 1.0
        served = entry.requests[fact.request_id]
        waited = float(max(0, fact.event_ms - served))
        return dataclasses.replace(entry, values=values), (("accept_ms", waited),)
    values["calls"] += 1
    values["errors"] += fact.failed
    values["cost_micros"] += fact.cost_micros
    values["latency_ms"] += fact.latency_ms
    return dataclasses.replace(entry, values=values), (("latency_ms", float(fact.latency_ms)),)
