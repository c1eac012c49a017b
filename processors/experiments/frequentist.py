"""Frequentist tests of a treatment against the control: Welch t-tests on the effect.

The statistic is ``effect / sqrt(var(effect))`` (:mod:`.effect`) against a Student t with
Welch-Satterthwaite degrees of freedom (Welch, *Biometrika* 34, 1947):

    dof = (v_b/n_b + v_a/n_a)**2 / (v_b**2 / (n_b**2 (n_b-1)) + v_a**2 / (n_a**2 (n_a-1)))

The confidence interval is ``effect +- t_{1-alpha/2, dof} sd(effect)``. Equal to gbstats 0.8.0
``TwoSidedTTest`` (and ``OneSidedTreatmentGreaterTTest`` / ``...LesserTTest``, whose open
side is ``+-inf``); on the absolute scale and equal variances it is ``scipy.stats.ttest_ind``
with ``equal_var=False``. One difference: p-values come from ``t.sf`` rather than
``1 - t.cdf``, the same number but exact in the far tail (gbstats rounds those to 0).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from scipy.stats import t as student_t

from processors.experiments.arms import ArmStatistic
from processors.experiments.effect import (
    Difference,
    Interval,
    Uplift,
    check_comparable,
    lift,
    lift_variance,
)
from schemas.errors import ExperimentInputError

__all__ = ["FrequentistResult", "check_alpha", "one_sided_ttest", "two_sided_ttest", "welch_dof"]

Side = Literal["greater", "lesser"]


@dataclass(frozen=True)
class FrequentistResult:
    """One treatment against the control: the effect, its interval and p-value.

    ``expected`` is the effect on the chosen scale (a relative lift is a fraction: 0.05 is
    +5 %); ``uplift`` is the normal approximation of the estimate (mean = ``expected``).
    """

    expected: float
    ci: Interval
    p_value: float
    uplift: Uplift


def check_alpha(alpha: float) -> float:
    """``alpha`` if it is a probability strictly between 0 and 1."""
    if not 0 < alpha < 1:
        raise ExperimentInputError(f"alpha must lie strictly between 0 and 1, got {alpha!r}")
    return alpha


def welch_dof(control: ArmStatistic, treatment: ArmStatistic) -> float:
    """Welch-Satterthwaite degrees of freedom of the two arms' unequal-variance t-test."""
    v_a, n_a, v_b, n_b = control.variance, control.n, treatment.variance, treatment.n
    return pow(v_b / n_b + v_a / n_a, 2) / (
        pow(v_b, 2) / (pow(n_b, 2) * (n_b - 1)) + pow(v_a, 2) / (pow(n_a, 2) * (n_a - 1))
    )


def two_sided_ttest(
    control: ArmStatistic,
    treatment: ArmStatistic,
    difference: Difference = "relative",
    alpha: float = 0.05,
    names: tuple[str, str] = ("control", "treatment"),
) -> FrequentistResult:
    """Two-sided Welch test of ``effect == 0``; raises ``DegenerateComparisonError`` for a
    pair with no test (see :func:`.effect.check_comparable`)."""
    check_alpha(alpha)
    check_comparable(control, treatment, names)
    estimate, sd, dof = _moments(control, treatment, difference)
    statistic = estimate / sd
    width = float(student_t.ppf(1 - alpha / 2, dof)) * sd
    return FrequentistResult(
        expected=estimate,
        ci=Interval(estimate - width, estimate + width),
        p_value=2 * float(student_t.sf(abs(statistic), dof)),
        uplift=Uplift(estimate, sd),
    )


def one_sided_ttest(
    control: ArmStatistic,
    treatment: ArmStatistic,
    side: Side,
    difference: Difference = "relative",
    alpha: float = 0.05,
    names: tuple[str, str] = ("control", "treatment"),
) -> FrequentistResult:
    """One-sided Welch test; ``side="greater"`` tests ``effect > 0`` (CI ``[lo, inf]``),
    ``"lesser"`` tests ``effect < 0`` (CI ``[-inf, hi]``).

    The ``"lesser"`` upper bound is ``effect + t_{1-alpha} sd``. gbstats 0.8.0
    (``OneSidedTreatmentLesserTTest``) returns ``effect - t_{1-alpha} sd``, a bound that does
    not contain its own estimate; we deliberately differ there (docs/experiments.md).
    """
    check_alpha(alpha)
    check_comparable(control, treatment, names)
    estimate, sd, dof = _moments(control, treatment, difference)
    statistic = estimate / sd
    width = float(student_t.ppf(1 - alpha, dof)) * sd
    if side == "greater":
        return FrequentistResult(
            estimate,
            Interval(estimate - width, math.inf),
            float(student_t.sf(statistic, dof)),
            Uplift(estimate, sd),
        )
    return FrequentistResult(
        estimate,
        Interval(-math.inf, estimate + width),
        float(student_t.cdf(statistic, dof)),
        Uplift(estimate, sd),
    )


def _moments(
    control: ArmStatistic, treatment: ArmStatistic, difference: Difference
) -> tuple[float, float, float]:
    return (
        lift(control, treatment, difference),
        math.sqrt(lift_variance(control, treatment, difference)),
        welch_dof(control, treatment),
    )
