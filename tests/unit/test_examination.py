"""Examination (theta) by EM on non-randomized counts: recovery, oracles, invariants, fallback."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from scipy import optimize

from processors.bandit import BanditCounts, estimate_examination
from processors.examination import (
    ExaminationConfig,
    assess_examination,
    estimate_theta,
    fit_examination,
    informative_counts,
)
from processors.simulator import (
    Environment,
    PolicyConfig,
    favouring_slates,
    log_slates,
    run_policy,
)

THETA = (1.0, 0.6, 0.4)
# EM alone, no thresholds: for the invariants of the estimator itself on small inputs.
UNGATED = ExaminationConfig(
    min_impressions=0, min_position_impressions=0, min_position_clicks=1, max_standard_error=1e9
)


def _favouring_log(seed: int, rounds: int, sharpness: float, n_items: int = 50) -> BanditCounts:
    """Counts logged by :func:`favouring_slates` on a seeded simulated surface."""
    rng = np.random.default_rng(seed)
    env = Environment.draw(n_items, THETA, rng)
    slates = favouring_slates(env.alpha, env.slots, rounds, sharpness, rng)
    return log_slates(BanditCounts.zeros(n_items, env.slots), slates, env.clicks(slates, rng))


def _assert_within_standard_errors(theta: tuple[float, ...], se: tuple[float, ...]) -> None:
    # 4 standard errors of log(theta_k / theta_1), turned into theta units by the delta method.
    # Over 30 seeds of the favouring-policy setup (bench/examination_eval.py) the largest
    # |z| was 3.2, and these tests are seeded, so 4 leaves room without being loose: the
    # standard errors are asserted small enough that the bound is a few hundredths.
    for k in range(1, len(THETA)):
        assert se[k] < 0.05
        assert abs(theta[k] - THETA[k]) <= 4 * se[k] * theta[k]


def test_recovers_theta_when_good_items_are_shown_on_top() -> None:
    counts = _favouring_log(seed=0, rounds=100_000, sharpness=2.0)
    assessment = assess_examination(counts.impressions, counts.clicks)
    assert assessment.verdict == "identified"
    assert assessment.theta is not None
    assert assessment.fit is not None
    _assert_within_standard_errors(assessment.theta, assessment.fit.standard_errors)
    # The CTR ratio, right only under random placement, is biased here: good items on top
    # inflate the top CTR. EM charges that to alpha, so it must do clearly better.
    naive = estimate_examination(
        counts.impressions.sum(axis=0), counts.clicks.sum(axis=0), smoothing=0.0
    )
    assert abs(naive[2] - THETA[2]) > 0.04
    assert abs(assessment.theta[2] - THETA[2]) < abs(naive[2] - THETA[2]) / 3


def test_recovers_theta_from_the_log_of_a_learning_bandit() -> None:
    # The ranking policy itself (PBM Thompson sampling with a 5% floor) converges on a few
    # items in fixed slots: the hard, realistic case, where EM converges slowest.
    rng = np.random.default_rng(4)
    env = Environment.draw(50, THETA, rng)
    _, counts = run_policy(env, "pbm-ts", 30_000, rng, PolicyConfig(epsilon=0.05))
    assessment = assess_examination(counts.impressions, counts.clicks)
    assert assessment.verdict == "identified"
    assert assessment.theta is not None
    assert assessment.fit is not None
    assert assessment.fit.converged
    _assert_within_standard_errors(assessment.theta, assessment.fit.standard_errors)


def test_agrees_with_the_ctr_ratio_under_uniform_placement() -> None:
    # With uniform random placement both estimate the same ratio (processors.bandit module
    # doc), and they differ by much less than either's sampling error: at most 0.4 standard
    # errors over 10 seeds in bench/examination_eval.py. Half a standard error here.
    counts = _favouring_log(seed=1, rounds=100_000, sharpness=0.0)
    fit = fit_examination(counts.impressions, counts.clicks)
    ratio = estimate_examination(
        counts.impressions.sum(axis=0), counts.clicks.sum(axis=0), smoothing=0.0
    )
    for k in range(1, len(THETA)):
        assert abs(fit.theta[k] - ratio[k]) <= 0.5 * fit.standard_errors[k] * fit.theta[k]


def _pbm_log_likelihood(log_params: np.ndarray, shown: np.ndarray, clicked: np.ndarray) -> float:
    """PBM log-likelihood with theta_1 = 1; ``log_params = (log theta_2.., log alpha_i..)``."""
    n_positions = shown.shape[1]
    log_theta = np.concatenate([[0.0], log_params[: n_positions - 1]])
    log_alpha = log_params[n_positions - 1 :]
    p = np.exp(log_alpha[:, None] + log_theta[None, :])
    return float(np.sum(clicked * np.log(p) + (shown - clicked) * np.log1p(-p)))


def _pbm_gradient(log_params: np.ndarray, shown: np.ndarray, clicked: np.ndarray) -> np.ndarray:
    n_positions = shown.shape[1]
    log_theta = np.concatenate([[0.0], log_params[: n_positions - 1]])
    p = np.exp(log_params[n_positions - 1 :][:, None] + log_theta[None, :])
    per_cell = (clicked - shown * p) / (1.0 - p)  # d loglik / d log p
    return np.concatenate([per_cell.sum(axis=0)[1:], per_cell.sum(axis=1)])


def test_em_reaches_the_likelihood_maximum_found_by_scipy() -> None:
    # Oracle: maximize the PBM likelihood directly (L-BFGS-B on log parameters, theta_1 = 1)
    # and check EM, a different algorithm, reaches the same maximum and the same theta.
    rng = np.random.default_rng(7)
    alpha = rng.beta(2.0, 20.0, size=30)
    share = rng.dirichlet(np.ones(3), size=30)  # non-uniform placement per item
    shown = rng.multinomial(400, share)
    clicked = rng.binomial(shown, alpha[:, None] * np.array(THETA)[None, :])
    assert np.all(clicked.sum(axis=1) > 0)
    assert np.all((shown > 0).sum(axis=1) >= 2)  # every item informative: same data for both
    ctr = clicked.sum(axis=1) / shown.sum(axis=1)
    start = np.concatenate([[0.0, 0.0], np.log(ctr)])
    bounds = [(-5.0, np.log(3.0))] * 2 + [(-15.0, np.log(0.3))] * 30  # keeps p < 0.9
    result = optimize.minimize(
        lambda x: -_pbm_log_likelihood(x, shown, clicked),
        start,
        jac=lambda x: -_pbm_gradient(x, shown, clicked),
        method="L-BFGS-B",
        bounds=bounds,
        options={"ftol": 1e-15, "gtol": 1e-10, "maxiter": 10_000},
    )
    assert result.success
    scipy_theta = np.exp(np.concatenate([[0.0], result.x[:2]]))
    fit = fit_examination(shown, clicked, UNGATED)
    assert fit.converged
    assert fit.log_likelihood >= -result.fun - 1e-6
    assert fit.log_likelihood == pytest.approx(-result.fun, abs=1e-5)
    assert fit.theta == pytest.approx(tuple(scipy_theta), abs=1e-4)


def test_accelerated_and_plain_em_reach_the_same_fit() -> None:
    counts = _favouring_log(seed=2, rounds=30_000, sharpness=2.0)
    accelerated = fit_examination(counts.impressions, counts.clicks)
    plain = fit_examination(
        counts.impressions,
        counts.clicks,
        ExaminationConfig(accelerate=False, max_iterations=50_000),
    )
    assert accelerated.converged
    assert plain.converged
    assert accelerated.iterations < plain.iterations
    assert accelerated.theta == pytest.approx(plain.theta, abs=1e-4)


@pytest.mark.parametrize(
    ("impressions", "clicks", "verdict"),
    [
        (
            [[100, 0, 0], [0, 100, 0], [0, 0, 100]],
            [[5, 0, 0], [0, 5, 0], [0, 0, 5]],
            "positions_not_linked",
        ),
        ([[100, 100, 0], [0, 0, 100]], [[5, 5, 0], [0, 0, 5]], "positions_not_linked"),
        ([[100, 100, 100]], [[0, 0, 0]], "positions_not_linked"),  # never clicked: no information
        ([[100, 100, 100]], [[5, 5, 5]], "too_few_impressions"),
        ([[100], [200]], [[5], [6]], "one_position"),
    ],
)
def test_unidentifiable_counts_fall_back(
    impressions: list[list[int]], clicks: list[list[int]], verdict: str
) -> None:
    assessment = assess_examination(np.array(impressions), np.array(clicks))
    assert assessment.verdict == verdict
    assert assessment.theta is None
    assert estimate_theta(np.array(impressions), np.array(clicks)) is None


def test_thresholds_are_applied_in_order() -> None:
    counts = _favouring_log(seed=3, rounds=20_000, sharpness=2.0)
    shown, clicked = counts.impressions, counts.clicks
    assert assess_examination(shown, clicked).verdict == "identified"
    total = int(informative_counts(shown, clicked)[0].sum())
    strict = ExaminationConfig(min_impressions=total + 1)
    assert assess_examination(shown, clicked, strict).verdict == "too_few_impressions"
    per_position = ExaminationConfig(min_position_impressions=10**9, min_impressions=0)
    assert assess_examination(shown, clicked, per_position).verdict == (
        "too_few_position_impressions"
    )
    few_clicks = ExaminationConfig(min_position_clicks=10**9)
    assert assess_examination(shown, clicked, few_clicks).verdict == "too_few_position_clicks"
    precise = ExaminationConfig(max_standard_error=1e-6)
    assessment = assess_examination(shown, clicked, precise)
    assert assessment.verdict == "standard_error_too_high"
    assert assessment.fit is not None  # EM ran; the fit is there for operators to see
    assert assessment.theta is None
    short = ExaminationConfig(max_iterations=2)
    assert assess_examination(shown, clicked, short).verdict == "not_converged"


def test_bad_counts_are_rejected() -> None:
    with pytest.raises(ValueError, match="same shape"):
        fit_examination(np.ones((3, 2), dtype=int), np.ones((3, 3), dtype=int))
    with pytest.raises(ValueError, match=">= 0"):
        informative_counts(np.array([[1, -1]]), np.array([[0, 0]]))
    with pytest.raises(ValueError, match="integers"):
        informative_counts(np.array([[1.5, 1.0]]), np.array([[0.0, 0.0]]))
    with pytest.raises(ValueError, match="not linked"):
        fit_examination(np.array([[10, 0], [0, 10]]), np.array([[1, 0], [0, 1]]))
    with pytest.raises(ValueError, match="no clicks"):
        fit_examination(np.array([[10, 10]]), np.array([[1, 0]]), UNGATED)
    with pytest.raises(ValueError, match="tolerance"):
        ExaminationConfig(tolerance=0.0)


@st.composite
def linked_counts(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    """Counts EM can fit: every item at every position, every position with a click."""
    n_items = draw(st.integers(min_value=1, max_value=8))
    n_positions = draw(st.integers(min_value=2, max_value=4))
    shape = (n_items, n_positions)
    shown = draw(hnp.arrays(np.int64, shape, elements=st.integers(1, 60)))
    rates = draw(hnp.arrays(np.float64, shape, elements=st.floats(0.0, 0.6)))
    clicked = np.floor(shown * rates).astype(np.int64)
    clicked[0] = np.maximum(clicked[0], 1)  # a click at every position (else theta_k = 0)
    return shown, clicked


@settings(max_examples=60, deadline=None)
@given(linked_counts(), st.randoms(use_true_random=False))
def test_fit_is_normalized_positive_and_independent_of_item_order(
    counts: tuple[np.ndarray, np.ndarray], shuffler: random.Random
) -> None:
    shown, clicked = counts
    fit = fit_examination(shown, clicked, UNGATED)
    assert fit.theta[0] == 1.0
    assert len(fit.theta) == shown.shape[1]
    assert all(np.isfinite(x) and x > 0 for x in fit.theta)
    assert fit.standard_errors[0] == 0.0
    order = list(range(shown.shape[0]))
    shuffler.shuffle(order)
    # Rows are put in a canonical order first, so the result is bit-for-bit the same.
    assert fit_examination(shown[order], clicked[order], UNGATED) == fit


@settings(max_examples=40, deadline=None)
@given(linked_counts(), st.integers(min_value=2, max_value=5))
def test_scaling_every_count_leaves_theta_unchanged(
    counts: tuple[np.ndarray, np.ndarray], factor: int
) -> None:
    # The EM map depends on counts only through ratios, so the path is the same up to
    # rounding; plain EM keeps the path free of SQUAREM's accept/reject branches.
    shown, clicked = counts
    plain = ExaminationConfig(
        min_impressions=0,
        min_position_impressions=0,
        min_position_clicks=1,
        max_standard_error=1e9,
        accelerate=False,
        max_iterations=20_000,
    )
    base = fit_examination(shown, clicked, plain)
    scaled = fit_examination(shown * factor, clicked * factor, plain)
    assert scaled.theta == pytest.approx(base.theta, rel=1e-6)


@st.composite
def single_position_counts(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    """Counts where every item was shown at one position only (any clicks)."""
    n_items = draw(st.integers(min_value=0, max_value=8))
    n_positions = draw(st.integers(min_value=1, max_value=4))
    shown = np.zeros((n_items, n_positions), dtype=np.int64)
    clicked = np.zeros_like(shown)
    for item in range(n_items):
        position = draw(st.integers(0, n_positions - 1))
        shown[item, position] = draw(st.integers(0, 10_000))
        clicked[item, position] = draw(st.integers(0, 10_000))
    return shown, clicked


@settings(max_examples=60, deadline=None)
@given(single_position_counts())
def test_items_at_one_position_never_identify_theta(counts: tuple[np.ndarray, np.ndarray]) -> None:
    assessment = assess_examination(*counts, UNGATED)
    assert assessment.theta is None
    assert assessment.items == 0
    assert estimate_theta(*counts) is None


@settings(max_examples=100, deadline=None)
@given(
    hnp.arrays(np.int64, st.tuples(st.integers(0, 10), st.just(3)), elements=st.integers(0, 3000)),
    st.floats(0.0, 2.0),
)
def test_live_counts_give_a_valid_theta_or_none(shown: np.ndarray, click_share: float) -> None:
    # Whatever Redis holds (clicks may exceed impressions: repeated clicks), the default,
    # gated estimate either falls back or is one positive float per position, the first 1.0.
    clicked = np.floor(shown * click_share * 0.1).astype(np.int64)
    theta = estimate_theta(shown, clicked)
    if theta is not None:
        assert theta[0] == 1.0
        assert len(theta) == 3
        assert all(np.isfinite(x) and x > 0 for x in theta)
