"""Privacy gate agent: raw interactions in; clean events, popularity updates, dead letters out.

Admitted events also go straight to the profile stage (``streams.agents.profiles``) and, for
clicks, to the attribution join: both keep their state on the raw partition, so doing it here
spares every event a second pass through Faust.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from processors.deadletter import SourceRef
from processors.gate import Admitted, Dropped, admit_interaction
from processors.popularity import KIND_TO_WEIGHT, popularity_key
from processors.redaction import redact
from schemas.codec import encode
from sinks.bandit import BanditCountsWrite, BanditSink
from streams.agents.attribution import attribute_click
from streams.agents.consent import opt_out_lookup
from streams.agents.deadletters import send_dead_letter
from streams.agents.profiles import ProfileStage, Touched
from streams.batching import FlushBuffer
from streams.output import TopicOutput
from streams.pipeline import Pipeline


def redact_text(text: str) -> tuple[str, dict[str, int]]:
    """The gate's redactor: the redacted text and how many of each PII kind it replaced."""
    result = redact(text)
    return result.text, dict(result.counts)


#: What an admitted event leaves to the flush: a user to re-rank, an item's bandit counts.
GateWrite = Touched | BanditCountsWrite


def gate_writer(
    pipeline: Pipeline, profiles: ProfileStage, bandit: BanditSink
) -> Callable[[Sequence[GateWrite]], Awaitable[int]]:
    """What the gate's flush-before-ack buffer writes before it confirms the Kafka outputs:
    bandit counts, profiles and rankings."""

    async def write(writes: Sequence[GateWrite]) -> int:
        pipeline.bandit_counts.write_back()  # before the first await (StateCache)
        touched = [w for w in writes if isinstance(w, Touched)]
        counts = [w for w in writes if isinstance(w, BanditCountsWrite)]
        # Counts first: a ranking built in this flush may then already see them.
        written = await bandit.write(counts)
        return written + await profiles.flush(touched)

    return write


def register_gate(
    pipeline: Pipeline,
    output: TopicOutput,
    buffer: FlushBuffer[GateWrite],
    profiles: ProfileStage,
) -> None:
    """Attach the gate agent to ``pipeline.app``; its outputs go through ``output``."""
    settings = pipeline.settings
    metrics = pipeline.metrics
    config = pipeline.gate_config
    pseudonymize = pipeline.pseudonymize
    clean_topic = settings.topic("events.clean")
    updates_topic = settings.topic("popularity.updates")
    clean_out = metrics.events_out.labels(topic=clean_topic)
    updates_out = metrics.events_out.labels(topic=updates_topic)
    stage_seconds = metrics.processing_seconds.labels(stage="gate")
    is_opted_out = opt_out_lookup(pipeline)

    async def gate(stream: Any) -> None:
        manual = stream.noack()
        async for event in manual.events():
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
                redact=redact_text,
                is_opted_out=is_opted_out,
            )
            writes: list[GateWrite] = []
            if isinstance(outcome, Admitted):
                clean = outcome.clean
                touched = profiles.apply(clean, source.partition, source.offset)
                if touched is not None:
                    writes.append(touched)
                pipeline.advance_join_time("i", source.partition, clean["event_time"])
                data = encode("CleanEvent", clean, validate=False)
                output.send(clean_topic, outcome.user_key.encode("utf-8"), data)
                clean_out.inc()
                if clean["kind"] == "CLICK":
                    writes.extend(attribute_click(pipeline, clean))
                if KIND_TO_WEIGHT.get(clean["kind"], 0.0) > 0.0:
                    # Re-keyed by item so one worker owns each item's popularity.
                    key = popularity_key(clean["tenant"], clean["surface"], clean["item_id"])
                    output.send(updates_topic, key.encode("utf-8"), data)
                    updates_out.inc()
            elif isinstance(outcome, Dropped):
                metrics.dropped.labels(reason=outcome.reason).inc()
            else:
                send_dead_letter(pipeline, output, source, event, outcome)
            buffer.add(writes, functools.partial(manual.ack, event))
            await buffer.flush_if_full()
            stage_seconds.observe(time.perf_counter() - started)

    pipeline.app.agent(pipeline.topics.interactions, name=f"{settings.app_id}.gate")(gate)
