"""Named invariants of the OPE estimators, checked with hypothesis.

``derandomize=True`` makes hypothesis draw the same examples on every run (a seeded test).
"""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.ope import LoggedRounds, estimate_policy_value, overlap_diagnostics, round_terms

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True)


@st.composite
def cases(draw: st.DrawFn) -> tuple[LoggedRounds, np.ndarray, np.ndarray]:
    """Random logged rounds, a candidate with some zero probabilities and a reward model."""
    seed = draw(st.integers(0, 2**32 - 1))
    n = draw(st.integers(1, 60))
    n_items = draw(st.integers(1, 6))
    len_list = draw(st.integers(1, 3))
    rng = np.random.default_rng(seed)
    dist = rng.dirichlet(np.ones(n_items), size=(n, len_list)).transpose(0, 2, 1)
    logged = LoggedRounds(
        action=rng.integers(0, n_items, n),
        position=rng.integers(0, len_list, n),
        reward=rng.binomial(1, 0.4, n).astype(np.float64),
        pscore=rng.uniform(0.05, 1.0, n),
    )
    q = rng.uniform(0.0, 1.0, (n, n_items, len_list))
    return logged, dist, q


def _logging_policy_itself(case: tuple[LoggedRounds, np.ndarray, np.ndarray]) -> LoggedRounds:
    logged, dist, _ = case
    rows = np.arange(logged.n_rounds)
    pscore = dist[rows, logged.action, logged.position]
    return LoggedRounds(logged.action, logged.position, logged.reward, pscore)


@SETTINGS
@given(cases())
def test_ipw_of_the_logging_policy_is_the_mean_reward(case: tuple) -> None:
    logged = _logging_policy_itself(case)
    terms = round_terms(logged, case[1])
    assert math.isclose(
        estimate_policy_value("ipw", terms), float(logged.reward.mean()), rel_tol=1e-12
    )
    assert math.isclose(
        estimate_policy_value("snipw", terms), float(logged.reward.mean()), rel_tol=1e-12
    )


@SETTINGS
@given(cases(), st.floats(0.01, 100.0))
def test_snipw_is_invariant_to_scaling_the_weights(case: tuple, scale: float) -> None:
    logged, dist, _ = case
    scaled = LoggedRounds(logged.action, logged.position, logged.reward, logged.pscore * scale)
    before = estimate_policy_value("snipw", round_terms(logged, dist))
    after = estimate_policy_value("snipw", round_terms(scaled, dist))
    assert math.isclose(before, after, rel_tol=1e-9, abs_tol=1e-15)


@SETTINGS
@given(cases())
def test_dr_with_the_true_logged_rewards_is_dm(case: tuple) -> None:
    logged, dist, q = case
    q = q.copy()
    q[np.arange(logged.n_rounds), logged.action, logged.position] = logged.reward
    terms = round_terms(logged, dist, q)
    dm = estimate_policy_value("dm", terms)
    for name in ("dr", "sndr", "switch-dr"):
        assert math.isclose(estimate_policy_value(name, terms), dm, rel_tol=1e-12, abs_tol=1e-15)


@SETTINGS
@given(cases())
def test_limits_of_the_hyperparameters(case: tuple) -> None:
    logged, dist, q = case
    terms = round_terms(logged, dist, q)
    dr = estimate_policy_value("dr", terms)
    dm = estimate_policy_value("dm", terms)
    assert estimate_policy_value("switch-dr", terms, math.inf) == dr
    assert estimate_policy_value("dr-os", terms, math.inf) == dr
    assert estimate_policy_value("dr-os", terms, 0.0) == dm
    # Switching below the smallest positive weight drops every correction: DM.
    smallest = float(terms.weight[terms.weight > 0].min(initial=1.0))
    switched = estimate_policy_value("switch-dr", terms, smallest / 2)
    assert math.isclose(switched, dm, rel_tol=1e-12, abs_tol=1e-15)


@SETTINGS
@given(cases(), st.floats(0.0, 50.0))
def test_clipping_never_raises_ipw_of_nonnegative_rewards(case: tuple, lam: float) -> None:
    logged, dist, _ = case
    terms = round_terms(logged, dist)
    assert estimate_policy_value("ipw", terms, lam) <= estimate_policy_value("ipw", terms)


@SETTINGS
@given(cases())
def test_effective_sample_size_is_between_zero_and_n(case: tuple) -> None:
    logged, dist, _ = case
    overlap = overlap_diagnostics(round_terms(logged, dist).weight)
    assert 0.0 <= overlap.effective_sample_size <= logged.n_rounds * (1 + 1e-12)
    constant = overlap_diagnostics(np.full(logged.n_rounds, 0.3))
    assert math.isclose(constant.effective_sample_size, logged.n_rounds, rel_tol=1e-12)
