"""The publisher library product services use to put events on our raw topics.

Every record is validated and encoded as an Avro single object (:mod:`schemas.codec`) before it
is handed to an idempotent confluent-kafka producer (``acks=all``), so an invalid event raises
:class:`EventValidationError` in the caller and nothing is sent. Records are keyed by the raw
``user_id``: the broker partitions by key, and the privacy gate re-keys by pseudonym downstream.

Delivery is asynchronous. Failed deliveries are collected by the delivery callback and raised as
one :class:`PublishError` on the next :meth:`Publisher.flush` or :meth:`Publisher.close`; they
stay readable as :attr:`Publisher.delivery_errors`. Nothing here logs payloads or user ids.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Final, Self

from confluent_kafka import KafkaError, KafkaException, Message, Producer

from schemas.codec import encode
from schemas.errors import ConfigError, PublishError

INTERACTIONS: Final = "interactions"
RECOMMENDATIONS: Final = "recommendations"
COSTS: Final = "costs"
CONSENT: Final = "consent"
CATALOG: Final = "catalog"

#: Settings the delivery guarantees depend on; ``extra`` may not change them.
_GUARANTEED: Final[Mapping[str, str]] = {"enable.idempotence": "true", "acks": "all"}
#: How long produce() waits for room in a full local queue before giving up.
_BUFFER_WAIT_S: Final = 5.0
_BUFFER_POLL_S: Final = 0.05


class Publisher:
    """Validates, encodes and publishes events; a context manager that flushes on exit."""

    def __init__(
        self,
        bootstrap: str,
        *,
        topic_prefix: str = "",
        client_id: str = "publisher",
        linger_ms: int = 5,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        config: dict[str, Any] = {
            "bootstrap.servers": bootstrap,
            "client.id": client_id,
            "linger.ms": linger_ms,
            # The partitioner of Java clients and Faust: interactions and consent, keyed by the
            # same raw user id, must land on the same partition number (co-partitioning).
            "partitioner": "murmur2_random",
            **_GUARANTEED,
        }
        for key, value in (extra or {}).items():
            if key in _GUARANTEED and str(value).lower() != _GUARANTEED[key]:
                raise ConfigError(f"publisher setting {key!r} must stay {_GUARANTEED[key]!r}")
            config[key] = value
        self._topic_prefix = topic_prefix
        self._errors: list[str] = []
        self._reported = 0
        try:
            self._producer = Producer(config)
        except KafkaException as exc:
            raise ConfigError(f"invalid producer configuration: {exc}") from exc
        self._closed = False

    @property
    def delivery_errors(self) -> tuple[str, ...]:
        """Every delivery failure so far, oldest first, as topic and error (no payloads)."""
        return tuple(self._errors)

    def topic(self, logical: str) -> str:
        """The full name of a logical topic, with this publisher's prefix."""
        return f"{self._topic_prefix}{logical}"

    def publish_interaction(self, event: Mapping[str, Any]) -> None:
        """Publish an ``Interaction`` to ``interactions``, keyed by its raw user id."""
        self.publish("Interaction", INTERACTIONS, event, _user_key(event))

    def publish_recommendation(self, event: Mapping[str, Any]) -> None:
        """Publish a served ``Recommendation`` to ``recommendations``, keyed by raw user id."""
        self.publish("Recommendation", RECOMMENDATIONS, event, _user_key(event))

    def publish_cost(self, event: Mapping[str, Any]) -> None:
        """Publish a ``Cost`` to ``costs``, keyed by raw user id (the tenant when it has none)."""
        user_id = event.get("user_id")
        key = _user_key(event) if user_id else str(event.get("tenant", "")).encode()
        self.publish("Cost", COSTS, event, key)

    def publish_catalog_item(self, item: Mapping[str, Any]) -> None:
        """Publish a ``CatalogItem`` to ``catalog``, keyed by tenant (an upsert)."""
        self.publish("CatalogItem", CATALOG, item, str(item.get("tenant", "")).encode())

    def publish_consent(self, event: Mapping[str, Any]) -> None:
        """Publish a ``Consent`` change to ``consent``, keyed by raw user id."""
        self.publish("Consent", CONSENT, event, _user_key(event))

    def publish(
        self, schema_name: str, topic: str, record: Mapping[str, Any], key: bytes | None
    ) -> None:
        """Validate and encode ``record`` with ``schema_name``, then send it to the logical
        ``topic`` (prefixed). Raises :class:`EventValidationError` and sends nothing if the
        record is invalid."""
        value = encode(schema_name, record)
        self._produce(self.topic(topic), value, key)

    def produce_raw(self, topic: str, value: bytes, key: bytes | None = None) -> None:
        """Send bytes as they are to the full topic name ``topic`` (no prefix, no checks).

        For tests and tools that need malformed input on a topic.
        """
        self._produce(topic, value, key)

    def flush(self, timeout_s: float = 30.0) -> int:
        """Wait up to ``timeout_s`` for outstanding deliveries; return how many remain.

        Raises :class:`PublishError` if deliveries failed since the last raise.
        """
        remaining = int(self._producer.flush(timeout_s))
        self._raise_delivery_errors()
        return remaining

    def close(self, timeout_s: float = 30.0) -> None:
        """Flush and stop accepting records. Raises :class:`PublishError` if records failed or
        could not be delivered within ``timeout_s``."""
        if self._closed:
            return
        self._closed = True
        remaining = int(self._producer.flush(timeout_s))
        if remaining:
            self._errors.append(f"{remaining} records not delivered within {timeout_s}s")
        self._raise_delivery_errors()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _produce(self, topic: str, value: bytes, key: bytes | None) -> None:
        if self._closed:
            raise PublishError("publisher is closed")
        deadline = time.monotonic() + _BUFFER_WAIT_S
        while True:
            try:
                self._producer.produce(topic, value=value, key=key, on_delivery=self._on_delivery)
                break
            except BufferError:
                # The local queue is full: serve delivery reports to make room, then retry.
                if time.monotonic() >= deadline:
                    raise PublishError(
                        f"local producer queue still full after {_BUFFER_WAIT_S}s"
                    ) from None
                self._producer.poll(_BUFFER_POLL_S)
            except KafkaException as exc:
                raise PublishError(f"cannot produce to {topic}: {exc}") from exc
        # Serve delivery callbacks of earlier records without blocking.
        self._producer.poll(0)

    def _on_delivery(self, err: KafkaError | None, msg: Message) -> None:
        if err is not None:
            self._errors.append(f"{msg.topic()}: {err.str()}")

    def _raise_delivery_errors(self) -> None:
        new = self._errors[self._reported :]
        if not new:
            return
        self._reported = len(self._errors)
        raise PublishError(f"{len(new)} deliveries failed: {'; '.join(new[:5])}")


def _user_key(event: Mapping[str, Any]) -> bytes | None:
    """The raw user id as the record key (the broker partitions by it)."""
    user_id = event.get("user_id")
    return user_id.encode("utf-8") if isinstance(user_id, str) else None
