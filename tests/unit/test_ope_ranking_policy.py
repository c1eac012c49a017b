"""The project's ranking policy as an OPE action distribution: exact marginals vs enumeration."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from processors.ope.ranking_policy import expected_action_dist, ranking_action_dist
from processors.ranking import slate_probability
from schemas.errors import EvaluationInputError


def _enumerated(weights: np.ndarray, epsilon: float, len_list: int) -> np.ndarray:
    """Sum processors.ranking.slate_probability over every ordered list of len_list items."""
    items = [f"i{k}" for k in range(weights.shape[0])]
    out = np.zeros((weights.shape[0], len_list))
    for slate in itertools.permutations(range(weights.shape[0]), len_list):
        probability = slate_probability(weights, items, [items[k] for k in slate], epsilon)
        for position, item in enumerate(slate):
            out[item, position] += probability
    return out


@pytest.mark.parametrize("epsilon", [0.0, 0.1, 1.0])
@pytest.mark.parametrize("seed", [0, 1])
def test_exact_marginals_equal_the_enumerated_slate_probabilities(
    epsilon: float, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    weights = rng.dirichlet(np.ones(6))
    weights[2] = 0.0  # a candidate the policy never serves without a floor
    weights /= weights.sum()
    ours = ranking_action_dist(weights, epsilon, 3)
    np.testing.assert_allclose(ours, _enumerated(weights, epsilon, 3), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(ours.sum(axis=0), 1.0, rtol=1e-12)
    if epsilon == 0.0:
        assert not ours[2].any()


def test_too_few_servable_candidates_is_refused() -> None:
    with pytest.raises(EvaluationInputError, match="fewer than 3 positions"):
        ranking_action_dist(np.array([0.5, 0.5, 0.0]), 0.0, 3)


def test_monte_carlo_mean_of_exact_marginals_is_seeded_and_scattered() -> None:
    first = (np.array([4, 1, 7]), np.array([0.6, 0.3, 0.1]))
    second = (np.array([0, 4, 2]), np.array([0.2, 0.2, 0.6]))

    def draw(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        return first if rng.random() < 0.5 else second

    dist = expected_action_dist(draw, n_items=8, epsilon=0.05, len_list=2, n_samples=400, seed=3)
    again = expected_action_dist(draw, n_items=8, epsilon=0.05, len_list=2, n_samples=400, seed=3)
    np.testing.assert_array_equal(dist, again)
    np.testing.assert_allclose(dist.sum(axis=0), 1.0, rtol=1e-12)
    share = np.random.default_rng(3).random(400) < 0.5
    expected = np.zeros((8, 2))
    np.add.at(expected, first[0], share.mean() * ranking_action_dist(first[1], 0.05, 2))
    np.add.at(expected, second[0], (1 - share.mean()) * ranking_action_dist(second[1], 0.05, 2))
    np.testing.assert_allclose(dist, expected, rtol=1e-12)
    assert dist[3].sum() == 0.0  # never a candidate
