"""FlushBuffer: writes reach the sink before any ack, and a failing sink holds the acks."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from schemas.errors import SinkError
from streams.runtime.batching import FlushBuffer
from streams.runtime.retry import SinkRetry


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
        retry = SinkRetry(delay_s=0.001, on_failed=failures.append)
        buffer: FlushBuffer[int] = FlushBuffer("t", apply, max_items=10, retry=retry)
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


def test_background_batches_apply_and_ack_in_order_while_the_agent_continues() -> None:
    log: list[str] = []
    release = asyncio.Event()

    async def apply(writes: Sequence[int]) -> int:
        log.append(f"apply {list(writes)}")
        if writes == [1, 2]:
            await release.wait()  # the first batch is slow (Redis busy)
        return len(writes)

    def ack(n: int) -> object:
        async def _ack() -> None:
            log.append(f"ack {n}")

        return _ack

    async def scenario() -> None:
        buffer: FlushBuffer[int] = FlushBuffer("t", apply, max_items=2)
        buffer.add([1], ack(1))
        buffer.add([2], ack(2))
        await buffer.flush_if_full()  # returns at once: the batch is applied in the background
        assert len(buffer) == 0
        buffer.add([3], ack(3))  # the agent goes on while batch 1 waits
        timer_flush = asyncio.ensure_future(buffer.flush())  # the timer takes batch 2
        await asyncio.sleep(0.01)
        assert log == ["apply [1, 2]"]  # batch 2 waits for batch 1, even though started apart
        release.set()
        assert await timer_flush == 1

    asyncio.run(scenario())
    assert log == ["apply [1, 2]", "ack 1", "ack 2", "apply [3]", "ack 3"]


def test_a_full_buffer_waits_for_the_batch_in_flight() -> None:
    release = asyncio.Event()
    applied: list[list[int]] = []

    async def apply(writes: Sequence[int]) -> int:
        applied.append(list(writes))
        await release.wait()
        return len(writes)

    async def ack() -> None:
        return None

    async def scenario() -> None:
        buffer: FlushBuffer[int] = FlushBuffer("t", apply, max_items=1)
        buffer.add([1], ack)
        await buffer.flush_if_full()
        buffer.add([2], ack)
        second = asyncio.ensure_future(buffer.flush_if_full())
        await asyncio.sleep(0.01)
        assert not second.done()  # at most one batch in flight: the agent is held back
        assert len(buffer) == 1
        release.set()
        await second
        await buffer.flush()

    asyncio.run(scenario())
    assert applied == [[1], [2]]


def test_an_unexpected_error_in_a_background_batch_reaches_the_agent() -> None:
    async def apply(writes: Sequence[int]) -> int:
        raise ValueError("bug in a sink")

    async def ack() -> None:
        raise AssertionError("must not ack")

    async def scenario() -> None:
        buffer: FlushBuffer[int] = FlushBuffer("t", apply, max_items=1)
        buffer.add([1], ack)
        await buffer.flush_if_full()
        buffer.add([2], ack)
        await buffer.flush_if_full()

    with pytest.raises(ValueError, match="bug in a sink"):
        asyncio.run(scenario())


def test_a_forced_flush_applies_an_empty_batch_in_order() -> None:
    applied: list[list[int]] = []

    async def apply(writes: Sequence[int]) -> int:
        applied.append(list(writes))
        return 0

    async def scenario() -> int:
        buffer: FlushBuffer[int] = FlushBuffer("t", apply, max_items=10)
        assert await buffer.flush() == 0  # nothing buffered: apply is not called
        return await buffer.flush(force=True)

    assert asyncio.run(scenario()) == 0
    assert applied == [[]]


def test_flush_every_waits_its_interval_after_each_flush_and_never_overlaps() -> None:
    from streams.runtime.batching import flush_every

    running = 0
    overlaps = 0
    starts: list[float] = []
    ends: list[float] = []

    async def slow_flush() -> None:
        nonlocal running, overlaps
        running += 1
        overlaps += running > 1
        starts.append(asyncio.get_running_loop().time())
        await asyncio.sleep(0.03)  # a flush three times longer than the interval
        ends.append(asyncio.get_running_loop().time())
        running -= 1

    async def scenario() -> None:
        task = asyncio.ensure_future(flush_every(0.01, slow_flush)())
        while len(ends) < 4:
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert overlaps == 0
    # Each flush starts at least one interval after the previous one ended.
    assert all(start - end >= 0.009 for end, start in zip(ends, starts[1:], strict=False))
