"""The privacy gate for costs: raw ``Cost`` bytes in, a ``CleanCost`` record (or a refusal) out.

The raw user id is replaced by its pseudonym here, exactly as the interaction gate does, so
nothing past this point (``costs.clean``, tables, Redis, alerts) holds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from processors.deadletter import Reason, SourceRef
from processors.gate import GateConfig, Pseudonymizer, Rejected, identifier_holds_pii
from schemas.codec import decode
from schemas.errors import DecodeError

__all__ = ["AdmittedCost", "admit_cost"]


@dataclass(frozen=True, slots=True)
class AdmittedCost:
    """An accepted cost: publish ``clean`` (a ``CleanCost`` record)."""

    clean: dict[str, Any]


def admit_cost(
    data: bytes,
    source: SourceRef,
    now_ms: int,
    *,
    config: GateConfig,
    pseudonymize: Pseudonymizer,
) -> AdmittedCost | Rejected:
    """Decode and check one raw ``Cost``; pseudonymize its user id."""
    try:
        event = decode(data, expected="Cost", max_bytes=config.max_event_bytes).record
    except DecodeError as exc:
        return Rejected(exc.reason, exc.message)
    if event["event_time"] > now_ms + config.max_future_skew_ms:
        ahead_s = (event["event_time"] - now_ms) / 1000
        return Rejected(Reason.FUTURE_EVENT_TIME, f"event_time is {ahead_s:.0f} s in the future")
    for name in ("event_id", "request_id"):
        if event[name] and identifier_holds_pii(event[name]):
            return Rejected(
                Reason.PII_IN_IDENTIFIER, f"{name} looks like it contains personal data"
            )
    user_id = event["user_id"]
    clean = {
        "event_id": event["event_id"],
        "tenant": event["tenant"],
        "user_key": None if user_id is None else pseudonymize(event["tenant"], user_id),
        "provider": event["provider"],
        "model": event["model"],
        "tier": event["tier"],
        "tokens_in": event["tokens_in"],
        "tokens_out": event["tokens_out"],
        "cost_micros": event["cost_micros"],
        "latency_ms": event["latency_ms"],
        "outcome": event["outcome"],
        "request_id": event["request_id"],
        "event_time": event["event_time"],
        "source": {"topic": source.topic, "partition": source.partition, "offset": source.offset},
    }
    return AdmittedCost(clean)
