"""Budget counters: what one scope has spent in one period, its state, and its alerts.

Four kinds of scope, each counted per period in the tenant's time zone
(``processors.budget_periods``):

    user    micros spent by one user (pseudonym) of a tenant, per hour
    tenant  micros spent by a tenant, per day
    global  micros spent by every tenant, per day (in the default zone)
    expert  EXPERT-tier calls made by a tenant, per day

A counter's state follows its usage against its cap: ``ok`` below 75%, ``warn`` from 75%,
``critical`` from 90%, ``exhausted`` from 100%. Each threshold alerts once per period: the
counter remembers the highest level it alerted, and a new period starts a new counter. A cap
lowered mid-period may raise the level (and alert); a raised cap lowers it without alerting.
Counters apply each source record once: ``partition_to_offset`` holds the highest raw offset
applied per raw partition (the ledger sees every raw partition's costs in order).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final

__all__ = [
    "LEVELS",
    "THRESHOLDS",
    "BudgetCounter",
    "Scope",
    "apply_amount",
    "level_of",
    "newly_crossed",
]

LEVELS: Final = ("ok", "warn", "critical", "exhausted")
"""Counter states, by rising usage; a level's index is its rank."""
THRESHOLDS: Final = (0.75, 0.90, 1.0)
"""Usage fraction of the cap at which ``warn``, ``critical`` and ``exhausted`` begin."""
SCOPE_KINDS: Final = ("user", "tenant", "global", "expert")


@dataclass(frozen=True, slots=True)
class Scope:
    """A budget scope: its kind, and its tenant and user key where it has them."""

    kind: str
    tenant: str = ""
    user_key: str = ""

    def __post_init__(self) -> None:
        if self.kind not in SCOPE_KINDS:
            raise ValueError(f"unknown budget scope kind {self.kind!r}")

    @property
    def cap_field(self) -> str:
        """The scope's field in the cap book: ``global``, ``tenant:<t>``, ``user:<t>`` (every
        user of the tenant), ``expert:<t>``."""
        return "global" if self.kind == "global" else f"{self.kind}:{self.tenant}"

    def counter_id(self, period_id: str) -> str:
        """``<kind>|<tenant>|<user>|<period>`` without empty parts: table key and Redis key part."""
        parts = [self.kind, self.tenant, self.user_key, period_id]
        return "|".join(part for part in parts if part)


def level_of(used: int, cap: int | None) -> int:
    """The level index of ``used`` against ``cap`` (``None``: uncapped, always ``ok``)."""
    if cap is None:
        return 0
    if cap <= 0:
        return len(LEVELS) - 1  # a zero cap allows nothing
    level = 0
    for index, threshold in enumerate(THRESHOLDS, start=1):
        # Integer arithmetic: used / cap >= threshold, with thresholds in hundredths.
        if used * 100 >= round(threshold * 100) * cap:
            level = index
    return level


@dataclass(frozen=True, slots=True)
class BudgetCounter:
    """One scope's usage in one period (the value of the ``budgets`` table)."""

    used: int = 0
    """Micros spent (``expert`` counters: calls made) in the period so far."""
    calls: int = 0
    """Cost events counted in the period so far."""
    alerted: int = 0
    """Highest level index alerted in this period (0: none)."""
    period_end_ms: int = 0
    """When the period ends (ms since the epoch); the counter may be dropped after it."""
    partition_to_offset: Mapping[str, int] = field(default_factory=dict)
    """Highest raw offset applied, per raw partition (as text)."""

    def to_record(self) -> dict[str, Any]:
        """The ``BudgetCounter`` state record."""
        return {
            "used": self.used,
            "calls": self.calls,
            "alerted": self.alerted,
            "period_end_ms": self.period_end_ms,
            "partition_to_offset": dict(self.partition_to_offset),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> BudgetCounter:
        """Inverse of :meth:`to_record`."""
        return cls(
            used=int(record["used"]),
            calls=int(record["calls"]),
            alerted=int(record["alerted"]),
            period_end_ms=int(record["period_end_ms"]),
            partition_to_offset=dict(record["partition_to_offset"]),
        )


def apply_amount(
    counter: BudgetCounter, amount: int, *, partition: int, offset: int, period_end_ms: int
) -> BudgetCounter | None:
    """Add ``amount`` for the raw record at (``partition``, ``offset``); ``None`` if applied."""
    key = str(partition)
    if offset <= counter.partition_to_offset.get(key, -1):
        return None
    return replace(
        counter,
        used=counter.used + amount,
        calls=counter.calls + 1,
        period_end_ms=period_end_ms,
        partition_to_offset={**counter.partition_to_offset, key: offset},
    )


def newly_crossed(counter: BudgetCounter, cap: int | None) -> tuple[BudgetCounter, list[int]]:
    """The levels ``counter`` reached against ``cap`` that it has not alerted this period,
    lowest first, and the counter that remembers them as alerted."""
    level = level_of(counter.used, cap)
    if level <= counter.alerted:
        return counter, []
    return replace(counter, alerted=level), list(range(counter.alerted + 1, level + 1))
