"""What a stage wants done, as data: the one return type of every stage.

A stage never sends, writes or counts anything itself. It returns :class:`Effects`, and the
driver that called it (the Faust worker, replay or the in-process test driver) carries them
out: topic records through its output, Redis writes through ``sinks``, metric increments
through its metrics bundle. Table writes go through the state views the stage was given
(``streams.stages.state``), which the driver persists with the same batch.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from processors.deadletter import SourceRef
from schemas.codec import Decoded
from sinks.writes import RedisWrite
from streams.stages.profiles import Touched

__all__ = ["Effects", "RawRecord", "TopicRecord"]


@dataclass(frozen=True, slots=True)
class TopicRecord:
    """One record for a topic, named without the deployment's prefix (``"events.clean"``).

    ``partition`` is set only where the record must land on a given partition (the raw
    topic's tombstones); otherwise the output's partitioner picks it from ``key``.
    """

    topic: str
    key: bytes | None
    value: bytes | None
    partition: int | None = None


@dataclass(slots=True)
class Effects:
    """Everything one stage call asks for, in the order it must happen."""

    records: list[TopicRecord] = field(default_factory=list)
    """Topic records (clean events, re-keyed updates, tombstones)."""
    redis: list[RedisWrite] = field(default_factory=list)
    """Redis writes, applied by ``sinks.redis_writer`` before the batch is acked."""
    dead_letters: list[TopicRecord] = field(default_factory=list)
    """Encoded ``DeadLetter`` envelopes, for the ``deadletter`` topic."""
    audit: list[TopicRecord] = field(default_factory=list)
    """Encoded ``AuditRecord`` entries, for the ``audit`` topic."""
    alerts: list[TopicRecord] = field(default_factory=list)
    """Encoded ``Alert`` records, for the ``alerts`` topic."""
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    """Metric increments by (counter name, label value); see ``streams.metrics``."""
    observations: list[tuple[str, float]] = field(default_factory=list)
    """Histogram observations by (histogram name, value)."""
    gauges: dict[tuple[str, str], float] = field(default_factory=dict)
    """Gauge values by (gauge name, label value); the last one set wins."""
    touched: list[Touched] = field(default_factory=list)
    """Users to re-rank at the next flush."""

    def extend(self, other: Effects) -> None:
        """Append ``other``'s effects after this one's."""
        self.records.extend(other.records)
        self.redis.extend(other.redis)
        self.dead_letters.extend(other.dead_letters)
        self.audit.extend(other.audit)
        self.alerts.extend(other.alerts)
        self.counts.update(other.counts)
        self.observations.extend(other.observations)
        self.gauges.update(other.gauges)
        self.touched.extend(other.touched)

    def topic_records(self) -> list[TopicRecord]:
        """Every record for a topic, dead letters, audit and alerts included, in order."""
        return [*self.records, *self.dead_letters, *self.audit, *self.alerts]


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One consumed record as every driver sees it: where it came from, its key and bytes.

    ``value`` is ``None`` for a compaction tombstone. ``decoded``, when a driver decoded the
    value first, is the record the stages read instead of decoding ``value``: replay gives
    clean records their own coordinates as ``source`` there (``streams.replay``).
    """

    source: SourceRef
    key: bytes | None
    value: bytes | None
    decoded: Decoded | None = None
