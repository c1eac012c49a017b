"""Topic output through librdkafka (confluent-kafka), flushed before the inputs are acked.

Faust's own producer costs about 150 µs a record on this machine (Python request building,
one request per one or two records); librdkafka batches in its own thread for a few µs a
record. Agents hand records to :class:`TopicOutput` and ack their input events only after
:meth:`TopicOutput.flush` confirmed delivery, so a committed offset never covers an output the
broker has not acknowledged (at-least-once; downstream stages deduplicate).

A sender that needs to know where a record landed (a table persisting its changelog offset)
passes a :class:`DeliveryListener` and a token; after each flush the listener gets the tokens
with their offsets, on the event loop's thread, in the order librdkafka reported them.

:meth:`TopicOutput.flush` waits for the records queued *before* it was called, not for an
empty queue (librdkafka's ``flush``): several agents share the producer, and under steady
traffic the queue is rarely empty, so waiting for that held a batch's acks, and with them
the agent, long after its own records were delivered. Every record gets a sequence number;
a flush waits until every number up to the last one queued before it is confirmed.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from confluent_kafka import KafkaError, Message, Producer

from schemas.errors import PublishError

# (token, offset): the offset the record landed at, or None if it was not delivered.
Receipt = tuple[Any, int | None]


class DeliveryListener(Protocol):
    """Wants to know where its records landed."""

    def on_delivered(self, receipts: Sequence[Receipt]) -> None:
        """Called on the event loop's thread with receipts in the order they were reported."""


class TopicOutput:
    """An idempotent (``acks=all``) producer shared by one worker's agents."""

    def __init__(
        self,
        bootstrap: str,
        *,
        client_id: str,
        linger_ms: int = 2,
        on_lost: Callable[[PublishError], None] | None = None,
    ) -> None:
        """``on_lost`` is called when librdkafka gave up on a record (see :meth:`flush`)."""
        self._on_lost = on_lost
        self._producer = Producer(
            {
                "bootstrap.servers": bootstrap,
                "client.id": client_id,
                "enable.idempotence": True,
                # Java clients' and Faust's partitioner, so keyed topics stay co-partitioned
                # whoever writes them (librdkafka's default is CRC32-based).
                "partitioner": "murmur2_random",
                "acks": "all",
                "linger.ms": linger_ms,
                "queue.buffering.max.messages": 200_000,
            }
        )
        self._errors: list[str] = []
        # Delivery callbacks run on whichever thread serves them (flush() runs in a worker
        # thread); a deque is safe to append there and drain on the loop's thread.
        self._receipts: collections.deque[tuple[DeliveryListener, Any, int | None]] = (
            collections.deque()
        )
        # Sequence numbers: ``_queued`` is the last one handed out (loop thread only);
        # ``_confirmed`` is the highest n such that 1..n are all reported, and ``_reported``
        # holds the numbers above it already reported. Guarded by ``_lock``: two flushes may
        # serve delivery reports on two threads at once.
        self._queued = 0
        self._confirmed = 0
        self._reported: set[int] = set()
        self._lock = threading.Lock()

    def send(
        self,
        topic: str,
        key: bytes | None,
        value: bytes | None,
        partition: int | None = None,
        *,
        listener: DeliveryListener | None = None,
        token: Any = None,
    ) -> None:
        """Queue one record (``value=None`` is a tombstone); never blocks the loop for long.

        ``partition`` pins the record (table changelogs); otherwise the key decides. With a
        ``listener``, a later :meth:`flush` hands it ``(token, offset)`` for this record.
        """
        self._queued += 1
        on_delivery = functools.partial(self._on_delivery, self._queued, listener, token)
        while True:
            try:
                if partition is None:
                    self._producer.produce(topic, value, key, on_delivery=on_delivery)
                else:
                    self._producer.produce(topic, value, key, partition, on_delivery=on_delivery)
                break
            except BufferError:
                # Local queue full: serve delivery reports to make room, then retry.
                self._producer.poll(0.01)
        # No poll() per record: it costs ~15 µs here; flush() serves the delivery reports.

    async def flush(self, timeout_s: float = 30.0) -> None:
        """Wait (off the event loop) until every record queued so far is acknowledged.

        Raises :class:`PublishError` if any delivery failed or the wait timed out; the caller
        must then not ack its inputs, so they are redelivered.

        A timeout is retryable: the records are still queued and a later flush may see them
        delivered. A failed delivery is not: librdkafka has dropped the record (it retries
        for ``message.timeout.ms``, 5 min, first), and re-sending it now would put it behind
        later records that downstream stages would then skip as redeliveries. So a failure is
        handed to ``on_lost`` first; the worker exits there, and its unacked inputs are
        redelivered, in order, to the next owner.
        """
        target = self._queued
        if self._confirmed < target:
            await asyncio.to_thread(self._serve_reports_until, target, timeout_s)
        self._settle()
        with self._lock:
            errors, self._errors = self._errors, []
        if errors:
            lost = PublishError(f"{len(errors)} records were not delivered: {errors[0]}")
            if self._on_lost is not None:
                self._on_lost(lost)
            raise lost
        if self._confirmed < target:
            missing = target - self._confirmed
            raise PublishError(f"{missing} records still undelivered after {timeout_s:.0f} s")

    def _serve_reports_until(self, target: int, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while self._confirmed < target and time.monotonic() < deadline:
            self._producer.poll(0.01)

    def close(self, timeout_s: float = 10.0) -> None:
        """Deliver what is queued (bounded by ``timeout_s``)."""
        self._producer.flush(timeout_s)
        self._settle()

    def _settle(self) -> None:
        """Hand the receipts gathered so far to their listeners, one call per listener."""
        by_listener: dict[DeliveryListener, list[Receipt]] = {}
        while self._receipts:
            listener, token, offset = self._receipts.popleft()
            by_listener.setdefault(listener, []).append((token, offset))
        for listener, receipts in by_listener.items():
            listener.on_delivered(receipts)

    def _on_delivery(
        self,
        number: int,
        listener: DeliveryListener | None,
        token: Any,
        err: KafkaError | None,
        msg: Message,
    ) -> Any:
        with self._lock:
            if err is not None:
                self._errors.append(str(err))
            if listener is not None:
                offset = None if err is not None else msg.offset()
                self._receipts.append((listener, token, offset))
            # A failed record counts as reported too: its error fails the flush instead.
            self._reported.add(number)
            while self._confirmed + 1 in self._reported:
                self._confirmed += 1
                self._reported.remove(self._confirmed)
