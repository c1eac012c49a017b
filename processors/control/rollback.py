"""Automatic rollback of a staged rollout, judged from model-call outcomes and latencies.

The staged-rollout seed's decision matrix, per tenant, over complete minutes of event time
(a minute with fewer than ``min_calls`` calls cannot breach, and ends a run of breaches):

    error rate > severe (5%) in each of the last ``severe_minutes`` (5) minutes -> 0%
    error rate >= moderate (3%) over the last ``moderate_minutes`` (5), each with
        at least ``min_calls`` calls                                         -> previous stage
    mean latency > latency_ms (3 s) in each of the last ``latency_minutes`` (10) -> previous stage

"For more than N minutes" is read as N complete minutes, judged once the first call of the
next minute arrives. The previous stage is the highest earlier rollout below the current one
(the flag's history), else the highest documented stage below it: a rollback never moves a
rollout forward. Once a tenant is rolled back its minutes are forgotten, so the next step
back needs a fresh, full breach. Only explicit flags that are ``on`` with a rollout above 0%
are rolled back: no flag means no rollout in progress (SLO alerts cover that case).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from processors.control.flags import ROLLOUT_STAGES, Flag
from schemas.errors import ConfigError

__all__ = [
    "HealthBook",
    "HealthWindow",
    "RollbackRules",
    "Verdict",
    "judge",
    "parse_rollback_rules",
    "previous_stage",
]

MINUTE_MS = 60_000


@dataclass(frozen=True)
class RollbackRules:
    """Thresholds of the decision matrix (configurable per tenant)."""

    severe_error_rate: float = 0.05
    severe_minutes: int = 5
    moderate_error_rate: float = 0.03
    moderate_minutes: int = 5
    latency_ms: float = 3_000.0
    latency_minutes: int = 10
    min_calls: int = 20

    @property
    def span_minutes(self) -> int:
        """How many complete minutes the longest rule looks back."""
        return max(self.severe_minutes, self.moderate_minutes, self.latency_minutes)


@dataclass(frozen=True, slots=True)
class MinuteCounts:
    """One tenant's calls in one minute."""

    calls: int = 0
    errors: int = 0
    latency_ms_sum: int = 0

    def plus(self, calls: int, errors: int, latency_ms_sum: int) -> MinuteCounts:
        """These counts with more calls added."""
        return MinuteCounts(
            self.calls + calls, self.errors + errors, self.latency_ms_sum + latency_ms_sum
        )


@dataclass(frozen=True)
class HealthWindow:
    """One tenant's recent minutes: minute start (ms) -> counts."""

    minutes: Mapping[int, MinuteCounts] = field(default_factory=dict)

    def complete(self, count: int) -> list[MinuteCounts | None]:
        """The ``count`` complete minutes before the newest, oldest first (None: no calls)."""
        if not self.minutes:
            return []
        newest = max(self.minutes)
        return [self.minutes.get(newest - i * MINUTE_MS) for i in range(count, 0, -1)]


@dataclass(frozen=True)
class Verdict:
    """A rollback to do: the new rollout percent and why."""

    rollout_percent: float
    reason: str
    observed: float
    threshold: float


def previous_stage(flag: Flag) -> float:
    """Where "back to the previous stage" goes from ``flag``'s rollout (never forward)."""
    current = flag.rollout_percent
    earlier = [p for p in flag.rollout_history if p < current]
    if earlier:
        return max(earlier)
    return max((p for p in ROLLOUT_STAGES if p < current), default=0.0)


def judge(window: HealthWindow, flag: Flag, rules: RollbackRules) -> Verdict | None:
    """The rollback ``window`` calls for on ``flag``, if any (severest first)."""
    if flag.mode != "on" or flag.killed or flag.rollout_percent <= 0.0:
        return None
    severe = window.complete(rules.severe_minutes)
    rates = [_error_rate(m, rules) for m in severe]
    if len(rates) == rules.severe_minutes and all(
        r is not None and r > rules.severe_error_rate for r in rates
    ):
        observed = min(r for r in rates if r is not None)
        return Verdict(0.0, "error_rate_severe", observed, rules.severe_error_rate)
    moderate = window.complete(rules.moderate_minutes)
    if len(moderate) == rules.moderate_minutes and all(
        m is not None and m.calls >= rules.min_calls for m in moderate
    ):
        judged = [m for m in moderate if m is not None]
        rate = sum(m.errors for m in judged) / sum(m.calls for m in judged)
        if rate >= rules.moderate_error_rate:
            return Verdict(previous_stage(flag), "error_rate", rate, rules.moderate_error_rate)
    slow = window.complete(rules.latency_minutes)
    means = [_mean_latency(m, rules) for m in slow]
    if len(means) == rules.latency_minutes and all(
        x is not None and x > rules.latency_ms for x in means
    ):
        observed = min(x for x in means if x is not None)
        return Verdict(previous_stage(flag), "latency", observed, rules.latency_ms)
    return None


def _error_rate(minute: MinuteCounts | None, rules: RollbackRules) -> float | None:
    if minute is None or minute.calls < rules.min_calls:
        return None
    return minute.errors / minute.calls


def _mean_latency(minute: MinuteCounts | None, rules: RollbackRules) -> float | None:
    if minute is None or minute.calls < rules.min_calls:
        return None
    return minute.latency_ms_sum / minute.calls


@dataclass(frozen=True)
class HealthBook:
    """Every tenant's window, and how far each costs partition has been counted."""

    windows: Mapping[str, HealthWindow] = field(default_factory=dict)
    offsets: Mapping[int, int] = field(default_factory=dict)

    def counted(self, partition: int, last_offset: int) -> bool:
        """Whether a sample up to ``last_offset`` of ``partition`` was already counted."""
        return last_offset <= self.offsets.get(partition, -1)

    def add(
        self,
        partition: int,
        last_offset: int,
        minutes: Iterable[tuple[str, int, int, int, int]],
        keep: int,
    ) -> HealthBook:
        """This book with a sample's ``(tenant, minute_ms, calls, errors, latency_ms_sum)``
        counted; minutes more than ``keep`` before a tenant's newest are dropped."""
        windows = {tenant: dict(w.minutes) for tenant, w in self.windows.items()}
        for tenant, minute, calls, errors, latency in minutes:
            window = windows.setdefault(tenant, {})
            window[minute] = window.get(minute, MinuteCounts()).plus(calls, errors, latency)
        for window in windows.values():
            newest = max(window)
            for old in [m for m in window if m < newest - keep * MINUTE_MS]:
                del window[old]
        return HealthBook(
            {tenant: HealthWindow(window) for tenant, window in windows.items()},
            {**self.offsets, partition: last_offset},
        )

    def forget(self, tenant: str) -> HealthBook:
        """This book without ``tenant``'s minutes (after a rollback)."""
        windows = {t: w for t, w in self.windows.items() if t != tenant}
        return HealthBook(windows, self.offsets)

    def to_record(self) -> dict[str, Any]:
        """The ``RolloutHealthState`` Avro record."""
        return {
            "offsets": [{"partition": p, "offset": o} for p, o in sorted(self.offsets.items())],
            "minutes": [
                {
                    "tenant": tenant,
                    "minute_ms": minute,
                    "calls": counts.calls,
                    "errors": counts.errors,
                    "latency_ms_sum": counts.latency_ms_sum,
                }
                for tenant, window in sorted(self.windows.items())
                for minute, counts in sorted(window.minutes.items())
            ],
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> HealthBook:
        """Inverse of :meth:`to_record`."""
        windows: dict[str, dict[int, MinuteCounts]] = {}
        for m in record["minutes"]:
            windows.setdefault(m["tenant"], {})[m["minute_ms"]] = MinuteCounts(
                m["calls"], m["errors"], m["latency_ms_sum"]
            )
        return cls(
            {tenant: HealthWindow(window) for tenant, window in windows.items()},
            {o["partition"]: o["offset"] for o in record["offsets"]},
        )


_RULE_FIELDS = {f.name: f.type for f in dataclasses.fields(RollbackRules)}


def parse_rollback_rules(text: str) -> tuple[RollbackRules, dict[str, RollbackRules]]:
    """Parse the ``rollback_rules`` setting: ``name=value`` pairs for every tenant, then
    ``tenant:name=value,...`` overrides, entries separated by spaces or semicolons."""
    default = RollbackRules()
    per_tenant: dict[str, dict[str, Any]] = {}
    base: dict[str, Any] = {}
    for entry in text.replace(";", " ").split():
        tenant, _, pairs = entry.rpartition(":") if ":" in entry else ("", "", entry)
        target = per_tenant.setdefault(tenant, {}) if tenant else base
        for pair in pairs.split(","):
            name, _, value = pair.partition("=")
            if name not in _RULE_FIELDS:
                names = ", ".join(_RULE_FIELDS)
                raise ConfigError(f"rollback_rules: unknown rule {name!r}; use {names}")
            try:
                target[name] = int(value) if _RULE_FIELDS[name] == "int" else float(value)
            except ValueError:
                raise ConfigError(f"rollback_rules: {name} must be a number") from None
            if target[name] <= 0:
                raise ConfigError(f"rollback_rules: {name} must be positive")
    default = dataclasses.replace(default, **base)
    return default, {t: dataclasses.replace(default, **v) for t, v in per_tenant.items()}
