"""Reading whole topics back in tests, and waiting for conditions with a deadline."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from confluent_kafka import OFFSET_BEGINNING, Consumer, Message, TopicPartition

from streams.settings import Settings
from streams.tools.kafka_tools import group_lag

T = TypeVar("T")


def read_topic(
    bootstrap: str, topic: str, *, at_least: int = 0, timeout_s: float = 30.0
) -> list[Message]:
    """Every committed record of ``topic`` from the beginning (waits for ``at_least`` records)."""
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": f"reader-{topic}-{time.monotonic_ns()}",
            "enable.auto.commit": False,
            "isolation.level": "read_committed",
        }
    )
    try:
        metadata = consumer.list_topics(topic, timeout=10)
        partitions = list(metadata.topics[topic].partitions)
        consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in partitions])
        messages: list[Message] = []
        deadline = time.monotonic() + timeout_s
        quiet_since = time.monotonic()
        while time.monotonic() < deadline:
            message = consumer.poll(0.2)
            if message is None:
                if len(messages) >= at_least and time.monotonic() - quiet_since > 1.0:
                    break
                continue
            if message.error():
                continue
            messages.append(message)
            quiet_since = time.monotonic()
        return messages
    finally:
        consumer.close()


def wait_for(check: Callable[[], T | None], timeout_s: float, what: str | Callable[[], str]) -> T:
    """Poll ``check`` until it returns something truthy; fail the test with ``what`` otherwise.

    ``what`` may be a function: it is called at the timeout, so the message shows the state
    then (an f-string argument would show the state when the wait began).
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    described = what() if callable(what) else what
    raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {described}")


def wait_until_consumed(settings: Settings, topics: Sequence[str], timeout_s: float) -> None:
    """Wait until the worker group has committed every record of ``topics`` (names without
    the settings' prefix): from then on it applies nothing more from them."""
    names = [settings.topic(name) for name in topics]
    wait_for(
        lambda: group_lag(settings.kafka_bootstrap, settings.app_id, names) == 0,
        timeout_s,
        lambda: (
            f"{settings.app_id} to commit all of {names} "
            f"(lag {group_lag(settings.kafka_bootstrap, settings.app_id, names)} at the timeout)"
        ),
    )
