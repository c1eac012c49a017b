"""The worker's Prometheus metrics, as one typed bundle built on an injected registry.

Labels are low-cardinality by construction: topic names, reason codes, stage names. They never
carry user, item or tenant ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from processors.redaction import NATIVE

#: Model-call latency buckets: the SLO thresholds (3, 8, 10, 20 s) are bucket edges.
MODEL_CALL_BUCKETS = (0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 10.0, 15.0, 20.0, 30.0, 60.0)
_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


@dataclass(frozen=True)
class Metrics:
    """Every metric the worker exports."""

    registry: CollectorRegistry
    events_in: Counter
    events_out: Counter
    dead_letters: Counter
    dropped: Counter
    unattributed: Counter
    consent_changes: Counter
    control_commands: Counter
    control_actions: Counter
    erasure_seconds: Histogram
    processing_seconds: Histogram
    consumer_lag: Gauge
    sink_flush_seconds: Histogram
    sink_writes: Counter
    sink_errors: Counter
    redis_rebuilding: Gauge
    redis_ready: Gauge
    redis_losses: Counter
    redis_rebuild_seconds: Histogram
    redis_rebuild_writes: Counter
    budget_spend: Counter
    budget_costs: Counter
    budget_alerts: Counter
    budget_used_ratio: Gauge
    slot_verdicts: Counter
    alerts_fired: Counter
    alerts_resolved: Counter
    open_alerts: Gauge
    freshness_seconds: Gauge
    model_calls: Counter
    model_call_seconds: Histogram
    redaction_native: Gauge
    # (counter field, topic) -> its child: labels() costs a few µs, paid once per topic.
    _per_topic: dict[tuple[str, str], Counter] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def count_topic(self, name: str, topic: str, amount: int = 1) -> None:
        """Add ``amount`` to counter ``name`` (``events_in``/``events_out``) for ``topic``."""
        child = self._per_topic.get((name, topic))
        if child is None:
            child = self._per_topic[(name, topic)] = getattr(self, name).labels(topic=topic)
        child.inc(amount)

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> Metrics:
        """Register the bundle on ``registry`` (a fresh one when omitted)."""
        registry = registry if registry is not None else CollectorRegistry()
        metrics = cls(
            registry=registry,
            events_in=Counter(
                "personalize_events_in",
                "Records consumed, per topic.",
                ["topic"],
                registry=registry,
            ),
            events_out=Counter(
                "personalize_events_out",
                "Records produced, per topic.",
                ["topic"],
                registry=registry,
            ),
            dead_letters=Counter(
                "personalize_dead_letters",
                "Records sent to the dead-letter topic, per reason code.",
                ["reason"],
                registry=registry,
            ),
            dropped=Counter(
                "personalize_dropped",
                "Valid records not learned from, per reason (opted_out).",
                ["reason"],
                registry=registry,
            ),
            unattributed=Counter(
                "personalize_unattributed_clicks",
                "Clicks not joined to a served list, per reason; counted, never guessed.",
                ["reason"],
                registry=registry,
            ),
            consent_changes=Counter(
                "personalize_consent_changes",
                "Consent requests applied, per action.",
                ["action"],
                registry=registry,
            ),
            control_commands=Counter(
                "personalize_control_commands",
                "Operator commands on the control topic, by result: applied or the reason "
                "for rejecting it.",
                ["result"],
                registry=registry,
            ),
            control_actions=Counter(
                "personalize_control_actions",
                "Automatic control actions (rollbacks), by kind.",
                ["kind"],
                registry=registry,
            ),
            erasure_seconds=Histogram(
                "personalize_erasure_seconds",
                "From a consent request's event time to its completion, in seconds.",
                buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
                registry=registry,
            ),
            processing_seconds=Histogram(
                "personalize_processing_seconds",
                "Time a stage takes over one batch of records (a Faust take), in seconds.",
                ["stage"],
                buckets=_LATENCY_BUCKETS,
                registry=registry,
            ),
            consumer_lag=Gauge(
                "personalize_consumer_lag",
                "Records behind the partition's high-water mark, per topic and partition.",
                ["topic", "partition"],
                registry=registry,
            ),
            sink_flush_seconds=Histogram(
                "personalize_sink_flush_seconds",
                "Time to flush one batch to Redis, in seconds.",
                ["sink"],
                buckets=_LATENCY_BUCKETS,
                registry=registry,
            ),
            sink_writes=Counter(
                "personalize_sink_writes",
                "Entries written to Redis, per sink.",
                ["sink"],
                registry=registry,
            ),
            sink_errors=Counter(
                "personalize_sink_errors",
                "Failed Redis flushes (retried), per sink.",
                ["sink"],
                registry=registry,
            ),
            redis_rebuilding=Gauge(
                "personalize_redis_rebuilding",
                "1 while this worker rebuilds views Redis lost, else 0.",
                registry=registry,
            ),
            redis_ready=Gauge(
                "personalize_redis_ready",
                "1 if Redis's epoch marker says every view is rebuilt (state ready), else 0.",
                registry=registry,
            ),
            redis_losses=Counter(
                "personalize_redis_losses",
                "Redis data losses this worker noticed first, per reason (empty, restarted).",
                ["reason"],
                registry=registry,
            ),
            redis_rebuild_seconds=Histogram(
                "personalize_redis_rebuild_seconds",
                "Time this worker took to rebuild one phase (optouts, views), in seconds.",
                ["phase"],
                buckets=(0.01, 0.05, 0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0),
                registry=registry,
            ),
            redis_rebuild_writes=Counter(
                "personalize_redis_rebuild_writes",
                "Keys or entries written by rebuilds, per view (materializer).",
                ["view"],
                registry=registry,
            ),
            budget_spend=Counter(
                "personalize_budget_spend_micros",
                "Micros of model cost counted by the budget ledger, per tier (core, expert). "
                "Divide its rate by slot_verdicts{verdict='accept'} for the cost per accepted "
                "recommendation.",
                ["tier"],
                registry=registry,
            ),
            budget_costs=Counter(
                "personalize_budget_costs",
                "Cost events counted by the budget ledger, per outcome (ok, error, ...).",
                ["outcome"],
                registry=registry,
            ),
            budget_alerts=Counter(
                "personalize_budget_alerts",
                "Budget threshold alerts raised, per level (warn, critical, exhausted).",
                ["level"],
                registry=registry,
            ),
            budget_used_ratio=Gauge(
                "personalize_budget_used_ratio",
                "Highest fraction of a cap used in the current period, over the tenants, per "
                "scope (tenant, global, expert); 1 - it is what remains. User-hour caps are "
                "left out (one gauge value per user would be unbounded).",
                ["scope"],
                registry=registry,
            ),
            slot_verdicts=Counter(
                "personalize_slot_verdicts",
                "ACCEPT and REJECT interactions learned from, per verdict (routing's trials).",
                ["verdict"],
                registry=registry,
            ),
            alerts_fired=Counter(
                "personalize_alerts_fired",
                "Incidents opened (FIRING records written to alerts), per alert kind.",
                ["kind"],
                registry=registry,
            ),
            alerts_resolved=Counter(
                "personalize_alerts_resolved",
                "Incidents resolved (RESOLVED records written to alerts), per alert kind.",
                ["kind"],
                registry=registry,
            ),
            open_alerts=Gauge(
                "personalize_open_alerts",
                "Incidents this worker's detectors hold open, per alert kind.",
                ["kind"],
                registry=registry,
            ),
            freshness_seconds=Gauge(
                "personalize_freshness_seconds",
                "Wall clock minus the newest event time processed, per input topic, while "
                "the topic has a backlog (0 when caught up).",
                ["topic"],
                registry=registry,
            ),
            model_calls=Counter(
                "personalize_model_calls",
                "Model/provider calls reported on costs, per outcome (OK, ERROR, TIMEOUT, "
                "REFUSED).",
                ["outcome"],
                registry=registry,
            ),
            model_call_seconds=Histogram(
                "personalize_model_call_seconds",
                "Latency of model/provider calls reported on costs, in seconds.",
                buckets=MODEL_CALL_BUCKETS,
                registry=registry,
            ),
            redaction_native=Gauge(
                "personalize_redaction_native",
                "1 if the gate's redactor runs its mypyc build, 0 if pure Python (about 1.3x "
                "slower: no compiler at install, or sources edited since `make native`).",
                registry=registry,
            ),
        )
        metrics.redaction_native.set(1 if NATIVE else 0)
        return metrics

    def add_counts(self, counts: Mapping[tuple[str, str], int]) -> None:
        """Apply a stage's metric increments (``Effects.counts``): (counter, label) -> n."""
        for (name, label), amount in counts.items():
            counter = _STAGE_COUNTERS.get(name)
            if counter is not None:
                getattr(self, counter).labels(label).inc(amount)

    def set_gauges(self, gauges: Mapping[tuple[str, str], float]) -> None:
        """Apply a stage's gauge values (``Effects.gauges``): (gauge, label) -> value."""
        for (name, label), value in gauges.items():
            gauge = _STAGE_GAUGES.get(name)
            if gauge is not None:
                getattr(self, gauge).labels(label).set(value)

    def observe_all(self, observations: Iterable[tuple[str, float]]) -> None:
        """Apply a stage's histogram observations (``Effects.observations``)."""
        for name, value in observations:
            if name == "erasure_seconds":
                self.erasure_seconds.observe(value)
            elif name == "model_call_seconds":
                self.model_call_seconds.observe(value)


#: Counter names a stage may increment, mapped to this bundle's fields.
_STAGE_COUNTERS = {
    "dead_letters": "dead_letters",
    "dropped": "dropped",
    "unattributed": "unattributed",
    "consent_changes": "consent_changes",
    "control_commands": "control_commands",
    "control_actions": "control_actions",
    "budget_spend_micros": "budget_spend",
    "budget_costs": "budget_costs",
    "budget_alerts": "budget_alerts",
    "slot_verdicts": "slot_verdicts",
    "alerts_fired": "alerts_fired",
    "alerts_resolved": "alerts_resolved",
    "model_calls": "model_calls",
}


#: Gauge names a stage may set, mapped to this bundle's fields.
_STAGE_GAUGES = {"budget_used_ratio": "budget_used_ratio"}


#: Metrics the dashboards (infra/grafana/) and ``personalize top`` read that other stages
#: will export (budgets, experiments): name -> what it must be. A name moves into
#: :class:`Metrics` when its stage lands; tests/unit/test_dashboard.py accepts both.
PLANNED_METRICS: dict[str, str] = {
    "personalize_budget_spend_micros_total": "Counter, label tier: cost reconciled from costs.",
    "personalize_budget_rejections_total": "Counter, label scope: reservations refused by a cap.",
    "personalize_experiments_running": "Gauge: experiments that are running (not paused).",
    "personalize_experiment_assignments_total": "Counter, labels experiment, arm: served lists "
    "per arm (the traffic split).",
    "personalize_experiment_guardrail_breaches_total": "Counter, labels experiment, metric: "
    "guardrail breaches that paused an arm or an experiment.",
    "personalize_experiment_srm_pvalue": "Gauge, label experiment: p-value of the latest "
    "sample-ratio-mismatch test.",
}
