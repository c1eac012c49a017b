"""Flush-before-ack batching between an agent and a sink.

An agent adds each event's sink writes together with a callback that acks the event. A flush
writes the batch to the sink first and acks the events only after the write succeeded, so the
offsets Faust commits never cover a write that Redis has not applied. A flush runs when the
batch is full or when the periodic timer fires, whichever comes first.

A full batch is flushed in the background (:meth:`FlushBuffer.flush_if_full`) while the agent
goes on filling the next one: waiting for Redis and the broker used to leave the worker idle
for a seventh of its time. Batches are taken out of the buffer at once and applied one after
another, each only when the one before it has been applied and acked, so batches are applied
and acked in order whoever (agent or timer) started them; at most one batch is in flight
while an agent fills the next.

The periodic flush is :func:`flush_every`, a loop that waits ``interval`` between the end of
one flush and the start of the next. A flush waits for Redis and for the broker's acks, which
often takes longer than the interval (``sink_flush_ms``, 10-20 ms); mode's fixed-rate timer
then logged "Timer ... flush is overlapping" at nearly every tick.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

from streams.runtime.retry import SinkRetry

Write = TypeVar("Write")
Ack = Callable[[], Awaitable[object]]


def flush_every(
    interval_s: float, flush: Callable[[], Awaitable[object]]
) -> Callable[[], Awaitable[None]]:
    """A task that calls ``flush`` forever, sleeping ``interval_s`` after each call returns.

    So buffered events wait at most ``interval_s`` plus one flush before they are flushed, and
    two periodic flushes never overlap however long one takes. Cancel the task to stop it.
    """

    async def loop() -> None:
        while True:
            await asyncio.sleep(interval_s)
            await flush()

    return loop


class FlushBuffer(Generic[Write]):
    """Buffers writes and acks; :meth:`flush` applies them in order, then acks."""

    def __init__(
        self,
        name: str,
        apply: Callable[[Sequence[Write]], Awaitable[int]],
        *,
        max_items: int,
        on_flushed: Callable[[str, int, float], None] | None = None,
        retry: SinkRetry | None = None,
    ) -> None:
        """``retry`` is how a batch the sink refused is applied again (the default policy,
        uncounted, when omitted)."""
        self.name = name
        self._apply = apply
        self._max_items = max_items
        self._on_flushed = on_flushed
        self._retry = retry or SinkRetry()
        self._writes: list[Write] = []
        self._acks: list[Ack] = []
        self._events = 0
        # The most recently started batch; each batch waits for the one before it.
        self._last_batch: asyncio.Task[int] | None = None

    def __len__(self) -> int:
        return self._events

    @property
    def full(self) -> bool:
        """True once the buffer holds ``max_items`` events."""
        return self._events >= self._max_items

    def add(self, writes: Sequence[Write], ack: Ack, events: int = 1) -> None:
        """Buffer the writes (possibly none) of ``events`` events and the callback that acks
        them.

        ``apply`` runs at flush time even when no event brought writes, because it may also
        confirm work done elsewhere (the gate's apply waits for its Kafka deliveries).
        """
        self._writes.extend(writes)
        self._acks.append(ack)
        self._events += events

    async def flush_if_full(self) -> None:
        """Start applying a full batch in the background; wait only for the batch before it.

        The agent keeps processing while the batch is applied. If the previous batch is still
        being applied, this waits for it first (one batch in flight), and an unexpected error
        it raised is raised here, in the agent, instead of being lost.
        """
        if not self.full:
            return
        if self._last_batch is not None:
            await self._last_batch
        self._start_batch()

    async def flush(self, *, force: bool = False) -> int:
        """Apply everything buffered (after the batches before it), then ack; retries until
        the sink accepts. Returns how many events this call acked.

        ``force`` runs ``apply`` even with nothing buffered (an empty batch), for sinks that
        keep work of their own to retry, in order with the batches.
        """
        batch = self._start_batch(force=force)
        if batch is None:
            if self._last_batch is not None:
                await self._last_batch
            return 0
        return await batch

    def _start_batch(self, *, force: bool = False) -> asyncio.Task[int] | None:
        if not self._acks and not force:
            return None
        writes, acks, events = self._writes, self._acks, self._events
        self._writes, self._acks, self._events = [], [], 0
        batch = asyncio.ensure_future(self._apply_after(self._last_batch, writes, acks, events))
        self._last_batch = batch
        return batch

    async def _apply_after(
        self,
        previous: asyncio.Task[int] | None,
        writes: list[Write],
        acks: list[Ack],
        events: int,
    ) -> int:
        if previous is not None:
            await previous  # order: a batch is applied and acked only after the one before it
        started = time.perf_counter()
        # Redis or Kafka down or refusing: the offsets are held (no ack) while it retries.
        count = await self._retry.until_applied(self.name, lambda: self._apply(writes))
        for ack in acks:
            await ack()
        if self._on_flushed is not None:
            self._on_flushed(self.name, count, time.perf_counter() - started)
        return events
