"""The simulated PBM surface and the compared policies."""

from __future__ import annotations

import numpy as np
import pytest

from processors.simulator import (
    Environment,
    fit_power_law,
    simulate,
    staged_floor_slates,
)

THETA = (1.0, 0.6, 0.4)


def test_optimal_value_is_the_best_assignment() -> None:
    env = Environment(np.array([0.1, 0.5, 0.3, 0.2]), np.array(THETA))
    assert env.optimal_value() == pytest.approx(0.5 + 0.6 * 0.3 + 0.4 * 0.2)
    slates = np.array([[1, 2, 3], [3, 2, 1]])
    assert env.expected_clicks(slates)[0] == pytest.approx(env.optimal_value())
    assert env.expected_clicks(slates)[1] < env.optimal_value()


def test_staged_slates_never_repeat_an_item() -> None:
    rng = np.random.default_rng(0)
    weights = rng.dirichlet(np.full(6, 0.2), size=500)
    slates = staged_floor_slates(weights, 3, 0.1, rng)
    assert all(len(set(row)) == 3 for row in slates.tolist())


def test_ours_beats_uniform_in_a_short_run() -> None:
    env = Environment.draw(50, THETA, np.random.default_rng(0))
    rounds = 3000
    ours = simulate(env, "pbm-ts", rounds, np.random.default_rng(1))
    uniform = simulate(env, "uniform", rounds, np.random.default_rng(1))
    assert ours[-1] < 0.7 * uniform[-1]
    # Cumulative pseudo-regret never decreases.
    assert np.all(np.diff(ours) >= -1e-12)


def test_power_law_fit_recovers_the_exponent() -> None:
    t = np.arange(1, 1001, dtype=np.float64)
    c, beta = fit_power_law(3.0 * t**0.5, 500)
    assert (c, beta) == pytest.approx((3.0, 0.5))
    with pytest.raises(ValueError, match="positive"):
        fit_power_law(np.zeros(10), 5)
