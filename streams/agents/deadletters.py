"""Sending a refused record to the dead-letter topic: one place for every agent."""

from __future__ import annotations

from typing import Any

from processors.deadletter import SourceRef, dead_letter
from processors.gate import Rejected
from schemas.codec import encode
from streams.output import TopicOutput
from streams.pipeline import Pipeline


def send_dead_letter(
    pipeline: Pipeline, output: TopicOutput, source: SourceRef, event: Any, refusal: Rejected
) -> None:
    """Queue the envelope (original bytes and key, source, reason) and count it."""
    envelope = dead_letter(
        source, refusal.reason, refusal.message, event.value, event.key, pipeline.clock()
    )
    topic = pipeline.settings.topic("deadletter")
    output.send(topic, event.key, encode("DeadLetter", envelope))
    pipeline.metrics.dead_letters.labels(reason=refusal.reason).inc()
