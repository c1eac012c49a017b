"""Bayesian comparison of a treatment with the control: chance to win and risk.

GrowthBook's effect model (gbstats 0.8.0 ``EffectBayesianABTest``): the likelihood of the
effect is normal, ``N(effect, var(effect))`` from :mod:`.effect`, and the prior on the effect
is a Gaussian on the *relative* scale (rescaled by ``|mean_a|`` and ``mean_a**2`` for an
absolute effect), or flat when no prior is given. The posterior is the conjugate normal
(precision-weighted mean). From it, with ``mu``, ``sigma`` its mean and sd:

- chance to win ``P(effect > 0) = Phi(mu / sigma)``;
- credible interval ``mu +- z_{1-alpha/2} sigma`` (gbstats' own pipeline always uses 95 %;
  we honour ``alpha``, as gbstats' ``BayesianConfig`` itself does);
- risk, the expected loss of shipping each arm: for the control ``E[max(effect, 0)] =
  P(effect > 0) E[effect | effect > 0]`` and for the treatment ``E[max(-effect, 0)]``
  (Stucchio, "Bayesian A/B testing at VWO", 2015). Computed as gbstats does, from scipy's
  truncated-normal means, so the numbers agree to the last bits at any scale; where scipy
  gives no finite number we use the closed form ``mu Phi(mu/sigma) + sigma phi(mu/sigma)``
  and ``sigma phi(mu/sigma) - mu Phi(-mu/sigma)``.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
from scipy.stats import norm, truncnorm

from processors.experiments.arms import ArmStatistic
from processors.experiments.effect import (
    Difference,
    Interval,
    Uplift,
    check_comparable,
    lift,
    lift_variance,
)
from processors.experiments.frequentist import check_alpha
from schemas.errors import ExperimentInputError

__all__ = ["BayesianResult", "GaussianPrior", "bayesian_test", "risk"]


@dataclass(frozen=True)
class GaussianPrior:
    """A proper normal prior on the relative effect (0.1 is +10 %): mean and variance > 0."""

    mean: float = 0.0
    variance: float = 0.09

    def __post_init__(self) -> None:
        if not math.isfinite(self.mean):
            raise ExperimentInputError(f"prior mean must be a finite number, got {self.mean!r}")
        if not (math.isfinite(self.variance) and self.variance > 0):
            raise ExperimentInputError(f"prior variance must be > 0, got {self.variance!r}")


@dataclass(frozen=True)
class BayesianResult:
    """Posterior summary of one treatment against the control.

    ``expected`` is the posterior mean of the effect (a fraction on the relative scale);
    ``risk`` is ``(control, treatment)``: the expected loss, on the effect's scale, of
    shipping the control or the treatment.
    """

    expected: float
    ci: Interval
    chance_to_win: float
    risk: tuple[float, float]
    uplift: Uplift


def risk(mu: float, sigma: float) -> tuple[float, float]:
    """Expected loss ``(E[max(X, 0)], E[max(-X, 0)])`` for ``X ~ N(mu, sigma**2)``."""
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        # scipy warns about the higher moments far in the tails; only the mean is used.
        warnings.simplefilter("ignore")
        below = float(norm.cdf(0.0, loc=mu, scale=sigma))
        mean_negative = _truncated_mean(mu, sigma, -math.inf, 0.0)
        mean_positive = _truncated_mean(mu, sigma, 0.0, math.inf)
    losses = ((1.0 - below) * mean_positive, -(below * mean_negative))
    if all(math.isfinite(x) for x in losses):
        return losses
    z = mu / sigma
    density = sigma * float(norm.pdf(z))
    return (mu * float(norm.cdf(z)) + density, density - mu * float(norm.cdf(-z)))


def _truncated_mean(mu: float, sigma: float, low: float, high: float) -> float:
    """Mean of ``N(mu, sigma**2)`` truncated to ``[low, high]`` (gbstats'
    ``truncated_normal_mean``, the same scipy call)."""
    a, b = (low - mu) / sigma, (high - mu) / sigma
    mean, _, _, _ = truncnorm.stats(a, b, loc=mu, scale=sigma, moments="mvsk")
    return float(mean)


def bayesian_test(
    control: ArmStatistic,
    treatment: ArmStatistic,
    difference: Difference = "relative",
    alpha: float = 0.05,
    prior: GaussianPrior | None = None,
    names: tuple[str, str] = ("control", "treatment"),
) -> BayesianResult:
    """The posterior of the effect under ``prior`` (flat when ``None``)."""
    check_alpha(alpha)
    check_comparable(control, treatment, names)
    data_variance = lift_variance(control, treatment, difference)
    data_mean = lift(control, treatment, difference)
    if prior is None:
        mean, sd = data_mean, math.sqrt(1 / (1 / data_variance))
    else:
        prior_mean, prior_variance = prior.mean, prior.variance
        if difference == "absolute":
            prior_mean = prior.mean * abs(control.unadjusted_mean)
            prior_variance = prior.variance * pow(control.unadjusted_mean, 2)
        precision = 1 / data_variance + 1 / prior_variance
        mean = (data_mean / data_variance + prior_mean / prior_variance) / precision
        sd = math.sqrt(1 / precision)
    low, high = (float(q) for q in norm.ppf([alpha / 2, 1 - alpha / 2], mean, sd))
    return BayesianResult(
        expected=mean,
        ci=Interval(low, high),
        chance_to_win=float(norm.sf(0, mean, sd)),
        risk=risk(mean, sd),
        uplift=Uplift(mean, sd),
    )
