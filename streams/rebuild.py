"""Notices that Redis lost its data and rebuilds it from the tables: shared by every driver.

:meth:`Rebuilder.check` claims the epoch marker (``sinks.epoch``). If Redis has no marker, or
was restarted since the marker was written, a new epoch begins, and every driver rebuilds the
partitions it owns: opt-out markers first (phase ``optouts``), then every other view (phase
``views``), each with the materializers of ``streams.stages.rebuild``, chunk by chunk through
:meth:`Engine.rebuild_chunk`. Each finished phase is reported to the marker; readers serve
stored rankings again once every partition's opt-out markers are back.

The Faust worker calls :meth:`check` every ``redis_check_ms`` once its tables are recovered;
the in-process driver calls it before its first batch (and tests call it after wiping Redis).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass, field
from typing import get_args

from sinks.epoch import READY, EpochMarker, EpochState
from sinks.writes import RebuildPhase
from streams.engine import Engine
from streams.metrics import Metrics
from streams.stages.rebuild import MATERIALIZERS, Materializer

__all__ = ["CHUNK_KEYS", "Assignment", "RebuildReport", "Rebuilder", "owns_all", "partitions_of"]

log = logging.getLogger(__name__)

CHUNK_KEYS = 1000
"""Table keys per rebuild chunk: the stages' writes wait for at most one chunk (~10-50 ms)."""


@dataclass(frozen=True)
class Assignment:
    """The partitions a driver owns, and a token that changes whenever they move."""

    partitions: frozenset[int]
    generation: Hashable
    single_partition: bool = True
    """Whether the driver owns the one-partition topics and their tables (budgets)."""


@dataclass
class RebuildReport:
    """What one :meth:`Rebuilder.check` did."""

    state: EpochState
    """The marker as the check found (or began) it."""
    phases: dict[str, float] = field(default_factory=dict)
    """Seconds each phase this driver rebuilt took."""
    writes: dict[str, int] = field(default_factory=dict)
    """Keys or entries written, per materializer."""
    final_state: str | None = None
    """The marker's state after this driver's last report (None if it reported nothing)."""


class Rebuilder:
    """Checks the epoch marker and rebuilds what this driver owns when Redis lost it."""

    def __init__(
        self,
        engine: Engine,
        marker: EpochMarker,
        metrics: Metrics,
        *,
        materializers: tuple[Materializer, ...] = MATERIALIZERS,
        chunk_keys: int = CHUNK_KEYS,
        clock_ms: Callable[[], int] = lambda: int(time.time() * 1000),
    ) -> None:
        self._engine = engine
        self._marker = marker
        self._metrics = metrics
        self._materializers = materializers
        self._chunk_keys = chunk_keys
        self._clock_ms = clock_ms

    async def check(self, assignment: Callable[[], Assignment | None]) -> RebuildReport:
        """Claim the marker; rebuild each phase this driver's partitions still lack.

        ``assignment`` says what the driver owns now, or None while its tables are not
        complete (recovering, rebalancing): then nothing is rebuilt, and a phase whose
        assignment moved while it ran is not reported (the next check rebuilds it).
        Raises ``SinkError`` if Redis fails (the caller retries at its next check).
        """
        state = await self._marker.claim(uuid.uuid4().hex, self._clock_ms())
        report = RebuildReport(state)
        if state.claimed:
            self._metrics.redis_losses.labels(reason=state.reason).inc()
            log.warning(
                "Redis lost its data; rebuilding it from the tables",
                extra={"reason": state.reason, "epoch": state.epoch},
            )
        self._metrics.redis_ready.set(state.state == READY)
        for phase in get_args(RebuildPhase):
            owned = assignment()
            if owned is None:
                break
            todo = state.todo(phase, owned.partitions)
            if not todo:
                continue
            self._metrics.redis_rebuilding.set(1)
            try:
                started = time.perf_counter()
                await self._rebuild(phase, report, owned.single_partition)
                report.phases[phase] = time.perf_counter() - started
            finally:
                self._metrics.redis_rebuilding.set(0)
            self._metrics.redis_rebuild_seconds.labels(phase=phase).observe(report.phases[phase])
            if assignment() != owned:
                break  # partitions moved meanwhile: their new owner rebuilds them
            report.final_state = await self._marker.mark(state.epoch, phase, todo, self._clock_ms())
            if report.final_state is None:
                break  # Redis was lost again meanwhile: the next check starts over
            log.info(
                "rebuilt Redis views",
                extra={"phase": phase, "seconds": round(report.phases[phase], 3)},
            )
        self._metrics.redis_ready.set((report.final_state or state.state) == READY)
        return report

    async def _rebuild(
        self, phase: RebuildPhase, report: RebuildReport, single_partition: bool
    ) -> None:
        for materializer in self._materializers:
            if materializer.phase != phase or (
                materializer.single_partition and not single_partition
            ):
                continue
            # The views before this one changed the surface models the rankings read.
            self._engine.forget_models()
            keys = materializer.keys(self._engine.core)
            written = 0
            for start in range(0, len(keys), self._chunk_keys):
                chunk = keys[start : start + self._chunk_keys]
                written += await self._engine.rebuild_chunk(materializer, chunk)
            report.writes[materializer.name] = written
            self._metrics.redis_rebuild_writes.labels(view=materializer.name).inc(written)


def owns_all(partitions: int) -> Callable[[], Assignment]:
    """The assignment of a driver that owns every partition (in-process, replay)."""
    everything = Assignment(frozenset(range(partitions)), 0)
    return lambda: everything


def partitions_of(names: Collection[str], assigned: Collection[tuple[str, int]]) -> frozenset[int]:
    """Partition numbers of ``assigned`` (topic, partition) pairs whose topic is in ``names``."""
    return frozenset(partition for topic, partition in assigned if topic in names)
