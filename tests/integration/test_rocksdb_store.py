"""The RocksDB table store: state survives a restart, and recovery replays only what is new."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, TopicPartition
from redis import Redis
from rocksdict import AccessType, Options, Rdict

from bench.recovery_log import replayed_in_log
from processors.popularity import KIND_TO_WEIGHT, NO_SCORE, log2_add, log2_term
from sinks.keys import KeyLayout
from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from streams.stages.core import SINGLE_PARTITION_TABLES, TABLE_NAMES
from tests import factories
from tests.integration.kafka_reading import wait_for, wait_until_consumed

pytestmark = pytest.mark.integration

TABLES = TABLE_NAMES
# Faust's RocksDB store keeps the last changelog offset it holds under this key.
OFFSET_KEY = b"__faust\0offset__"
ItemScores = dict[tuple[str, str, str], float]


def _expected(events: list[dict[str, Any]], settings: Settings) -> ItemScores:
    half_life_ms = settings.popularity_half_life_s * 1000
    scores: ItemScores = {}
    for event in events:
        key = (event["tenant"], event["surface"], event["item_id"])
        term = log2_term(KIND_TO_WEIGHT[event["kind"]], event["event_time"], half_life_ms)
        scores[key] = log2_add(scores.get(key, NO_SCORE), term)
    return scores


def _differences(
    client: Redis, settings: Settings, expected: ItemScores
) -> list[tuple[tuple[str, str, str], float | None, float]]:
    """(item key, Redis score or None, expected score) for each item Redis does not match."""
    keys = KeyLayout(settings.redis_prefix)
    found = []
    for (tenant, surface, item), score in sorted(expected.items()):
        actual = client.zscore(keys.popularity(tenant, surface), item)
        if actual is None or not math.isclose(actual, score, rel_tol=0, abs_tol=1e-6):
            found.append(((tenant, surface, item), actual, score))
    return found


def _matches(client: Redis, settings: Settings, expected: ItemScores) -> bool:
    return not _differences(client, settings, expected)


def _mismatch_report(
    client: Redis, settings: Settings, events: list[dict[str, Any]], tmp_path: Path
) -> str:
    """What to look at when Redis does not match: each item's score against the expected one
    (in clicks' worth: CLICK 1, ACCEPT 3; too low is an event lost, too high one counted
    twice), the group's committed offsets, the stores' persisted offsets against the
    changelogs, and the workers' warnings. The logs and Faust's data stay under ``tmp_path``."""
    weights: dict[tuple[str, str, str], float] = {}
    for event in events:
        item_key = (event["tenant"], event["surface"], event["item_id"])
        weights[item_key] = weights.get(item_key, 0.0) + KIND_TO_WEIGHT[event["kind"]]
    lines = []
    for item_key, actual, score in _differences(client, settings, _expected(events, settings)):
        item = item_key[2]
        if actual is None:
            lines.append(f"{item}: missing (expected {score!r})")
        else:
            worth = (2.0 ** (actual - score) - 1.0) * weights[item_key]
            lines.append(f"{item}: {actual!r}, expected {score!r} ({worth:+.2f} clicks' worth)")
    names = [settings.topic(name) for name in ("interactions", "popularity.updates")]
    group = {"bootstrap.servers": settings.kafka_bootstrap, "group.id": settings.app_id}
    consumer = Consumer(group)
    try:
        partitions = [TopicPartition(name, p) for name in names for p in range(settings.partitions)]
        for tp in consumer.committed(partitions, timeout=10):
            end = consumer.get_watermark_offsets(tp, timeout=10)[1]
            lines.append(f"committed {tp.topic}[{tp.partition}]: {tp.offset} of {end}")
    finally:
        consumer.close()
    lines.append(f"persisted offsets {sorted(_persisted_offsets(settings).items())}")
    lines.append(f"changelog ends {sorted(_changelog_ends(settings).items())}")
    for log in sorted(tmp_path.glob("worker-*.log")):
        text = log.read_text(encoding="utf-8", errors="replace").splitlines()
        flagged = [line for line in text if re.search(r'"level": "(WARNING|ERROR|CRITICAL)"', line)]
        lines += [f"{log} ({len(text)} lines), last warnings:", *flagged[-15:]]
    return "\n".join(lines)


def _publish(settings: Settings, events: list[dict[str, Any]]) -> None:
    with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
        for event in events:
            publisher.publish_interaction(event)


def _changelog_ends(settings: Settings) -> dict[tuple[str, int], int]:
    """(table, partition) -> the changelog's end offset, for partitions with records."""
    consumer = Consumer({"bootstrap.servers": settings.kafka_bootstrap, "group.id": "unused"})
    try:
        ends = {}
        for table in TABLES:
            topic = f"{settings.app_id}-{table}-changelog"
            count = 1 if table in SINGLE_PARTITION_TABLES else settings.partitions
            for partition in range(count):
                low, high = consumer.get_watermark_offsets(TopicPartition(topic, partition), 10)
                if high > low:
                    ends[(table, partition)] = high
        return ends
    finally:
        consumer.close()


def _persisted_offsets(settings: Settings) -> dict[tuple[str, int], int]:
    """(table, partition) -> the changelog offset its RocksDB database says it holds."""
    offsets = {}
    for path in Path(settings.data_dir).rglob("*.db"):
        table, _, partition = path.name.removesuffix(".db").rpartition("-")
        db = Rdict(str(path), Options(raw_mode=True), access_type=AccessType.read_only())
        try:
            raw = db.get(OFFSET_KEY)
        finally:
            db.close()
        if raw is not None:
            offsets[(table, int(partition))] = int(raw)
    return offsets


def test_restart_keeps_state_and_replays_nothing(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = pipeline_settings.replace(store="rocksdb://")
    client = Redis.from_url(settings.redis_url)
    before, after = (
        factories.engagements(300, first=0, items=11),
        factories.engagements(300, first=300, items=11),
    )
    with WorkerProcess(settings, tmp_path / "worker-1.log").start():
        _publish(settings, before)
        wait_for(lambda: _matches(client, settings, _expected(before, settings)), 60, "Redis")
        # The last flush confirms its changelog records after Redis is written, and its inputs
        # are committed only after that: so wait for the commits.
        wait_until_consumed(settings, ("interactions", "popularity.updates"), 60)
    ends = _changelog_ends(settings)
    assert {table for table, _ in ends} >= {"popularity", "profiles"}
    # Every changelog record is in the store: a restart has nothing to replay.
    assert _persisted_offsets(settings) == {tp: end - 1 for tp, end in ends.items()}
    second_log = tmp_path / "worker-2.log"
    with WorkerProcess(settings, second_log).start():
        _publish(settings, after)
        # Popularity state from before the restart is needed for these scores: Redis keeps
        # the higher score (ZADD GT), so a table that lost state could never reach them.
        wait_for(
            lambda: _matches(client, settings, _expected(before + after, settings)),
            60,
            "Redis to count events from both sides of the restart",
        )
    assert replayed_in_log(second_log) == [0]  # the first worker had 300 events of state


def test_crash_and_restart_is_exact(pipeline_settings: Settings, tmp_path: Path) -> None:
    settings = pipeline_settings.replace(store="rocksdb://", sink_batch_max=50)
    client = Redis.from_url(settings.redis_url)
    events = factories.engagements(4000, first=0, items=11)
    expected = _expected(events, settings)
    keys = KeyLayout(settings.redis_prefix)
    _publish(settings, events)
    worker = WorkerProcess(settings, tmp_path / "worker-1.log").start()
    try:
        wait_for(lambda: client.zcard(keys.popularity("acme", "home")) >= 1, 60, "first writes")
        worker.kill()  # SIGKILL mid-stream: no flush, no commit
    finally:
        worker.stop()
    assert not _matches(client, settings, expected), "crashed too late to test anything"
    crashed_at = _persisted_offsets(settings)
    ends = _changelog_ends(settings)
    assert all(offset < ends[tp] for tp, offset in crashed_at.items())  # never ahead
    with WorkerProcess(settings, tmp_path / "worker-2.log").start():

        def mismatch() -> str:
            return "Redis to match exactly\n" + _mismatch_report(client, settings, events, tmp_path)

        wait_for(lambda: _matches(client, settings, expected), 120, mismatch)
        # Once every input is committed nothing more can be applied: a late double count would
        # have reached Redis by then.
        wait_until_consumed(settings, ("interactions", "popularity.updates"), 60)
        assert _matches(client, settings, expected)
    ends = _changelog_ends(settings)
    assert _persisted_offsets(settings) == {tp: end - 1 for tp, end in ends.items()}
    assert Counter(table for table, _ in ends)["popularity"] >= 1


def _ready_count(log_path: Path) -> int:
    """How many times the worker finished a recovery (start, and after each rebalance)."""
    return log_path.read_text(encoding="utf-8", errors="replace").count("Worker ready")


def test_partitions_that_move_and_come_back_keep_exact_state(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    """A second worker takes half the partitions (replaying their changelogs into its own
    RocksDB), then leaves; the first worker gets them back without a full replay."""
    settings = pipeline_settings.replace(store="rocksdb://")
    other = settings.replace(
        data_dir=str(tmp_path / "other-faust"),
        metrics_port=settings.metrics_port + 1,
        web_port=settings.web_port + 1,
    )
    client = Redis.from_url(settings.redis_url)
    first, second, third = (
        factories.engagements(200, first=0, items=11),
        factories.engagements(200, first=200, items=11),
        factories.engagements(200, first=400, items=11),
    )
    log_a, log_b = tmp_path / "worker-a.log", tmp_path / "worker-b.log"
    with WorkerProcess(settings, log_a).start():
        _publish(settings, first)
        wait_for(lambda: _matches(client, settings, _expected(first, settings)), 60, "first")
        with WorkerProcess(other, log_b).start():
            wait_for(lambda: _ready_count(log_b) >= 1, 90, "the second worker to recover")
            wait_for(lambda: _ready_count(log_a) >= 2, 90, "the first worker to rebalance")
            _publish(settings, second)
            wait_for(
                lambda: _matches(client, settings, _expected(first + second, settings)),
                90,
                "events handled by both workers",
            )
        wait_for(lambda: _ready_count(log_a) >= 3, 90, "the partitions to come back")
        _publish(settings, third)
        wait_for(
            lambda: _matches(client, settings, _expected(first + second + third, settings)),
            90,
            "events after the partitions came back",
        )
    moved_in = replayed_in_log(log_b)
    # An empty directory: the second worker replayed its partitions' whole changelogs.
    assert moved_in[:1] > [0]
    a_recoveries = replayed_in_log(log_a)
    assert a_recoveries[0] == 0
    # Back on the first worker: at most what the second one wrote, not the whole changelog
    # (nothing at all when it followed them as a standby, Faust's table_standby_replicas=1).
    assert len(a_recoveries) == 3
    assert a_recoveries[-1] < sum(_changelog_ends(settings).values())
    assert "did not write" not in log_a.read_text(encoding="utf-8")
