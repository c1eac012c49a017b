"""Per-arm sufficient statistics: what the stream keeps for each arm and metric.

Every test in this package reads an arm through :class:`ArmStatistic` (``n``, ``mean``,
``unadjusted_mean``, ``variance``), so a plain mean, a proportion, a ratio metric
(:mod:`.ratio`) and a CUPED-adjusted mean (:mod:`.cuped`) are interchangeable.

Means and variances follow GrowthBook's ``gbstats.models.statistics`` 0.8.0 term by term
(``SampleMeanStatistic``, ``ProportionStatistic``), in the same floating-point order, so the
results equal gbstats' to the last bits: the sample variance uses ``n - 1``, and a
proportion's variance is the Bernoulli ``p (1 - p)`` (no ``n - 1``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from schemas.errors import ExperimentInputError

__all__ = ["ArmStatistic", "MeanStats", "ProportionStats", "check_count", "check_number"]


class ArmStatistic(Protocol):
    """What a test needs of an arm: its size, its (possibly adjusted) mean and variance."""

    @property
    def n(self) -> int:
        """Units (users) in the arm, >= 0."""
        ...

    @property
    def mean(self) -> float:
        """Per-unit mean the effect is measured on (CUPED-adjusted where applicable)."""
        ...

    @property
    def unadjusted_mean(self) -> float:
        """Per-unit mean without any regression adjustment: the base of a relative lift."""
        ...

    @property
    def variance(self) -> float:
        """Per-unit variance of ``mean`` (0 when undefined, e.g. ``n <= 1``)."""
        ...


def check_count(value: object, field: str) -> int:
    """``value`` as a count of units (an integer >= 0; a whole float is accepted)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ExperimentInputError(f"{field} must be a whole number >= 0, got {value!r}")
    if not math.isfinite(value) or value < 0 or value != math.floor(value):
        raise ExperimentInputError(f"{field} must be a whole number >= 0, got {value!r}")
    return int(value)


def check_number(value: object, field: str) -> float:
    """``value`` as a finite float (booleans and strings are refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ExperimentInputError(f"{field} must be a finite number, got {value!r}")
    return float(value)


@dataclass(frozen=True)
class MeanStats:
    """A mean metric: ``n`` units whose values sum to ``sum`` and whose squares sum to
    ``sum_squares``."""

    n: int
    sum: float
    sum_squares: float

    def __post_init__(self) -> None:
        check_count(self.n, "users")
        check_number(self.sum, "sum")
        if check_number(self.sum_squares, "sum_squares") < 0:
            raise ExperimentInputError(f"sum_squares must be >= 0, got {self.sum_squares!r}")

    @property
    def mean(self) -> float:
        """``sum / n`` (0 for an empty arm, as gbstats)."""
        if self.n == 0:
            return 0.0
        return self.sum / self.n

    @property
    def unadjusted_mean(self) -> float:
        """The same as :attr:`mean`."""
        return self.mean

    @property
    def variance(self) -> float:
        """Sample variance ``(sum_squares - sum**2 / n) / (n - 1)``; 0 when ``n <= 1``."""
        if self.n <= 1:
            return 0.0
        return (self.sum_squares - pow(self.sum, 2) / self.n) / (self.n - 1)


@dataclass(frozen=True)
class ProportionStats:
    """A binomial metric: ``sum`` of ``n`` units converted (``0 <= sum <= n``)."""

    n: int
    sum: float

    def __post_init__(self) -> None:
        check_count(self.n, "users")
        if not 0 <= check_number(self.sum, "sum") <= self.n:
            raise ExperimentInputError(
                f"a binomial sum counts conversions: it must lie in [0, users={self.n}], "
                f"got {self.sum!r}"
            )

    @property
    def sum_squares(self) -> float:
        """Equal to ``sum``: every value is 0 or 1."""
        return self.sum

    @property
    def mean(self) -> float:
        """The conversion rate ``sum / n`` (0 for an empty arm)."""
        if self.n == 0:
            return 0.0
        return self.sum / self.n

    @property
    def unadjusted_mean(self) -> float:
        """The same as :attr:`mean`."""
        return self.mean

    @property
    def variance(self) -> float:
        """Bernoulli variance ``p (1 - p)``."""
        return self.mean * (1 - self.mean)
