"""Semantic rules an event must satisfy beyond its Avro schema.

The schema says a field is a string; these rules say it is a non-empty one, that positions are
1-based, that propensities lie in (0, 1], and so on. They are cheap (no I/O, no clock) so the
codec runs them on every encode and decode, and the privacy gate can call
:func:`validate_semantics` directly. Whether an event time lies in the future is checked
elsewhere, because it needs a clock.

Messages name the field and the rule, never the value of a string field: strings may be PII.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, Final

from schemas.errors import EventValidationError

__all__ = ["validate_semantics"]

Record = Mapping[str, Any]

_REQUIRED_TEXT: Final[Mapping[str, tuple[str, ...]]] = {
    "Interaction": ("event_id", "tenant", "user_id", "surface", "item_id"),
    "Recommendation": ("request_id", "tenant", "user_id", "surface", "policy_version"),
    "Cost": ("event_id", "tenant", "provider", "model"),
    "Consent": ("tenant", "user_id", "request_id"),
    # An empty signature decodes: the control stage rejects it as "unsigned", and audits it.
    "ControlCommand": ("command_id", "issued_by", "action", "payload_json"),
    "CleanEvent": ("event_id", "tenant", "user_key", "surface", "item_id"),
    "CleanServed": ("request_id", "tenant", "user_key", "surface", "policy_version"),
    "CleanCost": ("event_id", "tenant", "provider", "model"),
    "Alert": ("alert_id", "kind", "message"),
    "AuditRecord": ("audit_id", "actor", "action", "target"),
    "DeadLetter": ("source_topic", "reason"),
}

_OPTIONAL_TEXT: Final[Mapping[str, tuple[str, ...]]] = {
    "Interaction": ("request_id",),
    "Recommendation": ("experiment_id", "arm"),
    "Cost": ("user_id", "request_id"),
    "CleanEvent": ("request_id",),
    "CleanServed": ("experiment_id", "arm"),
    "CleanCost": ("user_key", "request_id"),
    "Alert": ("tenant", "subject"),
}

_NON_NEGATIVE: Final[Mapping[str, tuple[str, ...]]] = {
    "Interaction": ("event_time",),
    "Recommendation": ("event_time",),
    "Cost": ("tokens_in", "tokens_out", "cost_micros", "latency_ms", "event_time"),
    "Consent": ("event_time",),
    "ControlCommand": ("issued_at",),
    "CleanEvent": ("event_time",),
    "CleanServed": ("event_time",),
    "CleanCost": ("tokens_in", "tokens_out", "cost_micros", "latency_ms", "event_time"),
    "Alert": ("event_time",),
    "AuditRecord": ("event_time",),
    "DeadLetter": ("source_partition", "source_offset", "original_size", "event_time"),
}

_HEX_DIGITS: Final = frozenset("0123456789abcdef")

# Tenants and surfaces become parts of Redis keys and table keys ("tenant|surface|item",
# "{tenant/user}"), so they are plain names: letters, digits, '.', '_', '-'; at most 64.
_NAME_FIELDS: Final[Mapping[str, tuple[str, ...]]] = {
    "Interaction": ("tenant", "surface"),
    "Recommendation": ("tenant", "surface"),
    "Cost": ("tenant",),
    "Consent": ("tenant",),
    "CleanEvent": ("tenant", "surface"),
    "CleanServed": ("tenant", "surface"),
    "CleanCost": ("tenant",),
}
_NAME_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
_NAME_MAX: Final = 64


def _fail(field: str, problem: str) -> EventValidationError:
    return EventValidationError(field, problem)


def _check_interaction_fields(record: Record) -> None:
    """Rules shared by Interaction and CleanEvent."""
    position = record.get("position")
    if position is not None and position < 1:
        raise _fail("position", f"must be >= 1 (1-based), got {position}")
    dwell_ms = record.get("dwell_ms")
    if dwell_ms is not None and dwell_ms < 0:
        raise _fail("dwell_ms", f"must be >= 0, got {dwell_ms}")
    rating = record.get("rating")
    if rating is not None and not math.isfinite(rating):
        raise _fail("rating", "must be a finite number")
    kind = record.get("kind")
    if kind == "DWELL" and dwell_ms is None:
        raise _fail("dwell_ms", "is required when kind is DWELL")
    if kind == "RATING" and rating is None:
        raise _fail("rating", "is required when kind is RATING")


def _check_clean_event(record: Record) -> None:
    _check_interaction_fields(record)
    for kind, count in record.get("pii_counts", {}).items():
        if count < 0:
            raise _fail(f"pii_counts[{kind!r}]", f"must be >= 0, got {count}")
    source = record.get("source", {})
    if not source.get("topic"):
        raise _fail("source.topic", "must not be empty")
    for field in ("partition", "offset"):
        if source.get(field, 0) < 0:
            raise _fail(f"source.{field}", f"must be >= 0, got {source[field]}")


def _check_recommendation(record: Record) -> None:
    positions: set[int] = set()
    for index, item in enumerate(record.get("items", ())):
        where = f"items[{index}]"
        if not item.get("item_id"):
            raise _fail(f"{where}.item_id", "must not be empty")
        if not math.isfinite(item["score"]):
            raise _fail(f"{where}.score", "must be a finite number")
        propensity = item["propensity"]
        if not 0.0 < propensity <= 1.0:
            raise _fail(f"{where}.propensity", f"must be in (0, 1], got {propensity}")
        position = item["position"]
        if position < 1:
            raise _fail(f"{where}.position", f"must be >= 1 (1-based), got {position}")
        if position in positions:
            raise _fail(f"{where}.position", f"position {position} appears twice")
        positions.add(position)


def _check_control_command(record: Record) -> None:
    signature = record["signature"]
    if len(signature) % 2 or not _HEX_DIGITS.issuperset(signature):
        raise _fail("signature", "must be lower-case hex")


def _check_alert(record: Record) -> None:
    for field in ("value", "threshold"):
        number = record.get(field)
        if number is not None and not math.isfinite(number):
            raise _fail(field, "must be a finite number")


def _check_dead_letter(record: Record) -> None:
    if record["original_size"] < len(record["original"]):
        raise _fail("original_size", "must be >= the length of original")


_SPECIFIC: Final[Mapping[str, Callable[[Record], None]]] = {
    "Interaction": _check_interaction_fields,
    "CleanEvent": _check_clean_event,
    "Recommendation": _check_recommendation,
    "CleanServed": _check_recommendation,
    "ControlCommand": _check_control_command,
    "Alert": _check_alert,
    "DeadLetter": _check_dead_letter,
}


def validate_semantics(name: str, record: Record) -> None:
    """Check the semantic rules of schema ``name`` on a record that already matches the schema.

    Raises :class:`EventValidationError` naming the first offending field (dotted path).
    Schemas without specific rules only get the generic ones (non-empty ids, non-negative
    counts and times).
    """
    for field in _REQUIRED_TEXT.get(name, ()):
        value = record.get(field)
        if not value or value.isspace():
            raise _fail(field, "must not be empty")
    for field in _NAME_FIELDS.get(name, ()):
        value = record.get(field) or ""
        if len(value) > _NAME_MAX or not _NAME_CHARS.issuperset(value):
            raise _fail(field, f"must be 1-{_NAME_MAX} letters, digits, '.', '_' or '-'")
    for field in _OPTIONAL_TEXT.get(name, ()):
        value = record.get(field)
        if value is not None and (not value or value.isspace()):
            raise _fail(field, "must be null or non-empty")
    for field in _NON_NEGATIVE.get(name, ()):
        number = record.get(field, 0)
        if number < 0:
            raise _fail(field, f"must be >= 0, got {number}")
    specific = _SPECIFIC.get(name)
    if specific is not None:
        specific(record)
