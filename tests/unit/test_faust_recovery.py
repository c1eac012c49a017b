"""seek_before_resume: recovery positions the stream partitions before Faust resumes them."""

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


def _recovery(log: list[str], assignment: set[str], generation: int, reset: str) -> Any:
    async def perform_seek() -> None:
        log.append("seek to committed")

    async def seek_to_committed() -> dict[TP, int | None]:
        return COMMITTED

    async def seek(tp: TP, offset: int) -> None:
        log.append(f"seek {tp} to {offset}")

    async def wait(coro: Awaitable[None], timeout: float | None = None) -> None:
        await coro

    consumer = SimpleNamespace(
        assignment=lambda: assignment,
        perform_seek=perform_seek,
        seek_to_committed=seek_to_committed,
        seek=seek,
    )
    app = SimpleNamespace(
        consumer=consumer,
        consumer_generation_id=generation,
        conf=SimpleNamespace(broker_request_timeout=1.0, consumer_auto_offset_reset=reset),
        tables=SimpleNamespace(changelog_topics={"app-changelog"}),
    )
    return SimpleNamespace(app=app, _wait=wait)


@pytest.fixture
def patched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Faust's own method replaced by one that logs the resume, then patched by us."""
    log: list[str] = []

    async def faust_original(self: Any, generation_id: int = 0) -> None:
        log.append(f"faust resumes (generation {generation_id})")

    monkeypatch.setattr(Recovery, "on_recovery_completed", faust_original)
    monkeypatch.setattr(Recovery, faust_recovery._PATCHED, False, raising=False)
    faust_recovery.seek_before_resume()
    faust_recovery.seek_before_resume()  # idempotent: wraps once
    return log


def test_streams_are_sought_before_faust_resumes_them_uncommitted_ones_to_the_start(
    patched: list[str],
) -> None:
    recovery = _recovery(patched, {"tp"}, generation=3, reset="earliest")
    asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    # A partition without a commit is not moved by "seek to committed"; it must start at 0.
    # Changelogs are recovery's own business and stay where they are.
    assert patched == [
        "seek to committed",
        "seek updates-0 to 0",
        "seek updates-1 to 0",
        "faust resumes (generation 3)",
    ]


def test_latest_reset_is_left_to_the_client(patched: list[str]) -> None:
    recovery = _recovery(patched, {"tp"}, generation=3, reset="latest")
    asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    assert patched == ["seek to committed", "faust resumes (generation 3)"]


@pytest.mark.parametrize(("assignment", "generation"), [(set(), 3), ({"tp"}, 4)])
def test_no_seek_without_partitions_or_after_another_rebalance(
    patched: list[str], assignment: set[str], generation: int
) -> None:
    # A newer generation means Faust itself returns early: the next recovery seeks.
    recovery = _recovery(patched, assignment, generation=generation, reset="earliest")
    asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    assert patched == ["faust resumes (generation 3)"]
