"""The privacy gate: raw interaction bytes in, a clean event (or a rejection) out.

This is the only place raw user ids and raw free text are seen. A clean event carries the
pseudonym instead of the user id and redacted text instead of the original, and keeps the raw
record's coordinates so every later stage can deduplicate redeliveries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from processors.deadletter import Reason, SourceRef
from processors.errors import DecodeError
from schemas.codec import decode

# (text) -> (redacted text, hit count per entity type)
Redactor = Callable[[str], tuple[str, Mapping[str, int]]]
Pseudonymizer = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class GateConfig:
    """Limits the gate enforces."""

    max_event_bytes: int
    max_future_skew_ms: int


@dataclass(frozen=True, slots=True)
class Admitted:
    """An accepted event: publish ``clean`` keyed by ``user_key``."""

    user_key: str
    clean: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Rejected:
    """A refused record: dead-letter it with this reason."""

    reason: str
    message: str


def admit_interaction(
    data: bytes,
    source: SourceRef,
    now_ms: int,
    *,
    config: GateConfig,
    pseudonymize: Pseudonymizer,
    redact: Redactor,
) -> Admitted | Rejected:
    """Decode and check one raw ``Interaction`` and turn it into a ``CleanEvent`` record."""
    try:
        decoded = decode(data, expected="Interaction", max_bytes=config.max_event_bytes)
    except DecodeError as exc:
        return Rejected(exc.reason, exc.message)
    event = decoded.record
    if event["event_time"] > now_ms + config.max_future_skew_ms:
        ahead_s = (event["event_time"] - now_ms) / 1000
        return Rejected(Reason.FUTURE_EVENT_TIME, f"event_time is {ahead_s:.0f} s in the future")
    pii_counts: dict[str, int] = {}
    context = {
        name: _redacted(value, redact, pii_counts) for name, value in event["context"].items()
    }
    if event.get("query"):
        context["query"] = _redacted(event["query"], redact, pii_counts)
    user_key = pseudonymize(event["tenant"], event["user_id"])
    clean = {
        "event_id": event["event_id"],
        "tenant": event["tenant"],
        "user_key": user_key,
        "surface": event["surface"],
        "item_id": event["item_id"],
        "kind": event["kind"],
        "request_id": event["request_id"],
        "position": event["position"],
        "dwell_ms": event["dwell_ms"],
        "rating": event["rating"],
        "context": context,
        "pii_counts": pii_counts,
        "event_time": event["event_time"],
        "source": {"topic": source.topic, "partition": source.partition, "offset": source.offset},
    }
    return Admitted(user_key, clean)


def _redacted(text: str, redact: Redactor, counts: dict[str, int]) -> str:
    redacted, hits = redact(text)
    for entity, count in hits.items():
        counts[entity] = counts.get(entity, 0) + count
    return redacted
