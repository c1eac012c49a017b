"""Ranking: materialized distributions, Plackett-Luce serving, exact propensities."""

from __future__ import annotations

import itertools
import math
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from processors.bandit import BanditState
from processors.ranking import (
    RankingConfig,
    floor_softmax,
    materialize,
    rng_for,
    sample_ranking,
    slate_probability,
)

THETA = (1.0, 0.6, 0.4)
ITEMS = ("a", "b", "c", "d", "e")
P = np.array([0.4, 0.25, 0.2, 0.1, 0.05])


def _state(clicks_by_item: dict[str, tuple[int, int]]) -> BanditState:
    """A state with ``(impressions, clicks)`` per item, all at position 1."""
    return BanditState.from_counts(
        3,
        {
            item: ((shown, 0, 0), (clicked, 0, 0))
            for item, (shown, clicked) in clicks_by_item.items()
        },
    )


def test_rng_for_is_deterministic_and_key_and_offset_sensitive() -> None:
    draw = rng_for("tenant|user", 5).random(4)
    assert np.array_equal(draw, rng_for("tenant|user", 5).random(4))
    assert not np.array_equal(draw, rng_for("tenant|user", 6).random(4))
    assert not np.array_equal(draw, rng_for("tenant|usex", 5).random(4))
    with pytest.raises(ValueError, match="offset"):
        rng_for("k", -1)


def test_first_position_frequencies_match_propensities() -> None:
    rng = np.random.default_rng(11)
    n = 20_000
    first = Counter(sample_ranking(P, ITEMS, 3, rng)[0].item_id for _ in range(n))
    observed = np.array([first[i] for i in ITEMS])
    result = stats.chisquare(observed, P * n)
    assert result.pvalue > 0.001
    placed = sample_ranking(P, ITEMS, 1, rng_for("x", 0))[0]
    assert placed.propensity == pytest.approx(P[ITEMS.index(placed.item_id)])


def test_second_position_given_prefix_matches_propensities() -> None:
    rng = np.random.default_rng(12)
    seconds: Counter[str] = Counter()
    reported: dict[str, float] = {}
    for _ in range(30_000):
        slate = sample_ranking(P, ITEMS, 2, rng)
        if slate[0].item_id == "a":
            seconds[slate[1].item_id] += 1
            reported[slate[1].item_id] = slate[1].propensity
    expected = {i: P[ITEMS.index(i)] / (1 - P[0]) for i in ITEMS[1:]}
    assert reported == pytest.approx(expected)
    observed = np.array([seconds[i] for i in ITEMS[1:]])
    total = observed.sum()
    result = stats.chisquare(observed, np.array([expected[i] for i in ITEMS[1:]]) * total)
    assert result.pvalue > 0.001
    # Each reported propensity also passes its own two-sided binomial test.
    for item in ITEMS[1:]:
        assert stats.binomtest(seconds[item], int(total), expected[item]).pvalue > 0.001


@pytest.mark.parametrize("epsilon", [0.0, 0.2, 1.0])
def test_slate_probabilities_sum_to_one_and_match_propensity_products(epsilon: float) -> None:
    slates = itertools.permutations(ITEMS, 3)
    total = sum(slate_probability(P, ITEMS, s, epsilon) for s in slates)
    assert total == pytest.approx(1.0)
    slate = sample_ranking(P, ITEMS, 3, np.random.default_rng(1), epsilon)
    product = math.prod(x.propensity for x in slate)
    assert slate_probability(P, ITEMS, [x.item_id for x in slate], epsilon) == pytest.approx(
        product
    )
    assert slate_probability(P, ITEMS, ["a", "a"]) == 0.0
    assert slate_probability(P, ITEMS, ["z"]) == 0.0


def test_sample_ranking_rejects_bad_distributions() -> None:
    with pytest.raises(ValueError, match="one probability"):
        sample_ranking([1.0], ITEMS, 1, np.random.default_rng(0))
    with pytest.raises(ValueError, match="distribution"):
        sample_ranking([0.5, 0.6], ["a", "b"], 1, np.random.default_rng(0))
    with pytest.raises(ValueError, match="epsilon"):
        sample_ranking([0.5, 0.5], ["a", "b"], 1, np.random.default_rng(0), 1.5)


def test_per_stage_floor_frequencies_match_propensities() -> None:
    """With the floor, position 1 is ``p``; position 2 given ``a`` first mixes the floor again."""
    epsilon = 0.3
    peaked = np.array([0.97, 0.01, 0.01, 0.005, 0.005])
    rng = np.random.default_rng(13)
    n = 20_000
    firsts: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    for _ in range(n):
        slate = sample_ranking(peaked, ITEMS, 2, rng, epsilon)
        firsts[slate[0].item_id] += 1
        if slate[0].item_id == "a":
            seconds[slate[1].item_id] += 1
    p_first = (1 - epsilon) * peaked + epsilon / 5
    assert stats.chisquare([firsts[i] for i in ITEMS], p_first * n).pvalue > 0.001
    rest = peaked[1:] / peaked[1:].sum()
    p_second = (1 - epsilon) * rest + epsilon / 4
    total = sum(seconds.values())
    assert stats.chisquare([seconds[i] for i in ITEMS[1:]], p_second * total).pvalue > 0.001
    placed = sample_ranking(peaked, ITEMS, 5, rng_for("u", 3), epsilon)
    assert all(x.propensity >= epsilon / (6 - x.position) for x in placed)


def test_zero_probability_items_are_never_served() -> None:
    slate = sample_ranking([0.5, 0.5, 0.0], ["a", "b", "c"], 3, np.random.default_rng(0))
    assert sorted(x.item_id for x in slate) == ["a", "b"]
    # With a floor, a zero-weight item is still servable, with propensity epsilon / n.
    floored = sample_ranking([0.5, 0.5, 0.0], ["a", "b", "c"], 3, np.random.default_rng(0), 0.1)
    assert sorted(x.item_id for x in floored) == ["a", "b", "c"]


def test_materialized_ranking_serves_with_its_floor() -> None:
    state = _state({"good": (1000, 200), "bad": (1000, 10), "mid": (1000, 50)})
    ranking = materialize(state, THETA, {}, [], RankingConfig(k=3, epsilon=0.3), rng_for("u", 0))
    served = ranking.sample(3, rng_for("req-1", 0))
    assert [x.position for x in served] == [1, 2, 3]
    slate = [x.item_id for x in served]
    assert slate_probability(ranking.weights, ranking.items, slate, 0.3) == pytest.approx(
        math.prod(x.propensity for x in served)
    )


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.floats(min_value=-20, max_value=20), min_size=1, max_size=60),
    st.floats(min_value=0.0, max_value=1.0),
    st.floats(min_value=0.01, max_value=10.0),
)
def test_floor_softmax_is_a_distribution_with_the_floor(
    scores: list[float], epsilon: float, temperature: float
) -> None:
    p = floor_softmax(np.array(scores), temperature, epsilon)
    assert p.sum() == pytest.approx(1.0)
    assert np.all(p >= epsilon / len(scores) * (1 - 1e-12))


def test_materialize_prefers_the_better_item_and_keeps_the_floor() -> None:
    state = _state({"good": (1000, 200), "bad": (1000, 10), "mid": (1000, 50)})
    config = RankingConfig(k=3, epsilon=0.1)
    ranking = materialize(state, THETA, {}, [], config, rng_for("u", 0))
    assert ranking.items[0] == "good"
    assert not ranking.cold_start
    first = ranking.first_position_probabilities()
    assert sum(first) == pytest.approx(1.0)
    assert min(first) >= 0.1 / 3 - 1e-12
    assert ranking.epsilon == 0.1
    again = materialize(state, THETA, {}, [], config, rng_for("u", 0))
    assert again == ranking


def test_affinity_can_lift_an_item() -> None:
    state = _state({"x": (1000, 100), "y": (1000, 90)})
    config = RankingConfig(k=2, affinity_weight=1.0)
    plain = materialize(state, THETA, {}, [], config, rng_for("u", 1))
    lifted = materialize(state, THETA, {"y": 2.0}, [], config, rng_for("u", 1))
    assert plain.items[0] == "x"
    assert lifted.items[0] == "y"


def test_cold_start_follows_popularity() -> None:
    popular = ["p1", "p2", "p3", "p4"]
    config = RankingConfig(k=3, epsilon=0.05, exploration_slots=0)
    ranking = materialize(BanditState(), THETA, {}, popular, config, rng_for("u", 2))
    assert ranking.cold_start
    assert ranking.items == ("p1", "p2", "p3")
    explored = materialize(BanditState(), THETA, {}, popular, RankingConfig(k=3), rng_for("u", 2))
    assert explored.items[:2] == ("p1", "p2")
    with pytest.raises(ValueError, match="no candidate"):
        materialize(BanditState(), THETA, {}, [], config, rng_for("u", 2))


def test_exploration_slots_reach_items_outside_the_top() -> None:
    state = _state({f"i{n:02d}": (200, 40 - n) for n in range(30)})
    config = RankingConfig(k=10, exploration_slots=3)
    seen: set[str] = set()
    for offset in range(200):
        ranking = materialize(state, THETA, {}, [], config, rng_for("u", offset))
        assert len(ranking.items) == 10
        seen.update(ranking.items)
    assert len(seen) == 30


def test_config_is_validated() -> None:
    with pytest.raises(ValueError, match="epsilon"):
        RankingConfig(epsilon=1.5)
    with pytest.raises(ValueError, match="exploration_slots"):
        RankingConfig(exploration_slots=-1)
