"""Sequential testing: asymptotic confidence sequences, valid however often anyone looks.

GrowthBook's method (gbstats 0.8.0 ``SequentialTwoSidedTTest``), from Waudby-Smith, Ramdas
et al., "Time-uniform central limit theory and asymptotic confidence sequences" (2023,
arXiv:2103.06476v7). With ``N = n_a + n_b`` units so far, ``s2 = N var(effect)`` and the
tuning ``N*`` (the sample size where the sequence is tightest, default 5000):

    rho**2 = (-2 log alpha + log(-2 log alpha + 1)) / N*                     (eq. 161)
    half-width = sqrt(s2 * 2 (N rho**2 + 1) log(sqrt(N rho**2 + 1) / alpha) / (N rho)**2)
                                                                              (eq. 9)
    E = exp(rho**2 N effect**2 / (2 var(effect) (N rho**2 + 1))) / sqrt(N rho**2 + 1)
    p = min(1, 1 / E)                                                         (eq. 155)

so ``p < alpha`` exactly when the sequence excludes 0. The p-value is computed in log space,
where gbstats overflows ``exp`` (and warns) for very large statistics; the number is the same.
"""

from __future__ import annotations

import math

from processors.experiments.arms import ArmStatistic
from processors.experiments.effect import (
    Difference,
    Interval,
    Uplift,
    check_comparable,
    lift,
    lift_variance,
)
from processors.experiments.frequentist import FrequentistResult, check_alpha
from schemas.errors import ExperimentInputError

__all__ = ["DEFAULT_TUNING", "confidence_sequence", "rho", "sequential_two_sided_test"]

#: GrowthBook's default ``N*``: the total sample size where the sequence is tightest.
DEFAULT_TUNING = 5000.0


def rho(alpha: float, tuning: float) -> float:
    """The mixture parameter that makes the sequence tightest at ``tuning`` units (eq. 161)."""
    return math.sqrt((-2 * math.log(alpha) + math.log(-2 * math.log(alpha) + 1)) / tuning)


def sequential_two_sided_test(
    control: ArmStatistic,
    treatment: ArmStatistic,
    difference: Difference = "relative",
    alpha: float = 0.05,
    tuning: float = DEFAULT_TUNING,
    names: tuple[str, str] = ("control", "treatment"),
) -> FrequentistResult:
    """The confidence sequence and always-valid p-value at the current sample size."""
    check_alpha(alpha)
    if not (math.isfinite(tuning) and tuning > 0):
        raise ExperimentInputError(f"sequential_tuning must be a number > 0, got {tuning!r}")
    check_comparable(control, treatment, names)
    estimate = lift(control, treatment, difference)
    variance = lift_variance(control, treatment, difference)
    return confidence_sequence(estimate, variance, control.n + treatment.n, alpha, tuning)


def confidence_sequence(
    estimate: float, variance: float, n_total: int, alpha: float, tuning: float = DEFAULT_TUNING
) -> FrequentistResult:
    """The confidence sequence and always-valid p-value of an effect ``estimate`` with
    ``variance`` over ``n_total`` units (also for estimators other than a two-arm lift, e.g.
    the period-weighted lift of a bandit; needs ``variance > 0``)."""
    r = rho(alpha, tuning)
    s2 = variance * n_total
    width = math.sqrt(s2) * math.sqrt(
        (2 * (n_total * pow(r, 2) + 1))
        * math.log(math.sqrt(n_total * pow(r, 2) + 1) / alpha)
        / pow(n_total * r, 2)
    )
    st2 = pow(estimate, 2) * n_total / variance
    tr2p1 = n_total * pow(r, 2) + 1
    log_evalue = pow(r, 2) * st2 / (2 * tr2p1) - math.log(math.sqrt(tr2p1))
    return FrequentistResult(
        expected=estimate,
        ci=Interval(estimate - width, estimate + width),
        p_value=min(math.exp(-log_evalue), 1.0),
        uplift=Uplift(estimate, math.sqrt(variance)),
    )
