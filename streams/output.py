"""Topic output through librdkafka (confluent-kafka), flushed before the inputs are acked.

Faust's own producer costs about 150 µs a record on this machine (Python request building,
one request per one or two records); librdkafka batches in its own thread for a few µs a
record. Agents hand records to :class:`TopicOutput` and ack their input events only after
:meth:`TopicOutput.flush` confirmed delivery, so a committed offset never covers an output the
broker has not acknowledged (at-least-once; downstream stages deduplicate).

A sender that needs to know where a record landed (a table persisting its changelog offset)
passes a :class:`DeliveryListener` and a token; after each flush the listener gets the tokens
with their offsets, on the event loop's thread, in the order librdkafka reported them.
"""

from __future__ import annotations

import asyncio
import collections
import functools
from collections.abc import Sequence
from typing import Any, Protocol

from confluent_kafka import KafkaError, Message, Producer

from processors.errors import PublishError

# (token, offset): the offset the record landed at, or None if it was not delivered.
Receipt = tuple[Any, int | None]


class DeliveryListener(Protocol):
    """Wants to know where its records landed."""

    def on_delivered(self, receipts: Sequence[Receipt]) -> None:
        """Called on the event loop's thread with receipts in the order they were reported."""


class TopicOutput:
    """An idempotent (``acks=all``) producer shared by one worker's agents."""

    def __init__(self, bootstrap: str, *, client_id: str, linger_ms: int = 2) -> None:
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
        on_delivery = (
            self._on_delivery
            if listener is None
            else functools.partial(self._on_tracked_delivery, listener, token)
        )
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
        """Wait (off the event loop) until every queued record is acknowledged.

        Raises :class:`PublishError` if any delivery failed or the wait timed out; the caller
        must then not ack its inputs, so they are redelivered.
        """
        remaining = await asyncio.to_thread(self._producer.flush, timeout_s)
        self._settle()
        if self._errors:
            errors, self._errors = self._errors, []
            raise PublishError(f"{len(errors)} records were not delivered: {errors[0]}")
        if remaining:
            raise PublishError(f"{remaining} records still undelivered after {timeout_s:.0f} s")

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

    def _on_delivery(self, err: KafkaError | None, _msg: Message) -> Any:
        if err is not None:
            self._errors.append(str(err))

    def _on_tracked_delivery(
        self, listener: DeliveryListener, token: Any, err: KafkaError | None, msg: Message
    ) -> Any:
        if err is not None:
            self._errors.append(str(err))
        self._receipts.append((listener, token, None if err is not None else msg.offset()))
