"""GrowthBook's engine (gbstats 0.8.0) on the same inputs as ours: the oracle of the
experiment statistics, and a seeded generator of the cases both are run on."""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
from gbstats.bayesian.tests import EffectBayesianABTest, EffectBayesianConfig, GaussianPrior
from gbstats.frequentist.tests import (
    FrequentistConfig,
    SequentialConfig,
    SequentialTwoSidedTTest,
    TwoSidedTTest,
)
from gbstats.models.statistics import ProportionStatistic, SampleMeanStatistic
from gbstats.utils import check_srm


@dataclass(frozen=True)
class Outcome:
    """gbstats' answer for one treatment: a result dict, or None (default output or crash)."""

    result: dict[str, Any] | None


def random_case(rng: np.random.Generator) -> dict[str, Any]:
    """An ``analyze`` ab_test case: binomial or mean, 2-4 arms, unequal splits, sizes from 2
    to 1e9, zero conversions, negative means, SRM, every engine, scale and prior."""
    n_arms = int(rng.integers(2, 5))
    metric = "binomial" if rng.random() < 0.5 else "mean"
    weights = rng.dirichlet(np.ones(n_arms) * 3).tolist()
    scale = 10 ** rng.uniform(0.5, 9)
    skew = rng.random() < 0.2  # sample-ratio mismatch: the observed split ignores the weights
    base_rate = float(
        rng.choice([0.0, 1e-4, 0.01, 0.1, 0.5, 0.9, 1.0], p=[0.05, 0.1, 0.2, 0.3, 0.2, 0.1, 0.05])
    )
    base_mean = float(rng.normal(0, 50)) * (1 if rng.random() < 0.6 else -1)
    sd = float(10 ** rng.uniform(-2, 2))
    arms = []
    for i in range(n_arms):
        share = 1 / n_arms if skew else weights[i]
        users = max(
            int(rng.integers(0, 3)) if rng.random() < 0.03 else 2,
            int(scale * share * rng.uniform(0.95, 1.05)),
        )
        if metric == "binomial":
            rate = min(1.0, max(0.0, base_rate * rng.uniform(0.8, 1.25)))
            conversions = float(rng.binomial(users, rate)) if rng.random() < 0.9 else 0.0
            arms.append(
                {"name": f"arm{i}", "users": users, "sum": conversions, "sum_squares": conversions}
            )
        else:
            mean = base_mean * rng.uniform(0.9, 1.1) + float(
                rng.normal(0, sd / math.sqrt(max(users, 1)))
            )
            if rng.random() < 0.03:
                mean = 0.0
            total = mean * users
            ss = (sd**2 * rng.uniform(0.5, 2)) * max(users - 1, 0) + total**2 / max(users, 1)
            if rng.random() < 0.03:
                ss = total**2 / max(users, 1)  # zero variance
            arms.append({"name": f"arm{i}", "users": users, "sum": total, "sum_squares": ss})
    engine = "bayesian" if rng.random() < 0.4 else "frequentist"
    prior = None
    if engine == "bayesian" and rng.random() < 0.5:
        prior = {"mean": float(rng.normal(0, 0.1)), "variance": float(10 ** rng.uniform(-3, 0))}
    return {
        "kind": "ab_test",
        "metric": {"type": metric},
        "arms": arms,
        "weights": weights,
        "engine": engine,
        "sequential": bool(rng.random() < 0.5),
        "sequential_tuning": float(rng.choice([1000.0, 5000.0, float(rng.uniform(100, 1e6))])),
        "difference": "relative" if rng.random() < 0.6 else "absolute",
        "alpha": float(rng.choice([0.05, 0.01, 0.1, float(rng.uniform(0.001, 0.3))])),
        "prior": prior,
    }


def _statistic(metric: str, arm: dict[str, Any]) -> ProportionStatistic | SampleMeanStatistic:
    if metric == "binomial":
        return ProportionStatistic(n=arm["users"], sum=arm["sum"])
    return SampleMeanStatistic(n=arm["users"], sum=arm["sum"], sum_squares=arm["sum_squares"])


def gbstats_arm(case: dict[str, Any], index: int) -> Outcome:
    """gbstats' result for arm ``index`` against arm 0, on the engine the case asks for."""
    metric = case["metric"]["type"]
    a, b = _statistic(metric, case["arms"][0]), _statistic(metric, case["arms"][index])
    difference, alpha = case["difference"], case["alpha"]
    with warnings.catch_warnings():
        # gbstats' own overflow warnings (exp of a huge statistic) are not ours to fail on.
        warnings.simplefilter("ignore")
        return _gbstats_arm(case, a, b, difference, alpha)


def _gbstats_arm(
    case: dict[str, Any],
    a: ProportionStatistic | SampleMeanStatistic,
    b: ProportionStatistic | SampleMeanStatistic,
    difference: str,
    alpha: float,
) -> Outcome:
    try:
        if case["engine"] == "bayesian":
            prior = case["prior"]
            gaussian = (
                GaussianPrior(prior["mean"], prior["variance"], True) if prior else GaussianPrior()
            )
            config = EffectBayesianConfig(
                difference_type=difference,
                alpha=alpha,
                prior_effect=gaussian,
                prior_type="relative",
            )
            res = EffectBayesianABTest(a, b, config).compute_result()
            out = {"chance_to_win": res.chance_to_win, "risk": list(res.risk)}
        elif case["sequential"]:
            seq = SequentialConfig(
                difference_type=difference,
                alpha=alpha,
                sequential_tuning_parameter=case["sequential_tuning"],
            )
            res = SequentialTwoSidedTTest(a, b, seq).compute_result()
            out = {"p_value": res.p_value}
        else:
            freq = FrequentistConfig(difference_type=difference, alpha=alpha)
            res = TwoSidedTTest(a, b, freq).compute_result()
            out = {"p_value": res.p_value}
    except (ZeroDivisionError, FloatingPointError, ValueError, OverflowError):
        return Outcome(None)
    if res.error_message is not None:
        return Outcome(None)
    out.update(expected=res.expected, ci=list(res.ci), uplift=(res.uplift.mean, res.uplift.stddev))
    return Outcome(out)


def gbstats_srm(case: dict[str, Any]) -> float:
    """gbstats' SRM p-value of the case."""
    return float(check_srm([arm["users"] for arm in case["arms"]], case["weights"]))
