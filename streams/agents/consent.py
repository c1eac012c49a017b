"""Consent agent: opt-outs, opt-ins and erasure requests, applied everywhere we keep state."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from processors.consent import plan_consent
from processors.deadletter import SourceRef
from processors.gate import ConsentRequest, admit_consent
from schemas.codec import encode
from sinks.erasure import UserStateEraser
from sinks.keys import KeyLayout
from streams.agents.deadletters import send_dead_letter
from streams.agents.profiles import ProfileStage
from streams.output import TopicOutput
from streams.pipeline import Pipeline
from streams.tables import ChangeloggedTable

OPTED_OUT = b"1"


def consent_table_key(tenant: str, user_key: str) -> bytes:
    """The consent table's key: tenant and pseudonym (pseudonyms are per tenant)."""
    return f"{tenant}/{user_key}".encode()


def opt_out_lookup(pipeline: Pipeline) -> Callable[[str, str], bool]:
    """``is_opted_out(tenant, user_key)`` backed by this worker's consent table."""
    table = pipeline.consent_table

    def is_opted_out(tenant: str, user_key: str) -> bool:
        return table.get(consent_table_key(tenant, user_key)) is not None

    return is_opted_out


def register_consent(pipeline: Pipeline, output: TopicOutput, profiles: ProfileStage) -> None:
    """Attach the consent agent; it writes the consent table, Redis, audit and tombstones."""
    settings = pipeline.settings
    table = pipeline.consent_table
    config = pipeline.gate_config
    pseudonymize = pipeline.pseudonymize
    eraser = UserStateEraser(pipeline.redis, KeyLayout(settings.redis_prefix))

    async def consent(stream: Any) -> None:
        async for event in stream.events():
            message = event.message
            source = SourceRef(message.topic, message.partition, message.offset)
            pipeline.note_read(source.topic, source.partition, source.offset)
            if event.value is None:
                continue  # our own tombstone, written after an erasure
            outcome = admit_consent(event.value, config=config, pseudonymize=pseudonymize)
            if isinstance(outcome, ConsentRequest):
                await _apply(pipeline, table, eraser, profiles, output, outcome, source, event.key)
            else:
                send_dead_letter(pipeline, output, source, event, outcome)
            # Consent is rare and must be durable before its offset is committed.
            await output.flush()

    pipeline.app.agent(pipeline.topics.consent, name=f"{settings.app_id}.consent")(consent)


async def _apply(
    pipeline: Pipeline,
    table: ChangeloggedTable,
    eraser: UserStateEraser,
    profiles: ProfileStage,
    output: TopicOutput,
    request: ConsentRequest,
    source: SourceRef,
    raw_key: bytes | None,
) -> None:
    key = consent_table_key(request.tenant, request.user_key)
    plan = plan_consent(request.action, table.get(key) is not None)
    deleted = await eraser.erase(request.tenant, request.user_key) if plan.erase_state else 0
    if plan.erase_state:
        # consent is co-partitioned with interactions, so the profile is on this partition.
        profiles.erase(request.tenant, request.user_key, source.partition)
    await eraser.set_opted_out(request.tenant, request.user_key, plan.opted_out)
    if plan.opted_out:
        table.set(key, OPTED_OUT, source.partition)
    elif table.get(key) is not None:
        table.delete(key, source.partition)  # a tombstone reaches the changelog
    if plan.tombstone_raw and raw_key is not None:
        # Compaction then drops the raw records that carry this user's raw id.
        output.send(source.topic, raw_key, None)
    now = pipeline.clock()
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
                "redis_keys_deleted": deleted,
                "opted_out": plan.opted_out,
                "completed_ms": now,
                "requested_ms": request.event_time,
            },
            sort_keys=True,
        ),
        "event_time": now,
    }
    output.send(
        pipeline.settings.topic("audit"), request.user_key.encode(), encode("AuditRecord", audit)
    )
    pipeline.metrics.consent_changes.labels(action=request.action).inc()
    pipeline.metrics.erasure_seconds.observe(max(0, now - request.event_time) / 1000.0)
