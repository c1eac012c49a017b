"""seek_before_resume: recovery positions the stream partitions before Faust resumes them, and
holds them in the client until Faust has resumed, sought and cleared them."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from types import SimpleNamespace
from typing import Any, NamedTuple

import pytest
from faust.tables.recovery import Recovery

from streams.runtime import faust_recovery


class TP(NamedTuple):
    topic: str
    partition: int

    def __str__(self) -> str:
        return f"{self.topic}-{self.partition}"


# Committed offsets as aiokafka reports them: None when the group never committed there.
COMMITTED = {
    TP("interactions", 0): 1043,
    TP("updates", 0): None,
    TP("updates", 1): 0,
    TP("app-changelog", 0): None,
}


ASSIGNED = set(COMMITTED)
STREAMS = "interactions-0 updates-0 updates-1"


class FakeClient:
    """The aiokafka consumer: pause and resume, on its own thread."""

    def __init__(self, log: list[str], assigned: set[TP]) -> None:
        self.log = log
        self.assigned = assigned
        self.resume_error: Exception | None = None

    def assignment(self) -> set[TP]:
        return self.assigned

    def pause(self, *tps: TP) -> None:
        self.log.append("client pauses " + " ".join(sorted(map(_name, tps))))

    def resume(self, *tps: TP) -> None:
        if self.resume_error is not None:
            raise self.resume_error
        self.log.append("client resumes " + " ".join(sorted(map(_name, tps))))


class FakeThread:
    def __init__(self, client: FakeClient) -> None:
        self.client = client

    def _ensure_consumer(self) -> FakeClient:
        return self.client

    async def call_thread(self, fun: Any) -> Any:
        return await fun()


def _name(tp: Any) -> str:
    return f"{tp.topic}-{tp.partition}"


def _recovery(
    log: list[str],
    assignment: set[TP],
    generation: int,
    reset: str,
    client_assignment: set[TP] | None = None,
    seek_error: Exception | None = None,
) -> Any:
    async def perform_seek() -> None:
        log.append("seek to committed")
        if seek_error is not None:
            raise seek_error

    async def seek_to_committed() -> dict[TP, int | None]:
        return COMMITTED

    async def seek(tp: TP, offset: int) -> None:
        log.append(f"seek {tp} to {offset}")

    async def wait(coro: Awaitable[None], timeout: float | None = None) -> None:
        await coro

    client = FakeClient(log, assignment if client_assignment is None else client_assignment)
    consumer = SimpleNamespace(
        assignment=lambda: assignment,
        perform_seek=perform_seek,
        seek_to_committed=seek_to_committed,
        seek=seek,
        stop_flow=lambda: log.append("stop flow"),
        _thread=FakeThread(client),
    )
    app = SimpleNamespace(
        consumer=consumer,
        consumer_generation_id=generation,
        conf=SimpleNamespace(broker_request_timeout=1.0, consumer_auto_offset_reset=reset),
        tables=SimpleNamespace(changelog_topics={"app-changelog"}),
    )
    # faust_then: what Faust's own method does after logging (raise, block), if anything.
    return SimpleNamespace(app=app, _wait=wait, client=client, faust_then=None)


@pytest.fixture
def patched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Faust's own method replaced by one that logs the resume, then patched by us."""
    log: list[str] = []

    async def faust_original(self: Any, generation_id: int = 0) -> None:
        log.append(f"faust resumes (generation {generation_id})")
        if self.faust_then is not None:
            await self.faust_then()

    monkeypatch.setattr(Recovery, "on_recovery_completed", faust_original)
    monkeypatch.setattr(Recovery, faust_recovery._PATCHED, False, raising=False)
    faust_recovery.seek_before_resume()
    faust_recovery.seek_before_resume()  # idempotent: wraps once
    return log


def test_streams_are_sought_before_faust_resumes_them_uncommitted_ones_to_the_start(
    patched: list[str],
) -> None:
    recovery = _recovery(patched, ASSIGNED, generation=3, reset="earliest")
    asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    # A partition without a commit is not moved by "seek to committed"; it must start at 0.
    # Changelogs are recovery's own business and stay where they are.
    # The stream partitions are held in the client (nothing fetched, nothing delivered) from
    # before the seek until Faust has resumed them, sought them once more and cleared the
    # stream queues: records fetched meanwhile were delivered past the seek and lost.
    assert patched == [
        "stop flow",
        f"client pauses {STREAMS}",
        "seek to committed",
        "seek updates-0 to 0",
        "seek updates-1 to 0",
        "faust resumes (generation 3)",
        f"client resumes {STREAMS}",
    ]


def test_latest_reset_is_left_to_the_client(patched: list[str]) -> None:
    recovery = _recovery(patched, ASSIGNED, generation=3, reset="latest")
    asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    assert patched == [
        "stop flow",
        f"client pauses {STREAMS}",
        "seek to committed",
        "faust resumes (generation 3)",
        f"client resumes {STREAMS}",
    ]


def test_partitions_the_client_no_longer_holds_are_left_alone(patched: list[str]) -> None:
    # A rebalance in between replaced the client's assignment (its partitions start unpaused).
    recovery = _recovery(
        patched, ASSIGNED, generation=3, reset="latest", client_assignment={TP("updates", 1)}
    )
    asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    assert patched[1] == "client pauses updates-1"
    assert patched[-1] == "client resumes updates-1"


@pytest.mark.parametrize(("assignment", "generation"), [(set(), 3), (ASSIGNED, 4)])
def test_no_seek_without_partitions_or_after_another_rebalance(
    patched: list[str], assignment: set[TP], generation: int
) -> None:
    # A newer generation means Faust itself returns early: the next recovery seeks.
    recovery = _recovery(patched, assignment, generation=generation, reset="earliest")
    asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    assert patched == ["faust resumes (generation 3)"]


class FaustMethodError(Exception):
    pass


async def _faust_fails() -> None:
    raise FaustMethodError("Faust's on_recovery_completed failed")


def test_held_partitions_are_resumed_when_faust_raises_and_the_error_propagates(
    patched: list[str],
) -> None:
    recovery = _recovery(patched, ASSIGNED, generation=3, reset="latest")
    recovery.faust_then = _faust_fails
    with pytest.raises(FaustMethodError):
        asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    assert patched[-2:] == ["faust resumes (generation 3)", f"client resumes {STREAMS}"]


def test_held_partitions_are_resumed_when_our_seek_raises_and_faust_is_not_called(
    patched: list[str],
) -> None:
    recovery = _recovery(
        patched, ASSIGNED, generation=3, reset="earliest", seek_error=TimeoutError()
    )
    with pytest.raises(TimeoutError):
        asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    # The flow stays stopped: nothing is delivered from the half-done seek.
    assert patched == [
        "stop flow",
        f"client pauses {STREAMS}",
        "seek to committed",
        f"client resumes {STREAMS}",
    ]


def test_a_failing_resume_does_not_hide_the_original_error(patched: list[str]) -> None:
    recovery = _recovery(patched, ASSIGNED, generation=3, reset="latest")
    recovery.faust_then = _faust_fails
    recovery.client.resume_error = RuntimeError("consumer thread gone")
    with pytest.raises(FaustMethodError):
        asyncio.run(Recovery.on_recovery_completed(recovery, 3))


def _cancel_inside_faust(recovery: Any, *, generation_after: int) -> None:
    """Cancel the recovery while Faust's method runs, the app then at ``generation_after``."""

    async def scenario() -> None:
        inside = asyncio.Event()

        async def block() -> None:
            inside.set()
            await asyncio.Event().wait()

        recovery.faust_then = block
        task = asyncio.create_task(Recovery.on_recovery_completed(recovery, 3))
        await inside.wait()
        recovery.app.consumer_generation_id = generation_after
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())


def test_cancelled_by_a_stop_the_held_partitions_are_resumed(patched: list[str]) -> None:
    recovery = _recovery(patched, ASSIGNED, generation=3, reset="latest")
    _cancel_inside_faust(recovery, generation_after=3)
    assert patched[-2:] == ["faust resumes (generation 3)", f"client resumes {STREAMS}"]


def test_cancelled_by_a_rebalance_nothing_is_resumed(patched: list[str]) -> None:
    # Faust's wait cancels us once the new generation's recovery is signalled, without waiting
    # for us: the client's new assignment starts unpaused, and a resume from here could
    # release what the next recovery holds.
    recovery = _recovery(patched, ASSIGNED, generation=3, reset="latest")
    _cancel_inside_faust(recovery, generation_after=4)
    assert patched[-1] == "faust resumes (generation 3)"
    assert not any(line.startswith("client resumes") for line in patched)
