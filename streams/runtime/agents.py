"""The Faust agents: thin adapters from a topic to a stage.

Each agent decodes nothing itself: it wraps the consumed record as a
:class:`~streams.stages.RawRecord`, calls the stage, hands the effects to the engine, and
acks through the flush-before-ack buffer (or, for rare topics, after the effects are carried
out). Both retry what Redis or the broker refused with one policy (``streams.runtime.retry``)
and ack nothing before it is applied. All the logic lives in ``streams.stages``; the ordering
lives in ``streams.engine``.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from processors.deadletter import SourceRef
from streams.clock import Clock
from streams.engine import BufferedWrite, Engine
from streams.runtime.batching import FlushBuffer
from streams.runtime.retry import SinkRetry
from streams.stages import Core, Effects, RawRecord

__all__ = ["AgentContext", "Stage", "register_buffered", "register_immediate"]

Stage = Callable[[Core, Sequence[RawRecord], int], Effects]
"""A stage as the agents call it: core, batch, now (ms)."""


@dataclass
class AgentContext:
    """What every agent of one worker shares."""

    app: Any  # faust.App; faust ships no type information
    engine: Engine
    clock: Clock
    app_id: str
    batch_max: int
    """Most events a buffered agent hands to its stage at once."""
    batch_within_s: float
    """Longest a buffered agent waits to fill a batch."""
    retry: SinkRetry
    """How every agent and flush buffer applies again what Redis or the broker refused."""
    # (topic, partition) -> last offset an agent read; feeds the lag gauge.
    read_offsets: dict[tuple[str, int], int] = field(default_factory=dict)

    def records_of(self, events: Sequence[Any]) -> list[RawRecord]:
        """The consumed events (of one topic) as stage inputs; notes offsets for lag and
        counts them."""
        records = []
        offsets = self.read_offsets
        for event in events:
            message = event.message
            offsets[(message.topic, message.partition)] = message.offset
            source = SourceRef(message.topic, message.partition, message.offset)
            records.append(RawRecord(source, event.key, event.value))
        if records:
            self.engine.metrics.count_topic("events_in", records[0].source.topic, len(records))
        return records


def register_buffered(
    context: AgentContext,
    topic: Any,
    name: str,
    stage: Stage,
    buffer: FlushBuffer[BufferedWrite],
) -> None:
    """An agent whose events are acked by ``buffer`` once their effects are applied.

    It takes the events that arrived within one flush interval (at most a sink batch) and
    hands them to the stage as one batch: the stage's per-call work (metric children, the
    effects, the buffer entry) is paid once per batch instead of once per event.
    """
    core = context.engine.core
    emit = context.engine.emit
    stage_seconds = context.engine.metrics.processing_seconds.labels(stage=name)
    most, within_s = context.batch_max, context.batch_within_s

    async def agent(stream: Any) -> None:
        # noack_take: Faust acks none of these events; the buffer acks them after the flush.
        async for events in stream.noack_take(most, within_s):
            started = time.perf_counter()
            effects = stage(core, context.records_of(events), context.clock())
            ack = functools.partial(_ack_all, stream, events)
            buffer.add(emit(effects), ack, len(events))
            await buffer.flush_if_full()
            stage_seconds.observe(time.perf_counter() - started)

    context.app.agent(topic, name=f"{context.app_id}.{name}")(agent)


async def _ack_all(stream: Any, events: Sequence[Any]) -> None:
    for event in events:
        await stream.ack(event)


def register_immediate(context: AgentContext, topic: Any, name: str, stage: Stage) -> None:
    """An agent for rare records: each one's effects are carried out before it is acked.

    The stage runs once per record. When Redis or the broker refuses the effects, the same
    effects are applied again with the worker's retry policy (``context.retry``, the flush
    buffers' own) until they are accepted, and the next record waits: a consent, catalog or
    control record is never skipped, and records stay in order. Applying effects again is
    harmless: every sink is idempotent.
    """
    engine, retry = context.engine, context.retry

    async def agent(stream: Any) -> None:
        # noack: Faust's iterator acks an event once the body is done with it, also when
        # the body raised or was cancelled (its ack sits in a ``finally``), and Faust then
        # commits the offset of a record whose effects never reached Redis. Acked by hand,
        # only after the effects are applied.
        manual = stream.noack()
        async for event in manual.events():
            effects = stage(engine.core, context.records_of((event,)), context.clock())
            writes = engine.emit(effects)
            await retry.until_applied(name, functools.partial(engine.apply_writes, writes))
            await manual.ack(event)

    context.app.agent(topic, name=f"{context.app_id}.{name}")(agent)
