"""OPE of the project's ranking policy on the OBD sample: learned on one log, judged on another."""

from __future__ import annotations

import pytest

from processors.ranking import RankingConfig
from streams.tools.policy_ope import evaluate_ranking_policy

THETA = (1.0, 0.6, 0.4)


def test_a_policy_that_explores_uniformly_is_worth_the_logged_click_rate() -> None:
    # epsilon = 1: every position is uniform over all 80 items, as the random logger was, so
    # every importance weight is 1 and the estimate is exactly the logged mean.
    uniform = RankingConfig(k=80, epsilon=1.0)
    result = evaluate_ranking_policy(THETA, uniform, samples=3, estimator="ipw")
    assert result.estimate.value == pytest.approx(result.logged_click_rate, rel=1e-12)
    assert result.estimate.overlap.max_weight == pytest.approx(1.0)


def test_the_estimate_is_seeded() -> None:
    first = evaluate_ranking_policy(THETA, RankingConfig(), samples=5, seed=3)
    again = evaluate_ranking_policy(THETA, RankingConfig(), samples=5, seed=3)
    assert first.estimate.value == again.estimate.value
    assert first.estimate.interval == again.estimate.interval
