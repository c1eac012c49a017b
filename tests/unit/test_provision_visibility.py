"""Provisioning waits until the broker serves a just-created topic, then reports no drift.

KRaft brokers learn of a topic from the metadata log a moment after the controller has
committed it; until then they answer UNKNOWN_TOPIC_OR_PART. A fake admin client plays that
moment back, so the test needs no broker.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import pytest
from confluent_kafka import KafkaError, KafkaException

from infra import provision as provisioning
from infra.provision import load_spec, provision


@dataclass
class _Partition:
    leader: int = 1
    error: Any = None
    replicas: list[int] = field(default_factory=lambda: [1])


@dataclass
class _Topic:
    partitions: dict[int, _Partition]
    error: Any = None


@dataclass
class _Listing:
    topics: dict[str, _Topic]


def _done(value: Any = None, error: KafkaError | None = None) -> Future[Any]:
    future: Future[Any] = Future()
    if error is None:
        future.set_result(value)
    else:
        future.set_exception(KafkaException(error))
    return future


class _LaggingAdmin:
    """A broker that lists topics only after ``lag`` more listings, and describes them only
    after ``describe_lag`` more describe requests."""

    def __init__(self, lag: int, describe_lag: int = 0) -> None:
        self.lag = lag
        self.describe_lag = describe_lag
        self.configs: dict[str, dict[str, str]] = {}
        self.partitions: dict[str, int] = {}
        self.describes = 0

    def list_topics(self, timeout: float) -> _Listing:
        self.lag -= 1
        if self.lag >= 0:
            return _Listing({})
        return _Listing(
            {n: _Topic({p: _Partition() for p in range(c)}) for n, c in self.partitions.items()}
        )

    def create_topics(self, new_topics: list[Any], **_: Any) -> dict[str, Future[Any]]:
        futures = {}
        for topic in new_topics:
            if topic.topic in self.partitions:  # as the controller answers
                futures[topic.topic] = _done(error=KafkaError(KafkaError.TOPIC_ALREADY_EXISTS))
                continue
            self.partitions[topic.topic] = topic.num_partitions
            self.configs[topic.topic] = dict(topic.config)
            futures[topic.topic] = _done()
        return futures

    def describe_configs(self, resources: list[Any], **_: Any) -> dict[Any, Future[Any]]:
        self.describes += 1
        self.describe_lag -= 1
        served = self.describe_lag < 0
        unknown = KafkaError(KafkaError.UNKNOWN_TOPIC_OR_PART)
        return {
            r: _done({k: _Entry(v) for k, v in self.configs[r.name].items()})
            if served
            else _done(error=unknown)
            for r in resources
        }


@dataclass
class _Entry:
    value: str


def _use(monkeypatch: pytest.MonkeyPatch, admin: _LaggingAdmin) -> None:
    import confluent_kafka.admin

    monkeypatch.setattr(confluent_kafka.admin, "AdminClient", lambda _config: admin)
    monkeypatch.setattr(provisioning, "_POLL_S", 0.0)


def test_a_just_created_topic_is_waited_for_and_is_no_drift(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = _LaggingAdmin(lag=0)
    _use(monkeypatch, admin)
    specs = load_spec()
    first = provision("fake:9092", specs, prefix="p.")
    assert len(first.created) == len(specs)
    # The next run: the broker lags behind the controller for a few requests (it lists no
    # topics, creating them is refused as they exist, describing them says unknown): the run
    # must wait, then find every topic unchanged, not report them as errors or drift.
    admin.lag, admin.describe_lag = 3, 2
    again = provision("fake:9092", specs, prefix="p.")
    assert again.created == ()
    assert again.drifted == ()
    assert len(again.unchanged) == len(specs)
    assert admin.describes == 3  # asked again after each UNKNOWN_TOPIC_OR_PART


def test_a_topic_never_served_is_one_plain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    admin = _LaggingAdmin(lag=10**9)
    _use(monkeypatch, admin)
    monkeypatch.setattr(provisioning, "TIMEOUT_S", 0.05)
    with pytest.raises(provisioning.InfraError, match=r"did not serve topic p\.interactions"):
        provision("fake:9092", load_spec(), prefix="p.")
