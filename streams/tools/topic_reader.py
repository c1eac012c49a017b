"""Reading a whole topic from its start, for the CLI's ``tail`` and ``verify`` commands.

No consumer group: partitions are assigned, nothing is committed, so reading leaves nothing
behind on the broker.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaException, TopicPartition

from schemas.errors import InfraError

__all__ = ["TopicEntry", "read_topic_entries"]


@dataclass(frozen=True, slots=True)
class TopicEntry:
    """One record: where it is, and its value."""

    partition: int
    offset: int
    value: bytes | None


def read_topic_entries(
    bootstrap: str,
    topic: str,
    *,
    follow: bool = False,
    stop: Callable[[], bool] = lambda: False,
    timeout_s: float = 10.0,
) -> Iterator[TopicEntry]:
    """Every record of ``topic`` in partition order up to its end, then (``follow``) new ones.

    Raises :class:`InfraError` if the broker cannot be reached or the topic does not exist.
    """
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": "personalize-cli-reader",  # required by librdkafka; never joined
            "enable.auto.commit": False,
            "isolation.level": "read_committed",
        }
    )
    try:
        ends = _assign_from_start(consumer, topic, timeout_s)
        remaining = {p for p, end in ends.items() if end > 0}
        while (remaining or follow) and not stop():
            message = consumer.poll(0.2)
            if message is None or message.error() is not None:
                continue
            partition, offset = message.partition() or 0, message.offset() or 0
            yield TopicEntry(partition, offset, message.value())
            if offset >= ends.get(partition, 0) - 1:
                remaining.discard(partition)
    finally:
        consumer.close()


def _assign_from_start(consumer: Consumer, topic: str, timeout_s: float) -> dict[int, int]:
    try:
        metadata = consumer.list_topics(topic, timeout=timeout_s)
    except KafkaException as exc:
        raise InfraError(f"cannot reach Kafka to read {topic}: {exc}") from exc
    found = metadata.topics.get(topic)
    if found is None or found.error is not None or not found.partitions:
        raise InfraError(f"topic {topic} does not exist; run 'personalize provision'")
    ends: dict[int, int] = {}
    deadline = time.monotonic() + timeout_s
    for partition in sorted(found.partitions):
        try:
            _low, high = consumer.get_watermark_offsets(
                TopicPartition(topic, partition), timeout=max(0.1, deadline - time.monotonic())
            )
        except KafkaException as exc:
            raise InfraError(f"cannot read the end of {topic}: {exc}") from exc
        ends[partition] = high
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in ends])
    return ends
