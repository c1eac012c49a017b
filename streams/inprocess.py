"""The in-process driver: feed records, get the outputs and the final state, with no broker.

In the spirit of quixstreams' ``StreamingDataFrame.test``: the same stages and the same
:class:`~streams.engine.Engine` as the Faust worker, over in-memory tables and an in-memory
output, and any async Redis client (``fakeredis`` in the unit tests, a real Redis where the
caller wants one). Records are partitioned as the publisher partitions them (murmur2 of the
key, as Kafka's Java clients and ``Publisher`` do) and numbered like a topic's offsets, so
the state equals what the worker would build from the same records.

Internal topics are routed as the broker would: ``popularity.updates`` records produced by
the gate are fed to the popularity stage, ``costs.clean`` records to the budget ledger,
``control.signals`` to the signals stage (rollouts, experiments) and ``audit.pending`` to the
audit stage, at the end of the same :meth:`InProcessPipeline.feed`.

:meth:`InProcessPipeline.check_redis` is the worker's Redis check (``streams.rebuild``): it
claims the epoch marker and, if Redis lost its data, rebuilds it from the in-memory tables.
The driver owns every partition. It is not called implicitly, so replays into a sandbox leave
no marker behind; whoever serves readers from this driver's Redis calls it first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from prometheus_client import CollectorRegistry
from redis.asyncio import Redis

from infra.topic_spec import one_partition_topics
from processors.deadletter import SourceRef
from processors.pseudonym import Pseudonymizer
from sinks.epoch import EpochMarker
from sinks.item_features import ItemFeatureCache
from sinks.keys import KeyLayout
from sinks.redis_writer import RedisWriter
from sinks.surface_models import SurfaceModels
from streams.engine import BufferedWrite, Engine
from streams.metrics import Metrics
from streams.rebuild import Rebuilder, RebuildReport, owns_all
from streams.settings import Settings
from streams.stages import (
    Core,
    RawRecord,
    StageConfig,
    StageTables,
    process_catalog,
    process_clean_costs,
    process_clean_events,
    process_clean_served,
    process_consent,
    process_costs,
    process_interactions,
    process_popularity_updates,
    process_recommendations,
)
from streams.stages.audit import process_audit_pending
from streams.stages.control import process_control
from streams.stages.experiments import process_signals
from streams.stages.state import MemoryTable
from streams.wiring import redis_writer_config, stage_config

__all__ = ["InProcessPipeline", "MemoryOutput", "OutRecord", "kafka_partition"]

_BUFFERED = {
    "interactions": process_interactions,
    "recommendations": process_recommendations,
    "popularity.updates": process_popularity_updates,
    "costs": process_costs,
    "costs.clean": process_clean_costs,
    # Replay: the learning stages alone, over the clean topics.
    "events.clean": process_clean_events,
    "served.clean": process_clean_served,
}
_IMMEDIATE = {
    "consent": process_consent,
    "catalog": process_catalog,
    "control": process_control,
    "audit.pending": process_audit_pending,
    "control.signals": process_signals,
}
# In the order the broker would deliver a chain of them: costs.clean before the health
# samples its ledger emits, and audit entries after every stage that writes them.
_INTERNAL = ("popularity.updates", "costs.clean", "control.signals", "audit.pending")
_COST_TOPICS = ("costs", "costs.clean")


def kafka_partition(key: bytes, partitions: int) -> int:
    """The partition Kafka's default (murmur2) partitioner picks for ``key``."""
    seed, m = 0x9747B28C, 0x5BD1E995
    mask = 0xFFFFFFFF
    length = len(key)
    h = (seed ^ length) & mask
    body = length - length % 4
    for i in range(0, body, 4):
        k = int.from_bytes(key[i : i + 4], "little")
        k = (k * m) & mask
        k ^= k >> 24
        k = (k * m) & mask
        h = ((h * m) & mask) ^ k
    tail = length % 4
    if tail == 3:
        h ^= key[body + 2] << 16
    if tail >= 2:
        h ^= key[body + 1] << 8
    if tail >= 1:
        h ^= key[body]
        h = (h * m) & mask
    h ^= h >> 13
    h = (h * m) & mask
    h ^= h >> 15
    return (h & 0x7FFFFFFF) % partitions


@dataclass(frozen=True, slots=True)
class OutRecord:
    """A record the pipeline produced, as a consumer of its topic would read it."""

    key: bytes | None
    value: bytes | None
    partition: int | None


class MemoryOutput:
    """Topic records kept in lists, per full topic name; every flush is immediate."""

    def __init__(self) -> None:
        self.topics: dict[str, list[OutRecord]] = defaultdict(list)

    def send(
        self, topic: str, key: bytes | None, value: bytes | None, partition: int | None = None
    ) -> None:
        self.topics[topic].append(OutRecord(key, value, partition))

    async def flush(self) -> None:
        return None


class InProcessPipeline:
    """The whole pipeline in one process: same stages, same engine, no broker."""

    def __init__(
        self,
        settings: Settings,
        redis: Redis,
        *,
        now_ms: Callable[[], int],
        monotonic: Callable[[], float] | None = None,
        tables: dict[str, MemoryTable] | None = None,
        config: StageConfig | None = None,
        keep_history: bool = True,
    ) -> None:
        """``now_ms`` is the wall clock the gate checks event times against (inject a fixed
        one for exact tests); ``tables`` are another pipeline's, to continue from its state
        as a restarted worker would; ``config`` replaces the stage configuration the
        settings give (replay's candidate policy).

        ``monotonic`` paces what the worker paces by the clock (retries of deferred rankings,
        re-estimates of theta). By default it is :attr:`flush_clock`: one second per flush, so
        the same records in the same batches give the same state, whatever the machine's speed.

        ``keep_history`` keeps every record consumed and produced and every table write, for
        tests to inspect. Replay turns it off: a backfill's memory then stays bounded by its
        state, and that state stays decoded (it is never read back from a changelog).
        """
        self.settings = settings
        self.output = MemoryOutput()
        self.tables: dict[str, MemoryTable] = defaultdict(
            lambda: MemoryTable(record_changelog=keep_history), tables or {}
        )
        self._keep_history = keep_history
        self.metrics = Metrics.create(CollectorRegistry())
        keys = KeyLayout(settings.redis_prefix)
        config = config or stage_config(settings)
        self._flushes = 0
        clock = monotonic or self.flush_clock
        self._features = ItemFeatureCache(redis, keys, refresh_s=0.0)
        self.core = Core.create(
            config,
            StageTables.over(lambda name: self.tables[name], persist=keep_history),
            Pseudonymizer(settings.pseudonym_secret.reveal().encode("utf-8")),
            self._features.lookup,
        )
        models = SurfaceModels(
            redis,
            keys,
            positions=config.positions,
            refresh_s=0.0,
            fallback_theta=config.theta,
            clock=clock,
        )
        self.engine = Engine(
            self.core,
            topic=settings.topic,
            output=self.output,
            redis=RedisWriter(redis, keys, redis_writer_config(settings)),
            models=models,
            features=self._features,
            metrics=self.metrics,
            monotonic=clock,
        )
        self.rebuilder = Rebuilder(
            self.engine,
            EpochMarker(redis, keys, partitions=settings.partitions),
            self.metrics,
            clock_ms=now_ms,
        )
        self._now_ms = now_ms
        self._next_offset: dict[tuple[str, int], int] = defaultdict(int)
        self._routed: dict[str, int] = defaultdict(int)
        #: Every record consumed, by logical topic, with its source (to redeliver it).
        self.consumed: dict[str, list[RawRecord]] = defaultdict(list)

    async def feed(self, topic: str, records: Iterable[tuple[bytes | None, bytes | None]]) -> None:
        """Process ``(key, value)`` records of logical ``topic`` as one batch, then flush.

        Records are numbered like a topic's offsets, on the partition the publisher would
        pick. Records the pipeline writes to its internal topics are processed before this
        returns.
        """
        await self.feed_records(topic, [self._consumed(topic, k, v) for k, v in records])

    async def feed_records(self, topic: str, batch: Sequence[RawRecord]) -> None:
        """:meth:`feed` for records that already carry their source (replay reads them)."""
        self._note_consumed(topic, batch)
        await self.process(topic, batch)
        await self._route_internal()

    async def feed_runs(self, runs: Sequence[tuple[str, Sequence[RawRecord]]]) -> None:
        """Consecutive runs of the learning topics' records (``served.clean``,
        ``events.clean``), each through its stage in order, then ONE flush for all of them.

        Replay reads both clean topics merged by time, so its batches alternate between
        them every few records; a flush per run would cost a Redis round trip per handful
        of records.
        """
        writes: list[BufferedWrite] = []
        for topic, batch in runs:
            self._note_consumed(topic, batch)
            effects = _BUFFERED[topic](self.core, batch, self._now_ms())
            writes.extend(self.engine.emit(effects))
        self._flushes += 1
        await self.engine.apply_gate_writes(writes)
        await self._route_internal()

    def _note_consumed(self, topic: str, batch: Sequence[RawRecord]) -> None:
        if self._keep_history:
            self.consumed[topic].extend(batch)

    async def _route_internal(self) -> None:
        for internal in _INTERNAL:
            produced = self.records(internal)
            fresh, self._routed[internal] = produced[self._routed[internal] :], len(produced)
            if fresh:
                await self.feed(internal, [(r.key, r.value) for r in fresh])
        if not self._keep_history:
            self.output.topics.clear()
            self._routed.clear()

    async def check_redis(self) -> RebuildReport:
        """Check that Redis holds this driver's data; rebuild it from the tables if not."""
        return await self.rebuilder.check(owns_all(self.settings.partitions))

    def flush_clock(self) -> float:
        """Seconds of a clock that advances by one at every flush (see ``__init__``)."""
        return float(self._flushes)

    async def expire_served(self) -> None:
        """Run the attribution join's expiry, as the worker's timer does."""
        self.engine.expire_served()
        await self.engine.apply_writes([])

    def records(self, topic: str) -> list[OutRecord]:
        """Everything produced to logical ``topic`` so far."""
        return self.output.topics[self.settings.topic(topic)]

    async def process(self, topic: str, batch: Sequence[RawRecord]) -> None:
        """Run ``batch`` (records with their sources, e.g. a redelivery) through ``topic``'s
        stage and flush, without routing internal topics."""
        if topic in _IMMEDIATE:
            stage = _IMMEDIATE[topic]
            for record in batch:  # one at a time, as the worker applies them
                await self.engine.apply_now(stage(self.core, (record,), self._now_ms()))
            return
        if topic == "costs.clean":
            await self.engine.refresh_caps()  # the worker refreshes them every second
        effects = _BUFFERED[topic](self.core, batch, self._now_ms())
        writes = self.engine.emit(effects)
        self._flushes += 1
        if topic in _COST_TOPICS:
            await self.engine.apply_cost_writes(writes)
        elif topic == "popularity.updates":
            await self.engine.apply_writes(writes)
        else:
            await self.engine.apply_gate_writes(writes)

    def _consumed(self, topic: str, key: bytes | None, value: bytes | None) -> RawRecord:
        name = self.settings.topic(topic)
        partitions = 1 if topic in one_partition_topics() else self.settings.partitions
        partition = 0 if key is None else kafka_partition(key, partitions)
        offset = self._next_offset[(name, partition)]
        self._next_offset[(name, partition)] = offset + 1
        return RawRecord(SourceRef(name, partition, offset), key, value)
