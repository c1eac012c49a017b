"""Reading the ``alerts`` topic for people: one line per alert, and the incidents still open.

Used by ``personalize alerts tail`` and ``personalize top``. Consumes with confluent-kafka,
with no consumer group (it assigns the partitions itself and commits nothing), so reading
never disturbs the pipeline.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from typing import Any

from schemas.codec import decode
from schemas.errors import DecodeError

__all__ = ["AlertReader", "OpenIncidents", "format_alert"]


def format_alert(alert: Mapping[str, Any]) -> str:
    """One readable line: time, status, severity, kind, scope, value against baseline and limit."""
    when = dt.datetime.fromtimestamp(alert["event_time"] / 1000, tz=dt.UTC)
    scope = "/".join(p for p in (alert.get("tenant"), alert.get("surface")) if p) or "-"
    numbers = []
    for name in ("value", "baseline", "threshold"):
        if alert.get(name) is not None:
            numbers.append(f"{name} {alert[name]:.4g}")
    in_force = json.loads(alert.get("in_force_json") or "{}")
    context = (
        " in force: " + ", ".join(f"{k}={v}" for k, v in sorted(in_force.items()))
        if in_force
        else ""
    )
    return (
        f"{when:%Y-%m-%d %H:%M:%S}Z {alert.get('status', 'FIRING'):<8} {alert['severity']:<8} "
        f"{alert['kind']:<22} {scope:<16} {alert.get('subject') or '-'}  "
        f"{'; '.join(numbers)}  {alert['message']}{context}  [{alert.get('runbook') or '-'}]"
    )


class OpenIncidents:
    """Incidents FIRING without their RESOLVED record yet, by dedup key."""

    def __init__(self) -> None:
        self.open: dict[str, Mapping[str, Any]] = {}

    def add(self, alert: Mapping[str, Any]) -> None:
        """Fold in one alert record."""
        key = alert.get("dedup_key") or alert["alert_id"]
        if alert.get("status") == "RESOLVED":
            self.open.pop(key, None)
        else:
            self.open[key] = alert


class AlertReader:
    """Decoded alerts of one topic, from the beginning; :meth:`poll` returns what arrived."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

        self._consumer = Consumer(
            {
                "bootstrap.servers": bootstrap,
                "group.id": "alerts-reader",  # never joined: partitions are assigned by hand
                "enable.auto.commit": False,
                "isolation.level": "read_committed",
                "log_level": 0,
            }
        )
        metadata = self._consumer.list_topics(topic, timeout=10)
        partitions = list(metadata.topics[topic].partitions) if topic in metadata.topics else []
        self._consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in partitions])
        self._ends = {
            p: self._consumer.get_watermark_offsets(TopicPartition(topic, p))[1] for p in partitions
        }
        self._topic = topic
        self.undecodable = 0

    def caught_up(self) -> bool:
        """True once every record present at start has been read."""
        from confluent_kafka import TopicPartition

        positions = self._consumer.position([TopicPartition(self._topic, p) for p in self._ends])
        return all(
            tp.offset >= self._ends[tp.partition] or self._ends[tp.partition] == 0
            for tp in positions
        )

    def poll(self, timeout_s: float) -> Iterator[dict[str, Any]]:
        """Alerts that arrive within ``timeout_s`` (a batch at most)."""
        for message in self._consumer.consume(500, timeout_s):
            value = message.value()
            if message.error() or value is None:
                continue
            try:
                yield decode(value, expected="Alert").record
            except DecodeError:
                self.undecodable += 1

    def close(self) -> None:
        """Leave the topic."""
        self._consumer.close()
