"""The anomaly detectors as the stages run them: fed per record, alerts out with the batch.

:class:`Anomalies` lives on the :class:`~streams.stages.core.Core`. The gate, the
recommendations stage and the consent stage feed it every record they consume; at the end of
a batch they call :meth:`Anomalies.emit_into`, which closes the windows the event time has
passed and appends the alerts (encoded ``Alert`` records, FIRING or RESOLVED) to the batch's
effects. Cost records and the worker's health checks come in through :func:`alert_on_costs`
and :meth:`Anomalies.check_health`.

Exact under redelivery: each stream remembers the highest offset it has seen per partition
and ignores records at or below it, so a redelivered batch changes no detector. Detector
state lives in memory only: after a restart the baselines warm up again (docs/alerts.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from processors.alerts import AlertSpec, IncidentBook
from processors.deadletter import SourceRef
from processors.detectors.burn import BurnRateDetector
from processors.detectors.bursts import BurstDetector
from processors.detectors.config import DetectorConfig
from processors.detectors.drift import CtrDriftDetector
from processors.detectors.health import HealthDetector
from processors.detectors.quality import QualityDetector, canary_fields
from processors.detectors.slo import SloDetector
from processors.redaction import detect
from schemas.codec import encode
from streams.stages.effects import Effects, TopicRecord

__all__ = ["ENGAGEMENTS", "STREAMS", "Anomalies", "alert_on_costs"]

#: Interaction kinds that count as clicks for bursts and CTR.
ENGAGEMENTS = frozenset({"CLICK", "ACCEPT"})
#: Each stream has its own incident book, swept by its own event time.
STREAMS = ("traffic", "consent", "costs", "health")
#: Input topic (logical name) -> the stream whose event time tells its freshness.
TOPIC_TO_STREAM = {
    "interactions": "traffic",
    "recommendations": "traffic",
    "consent": "consent",
    "costs": "costs",
}


class Anomalies:
    """Every detector of one driver, their incident books and the offsets they have seen."""

    def __init__(self, config: DetectorConfig | None = None) -> None:
        self.config = config = config or DetectorConfig()
        self.bursts = BurstDetector(config.bursts)
        self.drift = CtrDriftDetector(config.drift)
        self.quality = QualityDetector(config.quality)
        self.slo = SloDetector(config.slo)
        self.burn = BurnRateDetector(config.burn)
        self.health = HealthDetector(config.health)
        self.books = {s: IncidentBook(config.quiet_ms, config.max_open) for s in STREAMS}
        self._seen: dict[tuple[str, int], int] = {}
        self._pending: dict[str, list[AlertSpec]] = {s: [] for s in STREAMS}
        #: (tenant, surface) -> what the last served list said was in force there.
        self.in_force: dict[tuple[str, str], dict[str, str]] = {}
        #: Newest event time processed per stream (freshness).
        self.newest_event_ms: dict[str, int] = {}

    def first_time(self, source: SourceRef) -> bool:
        """True once per offset: False for a record this driver has seen already."""
        key = (source.topic, source.partition)
        if source.offset <= self._seen.get(key, -1):
            return False
        self._seen[key] = source.offset
        return True

    def interaction(self, source: SourceRef, clean: Mapping[str, Any] | None) -> None:
        """One consumed interaction: ``clean`` is the admitted event, None if refused/dropped."""
        if not self.first_time(source):
            return
        if clean is None:
            self.quality.consumed(source.topic, True, None)
            return
        event_ms: int = clean["event_time"]
        tenant, surface = clean["tenant"], clean["surface"]
        self._advance("traffic", event_ms)
        self.quality.consumed(source.topic, False, event_ms)
        self.quality.admitted(tenant, sum(clean["pii_counts"].values()), event_ms)
        kind = clean["kind"]
        if kind in ENGAGEMENTS:
            self.bursts.observe(tenant, surface, clean["user_key"], clean["item_id"], event_ms)
            self.drift.observe(tenant, surface, True, event_ms)
        elif kind == "IMPRESSION":
            self.drift.observe(tenant, surface, False, event_ms)
        fields = canary_fields(clean)
        if fields:
            self._pending["traffic"].extend(self.quality.canary(tenant, fields, detect, event_ms))

    def not_admitted(self, source: SourceRef, refused: bool) -> None:
        """A consumed record that was refused (dead-lettered) or dropped (opted out, repeat)."""
        if self.first_time(source):
            self.quality.consumed(source.topic, refused, None)

    def served(self, source: SourceRef, clean: Mapping[str, Any]) -> None:
        """A served list: note what is in force on its surface (policy, experiment)."""
        if not self.first_time(source):
            return
        self._advance("traffic", clean["event_time"])
        self.quality.consumed(source.topic, False, clean["event_time"])
        context = {"policy_version": clean["policy_version"]}
        if clean.get("experiment_id"):
            context["experiment_id"] = clean["experiment_id"]
        self.in_force[(clean["tenant"], clean["surface"])] = context

    def consent(self, source: SourceRef, tenant: str, action: str, event_ms: int) -> None:
        """One consent change; opt-outs and erasure requests feed the spike detector."""
        if not self.first_time(source):
            return
        self._advance("consent", event_ms)
        if action in ("OPT_OUT", "ERASURE_REQUEST"):
            self.quality.opted_out(tenant, event_ms)

    def costs(self, costs: Iterable[Mapping[str, Any]]) -> None:
        """Decoded ``Cost`` records (already deduplicated by the caller)."""
        for cost in costs:
            self._advance("costs", cost["event_time"])
            self.slo.observe(cost)
            self.burn.observe(cost)

    def check_health(self, now_ms: int, lag: Mapping[str, int], effects: Effects) -> None:
        """The worker's periodic check of its lag and freshness (wall-clock ``now_ms``);
        ``lag`` is keyed by logical topic name (``interactions``)."""
        self._pending["health"].extend(self.health.check(now_ms, lag, self._newest(lag)))
        self._emit("health", now_ms, effects)

    def staleness_s(self, now_ms: int, lag: Mapping[str, int]) -> dict[str, float]:
        """Per topic of ``lag``: seconds behind event time while it has a backlog, else 0."""
        newest = self._newest(lag)
        return {
            topic: (now_ms - newest[topic]) / 1000.0 if lag[topic] > 0 and topic in newest else 0.0
            for topic in lag
        }

    def _newest(self, lag: Mapping[str, int]) -> dict[str, int]:
        streams = {topic: TOPIC_TO_STREAM.get(topic, "") for topic in lag}
        return {
            topic: self.newest_event_ms[stream]
            for topic, stream in streams.items()
            if stream in self.newest_event_ms
        }

    def emit_into(self, stream: str, effects: Effects) -> None:
        """Close due windows of ``stream``'s detectors and add its alerts to ``effects``."""
        pending = self._pending[stream]
        if stream == "traffic":
            pending.extend(self.bursts.close())
            pending.extend(self.drift.close())
            pending.extend(self.quality.close_inputs())
        elif stream == "consent":
            pending.extend(self.quality.close_consent())
        elif stream == "costs":
            pending.extend(self.slo.close())
            pending.extend(self.burn.close())
        now = self.newest_event_ms.get(stream)
        if now is not None:
            self._emit(stream, now, effects)

    def open_by_kind(self) -> dict[str, int]:
        """Open incidents per kind, over every stream."""
        counts: dict[str, int] = {}
        for book in self.books.values():
            for kind, n in book.open_by_kind().items():
                counts[kind] = counts.get(kind, 0) + n
        return counts

    def _advance(self, stream: str, event_ms: int) -> None:
        if event_ms > self.newest_event_ms.get(stream, -1):
            self.newest_event_ms[stream] = event_ms

    def _emit(self, stream: str, now_ms: int, effects: Effects) -> None:
        book = self.books[stream]
        records: list[dict[str, Any]] = []
        for spec in self._pending[stream]:
            records.extend(book.fire(self._with_context(spec)))
        self._pending[stream] = []
        records.extend(book.sweep(now_ms))
        for record in records:
            status = "alerts_fired" if record["status"] == "FIRING" else "alerts_resolved"
            effects.counts[status, record["kind"]] += 1
            data = encode("Alert", record, validate=False)
            effects.alerts.append(TopicRecord("alerts", record["dedup_key"].encode(), data))

    def _with_context(self, spec: AlertSpec) -> AlertSpec:
        if spec.in_force or spec.tenant is None or spec.surface is None:
            return spec
        context = self.in_force.get((spec.tenant, spec.surface))
        if not context:
            return spec
        return replace(spec, in_force=dict(context))


def alert_on_costs(
    anomalies: Anomalies, costs: Sequence[Mapping[str, Any]], effects: Effects
) -> None:
    """THE call for the costs stage: feed one batch of decoded, deduplicated ``Cost`` records
    (fields tenant, tier, outcome, latency_ms, cost_micros, event_time) and add the SLO and
    burn-rate alerts they raise to ``effects``. Also counts model calls for Prometheus."""
    anomalies.costs(costs)
    for cost in costs:
        effects.counts["model_calls", cost["outcome"]] += 1
        effects.observations.append(("model_call_seconds", cost["latency_ms"] / 1000.0))
    anomalies.emit_into("costs", effects)
