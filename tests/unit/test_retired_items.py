"""Retired items are never served, and leaving them out keeps propensities exact."""

from __future__ import annotations

import json
import math

import pytest

from processors.ranking import MaterializedRanking, without_items
from sinks.ranking_reader import assemble_result

RANKING = MaterializedRanking(
    items=("a", "b", "c"),
    weights=(0.5, 0.3, 0.2),
    epsilon=0.1,
    scores=(3.0, 2.0, 1.0),
    cold_start=False,
)


def test_without_items_renormalizes_the_rest() -> None:
    kept = without_items(RANKING, {"a"})
    assert kept is not None
    assert kept.items == ("b", "c")
    assert math.isclose(sum(kept.weights), 1.0)
    assert math.isclose(kept.weights[0], 0.6)
    assert without_items(RANKING, {"z"}) is RANKING
    assert without_items(RANKING, {"a", "b", "c"}) is None


def _stored(ranking: MaterializedRanking) -> str:
    return json.dumps({
        "items": list(ranking.items), "weights": list(ranking.weights),
        "scores": list(ranking.scores), "epsilon": ranking.epsilon,
        "cold_start": ranking.cold_start, "policy_version": "pbm-ts-v1", "version": 3,
    })  # fmt: skip


def test_reader_never_serves_a_retired_item() -> None:
    popular = [(b"a", 9.0), (b"x", 8.0), (b"y", 7.0)]
    for request in range(50):
        result = assemble_result(
            opted_out=False, raw_ranking=_stored(RANKING), popular_rows=popular,
            static_items=(), k=2, request_id=f"r{request}", retired=frozenset({"a"}),
        )  # fmt: skip
        assert result.source == "personalized"
        assert "a" not in result.item_ids
    fallback = assemble_result(
        opted_out=True, raw_ranking=None, popular_rows=popular, static_items=(), k=2,
        request_id="r", retired=frozenset({"a"}),
    )  # fmt: skip
    assert fallback.item_ids == ["x", "y"]


@pytest.mark.parametrize("retired", [frozenset({"a", "b", "c"})])
def test_a_ranking_of_only_retired_items_falls_back(retired: frozenset[str]) -> None:
    result = assemble_result(
        opted_out=False, raw_ranking=_stored(RANKING), popular_rows=[(b"x", 1.0)],
        static_items=(), k=2, request_id="r", retired=retired,
    )  # fmt: skip
    assert result.source == "popular"
    assert result.fallback_reason == "retired_items"
