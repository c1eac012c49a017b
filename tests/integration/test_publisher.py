"""The publisher against the real local broker: what is published is what a consumer decodes."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, Message, TopicPartition
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic

from schemas.codec import decode
from schemas.errors import DecodeError, EventValidationError, PublishError
from streams.clients.publisher import Publisher
from tests import factories

pytestmark = pytest.mark.integration


class _Services(Protocol):
    bootstrap: str


def _create_topics(
    bootstrap: str, names: list[str], config: Mapping[str, str] | None = None
) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    futures = admin.create_topics(
        [
            NewTopic(name, num_partitions=2, replication_factor=1, config=dict(config or {}))
            for name in names
        ]
    )
    for future in futures.values():
        future.result(timeout=30)


def _value(message: Message) -> bytes:
    value = message.value()
    assert value is not None
    return value


def _consume(bootstrap: str, topic: str, count: int, timeout_s: float = 30.0) -> list[Message]:
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"{topic}.reader",
            "enable.auto.commit": False,
        }
    )
    try:
        consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(2)])
        messages: list[Message] = []
        deadline = time.monotonic() + timeout_s
        while len(messages) < count and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is None:
                continue
            assert message.error() is None, message.error()
            messages.append(message)
        # Anything beyond `count` would be a record we did not mean to send.
        extra = consumer.poll(1.0)
        assert extra is None, "unexpected extra record"
        return messages
    finally:
        consumer.close()


@pytest.fixture
def publisher(services: _Services, unique_prefix: str) -> Iterator[Publisher]:
    _create_topics(
        services.bootstrap,
        [f"{unique_prefix}{t}" for t in ("interactions", "recommendations", "costs", "consent")],
    )
    with Publisher(services.bootstrap, topic_prefix=unique_prefix, client_id="test") as pub:
        yield pub


@pytest.mark.parametrize(
    ("method", "topic", "factory"),
    [
        ("publish_interaction", "interactions", factories.interaction),
        ("publish_recommendation", "recommendations", factories.recommendation),
        ("publish_cost", "costs", factories.cost),
        ("publish_consent", "consent", factories.consent),
    ],
)
def test_published_events_decode_back(
    publisher: Publisher,
    services: _Services,
    unique_prefix: str,
    method: str,
    topic: str,
    factory: Any,
) -> None:
    records = [factory(), factory(user_id="user-43")]
    for record in records:
        getattr(publisher, method)(record)
    assert publisher.flush(30) == 0

    messages = _consume(services.bootstrap, f"{unique_prefix}{topic}", len(records))
    by_user = {m.key(): decode(_value(m)) for m in messages}
    assert set(by_user) == {b"user-42", b"user-43"}
    for record in records:
        assert by_user[record["user_id"].encode()].record == record


def test_invalid_event_raises_and_sends_nothing(
    publisher: Publisher, services: _Services, unique_prefix: str
) -> None:
    bad = factories.recommendation(items=[factories.ranked_item(propensity="high")])
    with pytest.raises(EventValidationError) as info:
        publisher.publish_recommendation(bad)
    assert info.value.field == "items[0].propensity"
    publisher.publish_recommendation(factories.recommendation())
    assert publisher.flush(30) == 0
    (message,) = _consume(services.bootstrap, f"{unique_prefix}recommendations", 1)
    assert decode(_value(message)).record == factories.recommendation()


def test_produce_raw_sends_bytes_unchanged(
    publisher: Publisher, services: _Services, unique_prefix: str
) -> None:
    topic = f"{unique_prefix}interactions"
    publisher.produce_raw(topic, b"\x00not avro", key=b"k")
    assert publisher.flush(30) == 0
    (message,) = _consume(services.bootstrap, topic, 1)
    assert (message.key(), message.value()) == (b"k", b"\x00not avro")
    with pytest.raises(DecodeError) as info:
        decode(_value(message))
    assert info.value.reason == "undecodable"


def test_delivery_errors_raise_on_flush(services: _Services, unique_prefix: str) -> None:
    topic = f"{unique_prefix}interactions"
    _create_topics(services.bootstrap, [topic], {"max.message.bytes": "1024"})
    big = factories.interaction(context={"blob": "x" * 4096})
    with Publisher(services.bootstrap, topic_prefix=unique_prefix) as publisher:
        publisher.publish_interaction(big)
        with pytest.raises(PublishError, match="1 deliveries failed"):
            publisher.flush(30)
        assert len(publisher.delivery_errors) == 1
        assert "user-42" not in publisher.delivery_errors[0]
        assert publisher.flush(1) == 0  # already reported: not raised twice
