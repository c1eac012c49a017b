"""What the stages want Redis to hold, as plain data: the sinks apply these writes.

Stages (``streams.stages``) import no Redis client; they return these values, and the drivers
hand them to the sinks of this package (``sinks.redis_writer``), which apply each one
atomically and idempotently. Every write names a pseudonymous user key, never a raw id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from processors.ranking import MaterializedRanking

__all__ = [
    "BanditCountsWrite",
    "BudgetCapsWrite",
    "BudgetCounterWrite",
    "BudgetReadyWrite",
    "CatalogWrite",
    "EraseUser",
    "ExperimentStatsWrite",
    "FlagsWrite",
    "LedgerWrite",
    "OptOutWrite",
    "PopularityWrite",
    "ProfileSummaryWrite",
    "RebuildPhase",
    "RedisWrite",
    "SlotOutcomeWrite",
    "UserRankingWrite",
]


@dataclass(frozen=True, slots=True)
class PopularityWrite:
    """The latest popularity of one item on one surface of one tenant."""

    tenant: str
    surface: str
    item_id: str
    log2_score: float
    event_time_ms: int


@dataclass(frozen=True, slots=True)
class BanditCountsWrite:
    """One raw partition's current counts of one item on one surface."""

    tenant: str
    surface: str
    item_id: str
    partition: int
    impressions: tuple[int, ...]
    clicks: tuple[int, ...]

    @property
    def total(self) -> int:
        """Impressions plus clicks: grows with every applied update."""
        return sum(self.impressions) + sum(self.clicks)

    def encoded(self) -> str:
        """``"i1,i2,i3;c1,c2,c3"``."""
        return f"{','.join(map(str, self.impressions))};{','.join(map(str, self.clicks))}"


@dataclass(frozen=True, slots=True)
class UserRankingWrite:
    """One user's materialized ranking on one surface, and the offset it was computed from.

    ``user_key`` is the pseudonym (never the raw id). ``version`` must grow with every new
    ranking of the same (tenant, user, surface), e.g. the source partition offset: users are
    keyed by pseudonym, so one user's events stay in one partition and offsets only grow.
    """

    tenant: str
    user_key: str
    surface: str
    ranking: MaterializedRanking
    policy_version: str
    version: int


@dataclass(frozen=True, slots=True)
class ProfileSummaryWrite:
    """A user's profile summary (JSON) for readers and dashboards."""

    tenant: str
    user_key: str
    summary_json: str


@dataclass(frozen=True, slots=True)
class OptOutWrite:
    """Create (``opted_out``) or remove the opt-out marker that readers check."""

    tenant: str
    user_key: str
    opted_out: bool


@dataclass(frozen=True, slots=True)
class EraseUser:
    """Delete every key kept about a user except the opt-out marker."""

    tenant: str
    user_key: str


@dataclass(frozen=True, slots=True)
class CatalogWrite:
    """One ``CatalogItem`` record, applied in ``updated_at`` order."""

    record: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class FlagsWrite:
    """The whole flag book (JSON) and the control stage's progress, stored if
    ``(version, control_offset)`` is newer than Redis's."""

    version: int
    """The book's version (grows with every applied change)."""
    control_offset: int
    """The last control-topic offset handled (grows with every command, applied or not)."""
    book_json: str
    outcomes_json: str
    """Recent commands' results by offset: "applied" or the rejection reason."""
    experiments_json: str = "{}"
    """Running experiments and promoted policies (``ExperimentBook``), versioned with the book."""


@dataclass(frozen=True, slots=True)
class ExperimentStatsWrite:
    """An experiment's per-arm statistics (JSON), stored if ``version`` is not older."""

    experiment_id: str
    version: int
    """Grows with every snapshot the control stage applied to the experiment."""
    doc_json: str


@dataclass(frozen=True, slots=True)
class BudgetCounterWrite:
    """One budget counter's usage as the ledger holds it (absolute: a repeat is harmless)."""

    counter_id: str
    used: int
    calls: int
    level: str
    cap: int
    """The cap the level was judged against; -1 when uncapped."""
    ttl_ms: int
    """How long the counter lives from now: to its period's end plus a grace."""


@dataclass(frozen=True, slots=True)
class LedgerWrite:
    """One ledger batch: its counters, and the reservations its costs reconcile.

    Applied by ONE script, so the spend a cost adds and the hold it removes change together.
    """

    counters: tuple[BudgetCounterWrite, ...]
    settled_request_ids: tuple[str, ...]
    now_ms: int


@dataclass(frozen=True, slots=True)
class SlotOutcomeWrite:
    """One raw partition's absolute ACCEPT and REJECT counts on a slot, as of ``offset``
    (written only if newer than what Redis holds for the partition)."""

    tenant: str
    slot: str
    partition: int
    offset: int
    accepts: int
    rejects: int


@dataclass(frozen=True, slots=True)
class BudgetReadyWrite:
    """Mark the budget counters as present in Redis (reservations may be granted again)."""


@dataclass(frozen=True, slots=True)
class BudgetCapsWrite:
    """Every cap override in force, at cap-book ``version`` (older versions are ignored)."""

    field_to_value: Mapping[str, int]
    version: int


RedisWrite = (
    PopularityWrite
    | BanditCountsWrite
    | UserRankingWrite
    | ProfileSummaryWrite
    | OptOutWrite
    | EraseUser
    | CatalogWrite
    | FlagsWrite
    | LedgerWrite
    | SlotOutcomeWrite
    | BudgetCapsWrite
    | BudgetReadyWrite
    | ExperimentStatsWrite
)
"""Any write a stage may ask of Redis."""

RebuildPhase = Literal["optouts", "views"]
"""A phase of rebuilding Redis after a loss (``sinks.epoch``): opt-out markers, then the rest."""
