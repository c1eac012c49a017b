"""The assembled pipeline: the Faust app plus everything its agents share.

Built only by :func:`streams.app.create_app`. Agents receive this object instead of reaching for
globals, so two pipelines (say, two tests) never share a topic, table, client or metric.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis

from processors.gate import GateConfig
from processors.item_bandit import ItemCounts
from processors.pseudonym import Pseudonymizer
from streams.clock import Clock
from streams.metrics import Metrics
from streams.served_expiry import ExpiryIndex
from streams.settings import Settings
from streams.state_cache import StateCache
from streams.tables import ChangeloggedTable


@dataclass(frozen=True)
class Topics:
    """Faust handles of the topics agents consume (outputs go through ``TopicOutput``)."""

    interactions: Any
    catalog: Any
    recommendations: Any
    consent: Any
    popularity_updates: Any


@dataclass
class Pipeline:
    """One worker's app, topics, tables, sinks and metrics."""

    settings: Settings
    app: Any  # faust.App; faust ships no type information
    topics: Topics
    metrics: Metrics
    redis: Redis
    clock: Clock
    # What the gate, recommendations and consent agents admit, and how they pseudonymize.
    gate_config: GateConfig
    pseudonymize: Pseudonymizer
    popularity_table: ChangeloggedTable = field(init=False)
    consent_table: ChangeloggedTable = field(init=False)
    served_table: ChangeloggedTable = field(init=False)
    profile_table: ChangeloggedTable = field(init=False)
    # Per raw partition and item: impressions and clicks by position (decoded, written back
    # at each gate flush).
    bandit_counts: StateCache[ItemCounts] = field(init=False)
    # When entries of the served table may expire (rebuilt from a scan after a rebalance).
    served_expiry: ExpiryIndex = field(default_factory=ExpiryIndex)
    # (topic, partition) -> last offset an agent read; feeds the lag gauge.
    read_offsets: dict[tuple[str, int], int] = field(default_factory=dict)
    _events_in: dict[str, Any] = field(default_factory=dict)
    # Highest event time processed per joined stream ("r" served lists, "i" interactions) and
    # partition: the attribution join expires requests by event time, so replays behave like
    # live traffic, and per partition, because a request's list and clicks share one.
    join_stream_time_ms: dict[tuple[str, int], int] = field(default_factory=dict)

    def advance_join_time(self, stream: str, partition: int, event_time_ms: int) -> None:
        """Note that ``stream`` processed an event of ``event_time_ms`` on ``partition``."""
        key = (stream, partition)
        if event_time_ms > self.join_stream_time_ms.get(key, 0):
            self.join_stream_time_ms[key] = event_time_ms

    def join_watermark_ms(self, partition: int) -> int | None:
        """Event time both joined streams reached on ``partition``; ``None`` until both have."""
        served = self.join_stream_time_ms.get(("r", partition))
        clicked = self.join_stream_time_ms.get(("i", partition))
        if served is None or clicked is None:
            return None
        return min(served, clicked)

    def note_read(self, topic: str, partition: int, offset: int) -> None:
        """Record that an agent consumed ``offset`` (for lag and metrics)."""
        self.read_offsets[(topic, partition)] = offset
        counter = self._events_in.get(topic)
        if counter is None:  # labels() costs a few µs; resolve each topic's child once
            counter = self._events_in[topic] = self.metrics.events_in.labels(topic=topic)
        counter.inc()
