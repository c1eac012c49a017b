"""FlushBuffer: writes reach the sink before any ack, and a failing sink holds the acks."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from processors.errors import SinkError
from streams.batching import FlushBuffer


def test_flush_applies_then_acks_in_order() -> None:
    log: list[str] = []

    async def apply(writes: Sequence[int]) -> int:
        log.append(f"apply {list(writes)}")
        return len(writes)

    def ack(n: int) -> object:
        async def _ack() -> None:
            log.append(f"ack {n}")

        return _ack

    async def scenario() -> int:
        buffer: FlushBuffer[int] = FlushBuffer("t", apply, max_items=2)
        buffer.add([1], ack(1))
        buffer.add([], ack(2))
        assert buffer.full
        return await buffer.flush()

    assert asyncio.run(scenario()) == 2
    assert log == ["apply [1]", "ack 1", "ack 2"]


def test_failed_sink_is_retried_before_any_ack() -> None:
    attempts: list[int] = []
    acked: list[int] = []

    async def apply(writes: Sequence[int]) -> int:
        attempts.append(len(writes))
        if len(attempts) < 3:
            raise SinkError("down")
        return len(writes)

    async def ack() -> None:
        acked.append(len(attempts))

    async def scenario() -> None:
        failures: list[str] = []
        buffer: FlushBuffer[int] = FlushBuffer(
            "t", apply, max_items=10, retry_delay_s=0.001, on_failed=failures.append
        )
        buffer.add([7], ack)
        await buffer.flush()
        assert failures == ["t", "t"]

    asyncio.run(scenario())
    assert attempts == [1, 1, 1]
    assert acked == [3]


def test_empty_flush_is_a_no_op() -> None:
    async def apply(writes: Sequence[int]) -> int:
        raise AssertionError("must not be called")

    buffer: FlushBuffer[int] = FlushBuffer("t", apply, max_items=1)
    assert asyncio.run(buffer.flush()) == 0
