"""Alert records and incidents: the one builder behind everything written to ``alerts``.

Any producer of alerts (the anomaly detectors, budgets, experiments, the control plane) fills
an :class:`AlertSpec` and either

* calls :func:`build_alert` for a one-shot alert (its id is derived from the dedup key and
  the event time, so a redelivered cause repeats the same id), or
* hands specs to an :class:`IncidentBook`, which turns a condition that holds for a while
  into ONE ``FIRING`` record when it starts and ONE ``RESOLVED`` record once it has been
  quiet for ``quiet_ms`` of event time.

Everything here is a deterministic function of the calls made, so a replay of the same
events gives the same alerts with the same ids.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

__all__ = [
    "FIRING",
    "RESOLVED",
    "SEVERITIES",
    "AlertSpec",
    "IncidentBook",
    "action_alert",
    "alert_id",
    "build_alert",
    "runbook_of",
]

FIRING = "FIRING"
RESOLVED = "RESOLVED"
SEVERITIES = ("INFO", "WARNING", "CRITICAL")
RUNBOOK_DOC = "docs/operations.md"

_EMPTY: Mapping[str, str] = MappingProxyType({})


def runbook_of(kind: str) -> str:
    """The runbook pointer of ``kind``: its ``### Alert <kind>`` section of the operations doc.

    The anchor is GitHub's for that heading: lower case, dots dropped, underscores kept.
    """
    return f"{RUNBOOK_DOC}#alert-{kind.lower().replace('.', '')}"


@dataclass(frozen=True, slots=True)
class AlertSpec:
    """What one alert says; the fields every producer fills.

    ``subject`` and ``dedup_key`` must hold no raw id (pseudonyms, item ids, scope names).
    ``in_force`` names what was in force on the scope (experiment, arm, flag, rollout,
    policy_version) as far as the producer knows; it is written as a JSON object.
    """

    kind: str
    severity: str
    tenant: str | None
    subject: str | None
    value: float | None
    baseline: float | None
    threshold: float | None
    message: str
    event_time: int
    """Event time (ms since the epoch) of what raised it."""
    dedup_key: str
    """Same key, same incident: one FIRING record until it resolves."""
    surface: str | None = None
    in_force: Mapping[str, str] = field(default_factory=lambda: _EMPTY)

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")
        if not self.dedup_key:
            raise ValueError("an alert needs a dedup_key")


def alert_id(kind: str, dedup_key: str, opened_ms: int, status: str) -> str:
    """A deterministic id: the incident (kind, key, when it opened) and the record's status."""
    digest = hashlib.sha256(dedup_key.encode("utf-8")).hexdigest()[:16]
    return f"{kind}:{digest}:{opened_ms}:{status.lower()}"


def build_alert(
    spec: AlertSpec, *, status: str = FIRING, opened_ms: int | None = None
) -> dict[str, Any]:
    """The ``Alert`` record of ``spec`` (encode it with ``schemas.codec.encode("Alert", …)``).

    ``opened_ms`` is when the incident opened (default: ``spec.event_time``); a RESOLVED
    record carries the opening time in its id, so it pairs with its FIRING record.
    """
    opened = spec.event_time if opened_ms is None else opened_ms
    return {
        "alert_id": alert_id(spec.kind, spec.dedup_key, opened, status),
        "kind": spec.kind,
        "severity": spec.severity,
        "tenant": spec.tenant,
        "subject": spec.subject,
        "message": spec.message,
        "value": _finite(spec.value),
        "threshold": _finite(spec.threshold),
        "event_time": spec.event_time,
        "dedup_key": spec.dedup_key,
        "status": status,
        "baseline": _finite(spec.baseline),
        "runbook": runbook_of(spec.kind),
        "surface": spec.surface,
        "in_force_json": json.dumps(dict(spec.in_force), sort_keys=True),
    }


def action_alert(spec: AlertSpec, stable_id: str) -> dict[str, Any]:
    """The ``Alert`` record of a one-off automatic action or threshold (a rollback, a pause, a
    budget level), whose cause has a stable id of its own (a source offset, a state version):
    ``stable_id`` becomes its ``alert_id``, so a redelivered cause repeats the same alert even
    where the action's time is the processing time."""
    return {**build_alert(spec), "alert_id": stable_id}


def _finite(number: float | None) -> float | None:
    # The schema's rules refuse NaN and infinities; an undefined baseline is "none".
    if number is None or number != number or number in (float("inf"), float("-inf")):
        return None
    return float(number)


@dataclass(slots=True)
class _Incident:
    first: AlertSpec
    last: AlertSpec
    opened_ms: int
    quiet_ms: int


class IncidentBook:
    """Open incidents by dedup key: one FIRING record per incident, one RESOLVED after it.

    Memory is bounded by ``max_open``: opening one more incident first resolves the one
    that has been quiet longest (its RESOLVED record is returned with the new FIRING one).
    """

    def __init__(self, quiet_ms: int = 600_000, max_open: int = 10_000) -> None:
        if quiet_ms <= 0 or max_open <= 0:
            raise ValueError("quiet_ms and max_open must be positive")
        self.quiet_ms = quiet_ms
        """Default event time a condition must stay clear before its incident resolves."""
        self.max_open = max_open
        self._open: dict[str, _Incident] = {}

    def fire(self, spec: AlertSpec, quiet_ms: int | None = None) -> list[dict[str, Any]]:
        """The condition of ``spec`` holds now: the records to write (none if already open)."""
        incident = self._open.get(spec.dedup_key)
        if incident is not None:
            if spec.event_time >= incident.last.event_time:
                incident.last = spec
            return []
        records: list[dict[str, Any]] = []
        if len(self._open) >= self.max_open:
            oldest = min(self._open.values(), key=lambda i: (i.last.event_time, i.first.dedup_key))
            records.append(self._resolve(oldest, oldest.last.event_time))
        quiet = self.quiet_ms if quiet_ms is None else quiet_ms
        self._open[spec.dedup_key] = _Incident(spec, spec, spec.event_time, quiet)
        records.append(build_alert(spec))
        return records

    def sweep(self, now_ms: int) -> list[dict[str, Any]]:
        """Resolve every incident quiet since ``now_ms - quiet`` (event time); their records."""
        due = [
            incident
            for incident in self._open.values()
            if incident.last.event_time + incident.quiet_ms <= now_ms
        ]
        due.sort(key=lambda i: (i.opened_ms, i.first.dedup_key))
        return [self._resolve(incident, now_ms) for incident in due]

    def is_open(self, dedup_key: str) -> bool:
        """Whether an incident with this key is open."""
        return dedup_key in self._open

    def open_by_kind(self) -> dict[str, int]:
        """How many incidents are open, per kind."""
        counts: dict[str, int] = {}
        for incident in self._open.values():
            counts[incident.first.kind] = counts.get(incident.first.kind, 0) + 1
        return counts

    def _resolve(self, incident: _Incident, now_ms: int) -> dict[str, Any]:
        del self._open[incident.first.dedup_key]
        last = incident.last
        spec = replace(
            last,
            severity="INFO",
            event_time=max(now_ms, last.event_time),
            message=f"resolved: {incident.first.message}",
        )
        return build_alert(spec, status=RESOLVED, opened_ms=incident.opened_ms)
