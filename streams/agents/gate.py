"""Privacy gate agent: raw interactions in; clean events, popularity updates, dead letters out."""

from __future__ import annotations

import time
from typing import Any

from processors.deadletter import SourceRef, dead_letter
from processors.gate import Admitted, GateConfig, admit_interaction
from processors.popularity import KIND_TO_WEIGHT, popularity_key
from processors.pseudonym import Pseudonymizer
from processors.redaction import redact
from schemas.codec import encode
from streams.pipeline import Pipeline


def _redact_text(text: str) -> tuple[str, dict[str, int]]:
    result = redact(text)
    return result.text, dict(result.counts)


def register_gate(pipeline: Pipeline) -> None:
    """Attach the gate agent to ``pipeline.app``."""
    settings = pipeline.settings
    topics = pipeline.topics
    metrics = pipeline.metrics
    config = GateConfig(settings.max_event_bytes, settings.max_future_skew_ms)
    pseudonymize = Pseudonymizer(settings.pseudonym_secret.reveal().encode("utf-8"))
    clean_name = settings.topic("events.clean")
    updates_name = settings.topic("popularity.updates")
    stage_seconds = metrics.processing_seconds.labels(stage="gate")

    async def gate(stream: Any) -> None:
        async for event in stream.events():
            started = time.perf_counter()
            message = event.message
            source = SourceRef(message.topic, message.partition, message.offset)
            pipeline.note_read(source.topic, source.partition, source.offset)
            outcome = admit_interaction(
                event.value,
                source,
                pipeline.clock(),
                config=config,
                pseudonymize=pseudonymize,
                redact=_redact_text,
            )
            if isinstance(outcome, Admitted):
                await _forward(pipeline, outcome, clean_name, updates_name)
            else:
                envelope = dead_letter(
                    source,
                    outcome.reason,
                    outcome.message,
                    event.value,
                    event.key,
                    pipeline.clock(),
                )
                await topics.deadletter.send(key=event.key, value=encode("DeadLetter", envelope))
                metrics.dead_letters.labels(reason=outcome.reason).inc()
            stage_seconds.observe(time.perf_counter() - started)

    pipeline.app.agent(topics.interactions, name=f"{settings.app_id}.gate")(gate)


async def _forward(
    pipeline: Pipeline, admitted: Admitted, clean_name: str, updates_name: str
) -> None:
    clean = admitted.clean
    data = encode("CleanEvent", clean, validate=False)
    await pipeline.topics.clean.send(key=admitted.user_key.encode("utf-8"), value=data)
    pipeline.metrics.events_out.labels(topic=clean_name).inc()
    if KIND_TO_WEIGHT.get(clean["kind"], 0.0) > 0.0:
        # Re-keyed by item so that one worker owns each item's popularity (co-partitioning).
        key = popularity_key(clean["tenant"], clean["surface"], clean["item_id"])
        await pipeline.topics.popularity_updates.send(key=key.encode("utf-8"), value=data)
        pipeline.metrics.events_out.labels(topic=updates_name).inc()
