"""The ranking reader's pure parts: result assembly, fallback propensities, seeded sampling."""

from __future__ import annotations

import json

import pytest
from prometheus_client import CollectorRegistry
from redis import Redis

from processors.ranking import MaterializedRanking, slate_probability
from schemas.errors import ConfigError
from sinks.keys import KeyLayout
from sinks.ranking_reader import (
    POPULAR_POLICY,
    STATIC_POLICY,
    Decay,
    RankingReader,
    RankingResult,
    ReaderMetrics,
    assemble_result,
    personalized_result,
    reader_client,
)
from sinks.user_rankings import StoredRanking, decode_ranking, encode_ranking
from sinks.writes import UserRankingWrite
from streams.settings import load_settings

RANKING = MaterializedRanking(
    items=("a", "b", "c", "d"),
    weights=(0.5, 0.25, 0.15, 0.1),
    epsilon=0.1,
    scores=(-0.1, -0.4, -0.9, -1.3),
    cold_start=False,
)
WRITE = UserRankingWrite("shop", "f" * 32, "top", RANKING, "ts-v1", 42)
RAW = encode_ranking(WRITE)
POPULAR_ROWS = [(b"p1", 9.0), (b"p2", 8.0), (b"p3", 7.5)]


def assemble(**changes: object) -> RankingResult:
    arguments: dict[str, object] = {
        "opted_out": False,
        "raw_ranking": RAW,
        "popular_rows": POPULAR_ROWS,
        "static_items": ("s1", "s2"),
        "k": 2,
        "request_id": "req-1",
    }
    arguments.update(changes)
    return assemble_result(**arguments)  # type: ignore[arg-type]


def test_encode_decode_round_trips_exactly() -> None:
    stored = decode_ranking(RAW.encode())
    assert stored == StoredRanking(RANKING, "ts-v1", 42)


@pytest.mark.parametrize(
    "doc",
    [
        "not json",
        "{}",
        json.dumps({**json.loads(RAW), "weights": [0.5, 0.5]}),
        json.dumps({**json.loads(RAW), "weights": [0.5, 0.5, 0.5, 0.5]}),
        json.dumps({**json.loads(RAW), "items": ["a", "a", "b", "c"]}),
        json.dumps({**json.loads(RAW), "items": [], "weights": [], "scores": []}),
    ],
)
def test_decode_rejects_malformed_documents(doc: str) -> None:
    with pytest.raises(ValueError, match=r"malformed|ranking|weights|items"):
        decode_ranking(doc)


def test_personalized_result_is_reproducible_per_request_id() -> None:
    stored = decode_ranking(RAW)
    first = personalized_result(stored, 3, "req-7")
    again = personalized_result(stored, 3, "req-7")
    assert first == again
    assert first.source == "personalized"
    assert first.fallback_reason is None
    assert first.policy_version == "ts-v1"
    assert first.ranking_version == 42
    assert [item.position for item in first.items] == [1, 2, 3]
    others = {tuple(personalized_result(stored, 4, f"req-{i}").item_ids) for i in range(50)}
    assert len(others) > 1, "different request ids should give different lists"


def test_personalized_propensities_are_exact_and_scores_follow_items() -> None:
    stored = decode_ranking(RAW)
    result = personalized_result(stored, 4, "req-3")
    p_first = dict(zip(RANKING.items, RANKING.first_position_probabilities(), strict=True))
    assert result.items[0].propensity == pytest.approx(p_first[result.items[0].item_id])
    assert result.slate_propensity() == pytest.approx(
        slate_probability(RANKING.weights, RANKING.items, result.item_ids, RANKING.epsilon)
    )
    score_of = dict(zip(RANKING.items, RANKING.scores, strict=True))
    assert result.scores == [score_of[item] for item in result.item_ids]
    assert result.items[-1].propensity == pytest.approx(1.0)  # last remaining item


def test_k_larger_than_the_ranking_serves_every_item_once() -> None:
    result = personalized_result(decode_ranking(RAW), 10, "req-1")
    assert sorted(result.item_ids) == ["a", "b", "c", "d"]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"opted_out": True}, "opted_out"),
        ({"raw_ranking": None}, "unknown_user"),
        ({"raw_ranking": b"{broken"}, "bad_ranking"),
    ],
)
def test_fallback_serves_popular_items_deterministically(
    changes: dict[str, object], reason: str
) -> None:
    result = assemble(**changes)
    assert result == assemble(**changes)
    assert result.source == "popular"
    assert result.fallback_reason == reason
    assert result.policy_version == POPULAR_POLICY
    assert result.item_ids == ["p1", "p2"]
    # Popular items carry no blended score: their log2 popularity is in other units.
    assert result.scores == [None, None]
    assert result.popularities == [None, None]  # no meta hash, so no decay to apply
    assert result.propensities == [1.0, 1.0]


def test_popular_items_carry_decayed_engagements_at_the_tenants_last_event() -> None:
    # Half-life 1000 ms, last engagement at t = 8000 ms: log2 score 9 is 2 ** (9 - 8) = 2
    # decayed engagements, 8 is 1.
    result = assemble(raw_ranking=None, decay=Decay(half_life_ms=1000.0, updated_ms=8000))
    assert result.popularities == [2.0, 1.0]
    assert result.scores == [None, None]
    doc = result.to_dict()
    assert [item["popularity"] for item in doc["items"]] == [2.0, 1.0]
    assert [item["score"] for item in doc["items"]] == [None, None]


def test_personalized_items_carry_scores_and_no_popularity() -> None:
    result = assemble()
    assert result.source == "personalized"
    assert all(score is not None and score < 0 for score in result.scores)
    assert result.popularities == [None, None]


@pytest.mark.parametrize(
    ("changes", "known"),
    [
        ({}, True),  # the user's ranking
        ({"raw_ranking": None}, True),  # popular items
        ({"raw_ranking": None, "popular_rows": [], "decay": Decay(1000.0, 1)}, True),  # meta
        ({"raw_ranking": None, "popular_rows": []}, False),  # nothing at all
    ],
)
def test_a_tenant_is_known_by_anything_redis_holds_of_it(
    changes: dict[str, object], known: bool
) -> None:
    assert assemble(**changes).tenant_known is known


def test_opt_out_wins_over_a_stored_ranking() -> None:
    result = assemble(opted_out=True)
    assert result.source == "popular"


def test_no_popular_items_falls_back_to_static_keeping_the_reason() -> None:
    result = assemble(raw_ranking=None, popular_rows=[], k=5, static_items=("s1", "s1", "s2"))
    assert result.source == "static"
    assert result.fallback_reason == "unknown_user"
    assert result.policy_version == STATIC_POLICY
    assert result.item_ids == ["s1", "s2"]
    assert result.propensities == [1.0, 1.0]
    assert result.scores == [None, None]


def test_personalized_result_as_json() -> None:
    result = personalized_result(decode_ranking(RAW), 2, "req-9")
    doc = json.loads(json.dumps(result.to_dict()))
    assert doc["source"] == "personalized"
    assert doc["request_id"] == "req-9"
    assert [item["position"] for item in doc["items"]] == [1, 2]
    assert set(doc["items"][0]) == {"item_id", "position", "score", "popularity", "propensity"}


def test_ranking_key_is_tagged_by_tenant_and_user() -> None:
    keys = KeyLayout("p13n:v1")
    assert keys.user_ranking("shop", "ab12", "top") == "p13n:v1:{shop/ab12}:rank:top"


def test_reader_refuses_an_unbounded_client() -> None:
    settings = load_settings(env={})
    with pytest.raises(ConfigError, match="socket_timeout"):
        RankingReader(Redis.from_url(settings.redis_url), settings)
    slow = reader_client(settings, timeout_s=1.0)
    with pytest.raises(ConfigError, match="socket_timeout"):
        RankingReader(slow, settings, timeout_s=0.05)
    with pytest.raises(ConfigError, match="retry"):
        # redis-py's constructor defaults to three retries with backoff.
        RankingReader(Redis(socket_timeout=0.01, socket_connect_timeout=0.01), settings)


def test_reader_accepts_its_own_client_and_validates_k() -> None:
    settings = load_settings(env={})
    reader = RankingReader(reader_client(settings, 0.05), settings, timeout_s=0.05)
    with pytest.raises(ValueError, match="k must be"):
        reader.top_k("shop", "u1", "top", 0, "req")
    with pytest.raises(ValueError, match="tenant"):
        reader.top_k("sh{op", "u1", "top", 3, "req")


def test_metrics_bundle_registers_on_the_given_registry() -> None:
    registry = CollectorRegistry()
    metrics = ReaderMetrics.create(registry)
    metrics.calls.labels(source="static").inc()
    assert registry.get_sample_value("personalize_reader_calls_total", {"source": "static"}) == 1
