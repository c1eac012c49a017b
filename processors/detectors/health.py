"""Consumer lag and freshness of the pipeline itself, checked by the worker on a timer.

Inputs per check (the worker's own view, at wall-clock ``now_ms``):

* lag per topic: records behind the high-water marks of the partitions it owns;
* the newest event time it has processed per topic.

Lag fires when a topic is more than ``max_lag`` records behind; staleness fires when a
topic has a backlog and its newest processed event is more than ``max_staleness_s`` old (an
idle topic is fresh: there is nothing to process). Either must hold for ``consecutive``
checks in a row, so one slow poll is not an incident.
"""

from __future__ import annotations

from collections.abc import Mapping

from processors.alerts import AlertSpec
from processors.detectors.config import HealthConfig

__all__ = ["HealthDetector"]


class HealthDetector:
    """Remembers how many checks in a row each topic has been over a limit."""

    def __init__(self, config: HealthConfig) -> None:
        self.config = config
        self._streak: dict[tuple[str, str], int] = {}

    def check(
        self, now_ms: int, lag: Mapping[str, int], newest_event_ms: Mapping[str, int]
    ) -> list[AlertSpec]:
        """Alerts for this check (the incident book keeps one per incident)."""
        c = self.config
        alerts: list[AlertSpec] = []
        for topic in sorted(lag):
            behind = lag[topic]
            newest = newest_event_ms.get(topic)
            staleness = (now_ms - newest) / 1000.0 if behind > 0 and newest is not None else 0.0
            for kind, value, limit, text in (
                ("pipeline.lag", float(behind), float(c.max_lag), "records behind"),
                ("pipeline.freshness", staleness, c.max_staleness_s, "s behind event time"),
            ):
                key = (kind, topic)
                if value <= limit:
                    self._streak.pop(key, None)
                    continue
                self._streak[key] = streak = self._streak.get(key, 0) + 1
                if streak < c.consecutive:
                    continue
                alerts.append(
                    AlertSpec(
                        kind=kind,
                        severity="CRITICAL" if kind == "pipeline.freshness" else "WARNING",
                        tenant=None,
                        subject=topic,
                        value=value,
                        baseline=None,
                        threshold=limit,
                        message=f"{topic}: {value:.0f} {text} (limit {limit:.0f}) for "
                        f"{streak} checks",
                        event_time=now_ms,
                        dedup_key=f"{kind}|{topic}",
                    )
                )
        return alerts
