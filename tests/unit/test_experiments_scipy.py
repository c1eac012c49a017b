"""Oracle: Welch t, chi-square, SRM, power and corrections equal scipy and statsmodels."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.multitest import multipletests  # type: ignore[import-untyped]
from statsmodels.stats.power import NormalIndPower  # type: ignore[import-untyped]
from statsmodels.stats.proportion import proportion_effectsize  # type: ignore[import-untyped]

from processors.experiments import (
    MeanStats,
    bonferroni,
    chi_square_independence,
    holm,
    sample_size_per_arm,
    sample_size_proportions,
    srm_p_value,
    two_sided_ttest,
)
from processors.experiments.power import power_two_sided


def _stats(values: np.ndarray) -> MeanStats:
    return MeanStats(values.size, float(values.sum()), float((values**2).sum()))


@pytest.mark.parametrize("seed", range(20))
def test_absolute_welch_test_equals_scipy_ttest_ind(seed: int) -> None:
    rng = np.random.default_rng(seed)
    a = rng.normal(5, rng.uniform(0.5, 3), int(rng.integers(5, 400)))
    b = rng.normal(5.3, rng.uniform(0.5, 3), int(rng.integers(5, 400)))
    ours = two_sided_ttest(_stats(a), _stats(b), "absolute", 0.1)
    ref = stats.ttest_ind(b, a, equal_var=False)
    assert ours.p_value == pytest.approx(ref.pvalue, rel=1e-8, abs=1e-14)
    low, high = ref.confidence_interval(0.9)
    assert (ours.ci.low, ours.ci.high) == pytest.approx((low, high), rel=1e-8)


@pytest.mark.parametrize("seed", range(10))
def test_chi_square_independence_equals_scipy(seed: int) -> None:
    rng = np.random.default_rng(seed)
    table = rng.integers(1, 500, size=(int(rng.integers(2, 5)), int(rng.integers(2, 6))))
    ours = chi_square_independence(table.tolist())
    ref = stats.chi2_contingency(table, correction=False)
    assert ours.statistic == pytest.approx(ref.statistic, rel=1e-12)
    assert ours.dof == ref.dof
    assert ours.p_value == pytest.approx(ref.pvalue, rel=1e-9, abs=1e-15)


def test_srm_equals_scipy_goodness_of_fit() -> None:
    users, weights = [5000, 5200, 4700], [0.3, 0.4, 0.3]
    expected = [w * sum(users) for w in weights]
    ref = stats.chisquare(users, expected)
    assert srm_p_value(users, weights) == pytest.approx(ref.pvalue, rel=1e-12)


@pytest.mark.parametrize(
    ("p_control", "p_treatment", "alpha", "power"),
    [
        (0.10, 0.12, 0.05, 0.8),
        (0.5, 0.45, 0.01, 0.9),
        (0.02, 0.021, 0.05, 0.8),
        (0.3, 0.9, 0.1, 0.5),
    ],
)
def test_sample_size_equals_statsmodels_normal_ind_power(
    p_control: float, p_treatment: float, alpha: float, power: float
) -> None:
    ours = sample_size_proportions(p_control, p_treatment, alpha, power)
    ref = NormalIndPower().solve_power(
        effect_size=proportion_effectsize(p_treatment, p_control),
        alpha=alpha,
        power=power,
        ratio=1,
        alternative="two-sided",
    )
    assert ours == pytest.approx(float(ref), rel=1e-8)
    assert power_two_sided(proportion_effectsize(p_treatment, p_control), ours, alpha) == (
        pytest.approx(power, abs=1e-12)
    )


def test_unequal_ratio_power_equals_statsmodels() -> None:
    ours = sample_size_per_arm(0.2, 0.05, 0.8, ratio=2.0)
    ref = NormalIndPower().solve_power(effect_size=0.2, alpha=0.05, power=0.8, ratio=2.0)
    assert ours == pytest.approx(float(ref), rel=1e-8)


@pytest.mark.parametrize("seed", range(10))
def test_corrections_equal_statsmodels_multipletests(seed: int) -> None:
    p = np.random.default_rng(seed).uniform(0, 0.2, 8) ** 2
    for ours, method in ((bonferroni(p.tolist()), "bonferroni"), (holm(p.tolist()), "holm")):
        _, ref, _, _ = multipletests(p, alpha=0.05, method=method)
        assert ours == pytest.approx(ref.tolist(), rel=1e-12)


def test_cohens_h_sample_size_matches_the_readme_example() -> None:
    # 10 % -> 12 %, alpha 0.05, power 0.8: statsmodels gives 3834.5957...
    assert math.ceil(sample_size_proportions(0.10, 0.12)) == 3835
