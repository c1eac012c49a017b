"""Power and sample size of a two-sided two-sample z-test on a standardized effect.

The power of a two-sided test at level ``alpha`` with ``n1`` units in the first arm,
``ratio * n1`` in the second, and standardized effect ``es`` is

    d = |es| sqrt(n1 ratio / (1 + ratio))
    power = Phi(d - z_{1-alpha/2}) + Phi(-d - z_{1-alpha/2})

counting both rejection regions, exactly as ``statsmodels.stats.power.NormalIndPower``.
For proportions the effect is Cohen's h, ``2 asin(sqrt(p_t)) - 2 asin(sqrt(p_c))`` (Cohen,
*Statistical Power Analysis*, 1988, ch. 6; ``statsmodels ... proportion_effectsize``); for
means it is Cohen's d, ``delta / sd``. The sample size solves ``power(n) = target`` with
Brent's method to a relative 1e-12, starting from the one-tail closed form
``2 ((z_{1-alpha/2} + z_power) / es)**2``, an upper bound.
"""

from __future__ import annotations

import math

from scipy.optimize import brentq
from scipy.stats import norm

from schemas.errors import ExperimentInputError

__all__ = ["cohens_h", "power_two_sided", "sample_size_per_arm", "sample_size_proportions"]


def cohens_h(p_control: float, p_treatment: float) -> float:
    """Cohen's h between two proportions in [0, 1] (positive when treatment is higher)."""
    for name, p in (("p_control", p_control), ("p_treatment", p_treatment)):
        if not 0 <= p <= 1:
            raise ExperimentInputError(f"{name} must lie in [0, 1], got {p!r}")
    return 2 * math.asin(math.sqrt(p_treatment)) - 2 * math.asin(math.sqrt(p_control))


def power_two_sided(
    effect_size: float, n_per_arm: float, alpha: float, ratio: float = 1.0
) -> float:
    """Probability that the two-sided test rejects at level ``alpha`` (``n_per_arm`` in the
    first arm, ``ratio`` times as many in the second)."""
    crit = float(norm.isf(alpha / 2))
    d = abs(effect_size) * math.sqrt(n_per_arm * ratio / (1 + ratio))
    return float(norm.sf(crit - d)) + float(norm.cdf(-crit - d))


def sample_size_per_arm(
    effect_size: float, alpha: float = 0.05, power: float = 0.8, ratio: float = 1.0
) -> float:
    """Units in the first arm (``ratio`` times as many in the second) for ``power``.

    A real number, as statsmodels returns; round it up for a number of users.
    """
    if not 0 < alpha < 1:
        raise ExperimentInputError(f"alpha must lie strictly between 0 and 1, got {alpha!r}")
    if not alpha < power < 1:
        raise ExperimentInputError(
            f"power must lie strictly between alpha ({alpha:g}) and 1, got {power!r}"
        )
    if not (math.isfinite(effect_size) and effect_size != 0):
        raise ExperimentInputError("the effect size is zero: no sample size can detect it")
    if not (math.isfinite(ratio) and ratio > 0):
        raise ExperimentInputError(f"ratio must be > 0, got {ratio!r}")
    z_sum = float(norm.isf(alpha / 2)) + float(norm.isf(1 - power))
    upper = (1 + ratio) / ratio * (z_sum / effect_size) ** 2
    if power_two_sided(effect_size, upper, alpha, ratio) <= power:
        return upper
    root: float = brentq(
        lambda n: power_two_sided(effect_size, n, alpha, ratio) - power,
        0.0,
        upper,
        xtol=upper * 1e-14,
        rtol=1e-13,
    )
    return root


def sample_size_proportions(
    p_control: float, p_treatment: float, alpha: float = 0.05, power: float = 0.8
) -> float:
    """Users per arm (equal arms) to detect ``p_control -> p_treatment`` (Cohen's h)."""
    return sample_size_per_arm(cohens_h(p_control, p_treatment), alpha, power)
