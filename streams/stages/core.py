"""Everything the stages share: their configuration, their tables and their in-memory state.

A driver builds one :class:`Core` per worker (or per replay, or per test) over tables of its
own kind, then calls the stages with batches of :class:`RawRecord`. Nothing here touches a
broker or Redis.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from processors.budget import Scope
from processors.budget_caps import CapBook, CapDefaults
from processors.budget_periods import TimeZones
from processors.control.bursts import RejectionBurst
from processors.control.commands import VerifyLimits
from processors.control.flags import FlagBook
from processors.control.roles import OperatorBook
from processors.control.rollback import RollbackRules
from processors.detectors.config import DetectorConfig
from processors.event_ids import EventIdWindowConfig
from processors.gate import CleanMemo, GateConfig
from processors.item_bandit import ItemCounts
from processors.profile import Profile, ProfileConfig
from processors.pseudonym import Pseudonymizer
from processors.ranking import RankingConfig
from processors.redaction import redact
from processors.served import ServedState
from streams.stages.anomalies import Anomalies
from streams.stages.dedupe import EventIdWindows
from streams.stages.profiles import FeatureLookup, ProfileLearner
from streams.stages.served_expiry import ExpiryIndex
from streams.stages.state import ByteTable, StateCache

__all__ = [
    "REDACTION_FAILED",
    "BudgetConfig",
    "ControlConfig",
    "Core",
    "JoinClock",
    "StageConfig",
    "StageTables",
    "redact_text",
]

TABLE_NAMES = (
    "consent",
    "served",
    "popularity",
    "bandit",
    "profiles",
    "event_ids",
    "control",
    "audit_chain",
    "cost_event_ids",
    "budgets",
    "budget_caps",
    "slots",
    "experiments",
)
"""The tables every driver provides, by name (Faust derives changelog topics from them)."""
SINGLE_PARTITION_TABLES = frozenset({"control", "audit_chain", "budgets", "budget_caps"})
"""Tables co-partitioned with a one-partition topic (``control``, ``audit.pending``,
``costs.clean``): Faust assigns one-partition topics and tables to the same worker."""


_MEMO_TEXT_MAX = 64
"""Longest text :func:`redact_text` remembers as free of PII (context values are short)."""
_CLEAN_TEXT = CleanMemo(16_384)


REDACTION_FAILED = "REDACTION_FAILED"
"""The ``pii_counts`` key, and (in angle brackets) the whole text, when the redactor fails."""


def redact_text(text: str) -> tuple[str, dict[str, int]]:
    """The gate's redactor: the redacted text and how many of each PII kind it replaced.

    It fails closed: should the redactor raise on some text (a bug, never expected; hypothesis
    found one, "0, RUAA", fixed at stop 25), the whole text becomes ``<REDACTION_FAILED>`` and
    is counted under that key, so nothing leaks and the stream does not stop on the event.
    """
    if text in _CLEAN_TEXT:
        return text, {}
    try:
        result = redact(text)
    except Exception:  # (any bug in the redactor: fail closed, see above)
        return f"<{REDACTION_FAILED}>", {REDACTION_FAILED: 1}
    if not result.counts and len(text) <= _MEMO_TEXT_MAX:
        _CLEAN_TEXT.add(text)
    return result.text, dict(result.counts)


@dataclass(frozen=True)
class ControlConfig:
    """Who may issue commands, and the limits on them."""

    operators: OperatorBook = field(default_factory=lambda: OperatorBook({}))
    """Every operator's public keys and roles (the ``operators`` setting)."""
    limits: VerifyLimits = field(default_factory=VerifyLimits)
    """How long commands live and how much clock skew is tolerated."""
    rejection_burst: int = 5
    """Rejections within ``rejection_window_ms`` that raise an alert."""
    rejection_window_ms: int = 60_000
    """The window of ``rejection_burst``."""
    rollback: RollbackRules = field(default_factory=RollbackRules)
    """When a rollout is rolled back automatically (every tenant without its own rules)."""
    rollback_per_tenant: Mapping[str, RollbackRules] = field(default_factory=dict)
    """Tenants with rules of their own."""


@dataclass(frozen=True)
class BudgetConfig:
    """What the cost stages need: periods, default caps, how long counters outlive periods."""

    time_zones: TimeZones = field(default_factory=TimeZones)
    """The time zone of each tenant's budget periods."""
    defaults: CapDefaults = field(default_factory=CapDefaults)
    """Caps of scopes no admin command has set."""
    counter_grace_ms: int = 86_400_000
    """How long a counter stays in Redis after its period ends."""


@dataclass(frozen=True)
class StageConfig:
    """What the stages need to know from the settings, and nothing else."""

    gate: GateConfig
    """What the gate admits (size and clock-skew limits)."""
    theta: tuple[float, ...]
    """Configured examination per position; its length is the number of positions modelled."""
    attribution_window_ms: int
    """How long (event time) a served list waits for its clicks."""
    popularity_half_life_ms: float
    """Half-life of item popularity."""
    ranking: RankingConfig = field(default_factory=RankingConfig)
    """How rankings are materialized."""
    profile: ProfileConfig = field(default_factory=ProfileConfig)
    """How profiles learn."""
    event_ids: EventIdWindowConfig = field(default_factory=EventIdWindowConfig)
    """How long and how many event ids the gate remembers to drop re-published events."""
    control: ControlConfig = field(default_factory=ControlConfig)
    """Operators and command limits of the control plane."""
    budget: BudgetConfig = field(default_factory=BudgetConfig)
    """Budget periods and default caps (``streams.stages.ledger``)."""
    detectors: DetectorConfig = field(default_factory=DetectorConfig)
    """The anomaly detectors' parameters (``processors.detectors``; docs/alerts.md)."""

    @property
    def positions(self) -> int:
        """Examination slots modelled; deeper positions pool into the last."""
        return len(self.theta)


@dataclass(frozen=True)
class StageTables:
    """The tables behind the stages, each a :class:`ByteTable` of the driver's kind."""

    consent: ByteTable
    """tenant/pseudonym -> opted-out marker (co-partitioned with interactions)."""
    served: StateCache[ServedState]
    """request id -> attribution join state."""
    popularity: ByteTable
    """tenant|surface|item -> ``PopularityState``."""
    bandit: StateCache[ItemCounts]
    """partition|tenant|surface|item -> this raw partition's counts of the item."""
    profiles: StateCache[Profile]
    """tenant/pseudonym -> the user's profile (co-partitioned with interactions)."""
    event_ids: ByteTable
    """partition|first id number -> a chunk of the event ids seen on that raw partition."""
    control: ByteTable
    """"state" -> ``ControlState``: flags, nonces, revoked keys (one partition)."""
    audit_chain: ByteTable
    """"head" -> ``AuditChainHead``: where the audit hash chain stands (one partition)."""
    cost_event_ids: ByteTable
    """Like ``event_ids``, for the raw ``costs`` topic."""
    budgets: ByteTable
    """Counter id -> ``BudgetCounter`` (the ledger; ``costs.clean`` has one partition)."""
    budget_caps: ByteTable
    """``caps`` -> ``BudgetCaps``: the cap overrides set by admin commands."""
    slots: ByteTable
    """partition|tenant|slot -> ``SlotCounts``: ACCEPT/REJECT counts per raw partition."""
    experiments: ByteTable
    """Users' experiment counters and arms' statistics per raw partition
    (``streams.stages.experiment_outcomes``; co-partitioned with interactions)."""

    @classmethod
    def over(cls, table: Callable[[str], ByteTable], *, persist: bool = True) -> StageTables:
        """Build the tables from ``table(name)``, one per name of :data:`TABLE_NAMES`.

        ``persist=False`` (replay's sandbox) keeps the hot states decoded in memory and never
        encodes them: nothing reads them back from a changelog.
        """
        return cls(
            consent=table("consent"),
            served=StateCache(
                table("served"),
                "ServedState",
                ServedState.from_record,
                ServedState.to_record,
                persist=persist,
            ),
            popularity=table("popularity"),
            bandit=StateCache(
                table("bandit"),
                "ItemCounts",
                ItemCounts.from_record,
                ItemCounts.to_record,
                persist=persist,
            ),
            profiles=StateCache(
                table("profiles"),
                "ProfileState",
                Profile.from_record,
                Profile.to_record,
                persist=persist,
            ),
            event_ids=table("event_ids"),
            control=table("control"),
            audit_chain=table("audit_chain"),
            cost_event_ids=table("cost_event_ids"),
            budgets=table("budgets"),
            budget_caps=table("budget_caps"),
            slots=table("slots"),
            experiments=table("experiments"),
        )


class JoinClock:
    """Highest event time processed per joined stream and partition.

    The attribution join expires requests by event time, so replays behave like live
    traffic, and per partition, because a request's list and its clicks share one.
    Streams are ``"r"`` (served lists) and ``"i"`` (interactions).
    """

    def __init__(self) -> None:
        self._times: dict[tuple[str, int], int] = {}

    def advance(self, stream: str, partition: int, event_time_ms: int) -> None:
        """Note that ``stream`` processed an event of ``event_time_ms`` on ``partition``."""
        key = (stream, partition)
        if event_time_ms > self._times.get(key, 0):
            self._times[key] = event_time_ms

    def watermark_ms(self, partition: int) -> int | None:
        """Event time both joined streams reached on ``partition``; ``None`` until both have."""
        served = self._times.get(("r", partition))
        clicked = self._times.get(("i", partition))
        if served is None or clicked is None:
            return None
        return min(served, clicked)


@dataclass
class Core:
    """One driver's stage state: configuration, tables and what lives only in memory."""

    config: StageConfig
    tables: StageTables
    pseudonymize: Pseudonymizer
    learner: ProfileLearner
    event_ids: EventIdWindows
    cost_ids: EventIdWindows
    caps: CapBook
    """The caps in force; drivers refresh it from Redis (``Engine.apply_cost_writes``)."""
    redact: Callable[[str], tuple[str, dict[str, int]]] = redact_text
    join_clock: JoinClock = field(default_factory=JoinClock)
    served_expiry: ExpiryIndex = field(default_factory=ExpiryIndex)
    flags: FlagBook = field(default_factory=FlagBook)
    """The flag book this worker acts on: set by the control stage, refreshed from Redis."""
    flags_version: int = -1
    """Version of ``flags`` as last refreshed from Redis."""
    experiments_json: str = "{}"
    """The experiment book (``ExperimentBook`` JSON) at ``flags_version``: a rebuild restores it."""
    control_rejections: RejectionBurst = field(default_factory=RejectionBurst)
    """Recent command rejections (a burst raises an alert)."""
    budget_used: dict[tuple[str, str], float] = field(default_factory=dict)
    """(scope kind, tenant) -> fraction of its cap used in the current period (the gauge)."""
    control_outcomes: dict[int, str] = field(default_factory=dict)
    """Recent control offsets -> "applied" or the rejection reason (for the CLI)."""
    anomalies: Anomalies = field(default_factory=Anomalies)

    @classmethod
    def create(
        cls,
        config: StageConfig,
        tables: StageTables,
        pseudonymize: Pseudonymizer,
        features: FeatureLookup,
    ) -> Core:
        """A core whose profile stage looks item features up with ``features``."""
        learner = ProfileLearner(
            tables.profiles,
            features,
            profile_config=config.profile,
            ranking_config=config.ranking,
        )
        core = cls(
            config,
            tables,
            pseudonymize,
            learner,
            EventIdWindows(tables.event_ids, config.event_ids),
            EventIdWindows(tables.cost_event_ids, config.event_ids),
            CapBook(config.budget.defaults),
            control_rejections=RejectionBurst(
                config.control.rejection_burst, config.control.rejection_window_ms
            ),
            anomalies=Anomalies(config.detectors),
        )
        # Cost burn rate against a tenant's configured detector budget, else its daily cap in
        # force (read at each use: the caps are refreshed).
        configured = config.detectors.burn.tenant_to_budget_micros
        core.anomalies.burn.budget_of = lambda tenant: (
            configured.get(tenant) or core.caps.cap_of(Scope("tenant", tenant))
        )
        return core
