"""Replay and backfill: the third driver of the stages, from the clean topics into a sandbox.

Records of ``served.clean`` and ``events.clean`` are read with confluent-kafka (no Faust, no
acks, no commits) from a start offset or time to a stop offset or time, merged into one
canonical order (by record timestamp, then topic, partition and offset, whatever order the
fetcher delivered them in), and run through the learning stages of
:class:`~streams.inprocess.InProcessPipeline` in batches. State starts empty, in memory, and
Redis writes go under the sandbox's own prefix (``sinks.sandbox``): nothing of the live
worker is read or written, so live state is untouched. The same range read twice gives the
same sandbox, compared by :func:`sinks.sandbox.state_digest`.

It scales across processes by partition: processes started with the same ``--namespace``
share the consumer group ``<app_id>.replay.<namespace>`` and so the partitions, each keeps
the state of its own (tables are co-partitioned with the clean topics' keys), and sandbox
keys carry the same hash tags as live ones.
"""

from __future__ import annotations

import asyncio
import heapq
import sys
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from confluent_kafka import Consumer, KafkaException, TopicPartition
from redis.asyncio import Redis as AsyncRedis

from processors.deadletter import SourceRef
from schemas.codec import Decoded, decode, encode
from schemas.errors import ConfigError, DecodeError, InfraError
from sinks.sandbox import sandbox_prefix
from streams.inprocess import InProcessPipeline
from streams.settings import Settings
from streams.stages import RawRecord, StageConfig
from streams.tools.kafka_tools import group_members

__all__ = [
    "CLEAN_TOPICS",
    "ReplayPart",
    "ReplayRange",
    "ReplayReport",
    "drop_sandbox",
    "print_progress",
    "replay_group",
    "replay_obd",
    "replay_topics",
]

#: What replay reads, in this order within one timestamp (lists before their clicks).
CLEAN_TOPICS = ("served.clean", "events.clean")
BATCH = 2000
#: Batches between two runs of the attribution join's expiry (the worker runs it on a timer;
#: by batch count, a replay stays deterministic and its join state bounded).
EXPIRE_EVERY_BATCHES = 10
POLL_S = 1.0
ASSIGN_POLL_S = 0.1
#: How long a replay waits to be given its partitions before it says why it cannot start.
ASSIGN_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class ReplayRange:
    """Where a replay starts and stops; ``None`` means the beginning or the current end."""

    from_offset: int | None = None
    from_time_ms: int | None = None
    to_offset: int | None = None
    until_ms: int | None = None
    max_events: int | None = None


@dataclass(frozen=True)
class ReplayPart:
    """Part ``index`` of a backfill split ``count`` ways: the partitions ``p`` with
    ``p % count == index`` of both clean topics (co-partitioned, so a part holds the whole
    state of its users and requests)."""

    index: int
    count: int

    def __post_init__(self) -> None:
        if not 0 <= self.index < self.count:
            raise ConfigError(f"a part is I/K with 0 <= I < K, got {self.index}/{self.count}")

    def owns(self, partition: int) -> bool:
        """Whether this part replays ``partition``."""
        return partition % self.count == self.index


@dataclass
class ReplayReport:
    """What a replay did."""

    events: int = 0
    seconds: float = 0.0
    startup_s: float = 0.0
    """Part of ``seconds`` spent before the first record could be read (joining the group,
    being given partitions): the live worker's figures leave its start-up out too."""
    by_topic: dict[str, int] = field(default_factory=dict)

    @property
    def events_per_s(self) -> float:
        return self.events / self.seconds if self.seconds > 0 else 0.0

    @property
    def running_s(self) -> float:
        """Seconds spent replaying, start-up excluded."""
        return self.seconds - self.startup_s


Progress = Callable[[int, int | None, float], None]


def replay_group(settings: Settings, namespace: str) -> str:
    """The consumer group of the replays into sandbox ``namespace``."""
    return f"{settings.app_id}.replay.{namespace}"


def replay_topics(
    settings: Settings,
    namespace: str,
    span: ReplayRange,
    *,
    config: StageConfig | None = None,
    progress: Progress | None = None,
    observe: Callable[[str, Sequence[RawRecord]], None] | None = None,
    part: ReplayPart | None = None,
) -> ReplayReport:
    """Replay ``settings``' clean topics over ``span`` into sandbox ``namespace``.

    ``observe(topic, records)`` sees every run of records as it is replayed (a backfill
    collects the logged lists and clicks it evaluates on). With ``part`` the replay reads
    only that part's partitions and leaves the sandbox's existing keys alone (the other
    parts write there too; ``drop_sandbox`` first); without it, it reads every partition
    and starts from an empty sandbox.
    """
    group = replay_group(settings, namespace)
    if part is not None:
        sandbox = _sandbox(settings, namespace)
    elif group_members(settings.kafka_bootstrap, group):
        # Two whole replays into one sandbox would share the partitions by rebalancing in the
        # middle of their state, and each would clear the other's keys.
        raise ConfigError(
            f"a replay into namespace {namespace!r} is already running; "
            "split a backfill with --part I/K instead"
        )
    else:
        sandbox = _fresh_sandbox(settings, namespace)
    report = ReplayReport(by_topic=dict.fromkeys(CLEAN_TOPICS, 0))
    started = time.monotonic()
    reader = _CleanReader(settings, group, span, part)

    async def run() -> None:
        client = AsyncRedis.from_url(sandbox.redis_url)
        try:
            pipeline = InProcessPipeline(
                sandbox, client, now_ms=_never, config=config, keep_history=False
            )
            for number, batch in enumerate(reader.batches(BATCH), start=1):
                runs = list(_runs(batch))
                await pipeline.feed_runs(runs)
                if number % EXPIRE_EVERY_BATCHES == 0:
                    await pipeline.expire_served()
                for topic, run_ in runs:
                    if observe is not None:
                        observe(topic, run_)
                    report.by_topic[topic] += len(run_)
                report.events += len(batch)
                if progress is not None:
                    progress(report.events, reader.total, time.monotonic() - started)
        finally:
            await client.aclose()

    try:
        asyncio.run(run())
    finally:
        reader.close()
    report.seconds = time.monotonic() - started
    report.startup_s = (reader.assigned_at or started) - started
    return report


def _sandbox(settings: Settings, namespace: str) -> Settings:
    """The sandbox's settings: its own Redis prefix."""
    return settings.replace(redis_prefix=sandbox_prefix(settings.redis_prefix, namespace))


def _fresh_sandbox(settings: Settings, namespace: str) -> Settings:
    """The sandbox's settings, its Redis keys deleted: a replay rebuilds state from scratch."""
    from redis import Redis

    from sinks.sandbox import delete_keys

    sandbox = _sandbox(settings, namespace)
    delete_keys(Redis.from_url(settings.redis_url), sandbox.redis_prefix)
    return sandbox


def _never() -> int:
    # Learning stages never compare event times with the clock (only the gate does).
    return 2**62


def _runs(batch: Sequence[tuple[str, RawRecord]]) -> Iterator[tuple[str, list[RawRecord]]]:
    """Consecutive records of one topic, in batch order."""
    current: str | None = None
    run: list[RawRecord] = []
    for topic, record in batch:
        if topic != current and run:
            yield current or "", run
            run = []
        current = topic
        run.append(record)
    if run:
        yield current or "", run


class _CleanReader:
    """Reads the clean topics' records in ``span``, merged into a canonical order."""

    def __init__(
        self, settings: Settings, group: str, span: ReplayRange, part: ReplayPart | None = None
    ) -> None:
        self._span = span
        self._logical = {settings.topic(t): t for t in CLEAN_TOPICS}
        self._consumer = Consumer(
            {
                "bootstrap.servers": settings.kafka_bootstrap,
                "group.id": group,
                "enable.auto.commit": False,
                "auto.offset.reset": "earliest",
                "enable.partition.eof": False,
            }
        )
        self._stops: dict[tuple[str, int], int] = {}
        self._next: dict[tuple[str, int], int] = {}
        self.total: int | None = None
        self.assigned_at: float | None = None
        """``time.monotonic()`` when the partitions were given and their ranges known."""
        self._assign_deadline = time.monotonic() + ASSIGN_TIMEOUT_S
        try:
            if part is None:
                self._consumer.subscribe(list(self._logical), on_assign=self._on_assign)
            else:  # a fixed share of the partitions: no group rebalances, so no moving state
                self._on_assign(self._consumer, self._partitions_of(part))
        except KafkaException as exc:
            raise InfraError(f"cannot read the clean topics: {exc}") from exc

    def _partitions_of(self, part: ReplayPart) -> list[TopicPartition]:
        owned = []
        for topic in self._logical:
            metadata = self._consumer.list_topics(topic, timeout=10).topics[topic]
            if metadata.error is not None:
                raise InfraError(f"cannot read topic {topic}: {metadata.error}")
            owned += [TopicPartition(topic, p) for p in metadata.partitions if part.owns(p)]
        return owned

    def close(self) -> None:
        self._consumer.close()

    def _on_assign(self, consumer: Any, partitions: list[TopicPartition]) -> None:
        starts = self._offsets(partitions, self._span.from_time_ms, self._span.from_offset, 0)
        for tp in partitions:
            low, high = consumer.get_watermark_offsets(tp, timeout=10)
            key = (tp.topic, tp.partition)
            start = max(low, starts[key] if starts[key] >= 0 else high)
            self._next[key] = start
            self._stops[key] = high
        stops = self._offsets(partitions, self._span.until_ms, self._span.to_offset, None)
        for key, stop in stops.items():
            if stop >= 0:
                self._stops[key] = min(self._stops[key], stop)
        consumer.assign([TopicPartition(t, p, self._next[(t, p)]) for t, p in self._next])
        total = sum(max(0, self._stops[k] - self._next[k]) for k in self._next)
        self.total = total if self._span.max_events is None else min(total, self._span.max_events)
        if self.assigned_at is None:
            self.assigned_at = time.monotonic()

    def _offsets(
        self,
        partitions: list[TopicPartition],
        time_ms: int | None,
        offset: int | None,
        default: int | None,
    ) -> dict[tuple[str, int], int]:
        """Per partition: the offset at ``time_ms``, else ``offset``, else ``default``
        (``None``: the end). -1 where a time is past the partition's end."""
        keys = [(tp.topic, tp.partition) for tp in partitions]
        if time_ms is not None:
            query = [TopicPartition(t, p, time_ms) for t, p in keys]
            found = self._consumer.offsets_for_times(query, timeout=10)
            return {(tp.topic, tp.partition): tp.offset for tp in found}
        if offset is not None:
            return dict.fromkeys(keys, offset)
        return dict.fromkeys(keys, -1 if default is None else default)

    def batches(self, size: int) -> Iterator[list[tuple[str, RawRecord]]]:
        """Batches of (logical topic, record) in canonical order, until every partition is
        done or ``max_events`` were read."""
        queues: dict[tuple[str, int], deque[tuple[Order, RawRecord]]] = defaultdict(deque)
        limit = self._span.max_events
        emitted = 0
        batch: list[tuple[str, RawRecord]] = []
        while limit is None or emitted < limit:
            # Ask for no more than the range still holds beyond what is queued here: consume()
            # waits its whole timeout for a batch it cannot fill (the range's last records).
            # Until the partitions are given, poll briefly: the assignment arrives within a call.
            wanted, timeout = size, ASSIGN_POLL_S
            if self.assigned_at is not None:
                unread = sum(max(0, self._stops[k] - self._next[k]) for k in self._stops)
                if unread == 0:
                    break
                wanted = max(1, min(size, unread - sum(len(q) for q in queues.values())))
                timeout = POLL_S
            for message in self._consumer.consume(num_messages=wanted, timeout=timeout):
                if message.error() is not None:
                    raise InfraError(f"replay read failed: {message.error()}")
                key = _key(message)
                if (message.offset() or 0) < self._stops.get(key, 0):
                    queues[key].append(_entry(message, self._logical[key[0]]))
            if self.assigned_at is None:
                if time.monotonic() > self._assign_deadline:
                    raise InfraError(
                        "no partition of the clean topics was assigned within "
                        f"{ASSIGN_TIMEOUT_S:.0f} s: do they exist, and is the broker up?"
                    )
                continue
            live = [k for k in self._stops if self._next[k] < self._stops[k]]
            if not live:
                break
            # Merge only while every unfinished partition has a record waiting: the order
            # then depends on the records alone, not on how the fetcher interleaved them.
            heap = [(queues[k][0][0], k) for k in live if queues[k]]
            heapq.heapify(heap)
            while heap and len(heap) == len(live) and (limit is None or emitted < limit):
                _, k = heapq.heappop(heap)
                _, record = queues[k].popleft()
                self._next[k] = record.source.offset + 1
                batch.append((self._logical[k[0]], record))
                emitted += 1
                if len(batch) >= size:
                    yield batch
                    batch = []
                if self._next[k] >= self._stops[k]:
                    live.remove(k)
                elif queues[k]:
                    heapq.heappush(heap, (queues[k][0][0], k))
        if batch:
            yield batch


def _key(message: Any) -> tuple[str, int]:
    return str(message.topic()), int(message.partition())


_SCHEMA_OF = {"served.clean": "CleanServed", "events.clean": "CleanEvent"}
Order = tuple[int, int, str, int, int]


def _entry(message: Any, logical: str) -> tuple[Order, RawRecord]:
    """A consumed clean record, decoded, with its place in the canonical order (record time,
    served lists before interactions, then topic, partition and offset).

    The record's ``source`` becomes the clean record's own coordinates. Stages key state that
    spans users (an item's counts, its popularity, a slot's verdicts) by the partition their
    input came from and skip offsets they have applied; the live worker reads raw partitions
    in order, but one raw partition's records are spread over every clean partition (clean
    topics are keyed by pseudonym, raw ones by user id), and no merge of the clean partitions
    gives them back in raw order: updates would be skipped as if redelivered. Keyed by the
    clean partition replay reads, as the worker keys by the raw one it reads, each part of a
    split replay also holds its own partitions' entries, and they sum exactly in Redis.
    """
    topic, partition, offset = message.topic(), message.partition(), message.offset()
    value = message.value()
    decoded = None
    if value is not None:
        try:
            read = decode(value, expected=_SCHEMA_OF[logical])
        except DecodeError:
            pass  # the stage counts it as foreign and skips it
        else:
            source = {"topic": topic, "partition": partition, "offset": offset}
            decoded = Decoded(read.name, {**read.record, "source": source}, read.writer_fingerprint)
    rank = 0 if logical == CLEAN_TOPICS[0] else 1
    order = (message.timestamp()[1], rank, topic, partition, offset)
    return order, RawRecord(SourceRef(topic, partition, offset), message.key(), value, decoded)


def print_progress(stream: Any = None) -> Progress:
    """A progress line (events, rate, ETA) rewritten in place on a terminal (standard error
    by default), else nothing."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return lambda _done, _total, _seconds: None
    shown = [0.0]

    def show(done: int, total: int | None, seconds: float) -> None:
        if seconds - shown[0] < 0.5 and done != total:
            return
        shown[0] = seconds
        rate = done / seconds if seconds > 0 else 0.0
        eta = f"{(total - done) / rate:,.0f} s" if total and rate > 0 else "?"
        of = f"/{total:,}" if total is not None else ""
        stream.write(f"\rreplay: {done:,}{of} events  {rate:,.0f}/s  ETA {eta}   ")
        stream.flush()

    return show


def replay_obd(
    settings: Settings,
    namespace: str,
    policy: str,
    campaign: str,
    *,
    max_events: int | None = None,
    config: StageConfig | None = None,
    progress: Progress | None = None,
) -> ReplayReport:
    """Replay an OBD sample log (``data/obd``) through the whole pipeline into a sandbox.

    The logged rounds become the served lists and interactions a product service would have
    published (``streams.tools.obd``), and run through the gate and the learning stages.
    ``max_events`` bounds the rounds.
    """
    from streams.tools.obd import read_rounds, round_events

    sandbox = _fresh_sandbox(settings, namespace)
    rounds = list(read_rounds(policy, campaign))[:max_events]
    report = ReplayReport(by_topic={"recommendations": 0, "interactions": 0})
    started = time.monotonic()

    async def run() -> None:
        client = AsyncRedis.from_url(sandbox.redis_url)
        try:
            pipeline = InProcessPipeline(
                sandbox, client, now_ms=_never, config=config, keep_history=False
            )
            for first in range(0, len(rounds), BATCH):
                served: list[tuple[bytes | None, bytes | None]] = []
                events: list[tuple[bytes | None, bytes | None]] = []
                for logged in rounds[first : first + BATCH]:
                    listed, interactions = round_events(logged)
                    key = logged.user_id.encode()
                    served.append((key, encode("Recommendation", listed)))
                    events.extend((key, encode("Interaction", e)) for e in interactions)
                await pipeline.feed("recommendations", served)
                await pipeline.feed("interactions", events)
                report.by_topic["recommendations"] += len(served)
                report.by_topic["interactions"] += len(events)
                report.events += len(served) + len(events)
                if progress is not None:
                    done = min(first + BATCH, len(rounds))
                    progress(done, len(rounds), time.monotonic() - started)
        finally:
            await client.aclose()

    asyncio.run(run())
    report.seconds = time.monotonic() - started
    return report


def drop_sandbox(settings: Settings, namespace: str) -> tuple[int, bool]:
    """Delete sandbox ``namespace``: its Redis keys and its consumer group.

    Returns how many keys were deleted and whether a group was deleted.
    """
    from confluent_kafka.admin import AdminClient
    from redis import Redis

    from sinks.sandbox import delete_keys

    prefix = sandbox_prefix(settings.redis_prefix, namespace)
    deleted = delete_keys(Redis.from_url(settings.redis_url), prefix)
    admin = AdminClient({"bootstrap.servers": settings.kafka_bootstrap})
    group = replay_group(settings, namespace)
    try:
        for future in admin.delete_consumer_groups([group], request_timeout=10).values():
            future.result()
    except KafkaException as exc:
        if "GROUP_ID_NOT_FOUND" in str(exc):
            return deleted, False
        raise InfraError(f"cannot delete consumer group {group}: {exc}") from exc
    return deleted, True
