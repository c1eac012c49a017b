"""The effect of a treatment against the control, and the variance of its estimate.

On the absolute scale the effect is ``mean_b - mean_a`` with variance
``var_a / n_a + var_b / n_b`` (Welch). On the relative scale it is
``(mean_b - mean_a) / unadjusted_mean_a``, with the delta-method variance of the ratio of two
independent means (Kohavi et al., *Trustworthy Online Controlled Experiments*, 2020, ch. 18;
the same first-order Taylor expansion as gbstats' ``frequentist_variance``):

    var_b / (mean_a**2 n_b) + var_a mean_b**2 / (mean_a**4 n_a)

Both follow gbstats 0.8.0 (``gbstats/frequentist/tests.py``) in the same floating-point order.
A negative control mean is allowed: the relative effect is then ``mean_b / mean_a - 1``, whose
sign is opposite to ``mean_b - mean_a`` (docs/experiments.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from processors.experiments.arms import ArmStatistic
from schemas.errors import DegenerateComparisonError

__all__ = ["Difference", "Interval", "Uplift", "check_comparable", "lift", "lift_variance"]

Difference = Literal["absolute", "relative"]


@dataclass(frozen=True)
class Interval:
    """A confidence or credible interval; a bound may be ``-inf``/``inf`` for one-sided tests."""

    low: float
    high: float

    def contains(self, value: float) -> bool:
        """Whether ``low <= value <= high``."""
        return self.low <= value <= self.high


@dataclass(frozen=True)
class Uplift:
    """The (approximately normal) distribution of the effect estimate, as gbstats' ``Uplift``."""

    mean: float
    stddev: float


def lift(control: ArmStatistic, treatment: ArmStatistic, difference: Difference) -> float:
    """The effect estimate on the ``difference`` scale."""
    if difference == "relative":
        return (treatment.mean - control.mean) / control.unadjusted_mean
    return treatment.mean - control.mean


def lift_variance(control: ArmStatistic, treatment: ArmStatistic, difference: Difference) -> float:
    """Variance of :func:`lift` (Welch; delta method on the relative scale)."""
    var_a, n_a, var_b, n_b = control.variance, control.n, treatment.variance, treatment.n
    if difference == "relative":
        mean_a, mean_b = control.unadjusted_mean, treatment.unadjusted_mean
        return var_b / (pow(mean_a, 2) * n_b) + var_a * pow(mean_b, 2) / (pow(mean_a, 4) * n_a)
    return var_b / n_b + var_a / n_a


def check_comparable(
    control: ArmStatistic, treatment: ArmStatistic, names: tuple[str, str]
) -> None:
    """Refuse a pair gbstats 0.8.0 answers with an empty default result or a crash.

    gbstats' frequentist tests return ``ZERO_NEGATIVE_BASELINE_VARIATION`` for a zero control
    mean on *both* scales, and its Bayesian test divides by zero on the absolute scale (the
    prior is rescaled by the control mean), so a zero control mean is refused for every
    engine and scale. An empty arm or a variance ``<= 0`` (``ZERO_NEGATIVE_VARIANCE``) is
    refused too. Raises :class:`DegenerateComparisonError` with a plain sentence.
    """
    for stat, name in ((control, names[0]), (treatment, names[1])):
        if stat.n == 0:
            raise DegenerateComparisonError(f"arm '{name}' has no users")
    if control.mean == 0 or control.unadjusted_mean == 0:
        raise DegenerateComparisonError(
            f"the control '{names[0]}' has a mean of zero, so no lift can be measured against it"
        )
    for stat, name in ((control, names[0]), (treatment, names[1])):
        variance = stat.variance
        if variance <= 0 or not math.isfinite(variance):
            raise DegenerateComparisonError(_variance_reason(stat, name, variance))


def _variance_reason(stat: ArmStatistic, name: str, variance: float) -> str:
    if stat.n == 1:
        return f"arm '{name}' has a single user, so its variance is unknown"
    if variance < 0:
        return f"arm '{name}' has a negative variance: its sum_squares is below sum**2 / users"
    if not math.isfinite(variance):
        return f"arm '{name}' has a variance too large to compute"
    return f"arm '{name}' has zero variance (every user has the same value {stat.mean:g})"
