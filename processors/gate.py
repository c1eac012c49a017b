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
from processors.redaction import detect
from processors.served import positions_of
from schemas.codec import decode
from schemas.errors import DecodeError

__all__ = [
    "Admitted",
    "ConsentRequest",
    "Dropped",
    "GateConfig",
    "Rejected",
    "ServedList",
    "admit_consent",
    "admit_interaction",
    "admit_recommendation",
]

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


@dataclass(frozen=True, slots=True)
class Dropped:
    """A valid record we must not learn from (the user opted out); counted, not kept."""

    reason: str


@dataclass(frozen=True, slots=True)
class ConsentRequest:
    """A decoded consent change, already pseudonymous."""

    tenant: str
    user_key: str
    action: str
    request_id: str
    event_time: int


@dataclass(frozen=True, slots=True)
class ServedList:
    """A decoded served recommendation: what the attribution join needs, and its clean form.

    ``clean`` is the ``CleanServed`` record (pseudonymous, with every item's propensity, the
    policy version, experiment and arm) that learning and off-policy evaluation read.
    """

    tenant: str
    surface: str
    request_id: str
    positions: dict[str, int]
    event_time: int
    user_key: str
    clean: dict[str, Any]


# Identifier fields pass the gate unchanged, so they must not carry personal data; free-text
# fields are redacted instead. An identifier with PII in it is refused, not repaired.
_IDENTIFIER_FIELDS = ("event_id", "item_id", "request_id")
_MIN_DIGITS_FOR_NUMBERS = 7  # the shortest phone, SSN, card or IBAN has more digits


def _identifier_may_hold_pii(value: str) -> bool:
    """Cheap screen before the full detector: typical ids ("evt-0001", "sku_991") pass at once.

    Emails need '@', IPv6 ':', names and addresses a space, IPv4 dots; long numbers (phones,
    cards, SSNs, IBANs) need many digits.
    """
    if "@" in value or ":" in value or " " in value or "." in value:
        return True
    return sum(char.isdigit() for char in value) >= _MIN_DIGITS_FOR_NUMBERS


def admit_interaction(
    data: bytes,
    source: SourceRef,
    now_ms: int,
    *,
    config: GateConfig,
    pseudonymize: Pseudonymizer,
    redact: Redactor,
    is_opted_out: Callable[[str, str], bool] = lambda _tenant, _user_key: False,
) -> Admitted | Rejected | Dropped:
    """Decode and check one raw ``Interaction`` and turn it into a ``CleanEvent`` record.

    ``is_opted_out(tenant, user_key)`` tells whether the user withdrew consent; their events
    are dropped before anything is learned from them.
    """
    try:
        decoded = decode(data, expected="Interaction", max_bytes=config.max_event_bytes)
    except DecodeError as exc:
        return Rejected(exc.reason, exc.message)
    event = decoded.record
    if event["event_time"] > now_ms + config.max_future_skew_ms:
        ahead_s = (event["event_time"] - now_ms) / 1000
        return Rejected(Reason.FUTURE_EVENT_TIME, f"event_time is {ahead_s:.0f} s in the future")
    for name in _IDENTIFIER_FIELDS:
        value = event[name]
        if value and _identifier_may_hold_pii(value) and detect(value):
            return Rejected(
                Reason.PII_IN_IDENTIFIER, f"{name} looks like it contains personal data"
            )
    user_key = pseudonymize(event["tenant"], event["user_id"])
    if is_opted_out(event["tenant"], user_key):
        return Dropped("opted_out")
    pii_counts: dict[str, int] = {}
    context = {
        name: _redacted(value, redact, pii_counts) for name, value in event["context"].items()
    }
    if event.get("query"):
        context["query"] = _redacted(event["query"], redact, pii_counts)
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


def admit_consent(
    data: bytes, *, config: GateConfig, pseudonymize: Pseudonymizer
) -> ConsentRequest | Rejected:
    """Decode one raw ``Consent`` record into a pseudonymous :class:`ConsentRequest`."""
    try:
        event = decode(data, expected="Consent", max_bytes=config.max_event_bytes).record
    except DecodeError as exc:
        return Rejected(exc.reason, exc.message)
    if _identifier_may_hold_pii(event["request_id"]) and detect(event["request_id"]):
        return Rejected(Reason.PII_IN_IDENTIFIER, "request_id looks like it contains personal data")
    return ConsentRequest(
        tenant=event["tenant"],
        user_key=pseudonymize(event["tenant"], event["user_id"]),
        action=event["action"],
        request_id=event["request_id"],
        event_time=event["event_time"],
    )


def admit_recommendation(
    data: bytes,
    source: SourceRef,
    now_ms: int,
    *,
    config: GateConfig,
    pseudonymize: Pseudonymizer,
    is_opted_out: Callable[[str, str], bool],
) -> ServedList | Rejected | Dropped:
    """Decode one raw ``Recommendation``; opted-out users' lists teach nothing."""
    try:
        event = decode(data, expected="Recommendation", max_bytes=config.max_event_bytes).record
    except DecodeError as exc:
        return Rejected(exc.reason, exc.message)
    if event["event_time"] > now_ms + config.max_future_skew_ms:
        ahead_s = (event["event_time"] - now_ms) / 1000
        return Rejected(Reason.FUTURE_EVENT_TIME, f"event_time is {ahead_s:.0f} s in the future")
    identifiers = [event["request_id"], *(item["item_id"] for item in event["items"])]
    if any(_identifier_may_hold_pii(value) and detect(value) for value in identifiers):
        return Rejected(Reason.PII_IN_IDENTIFIER, "an id looks like it contains personal data")
    user_key = pseudonymize(event["tenant"], event["user_id"])
    if is_opted_out(event["tenant"], user_key):
        return Dropped("opted_out")
    clean = {
        "request_id": event["request_id"],
        "tenant": event["tenant"],
        "user_key": user_key,
        "surface": event["surface"],
        "policy_version": event["policy_version"],
        "experiment_id": event["experiment_id"],
        "arm": event["arm"],
        "items": event["items"],
        "event_time": event["event_time"],
        "source": {"topic": source.topic, "partition": source.partition, "offset": source.offset},
    }
    return ServedList(
        tenant=event["tenant"],
        surface=event["surface"],
        request_id=event["request_id"],
        positions=positions_of(event["items"]),
        event_time=event["event_time"],
        user_key=user_key,
        clean=clean,
    )


def _redacted(text: str, redact: Redactor, counts: dict[str, int]) -> str:
    redacted, hits = redact(text)
    for entity, count in hits.items():
        counts[entity] = counts.get(entity, 0) + count
    return redacted
