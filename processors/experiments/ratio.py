"""Ratio metrics (e.g. accepts per click, cost per accept) by the delta method.

A ratio metric is ``sum(m) / sum(d)`` over an arm's units, where the unit of randomization
(the user) is not the unit of the ratio. Its per-unit variance is the first-order Taylor
(delta-method) expansion (Deng, Knoblich and Lu, "Applying the delta method in metric
analytics", KDD 2018):

    var_m / mu_d**2 - 2 cov(m, d) mu_m / mu_d**3 + mu_m**2 var_d / mu_d**4

Equal to gbstats 0.8.0 ``RatioStatistic``: the mean is 0 when ``sum(d) = 0`` and the
variance 0 when ``mean(d) = 0`` or ``n <= 1`` (which the tests then refuse). Sufficient
statistics per arm: ``n``, both sums and sums of squares, and the sum of ``m d`` products.
"""

from __future__ import annotations

from dataclasses import dataclass

from processors.experiments.arms import MeanStats, ProportionStats, check_number
from schemas.errors import ExperimentInputError

__all__ = ["RatioStats"]


@dataclass(frozen=True)
class RatioStats:
    """An arm's numerator ``m`` and denominator ``d`` over the same ``n`` units, with
    ``cross_sum = sum(m * d)`` (an :class:`~processors.experiments.arms.ArmStatistic`)."""

    numerator: MeanStats | ProportionStats
    denominator: MeanStats | ProportionStats
    cross_sum: float

    def __post_init__(self) -> None:
        check_number(self.cross_sum, "cross_sum")
        if self.numerator.n != self.denominator.n:
            raise ExperimentInputError(
                "numerator and denominator cover different users "
                f"({self.numerator.n} != {self.denominator.n})"
            )

    @property
    def n(self) -> int:
        """Units (users) in the arm."""
        return self.numerator.n

    @property
    def mean(self) -> float:
        """``sum(m) / sum(d)``; 0 when ``sum(d) = 0``."""
        if self.denominator.sum == 0:
            return 0.0
        return self.numerator.sum / self.denominator.sum

    @property
    def unadjusted_mean(self) -> float:
        """The same as :attr:`mean`."""
        return self.mean

    @property
    def covariance(self) -> float:
        """Sample covariance of ``m`` and ``d`` (``n - 1``); 0 when ``n <= 1``."""
        if self.n <= 1:
            return 0.0
        return (self.cross_sum - self.numerator.sum * self.denominator.sum / self.n) / (self.n - 1)

    @property
    def variance(self) -> float:
        """Delta-method per-unit variance of the ratio."""
        m, d = self.numerator, self.denominator
        if d.mean == 0 or self.n <= 1:
            return 0.0
        return (
            m.variance / pow(d.mean, 2)
            - 2 * self.covariance * m.mean / pow(d.mean, 3)
            + pow(m.mean, 2) * d.variance / pow(d.mean, 4)
        )
