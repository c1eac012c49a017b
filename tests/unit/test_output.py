"""TopicOutput: flush waits for its own records; a dropped record stops the worker's acks."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from typing import Any, cast

import pytest
from confluent_kafka import KafkaError, Message

from schemas.errors import PublishError
from streams.runtime.output import TopicOutput

# Nothing listens there: these tests never need a broker.
NOWHERE = "127.0.0.1:9"
MakeOutput = Callable[..., TopicOutput]


@pytest.fixture
def make_output() -> Iterator[MakeOutput]:
    """TopicOutputs aimed at NOWHERE, destroyed at the end of the test: a producer left
    trying to connect logs a failure to stderr every second until the interpreter exits."""
    made: list[TopicOutput] = []

    def make(**kwargs: Any) -> TopicOutput:
        output = TopicOutput(NOWHERE, client_id="t", **kwargs)
        made.append(output)
        return output

    yield make
    for output in made:
        output._producer.purge()
        output._producer.poll(0)  # serves the purged records' callbacks, which hold ``output``
    made.clear()
    gc.collect()


def _report(output: TopicOutput, number: int, err: KafkaError | None = None) -> None:
    # What librdkafka calls for record ``number`` (the partial made in ``send``).
    output._on_delivery(number, None, None, err, cast(Message, None))


def test_flush_waits_only_for_records_queued_before_it(make_output: MakeOutput) -> None:
    output = make_output()
    output._queued = 2
    _report(output, 2)  # out of order: record 1 not confirmed yet
    assert output._confirmed == 0
    _report(output, 1)
    assert output._confirmed == 2
    asyncio.run(output.flush())  # nothing outstanding: returns without waiting


def test_a_dropped_record_goes_to_on_lost_and_fails_the_flush(make_output: MakeOutput) -> None:
    lost: list[Any] = []
    output = make_output(on_lost=lost.append)
    output._queued = 1
    _report(output, 1, KafkaError(KafkaError._MSG_TIMED_OUT))
    with pytest.raises(PublishError, match="not delivered"):
        asyncio.run(output.flush())
    assert len(lost) == 1
    asyncio.run(output.flush())  # the error is reported once


def test_a_flush_that_times_out_is_retryable_and_not_lost(make_output: MakeOutput) -> None:
    lost: list[Any] = []
    output = make_output(on_lost=lost.append)
    output.send("t", b"k", b"v")  # the broker is unreachable: never confirmed
    with pytest.raises(PublishError, match="still undelivered"):
        asyncio.run(output.flush(timeout_s=0.05))
    assert lost == []
