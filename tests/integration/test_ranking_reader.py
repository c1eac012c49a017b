"""The user-ranking sink and the ranking reader against the real local Redis."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any
from uuid import uuid4

import pytest
from prometheus_client import CollectorRegistry
from redis import Redis
from redis.asyncio import Redis as AsyncRedis
from scipy import stats

from processors.pseudonym import pseudonymize
from processors.ranking import MaterializedRanking
from sinks.keys import KeyLayout
from sinks.ranking_reader import RankingReader, ReaderMetrics, reader_client
from sinks.user_rankings import UserRankingSink
from sinks.writes import UserRankingWrite
from streams.cli import main
from streams.settings import Settings, load_settings

pytestmark = pytest.mark.integration

TENANT = "shop"
SURFACE = "top"
RANKING = MaterializedRanking(
    items=("a", "b", "c", "d", "e"),
    weights=(0.4, 0.25, 0.15, 0.12, 0.08),
    epsilon=0.1,
    scores=(-0.2, -0.5, -0.9, -1.1, -1.4),
    cold_start=False,
)
NEWER = MaterializedRanking(
    items=("x", "y"),
    weights=(0.7, 0.3),
    epsilon=0.05,
    scores=(-0.1, -0.3),
    cold_start=False,
)


@pytest.fixture
def settings(services: Any) -> Iterator[Settings]:
    """Settings with a Redis prefix of this test's own; its keys are deleted afterwards."""
    settings = load_settings(env={}).replace(
        redis_url=services.redis_url, redis_prefix=f"test:{uuid4().hex[:12]}"
    )
    client = Redis.from_url(settings.redis_url)
    # As a worker leaves it: the views are complete (sinks.epoch), so readers serve them.
    client.hset(KeyLayout(settings.redis_prefix).epoch(), mapping={"epoch": "t", "state": "ready"})
    yield settings
    for key in client.scan_iter(match=f"{settings.redis_prefix}:*", count=1000):
        client.delete(key)
    client.close()


@pytest.fixture
def redis_client(settings: Settings) -> Iterator[Redis]:
    client = Redis.from_url(settings.redis_url)
    yield client
    client.close()


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def reader(settings: Settings, registry: CollectorRegistry) -> Iterator[RankingReader]:
    reader = RankingReader.connect(settings, metrics=ReaderMetrics.create(registry))
    yield reader
    reader.close()


def user_key(settings: Settings, user: str) -> str:
    return pseudonymize(settings.pseudonym_secret.reveal().encode(), TENANT, user)


def write(settings: Settings, rankings: Sequence[UserRankingWrite]) -> int:
    async def go() -> int:
        client = AsyncRedis.from_url(settings.redis_url)
        try:
            sink = UserRankingSink(
                client, KeyLayout(settings.redis_prefix), ttl_s=settings.ranking_ttl_s
            )
            return await sink.write(rankings)
        finally:
            await client.aclose()

    return asyncio.run(go())


def ranking_write(
    settings: Settings, user: str, ranking: MaterializedRanking, version: int
) -> UserRankingWrite:
    return UserRankingWrite(TENANT, user_key(settings, user), SURFACE, ranking, "ts-v1", version)


def seed_popular(client: Redis, settings: Settings) -> None:
    keys = KeyLayout(settings.redis_prefix)
    client.zadd(keys.popularity(TENANT, SURFACE), {"p1": 30.0, "p2": 20.0, "p3": 10.0})
    # As PopularitySink writes it: half-life 1 s, latest engagement at t = 20 s.
    client.hset(keys.tenant_meta(TENANT), mapping={"pop_half_life_ms": 1000.0, "updated_ms": 20000})


def test_written_ranking_is_served_personalized(
    settings: Settings, redis_client: Redis, reader: RankingReader, registry: CollectorRegistry
) -> None:
    assert write(settings, [ranking_write(settings, "u1", RANKING, 10)]) == 1
    key = KeyLayout(settings.redis_prefix).user_ranking(TENANT, user_key(settings, "u1"), SURFACE)
    assert 0 < redis_client.ttl(key) <= settings.ranking_ttl_s

    result = reader.top_k(TENANT, "u1", SURFACE, 3, "req-1")
    assert result.source == "personalized"
    assert result.fallback_reason is None
    assert result.policy_version == "ts-v1"
    assert result.ranking_version == 10
    assert len(result.items) == 3
    assert set(result.item_ids) <= set(RANKING.items)
    assert reader.top_k(TENANT, "u1", SURFACE, 3, "req-1") == result
    assert (
        registry.get_sample_value("personalize_reader_calls_total", {"source": "personalized"}) == 2
    )


def test_older_or_redelivered_version_is_a_no_op(
    settings: Settings, redis_client: Redis, reader: RankingReader
) -> None:
    assert write(settings, [ranking_write(settings, "u1", NEWER, 20)]) == 1
    key = KeyLayout(settings.redis_prefix).user_ranking(TENANT, user_key(settings, "u1"), SURFACE)
    before = redis_client.hgetall(key)

    assert write(settings, [ranking_write(settings, "u1", NEWER, 20)]) == 0
    assert write(settings, [ranking_write(settings, "u1", RANKING, 19)]) == 0
    assert redis_client.hgetall(key) == before

    result = reader.top_k(TENANT, "u1", SURFACE, 5, "req-1")
    assert result.ranking_version == 20
    assert sorted(result.item_ids) == ["x", "y"]


def test_highest_version_in_a_batch_wins(settings: Settings, reader: RankingReader) -> None:
    batch = [
        ranking_write(settings, "u1", NEWER, 7),
        ranking_write(settings, "u1", RANKING, 5),
        ranking_write(settings, "u2", RANKING, 1),
    ]
    assert write(settings, batch) == 2
    assert reader.top_k(TENANT, "u1", SURFACE, 5, "r").ranking_version == 7


def test_opted_out_user_gets_the_popular_fallback(
    settings: Settings, redis_client: Redis, reader: RankingReader, registry: CollectorRegistry
) -> None:
    write(settings, [ranking_write(settings, "u1", RANKING, 1)])
    seed_popular(redis_client, settings)
    redis_client.set(KeyLayout(settings.redis_prefix).opt_out(TENANT, user_key(settings, "u1")), 1)

    result = reader.top_k(TENANT, "u1", SURFACE, 2, "req-1")
    assert result.source == "popular"
    assert result.fallback_reason == "opted_out"
    assert result.policy_version == "popular-v1"
    assert result.item_ids == ["p1", "p2"]
    assert result.propensities == [1.0, 1.0]
    assert (
        registry.get_sample_value("personalize_reader_fallbacks_total", {"reason": "opted_out"})
        == 1
    )


def test_unknown_user_gets_popular_items(
    settings: Settings, redis_client: Redis, reader: RankingReader
) -> None:
    seed_popular(redis_client, settings)
    result = reader.top_k(TENANT, "nobody", SURFACE, 10, "req-1")
    assert result.source == "popular"
    assert result.fallback_reason == "unknown_user"
    assert result.item_ids == ["p1", "p2", "p3"]
    # log2 scores 30, 20, 10 decayed to t = 20 s with a 1 s half-life: 2 ** 10, 1, 2 ** -10.
    assert result.popularities == [1024.0, 1.0, 2.0**-10]
    assert result.scores == [None, None, None]
    assert result.tenant_known is True


def test_redis_down_returns_static_within_the_bound(settings: Settings) -> None:
    registry = CollectorRegistry()
    down = settings.replace(redis_url="redis://127.0.0.1:1/0")
    timeout_s = 0.05
    reader = RankingReader.connect(
        down, timeout_s=timeout_s, metrics=ReaderMetrics.create(registry), static_items=["s1"]
    )
    started = time.perf_counter()
    result = reader.top_k(TENANT, "u1", SURFACE, 3, "req-1")
    elapsed = time.perf_counter() - started
    reader.close()
    assert result.source == "static"
    assert result.fallback_reason == "redis_unavailable"
    assert result.item_ids == ["s1"]
    assert elapsed < 3 * timeout_s
    assert (
        registry.get_sample_value(
            "personalize_reader_fallbacks_total", {"reason": "redis_unavailable"}
        )
        == 1
    )


def test_unresponsive_redis_returns_static_within_the_bound(settings: Settings) -> None:
    """A server that accepts but never answers: the read timeout bounds the call."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        port = server.getsockname()[1]
        timeout_s = 0.05
        reader = RankingReader(
            reader_client(settings.replace(redis_url=f"redis://127.0.0.1:{port}/0"), timeout_s),
            settings,
            timeout_s=timeout_s,
        )
        started = time.perf_counter()
        result = reader.top_k(TENANT, "u1", SURFACE, 3, "req-1")
        elapsed = time.perf_counter() - started
        reader.close()
    assert result.source == "static"
    assert result.fallback_reason == "redis_unavailable"
    assert elapsed < 3 * timeout_s


def test_position_one_frequencies_match_reported_propensities(
    settings: Settings, reader: RankingReader
) -> None:
    """Chi-square goodness of fit (scipy.stats.chisquare) of 6,000 seeded draws at position 1.

    Position 1 draws from ``p = (1 - eps) * w + eps / K``; every reported position-1 propensity
    must equal ``p`` of its item, and the empirical frequencies must fit ``p``.
    """
    write(settings, [ranking_write(settings, "u1", RANKING, 1)])
    p_first = dict(zip(RANKING.items, RANKING.first_position_probabilities(), strict=True))
    n = 6000
    counts: Counter[str] = Counter()
    for i in range(n):
        first = reader.top_k(TENANT, "u1", SURFACE, 3, f"stat-{i}").items[0]
        assert first.propensity == pytest.approx(p_first[first.item_id], rel=1e-12)
        counts[first.item_id] += 1
    observed = [counts[item] for item in RANKING.items]
    expected = [n * p_first[item] for item in RANKING.items]
    assert stats.chisquare(observed, expected).pvalue > 0.001
    for item in RANKING.items:
        assert stats.binomtest(counts[item], n, p_first[item]).pvalue > 0.001 / len(RANKING.items)


def test_cli_prints_the_ranking_as_json(
    settings: Settings,
    redis_client: Redis,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write(settings, [ranking_write(settings, "u1", RANKING, 3)])
    for name, value in settings.to_env().items():
        monkeypatch.setenv(name, value)
    argv = ["rank", "--tenant", TENANT, "--user", "u1", "--surface", SURFACE, "-k", "2"]
    assert main([*argv, "--request-id", "r1"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["source"] == "personalized"
    assert doc["policy_version"] == "ts-v1"
    assert [item["position"] for item in doc["items"]] == [1, 2]
    assert all(0.0 < item["propensity"] <= 1.0 for item in doc["items"])

    monkeypatch.setenv("PERSONALIZE_REDIS_URL", "redis://127.0.0.1:1/0")
    assert main([*argv, "--static", "s1,s2"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["source"] == "static"
    assert "Traceback" not in out.err


def test_cli_says_a_tenant_redis_knows_nothing_of_is_unknown(
    settings: Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in settings.to_env().items():
        monkeypatch.setenv(name, value)
    argv = ["rank", "--tenant", "nosuch", "--user", "u1", "--surface", SURFACE]
    assert main(argv) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.startswith("personalize rank: unknown tenant 'nosuch'")
    assert out.err.count("\n") == 1
    assert "Traceback" not in out.err


def test_cli_rejects_bad_arguments_in_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["rank", "--tenant", "a{b", "--user", "u", "--surface", "top"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--tenant: a name must be" in err
    assert "Traceback" not in err
