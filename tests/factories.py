"""Valid, realistic sample records for every event schema, for tests.

Each factory returns a fresh dict (no shared mutables) and takes keyword overrides, e.g.
``interaction(kind="DWELL", dwell_ms=1200)``. Records satisfy both the Avro schema and
:func:`schemas.rules.validate_semantics`, and are exactly what :func:`schemas.codec.decode`
returns after a round trip (all optional fields present).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any, Final

from schemas.codec import HEADER_SIZE, MAGIC, encode

#: 2023-11-14T22:13:20Z in milliseconds since the epoch.
EVENT_TIME_MS: Final = 1_700_000_000_000

Record = dict[str, Any]


def _with(record: Record, overrides: Mapping[str, Any]) -> Record:
    unknown = set(overrides) - set(record)
    if unknown:
        raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
    record.update(overrides)
    return record


def ranked_item(**overrides: Any) -> Record:
    """One item of a served Recommendation."""
    return _with({"item_id": "item-1", "score": 0.82, "propensity": 0.35, "position": 1}, overrides)


def interaction(**overrides: Any) -> Record:
    """A CLICK on the first item of a served list."""
    record: Record = {
        "event_id": "evt-0001",
        "tenant": "acme",
        "user_id": "user-42",
        "surface": "home",
        "item_id": "item-1",
        "kind": "CLICK",
        "request_id": "req-0001",
        "position": 1,
        "dwell_ms": None,
        "rating": None,
        "context": {"device": "mobile", "locale": "en-GB"},
        "query": "red running shoes",
        "event_time": EVENT_TIME_MS,
    }
    return _with(record, overrides)


def recommendation(**overrides: Any) -> Record:
    """A three-item list served in an experiment arm."""
    record: Record = {
        "request_id": "req-0001",
        "tenant": "acme",
        "user_id": "user-42",
        "surface": "home",
        "policy_version": "bts-2024.06.1",
        "experiment_id": "exp-home-ranker",
        "arm": "treatment",
        "items": [
            ranked_item(),
            ranked_item(item_id="item-7", score=0.61, propensity=0.25, position=2),
            ranked_item(item_id="item-3", score=0.40, propensity=1.0, position=3),
        ],
        "event_time": EVENT_TIME_MS,
    }
    return _with(record, overrides)


def cost(**overrides: Any) -> Record:
    """A successful expert-tier model call."""
    record: Record = {
        "event_id": "cost-0001",
        "tenant": "acme",
        "user_id": "user-42",
        "provider": "openai",
        "model": "gpt-4o",
        "tier": "EXPERT",
        "tokens_in": 1200,
        "tokens_out": 350,
        "cost_micros": 9_750,
        "latency_ms": 840,
        "outcome": "OK",
        "request_id": "req-0001",
        "event_time": EVENT_TIME_MS,
    }
    return _with(record, overrides)


def consent(**overrides: Any) -> Record:
    """An opt-out."""
    record: Record = {
        "tenant": "acme",
        "user_id": "user-42",
        "action": "OPT_OUT",
        "event_time": EVENT_TIME_MS,
        "request_id": "consent-0001",
    }
    return _with(record, overrides)


def control_command(**overrides: Any) -> Record:
    """A flag change with a (fake) signature; it is not checked here."""
    record: Record = {
        "command_id": "cmd-0001",
        "issued_by": "ops@acme",
        "action": "flag.set",
        "payload_json": '{"flag": "new_ranker", "value": true}',
        "issued_at": EVENT_TIME_MS,
        "signature": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "nonce": "n-0001",
        "expires_at": EVENT_TIME_MS + 300_000,
        "key_id": "0123456789abcdef",
    }
    return _with(record, overrides)


def clean_event(**overrides: Any) -> Record:
    """The privacy gate's output for :func:`interaction`."""
    record: Record = {
        "event_id": "evt-0001",
        "tenant": "acme",
        "user_key": "u_3b5d5c3712955042",
        "surface": "home",
        "item_id": "item-1",
        "kind": "CLICK",
        "request_id": "req-0001",
        "position": 1,
        "dwell_ms": None,
        "rating": None,
        "context": {"device": "mobile", "locale": "en-GB", "query": "red running shoes"},
        "pii_counts": {"EMAIL": 0},
        "event_time": EVENT_TIME_MS,
        "source": {"topic": "interactions", "partition": 3, "offset": 1234},
    }
    return _with(record, overrides)


def alert(**overrides: Any) -> Record:
    """A budget threshold alert."""
    record: Record = {
        "alert_id": "alert-budget-acme-2023-11-14-90",
        "kind": "budget.threshold",
        "severity": "WARNING",
        "tenant": "acme",
        "subject": "tenant-day",
        "message": "tenant daily budget at 90%",
        "value": 0.9,
        "threshold": 0.9,
        "event_time": EVENT_TIME_MS,
        "dedup_key": "budget.threshold|acme|tenant-day|90",
        "status": "FIRING",
        "baseline": None,
        "runbook": "docs/operations.md#alert-budgetthreshold",
        "surface": None,
        "in_force_json": "{}",
    }
    return _with(record, overrides)


def audit_record(**overrides: Any) -> Record:
    """A rejected command."""
    record: Record = {
        "audit_id": "audit-cmd-0001",
        "actor": "ops@acme",
        "action": "flag.set",
        "target": "new_ranker",
        "outcome": "REJECTED",
        "reason": "bad_signature",
        "details_json": '{"command_id": "cmd-0001"}',
        "event_time": EVENT_TIME_MS,
        "before_json": None,
        "after_json": None,
        "sequence": -1,
        "prev_hash": "",
        "hash": "",
    }
    return _with(record, overrides)


def dead_letter(**overrides: Any) -> Record:
    """A dead-lettered undecodable record."""
    record: Record = {
        "source_topic": "interactions",
        "source_partition": 0,
        "source_offset": 17,
        "reason": "undecodable",
        "message": "not an Avro single object (missing C3 01 header)",
        "original": b"not avro",
        "key": b"user-42",
        "event_time": EVENT_TIME_MS,
        "original_size": 8,
    }
    return _with(record, overrides)


def catalog_item(**overrides: Any) -> Record:
    """An active catalog item with two categorical and one numeric feature."""
    record: Record = {
        "tenant": "acme",
        "item_id": "item-1",
        "categorical_features": {"brand": "acme", "category": "shoes"},
        "numeric_features": {"price": 89.99},
        "active": True,
        "updated_at": EVENT_TIME_MS,
    }
    return _with(record, overrides)


def clean_served(**overrides: Any) -> Record:
    """The clean form of :func:`recommendation`: pseudonymous, with its source."""
    record: Record = {
        "request_id": "req-0001",
        "tenant": "acme",
        "user_key": "b" * 64,
        "surface": "home",
        "policy_version": "bts-2024.06.1",
        "experiment_id": "exp-home-ranker",
        "arm": "treatment",
        "items": recommendation()["items"],
        "event_time": EVENT_TIME_MS,
        "source": {"topic": "recommendations", "partition": 1, "offset": 7},
    }
    return _with(record, overrides)


def engagements(
    count: int, *, first: int = 0, items: int = 7, users: int = 31, tenant: str = "acme"
) -> list[Record]:
    """Interactions ``first .. first + count - 1``: CLICKs, every fifth an ACCEPT, a minute
    ago, one millisecond apart, users and items round-robin."""
    now = int(time.time() * 1000)
    return [
        interaction(
            event_id=f"e{i}",
            tenant=tenant,
            user_id=f"user-{i % users}",
            item_id=f"item-{i % items}",
            kind="ACCEPT" if i % 5 == 0 else "CLICK",
            event_time=now - 60_000 + i,
            query=None,
            context={},
        )
        for i in range(first, first + count)
    ]


def bad_interactions(max_event_bytes: int, now_ms: int) -> dict[str, bytes]:
    """One refused interaction record per dead-letter reason, by reason."""
    good = encode("Interaction", interaction())
    return {
        "undecodable": b"this is not avro",
        "unknown_schema": MAGIC + b"\x01" * 8 + good[HEADER_SIZE:],
        "wrong_type": encode("Recommendation", recommendation()),
        "invalid": encode("Interaction", interaction(tenant=""), validate=False),
        "oversized": encode("Interaction", interaction(context={"blob": "x" * max_event_bytes})),
        "future_event_time": encode("Interaction", interaction(event_time=now_ms + 86_400_000)),
    }


FACTORIES: Final[Mapping[str, Callable[..., Record]]] = {
    "Interaction": interaction,
    "Recommendation": recommendation,
    "Cost": cost,
    "Consent": consent,
    "ControlCommand": control_command,
    "CleanEvent": clean_event,
    "Alert": alert,
    "AuditRecord": audit_record,
    "DeadLetter": dead_letter,
    "CleanServed": clean_served,
}
