"""seek_before_resume: recovery seeks the stream partitions before Faust resumes them."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from types import SimpleNamespace
from typing import Any

import pytest
from faust.tables.recovery import Recovery

from streams import faust_recovery


def _recovery(log: list[str], assignment: set[str], generation: int) -> Any:
    async def perform_seek() -> None:
        log.append("seek")

    async def wait(coro: Awaitable[None], timeout: float | None = None) -> None:
        await coro

    consumer = SimpleNamespace(assignment=lambda: assignment, perform_seek=perform_seek)
    app = SimpleNamespace(
        consumer=consumer,
        consumer_generation_id=generation,
        conf=SimpleNamespace(broker_request_timeout=1.0),
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


def test_stream_partitions_are_sought_before_faust_resumes_them(patched: list[str]) -> None:
    recovery = _recovery(patched, {"tp"}, generation=3)
    asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    assert patched == ["seek", "faust resumes (generation 3)"]


@pytest.mark.parametrize(("assignment", "generation"), [(set(), 3), ({"tp"}, 4)])
def test_no_seek_without_partitions_or_after_another_rebalance(
    patched: list[str], assignment: set[str], generation: int
) -> None:
    # A newer generation means Faust itself returns early: the next recovery seeks.
    recovery = _recovery(patched, assignment, generation=generation)
    asyncio.run(Recovery.on_recovery_completed(recovery, 3))
    assert patched == ["faust resumes (generation 3)"]
