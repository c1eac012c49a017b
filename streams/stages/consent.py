"""The consent stage: opt-outs, opt-ins and erasure requests, applied everywhere we keep state.

Consent is co-partitioned with interactions (both keyed by the raw user id), so the consent
table and the user's profile are on the partition this stage runs on.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from processors.consent import plan_consent
from processors.gate import ConsentRequest, admit_consent
from sinks.writes import EraseUser, OptOutWrite
from streams.stages.audit import pending_entry
from streams.stages.core import Core
from streams.stages.deadletters import refuse
from streams.stages.effects import Effects, RawRecord, TopicRecord

__all__ = ["consent_table_key", "is_opted_out", "process_consent"]

OPTED_OUT = b"1"


def consent_table_key(tenant: str, user_key: str) -> bytes:
    """The consent table's key: tenant and pseudonym (pseudonyms are per tenant)."""
    return f"{tenant}/{user_key}".encode()


def is_opted_out(core: Core, tenant: str, user_key: str) -> bool:
    """Whether the user withdrew consent (this partition's consent table says so)."""
    return core.tables.consent.get(consent_table_key(tenant, user_key)) is not None


def process_consent(core: Core, batch: Sequence[RawRecord], now_ms: int) -> Effects:
    """Apply each consent change: table, profile erasure, Redis, raw tombstone and audit.

    Drivers carry out one record's effects before the next record's (consent is rare, and
    an opt-out followed by an opt-in must reach Redis in that order).
    """
    effects = Effects()
    for record in batch:
        if record.value is None:
            continue  # our own tombstone, written after an erasure
        outcome = admit_consent(
            record.value, config=core.config.gate, pseudonymize=core.pseudonymize
        )
        if isinstance(outcome, ConsentRequest):
            _apply(core, outcome, record, now_ms, effects)
            core.anomalies.consent(
                record.source, outcome.tenant, outcome.action, outcome.event_time
            )
        else:
            refuse(effects, record, outcome, now_ms)
    core.anomalies.emit_into("consent", effects)
    return effects


def _apply(
    core: Core,
    request: ConsentRequest,
    record: RawRecord,
    now_ms: int,
    effects: Effects,
) -> None:
    table = core.tables.consent
    source = record.source
    key = consent_table_key(request.tenant, request.user_key)
    plan = plan_consent(request.action, table.get(key) is not None)
    if plan.erase_state:
        effects.redis.append(EraseUser(request.tenant, request.user_key))
        core.learner.erase(request.tenant, request.user_key, source.partition)
    effects.redis.append(OptOutWrite(request.tenant, request.user_key, plan.opted_out))
    if plan.opted_out:
        table.set(key, OPTED_OUT, source.partition)
    elif table.get(key) is not None:
        table.delete(key, source.partition)  # a tombstone reaches the changelog
    if plan.tombstone_raw and record.key is not None:
        # Compaction then drops the raw records that carry this user's raw id.
        effects.records.append(TopicRecord("consent", record.key, None))
    audit = {
        # Derived from the source offset: a redelivered request repeats the same audit id.
        "audit_id": f"{plan.audit_action}:{source.topic}:{source.partition}:{source.offset}",
        "actor": "pipeline",
        "action": plan.audit_action,
        "target": request.user_key,
        "outcome": "APPLIED",
        "reason": None,
        "details_json": json.dumps(
            {
                "tenant": request.tenant,
                "request_id": request.request_id,
                "erased": plan.erase_state,
                "opted_out": plan.opted_out,
                "completed_ms": now_ms,
                "requested_ms": request.event_time,
            },
            sort_keys=True,
        ),
        "event_time": now_ms,
    }
    effects.audit.append(pending_entry(audit, request.user_key.encode()))
    effects.counts["consent_changes", request.action] += 1
    effects.observations.append(("erasure_seconds", max(0, now_ms - request.event_time) / 1000.0))
