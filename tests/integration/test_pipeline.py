"""The pipeline end to end on the real broker and Redis: gate, popularity, dead letters, restart."""

from __future__ import annotations

import math
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from redis import Redis

from processors.popularity import KIND_TO_WEIGHT, NO_SCORE, log2_add, log2_term
from processors.pseudonym import pseudonymize
from schemas.codec import decode, encode
from sinks.keys import KeyLayout
from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from tests import factories
from tests.integration.kafka_reading import read_topic, wait_for, wait_until_consumed

pytestmark = pytest.mark.integration

ItemScores = dict[tuple[str, str, str], float]


def _expected(events: list[dict[str, Any]], half_life_ms: float) -> ItemScores:
    scores: ItemScores = {}
    for event in events:
        key = (event["tenant"], event["surface"], event["item_id"])
        term = log2_term(KIND_TO_WEIGHT[event["kind"]], event["event_time"], half_life_ms)
        scores[key] = log2_add(scores.get(key, NO_SCORE), term)
    return scores


def _mismatches(client: Redis, settings: Settings, expected: ItemScores) -> dict[str, int]:
    """How many items are missing, under-counted or over-counted in Redis."""
    keys = KeyLayout(settings.redis_prefix)
    counts = {"missing": 0, "low": 0, "high": 0}
    for (tenant, surface, item), score in expected.items():
        actual = client.zscore(keys.popularity(tenant, surface), item)
        if actual is None:
            counts["missing"] += 1
        elif not math.isclose(actual, score, rel_tol=0, abs_tol=1e-6):
            counts["low" if actual < score else "high"] += 1
    return counts


def _redis_matches(client: Redis, settings: Settings, expected: ItemScores) -> bool:
    return not any(_mismatches(client, settings, expected).values())


def _publish(settings: Settings, events: list[dict[str, Any]]) -> None:
    with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
        for event in events:
            publisher.publish_interaction(event)


def test_event_path_into_redis(pipeline_settings: Settings, tmp_path: Path) -> None:
    settings = pipeline_settings
    client = Redis.from_url(settings.redis_url)
    events = factories.engagements(200, users=23)
    events.append(factories.interaction(event_id="imp", kind="IMPRESSION", item_id="shown-only"))
    expected = _expected(
        [e for e in events if e["kind"] != "IMPRESSION"], settings.popularity_half_life_s * 1000
    )
    with WorkerProcess(settings, tmp_path / "worker.log").start():
        _publish(settings, events)
        wait_for(lambda: _redis_matches(client, settings, expected), 60, "Redis to match")
        clean = read_topic(settings.kafka_bootstrap, settings.topic("events.clean"), at_least=201)
    assert len(clean) == 201
    keys = KeyLayout(settings.redis_prefix)
    ranking = client.zrevrange(keys.popularity("acme", "home"), 0, -1)
    assert b"shown-only" not in ranking  # impressions carry no popularity
    assert len(ranking) == 7
    secret = settings.pseudonym_secret.reveal().encode()
    for message in clean:
        record = decode(message.value(), expected="CleanEvent").record
        assert record["user_key"] == pseudonymize(secret, "acme", _raw_user(record, events))
        assert message.key() == record["user_key"].encode()
        assert b"user-" not in message.value()  # no raw id leaves the gate
    assert client.ttl(keys.popularity("acme", "home")) > 0


def _raw_user(record: dict[str, Any], events: list[dict[str, Any]]) -> str:
    return next(e["user_id"] for e in events if e["event_id"] == record["event_id"])


def test_every_dead_letter_reason_and_good_records_around_it(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = pipeline_settings
    client = Redis.from_url(settings.redis_url)
    bad = factories.bad_interactions(settings.max_event_bytes, int(time.time() * 1000))
    good = factories.engagements(len(bad) + 1, items=3, users=23)
    interactions = settings.topic("interactions")
    with WorkerProcess(settings, tmp_path / "worker.log").start():
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            # good, bad, good, bad, ... all for one user, so all land on one partition in order
            for event, (reason, payload) in zip(good, [*bad.items(), ("", b"")], strict=True):
                publisher.produce_raw(interactions, encode("Interaction", event), b"user-0")
                if reason:
                    publisher.produce_raw(interactions, payload, b"user-0")
        expected = _expected(good, settings.popularity_half_life_s * 1000)
        wait_for(lambda: _redis_matches(client, settings, expected), 60, "good records in Redis")
        letters = read_topic(
            settings.kafka_bootstrap, settings.topic("deadletter"), at_least=len(bad)
        )
        metrics = (
            urllib.request.urlopen(f"http://127.0.0.1:{settings.metrics_port}/metrics", timeout=5)
            .read()
            .decode()
        )
    envelopes = {d["reason"]: d for d in (decode(m.value()).record for m in letters)}
    assert set(envelopes) == set(bad)
    for reason, payload in bad.items():
        envelope = envelopes[reason]
        assert envelope["original"] == payload
        assert envelope["source_topic"] == interactions
        assert envelope["key"] == b"user-0"
        assert envelope["message"]
        assert envelope["original_size"] == len(payload)
    offsets = sorted(e["source_offset"] for e in envelopes.values())
    assert offsets == [1, 3, 5, 7, 9, 11]  # each bad record sat between two good ones
    clean = read_topic(settings.kafka_bootstrap, settings.topic("events.clean"), at_least=len(good))
    assert len(clean) == len(good)
    for reason in bad:
        assert f'personalize_dead_letters_total{{reason="{reason}"}} 1.0' in metrics
    assert "personalize_processing_seconds_bucket" in metrics
    assert "personalize_sink_flush_seconds_count" in metrics


def test_crash_and_restart_neither_loses_nor_double_applies(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = pipeline_settings.replace(sink_batch_max=50)
    client = Redis.from_url(settings.redis_url)
    events = factories.engagements(6000, items=40, users=97)
    expected = _expected(events, settings.popularity_half_life_s * 1000)
    keys = KeyLayout(settings.redis_prefix)
    ranking = keys.popularity("acme", "home")
    _publish(settings, events)
    worker = WorkerProcess(settings, tmp_path / "worker-1.log").start()
    try:
        wait_for(lambda: client.zcard(ranking) >= 1, 60, "the first writes")
        worker.kill()  # SIGKILL mid-stream: no flush, no commit, no goodbye
    finally:
        worker.stop()
    assert not _redis_matches(client, settings, expected), "crashed too late to test anything"
    with WorkerProcess(settings, tmp_path / "worker-2.log").start():
        wait_for(
            lambda: _redis_matches(client, settings, expected),
            120,
            lambda: f"Redis to match (at the timeout {_mismatches(client, settings, expected)})",
        )
        # Once every input is committed nothing more can be applied: a late double count would
        # have reached Redis by then.
        wait_until_consumed(settings, ("interactions", "popularity.updates"), 60)
        assert _mismatches(client, settings, expected) == {"missing": 0, "low": 0, "high": 0}
