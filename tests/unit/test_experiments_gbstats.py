"""Oracle: our experiment statistics equal GrowthBook's engine, gbstats 0.8.0.

Seeded random ``analyze`` cases (binomial and mean metrics, 2-4 arms, unequal splits, 2 to
1e9 users, zero conversions, negative means, zero variance, SRM, every engine, scale, alpha
and prior) run through :func:`analyze_case` and through gbstats' test classes. Where gbstats
gives a result, ours equals it: effect, CI and uplift to 1e-9 relative; p-value, chance to
win, risk and SRM p to 1e-12 absolute. Where gbstats gives its empty default or crashes, ours
is an arm error. CUPED, ratio metrics and the one-sided test are checked the same way.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from gbstats.frequentist.tests import (
    FrequentistConfig,
    OneSidedTreatmentGreaterTTest,
    TwoSidedTTest,
)
from gbstats.models.statistics import (
    ProportionStatistic,
    RatioStatistic,
    RegressionAdjustedStatistic,
    SampleMeanStatistic,
)

from processors.experiments import (
    CupedStats,
    MeanStats,
    ProportionStats,
    RatioStats,
    analyze_case,
    one_sided_ttest,
    regression_adjust,
    two_sided_ttest,
)
from tests.unit.experiments_oracle import gbstats_arm, gbstats_srm, random_case

N_CASES = 1500
REL = 1e-9
ABS = 1e-12


def close_rel(ours: float, theirs: float) -> bool:
    return abs(ours - theirs) <= REL * abs(theirs) or ours == theirs


@pytest.fixture(scope="module")
def compared() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(case, our output) for N_CASES seeded random cases."""
    rng = np.random.default_rng(20240614)
    cases = [random_case(rng) for _ in range(N_CASES)]
    return [(case, analyze_case(case)) for case in cases]


def test_every_arm_equals_gbstats_or_is_refused_where_gbstats_is(
    compared: list[tuple[dict[str, Any], dict[str, Any]]],
) -> None:
    analysed = refused = 0
    for case, ours in compared:
        for index, arm in enumerate(ours["arms"], start=1):
            theirs = gbstats_arm(case, index).result
            if theirs is None:
                assert "error" in arm, (case, arm)
                refused += 1
                continue
            assert "error" not in arm, (case, arm, theirs)
            analysed += 1
            assert close_rel(arm["expected"], theirs["expected"]), (case, arm, theirs)
            assert all(map(close_rel, arm["ci"], theirs["ci"])), (case, arm, theirs)
            for key in ("p_value", "chance_to_win"):
                if key in theirs:
                    assert abs(arm[key] - theirs[key]) <= ABS, (case, arm, theirs)
            if "risk" in theirs:
                assert (
                    max(abs(o - t) for o, t in zip(arm["risk"], theirs["risk"], strict=True)) <= ABS
                )
    # The generator must exercise both outcomes substantially.
    assert analysed > 2000
    assert refused > 300


def test_srm_p_equals_gbstats(compared: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    diffs = [abs(ours["srm_p"] - gbstats_srm(case)) for case, ours in compared]
    assert max(diffs) <= ABS
    assert sum(ours["srm_p"] < 0.001 for _, ours in compared) > 100  # SRM cases are present


def test_the_uplift_distribution_equals_gbstats() -> None:
    a, b = ProportionStats(20_000, 2_000), ProportionStats(19_500, 2_150)
    ours = two_sided_ttest(a, b, "relative", 0.05)
    theirs = TwoSidedTTest(
        ProportionStatistic(n=20_000, sum=2_000), ProportionStatistic(n=19_500, sum=2_150)
    ).compute_result()
    assert close_rel(ours.uplift.mean, theirs.uplift.mean)
    assert close_rel(ours.uplift.stddev, theirs.uplift.stddev)


def _mean(rng: np.random.Generator, n: int, shift: float) -> tuple[np.ndarray, np.ndarray]:
    pre = rng.normal(10, 3, n)
    return pre, 0.8 * pre + rng.normal(shift, 1, n)


@pytest.mark.parametrize("difference", ["relative", "absolute"])
def test_cuped_equals_gbstats_regression_adjustment(difference: str) -> None:
    rng = np.random.default_rng(3)
    arms = []
    for n, shift in ((4000, 0.0), (4100, 0.2)):
        pre, post = _mean(rng, n, shift)
        arms.append(
            (
                CupedStats(
                    MeanStats(n, float(post.sum()), float((post**2).sum())),
                    MeanStats(n, float(pre.sum()), float((pre**2).sum())),
                    float((post * pre).sum()),
                ),
                RegressionAdjustedStatistic(
                    n=n,
                    post_statistic=SampleMeanStatistic(
                        n=n, sum=float(post.sum()), sum_squares=float((post**2).sum())
                    ),
                    pre_statistic=SampleMeanStatistic(
                        n=n, sum=float(pre.sum()), sum_squares=float((pre**2).sum())
                    ),
                    post_pre_sum_of_products=float((post * pre).sum()),
                    theta=0,
                ),
            )
        )
    control, treatment = regression_adjust(arms[0][0], arms[1][0])
    ours = two_sided_ttest(control, treatment, difference)  # type: ignore[arg-type]
    theirs = TwoSidedTTest(
        arms[0][1], arms[1][1], FrequentistConfig(difference_type=difference)
    ).compute_result()
    assert close_rel(ours.expected, theirs.expected)
    assert all(map(close_rel, (ours.ci.low, ours.ci.high), theirs.ci))
    assert abs(ours.p_value - theirs.p_value) <= ABS
    plain = two_sided_ttest(arms[0][0].post, arms[1][0].post, difference)  # type: ignore[arg-type]
    assert ours.uplift.stddev < 0.7 * plain.uplift.stddev  # the covariate explains variance


def test_ratio_metric_equals_gbstats_delta_method() -> None:
    rng = np.random.default_rng(4)
    ours, theirs = [], []
    for n, rate in ((3000, 0.30), (3100, 0.33)):
        clicks = rng.poisson(3, n).astype(float)
        accepts = rng.binomial(clicks.astype(int), rate).astype(float)
        num = (float(accepts.sum()), float((accepts**2).sum()))
        den = (float(clicks.sum()), float((clicks**2).sum()))
        cross = float((accepts * clicks).sum())
        ours.append(RatioStats(MeanStats(n, *num), MeanStats(n, *den), cross))
        theirs.append(
            RatioStatistic(
                n=n,
                m_statistic=SampleMeanStatistic(n=n, sum=num[0], sum_squares=num[1]),
                d_statistic=SampleMeanStatistic(n=n, sum=den[0], sum_squares=den[1]),
                m_d_sum_of_products=cross,
            )
        )
    mine = two_sided_ttest(ours[0], ours[1])
    ref = TwoSidedTTest(theirs[0], theirs[1]).compute_result()
    assert close_rel(mine.expected, ref.expected)
    assert all(map(close_rel, (mine.ci.low, mine.ci.high), ref.ci))
    assert abs(mine.p_value - ref.p_value) <= ABS


def test_one_sided_greater_equals_gbstats_with_an_open_upper_bound() -> None:
    a, b = MeanStats(500, 1000.0, 9000.0), MeanStats(480, 1010.0, 9100.0)
    ours = one_sided_ttest(a, b, "greater", "absolute", 0.05)
    ref = OneSidedTreatmentGreaterTTest(
        SampleMeanStatistic(n=500, sum=1000.0, sum_squares=9000.0),
        SampleMeanStatistic(n=480, sum=1010.0, sum_squares=9100.0),
        FrequentistConfig(difference_type="absolute"),
    ).compute_result()
    assert close_rel(ours.ci.low, ref.ci[0])
    assert ours.ci.high == ref.ci[1] == math.inf
    assert abs(ours.p_value - ref.p_value) <= ABS
