"""The async half every driver shares: it carries out what the stages return.

A driver (the Faust worker, replay, the in-process driver) calls a stage, hands the
:class:`~streams.stages.Effects` to :meth:`Engine.emit`, buffers the writes it returns, and
calls :meth:`Engine.apply_gate_writes` (or :meth:`Engine.apply_writes`) before it acks the
batch. So the order "topic records queued, Redis written, outputs confirmed, then ack" is
written once, here, and every driver keeps it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Protocol

from processors.budget_caps import CapBook, CapOverrides
from sinks.budgets import read_cap_overrides
from sinks.item_features import ItemFeatureCache
from sinks.redis_writer import RedisWriter
from sinks.surface_models import SurfaceModels
from sinks.writes import RedisWrite
from streams.metrics import Metrics
from streams.stages import Core, Effects, expire_served
from streams.stages.profiles import Touched
from streams.stages.rebuild import Materializer

__all__ = ["BufferedWrite", "Engine", "Output", "WriteOrder"]

BufferedWrite = RedisWrite | Touched
"""What waits in a driver's flush buffer: a Redis write, or a user to re-rank."""


class Output(Protocol):
    """Where topic records go: librdkafka in the worker, lists in the in-process driver."""

    def send(
        self, topic: str, key: bytes | None, value: bytes | None, partition: int | None = None
    ) -> None:
        """Queue one record for ``topic`` (the full, prefixed name)."""

    async def flush(self) -> None:
        """Return once every record queued before the call is durable."""


class WriteOrder:
    """Orders a driver's Redis writes around rebuild chunks: shared for the stages' writes
    (any number at once), exclusive for a rebuild chunk (nothing else in flight).

    A rebuild chunk reads table values and writes them. Writes that are not versioned (opt-out
    markers, erasures, profile summaries) would go wrong if a stage's write of the same key
    overtook the chunk's on another connection: a marker deleted by an opt-in, then re-created
    from the value read just before. With the chunk exclusive, a stage's table change either
    precedes the chunk's read (and the chunk writes the new value) or its Redis write follows
    the chunk's. That needs a writer to take what it writes inside its shared turn: a value
    taken before the turn (a profile write-back, which the summaries are made of) could be
    older than what the chunk reads and writes meanwhile, and would replace it. A waiting
    chunk holds new shared writers back, so it cannot starve.
    """

    def __init__(self) -> None:
        self._gate = asyncio.Lock()
        self._shared = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @asynccontextmanager
    async def shared(self) -> AsyncIterator[None]:
        """Hold while a stage's writes are in flight."""
        async with self._gate:
            self._shared += 1
            self._idle.clear()
        try:
            yield
        finally:
            self._shared -= 1
            if self._shared == 0:
                self._idle.set()

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Hold while a rebuild chunk reads the tables and writes Redis."""
        async with self._gate:
            await self._idle.wait()
            yield


class Engine:
    """Carries out stage effects for one driver, in the order that keeps them exact."""

    def __init__(
        self,
        core: Core,
        *,
        topic: Callable[[str], str],
        output: Output,
        redis: RedisWriter,
        models: SurfaceModels,
        features: ItemFeatureCache,
        metrics: Metrics,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.core = core
        self.output = output
        self.redis = redis
        self.metrics = metrics
        self._topic = topic
        self._models = models
        self._features = features
        self._monotonic = monotonic
        self._topic_names: dict[str, str] = {}
        self._order = WriteOrder()

    def emit(self, effects: Effects) -> list[BufferedWrite]:
        """Queue the effects' topic records and count their metrics; return what to buffer."""
        send = self.output.send
        sent: dict[str, int] = {}
        for record in effects.topic_records():
            name = self._topic_names.get(record.topic)
            if name is None:
                name = self._topic_names[record.topic] = self._topic(record.topic)
            send(name, record.key, record.value, record.partition)
            sent[name] = sent.get(name, 0) + 1
        for name, count in sent.items():
            self.metrics.count_topic("events_out", name, count)
        if effects.counts:
            self.metrics.add_counts(effects.counts)
        if effects.observations:
            self.metrics.observe_all(effects.observations)
        if effects.gauges:
            self.metrics.set_gauges(effects.gauges)
        return [*effects.redis, *effects.touched]

    async def apply_now(self, effects: Effects) -> None:
        """Carry out ``effects`` completely before returning (consent, catalog: rare, ordered)."""
        await self.apply_writes(self.emit(effects))

    async def apply_writes(self, writes: Sequence[BufferedWrite]) -> int:
        """Write ``writes`` to Redis, then confirm every queued topic and changelog record."""
        async with self._order.shared():
            written = await self.redis.write([w for w in writes if not isinstance(w, Touched)])
        await self.output.flush()
        return written

    async def apply_gate_writes(self, writes: Sequence[BufferedWrite]) -> int:
        """The gate's flush: persist learned state, write counts, rank touched users, confirm.

        The table write-backs run once this flush holds its shared turn, before its first
        await after that: changes made by events that arrive while this flush writes belong
        to the next one. Not before the turn: a rebuild chunk that runs first reads the
        profiles as they are then, changes not yet written back included, and this flush's
        summaries, if taken from an older write-back, would replace the chunk's newer ones.
        """
        core = self.core
        touched = [w for w in writes if isinstance(w, Touched)]
        async with self._order.shared():
            core.event_ids.write_back()
            core.tables.served.write_back()
            core.tables.bandit.write_back()
            changed = core.tables.profiles.write_back()
            # Counts first: a ranking built in this flush may then already see them.
            written = await self.redis.write([w for w in writes if not isinstance(w, Touched)])
            plan = core.learner.plan(touched, self._monotonic())
            models = {s: await self._models.get(*s) for s in sorted(plan.surfaces)}
            written += await self.redis.write(core.learner.rank(plan, changed, models))
        await self._features.refresh()
        await self.output.flush()
        return written

    async def rebuild_chunk(self, materializer: Materializer, keys: Sequence[bytes]) -> int:
        """Write one chunk of a view Redis lost, from the tables' current values, while no
        other Redis write of this driver is in flight (:class:`WriteOrder`); returns how many
        keys or entries were written. Users to rank are ranked with the models Redis holds."""
        async with self._order.exclusive():
            rebuilt = materializer.writes(self.core, keys)
            touched = [w for w in rebuilt if isinstance(w, Touched)]
            written = await self.redis.write([w for w in rebuilt if not isinstance(w, Touched)])
            if touched:
                surfaces = sorted({(t.tenant, t.surface) for t in touched})
                models = {s: await self._models.get(*s) for s in surfaces}
                written += await self.redis.write(self.core.learner.rerank(touched, models))
        return written

    def forget_models(self) -> None:
        """Reload surface models from Redis at their next use (their views were rebuilt)."""
        self._models.forget()

    async def apply_cost_writes(self, writes: Sequence[BufferedWrite]) -> int:
        """The costs stages' flush: store the cost dedupe windows, write Redis (counters and
        reconciled reservations), refresh the caps, then confirm every queued record."""
        self.core.cost_ids.write_back()
        written = await self.redis.write([w for w in writes if not isinstance(w, Touched)])
        await self.refresh_caps()
        await self.output.flush()
        return written

    async def refresh_caps(self) -> None:
        """Read the caps in force from Redis into the core (admin commands change them)."""
        overrides = await read_cap_overrides(self.redis.client, self.redis.keys)
        self.core.caps = CapBook(self.core.config.budget.defaults, CapOverrides(overrides))

    @property
    def retry_due(self) -> bool:
        """Whether a flush with nothing buffered would still rank deferred users."""
        return self.core.learner.retry_due(self._monotonic())

    def expire_served(self) -> None:
        """Run the attribution join's expiry (its table tombstones ride the next flush)."""
        self.emit(expire_served(self.core))
