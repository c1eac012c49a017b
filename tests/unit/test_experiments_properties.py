"""Named invariants of the experiment statistics (hypothesis, derandomized)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from processors.experiments import (
    GaussianPrior,
    MeanStats,
    ProportionStats,
    bayesian_test,
    bonferroni,
    holm,
    sequential_two_sided_test,
    two_sided_ttest,
)
from processors.experiments.corrections import rejected
from processors.experiments.sequential import rho

SETTINGS = settings(max_examples=80, derandomize=True, deadline=None)


@st.composite
def proportions(draw: st.DrawFn) -> ProportionStats:
    n = draw(st.integers(2, 10**7))
    k = draw(st.integers(1, n - 1))
    return ProportionStats(n, float(k))


@st.composite
def means(draw: st.DrawFn) -> MeanStats:
    n = draw(st.integers(2, 10**6))
    mean = draw(st.floats(-100, 100).filter(lambda m: abs(m) > 1e-3))
    sd = draw(st.floats(0.01, 100))
    total = mean * n
    return MeanStats(n, total, sd**2 * (n - 1) + total**2 / n)


arms = st.one_of(st.tuples(proportions(), proportions()), st.tuples(means(), means()))
alphas = st.floats(0.001, 0.3)


@SETTINGS
@given(arms, alphas, st.sampled_from(["relative", "absolute"]))
def test_every_interval_contains_its_estimate(pair, alpha, difference) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    for result in (
        two_sided_ttest(a, b, difference, alpha),
        sequential_two_sided_test(a, b, difference, alpha),
        bayesian_test(a, b, difference, alpha, GaussianPrior(0.0, 0.05)),
    ):
        assert result.ci.contains(result.expected)


@SETTINGS
@given(arms, alphas)
def test_swapping_arms_negates_the_absolute_effect_and_keeps_the_p_value(pair, alpha) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    forward, backward = (
        two_sided_ttest(a, b, "absolute", alpha),
        two_sided_ttest(b, a, "absolute", alpha),
    )
    assert backward.expected == -forward.expected
    assert math.isclose(backward.p_value, forward.p_value, rel_tol=1e-9, abs_tol=1e-15)


@SETTINGS
@given(arms, alphas)
def test_the_sequence_is_wider_than_the_fixed_normal_interval(pair, alpha) -> None:  # type: ignore[no-untyped-def]
    # Against the z-interval: with few users the t-interval of the fixed test can be wider
    # than the (asymptotic, normal) sequence, which is why no verdict is given below 30.
    a, b = pair
    seq = sequential_two_sided_test(a, b, "relative", alpha)
    sd = seq.uplift.stddev
    z = float(norm.isf(alpha / 2))
    assert seq.ci.high - seq.ci.low >= 2 * z * sd * (1 - 1e-12)
    assert seq.p_value >= 2 * float(norm.sf(abs(seq.expected) / sd)) - 1e-12
    # p < alpha exactly when the sequence excludes 0 (up to rounding at the boundary).
    if abs(seq.p_value - alpha) > 1e-9:
        assert (seq.p_value < alpha) == (not seq.ci.contains(0.0))


@SETTINGS
@given(arms)
def test_chance_to_win_and_risk_are_consistent(pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    result = bayesian_test(a, b, "absolute")
    assert 0 <= result.chance_to_win <= 1
    risk_control, risk_treatment = result.risk
    assert risk_control >= 0
    assert risk_treatment >= 0
    # E[max(X,0)] - E[max(-X,0)] = E[X]
    assert math.isclose(risk_control - risk_treatment, result.expected, rel_tol=1e-7, abs_tol=1e-12)


p_values = st.lists(st.floats(0, 1), min_size=1, max_size=12)


@SETTINGS
@given(p_values, alphas)
def test_holm_rejects_between_bonferroni_and_unadjusted(ps, alpha) -> None:  # type: ignore[no-untyped-def]
    unadjusted = sum(p <= alpha for p in ps)
    by_holm = sum(rejected(holm(ps), alpha))
    by_bonferroni = sum(rejected(bonferroni(ps), alpha))
    assert by_bonferroni <= by_holm <= unadjusted
    assert all(h >= p for h, p in zip(holm(ps), ps, strict=True))


@SETTINGS
@given(st.floats(0.001, 0.3), st.floats(10, 1e7))
def test_rho_shrinks_as_the_tuning_grows(alpha, tuning) -> None:  # type: ignore[no-untyped-def]
    assert rho(alpha, tuning * 2) < rho(alpha, tuning)
