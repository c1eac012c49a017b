"""The assembled pipeline: the Faust app plus everything its agents share.

Built only by :func:`streams.app.create_app`. Agents receive this object instead of reaching for
globals, so two pipelines (say, two tests) never share a topic, table, client or metric.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis

from streams.batching import FlushBuffer
from streams.clock import Clock
from streams.metrics import Metrics
from streams.settings import Settings


@dataclass(frozen=True)
class Topics:
    """Faust handles of the topics agents consume (outputs go through ``TopicOutput``)."""

    interactions: Any
    recommendations: Any
    consent: Any
    popularity_updates: Any
    bandit_updates: Any


@dataclass
class Pipeline:
    """One worker's app, topics, tables, sinks and metrics."""

    settings: Settings
    app: Any  # faust.App; faust ships no type information
    topics: Topics
    metrics: Metrics
    redis: Redis
    clock: Clock
    popularity_table: Any = None
    consent_table: Any = None
    served_table: Any = None
    bandit_table: Any = None
    popularity_buffer: FlushBuffer[Any] | None = None
    # (topic, partition) -> last offset an agent read; feeds the lag gauge.
    read_offsets: dict[tuple[str, int], int] = field(default_factory=dict)
    _events_in: dict[str, Any] = field(default_factory=dict)

    def note_read(self, topic: str, partition: int, offset: int) -> None:
        """Record that an agent consumed ``offset`` (for lag and metrics)."""
        self.read_offsets[(topic, partition)] = offset
        counter = self._events_in.get(topic)
        if counter is None:  # labels() costs a few µs; resolve each topic's child once
            counter = self._events_in[topic] = self.metrics.events_in.labels(topic=topic)
        counter.inc()
