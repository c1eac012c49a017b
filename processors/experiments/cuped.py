"""CUPED: regression adjustment of a metric with its pre-exposure value.

Deng, Xu, Kohavi and Walker, "Improving the sensitivity of online controlled experiments by
utilizing pre-experiment data" (WSDM 2013): the adjusted per-unit value is
``y - theta x`` with ``x`` the pre-exposure covariate and ``theta = cov(y, x) / var(x)``
estimated on both arms pooled, so the adjustment is the same in both arms and the effect
stays unbiased. The adjusted mean is ``mean_y - theta mean_x`` and its variance
``var_y + theta**2 var_x - 2 theta cov(y, x)``. A relative lift is still taken over the
*unadjusted* control mean.

Equal to gbstats 0.8.0 ``RegressionAdjustedStatistic`` and ``compute_theta``: when the
pooled post or pre variance is 0, theta is 0 and the plain statistics are used. Sufficient
statistics per arm: ``n``, the post and pre sums and sums of squares, and the sum of
``y x`` products.
"""

from __future__ import annotations

from dataclasses import dataclass

from processors.experiments.arms import MeanStats, ProportionStats, check_number
from schemas.errors import ExperimentInputError

__all__ = ["AdjustedStats", "CupedStats", "pooled_theta", "regression_adjust"]

Base = MeanStats | ProportionStats


@dataclass(frozen=True)
class CupedStats:
    """An arm's metric ``post`` and pre-exposure covariate ``pre`` over the same ``n`` units,
    with ``cross_sum = sum(y * x)``."""

    post: Base
    pre: Base
    cross_sum: float

    def __post_init__(self) -> None:
        check_number(self.cross_sum, "cross_sum")
        if self.post.n != self.pre.n:
            raise ExperimentInputError(
                f"post and pre statistics cover different users ({self.post.n} != {self.pre.n})"
            )
        if type(self.post) is not type(self.pre):
            # gbstats pools the covariate by type; a mixed pair has no pooled statistic.
            raise ExperimentInputError("post and pre statistics must be of the same metric type")

    @property
    def n(self) -> int:
        """Units in the arm."""
        return self.post.n

    @property
    def covariance(self) -> float:
        """Sample covariance of ``y`` and ``x`` (``n - 1``); 0 when ``n <= 1``."""
        if self.n <= 1:
            return 0.0
        return (self.cross_sum - self.post.sum * self.pre.sum / self.n) / (self.n - 1)


@dataclass(frozen=True)
class AdjustedStats:
    """An arm after regression adjustment with a given ``theta`` (an :class:`ArmStatistic`)."""

    stats: CupedStats
    theta: float

    @property
    def n(self) -> int:
        """Units in the arm."""
        return self.stats.n

    @property
    def mean(self) -> float:
        """``mean_y - theta mean_x``."""
        return self.stats.post.mean - self.theta * self.stats.pre.mean

    @property
    def unadjusted_mean(self) -> float:
        """``mean_y``: the base of a relative lift."""
        return self.stats.post.mean

    @property
    def variance(self) -> float:
        """``var_y + theta**2 var_x - 2 theta cov(y, x)``; 0 when ``n <= 1``."""
        if self.n <= 1:
            return 0.0
        post, pre = self.stats.post, self.stats.pre
        return (
            post.variance
            + pow(self.theta, 2) * pre.variance
            - 2 * self.theta * self.stats.covariance
        )


def _pool(a: Base, b: Base, n: int) -> Base:
    if isinstance(a, ProportionStats) and isinstance(b, ProportionStats):
        return ProportionStats(n, a.sum + b.sum)
    if isinstance(a, MeanStats) and isinstance(b, MeanStats):
        return MeanStats(n, a.sum + b.sum, a.sum_squares + b.sum_squares)
    raise ExperimentInputError("the two arms' statistics must be of the same metric type")


def pooled_theta(control: CupedStats, treatment: CupedStats) -> float:
    """``cov(y, x) / var(x)`` over both arms pooled; 0 if either pooled variance is 0."""
    n = control.n + treatment.n
    post = _pool(control.post, treatment.post, n)
    pre = _pool(control.pre, treatment.pre, n)
    if pre.variance == 0 or post.variance == 0:
        return 0.0
    joint = CupedStats(post, pre, control.cross_sum + treatment.cross_sum)
    return joint.covariance / pre.variance


def regression_adjust(
    control: CupedStats, treatment: CupedStats
) -> tuple[AdjustedStats | Base, AdjustedStats | Base]:
    """Both arms adjusted with the pooled theta, or their plain post statistics if it is 0."""
    theta = pooled_theta(control, treatment)
    if theta == 0:
        return control.post, treatment.post
    return AdjustedStats(control, theta), AdjustedStats(treatment, theta)
