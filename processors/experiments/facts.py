"""What the stream tells an experiment about one user: a served list, a click or accept, a
model call (``processors.experiments.outcomes`` counts them).

Facts that come before their list wait in the user's state as ``ExperimentPendingFact``
records (:func:`pending_record`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ActionFact",
    "CostFact",
    "Fact",
    "ServedFact",
    "pending_fact",
    "pending_record",
]


@dataclass(frozen=True, slots=True)
class ServedFact:
    """A list served to a user in an experiment arm (from ``served.clean``)."""

    surface: str
    request_id: str
    experiment_id: str
    arm: str
    served_ms: int


@dataclass(frozen=True, slots=True)
class ActionFact:
    """A CLICK or ACCEPT on a served request."""

    kind: str
    surface: str
    request_id: str
    event_ms: int


@dataclass(frozen=True, slots=True)
class CostFact:
    """One model call made for a request (from ``costs``)."""

    request_id: str
    cost_micros: int
    latency_ms: int
    failed: bool
    """ERROR or TIMEOUT."""


Fact = ServedFact | ActionFact | CostFact


def pending_record(request_id: str, fact: ActionFact | CostFact) -> dict[str, Any]:
    """A waiting fact as an ``ExperimentPendingFact`` record."""
    if isinstance(fact, ActionFact):
        return {
            "request_id": request_id,
            "kind": fact.kind,
            "surface": fact.surface,
            "event_ms": fact.event_ms,
            "cost_micros": 0,
            "latency_ms": 0,
            "failed": False,
        }
    return {"request_id": request_id, "kind": "COST", "surface": "", "event_ms": 0,
            "cost_micros": fact.cost_micros, "latency_ms": fact.latency_ms,
            "failed": fact.failed}  # fmt: skip


def pending_fact(record: Mapping[str, Any]) -> ActionFact | CostFact:
    """Inverse of :func:`pending_record`."""
    if record["kind"] == "COST":
        return CostFact(
            record["request_id"], record["cost_micros"], record["latency_ms"], record["failed"]
        )
    return ActionFact(record["kind"], record["surface"], record["request_id"], record["event_ms"])
