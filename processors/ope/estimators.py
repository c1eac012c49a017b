"""The single-slot estimators, each a function of :class:`RoundTerms` that returns round rewards.

The policy value is the mean of the round rewards; the bootstrap resamples them (obp's
``estimate_interval``). With ``w`` the importance weight, ``r`` the reward, ``q_f`` the reward
model at the logged choice and ``q_pi`` the reward model averaged over the candidate, each
round contributes (obp 0.5.7, ``obp/ope/estimators.py``, ``_estimate_round_rewards``):

    ipw        r * min(w, lambda)                       Strehl et al. 2010; clipping: Su et al. 2020
    snipw      r * w / mean(w)                          Swaminathan & Joachims 2015
    dm         q_pi                                     Beygelzimer & Langford 2009
    dr         q_pi + min(w, lambda) * (r - q_f)        Dudik, Erhan, Langford, Li 2014
    sndr       q_pi + w * (r - q_f) / mean(w)           Kallus & Uehara 2019
    switch-dr  q_pi + 1[w <= lambda] * w * (r - q_f)    Wang, Agarwal, Dudik 2017
    dr-os      q_pi + lambda*w / (w^2 + lambda) * (r - q_f)   Su, Dimakopoulou, Krishnamurthy,
                                                        Dudik 2020 (optimistic shrinkage)

``mean(w)`` is over all rounds (the self-normalizer), so the SN round rewards are computed once
and then resampled as they are, as obp does. ``lambda`` defaults are obp's: no clipping
(``inf``) for ipw, dr and switch-dr, and ``0`` (which is DM) for dr-os.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Final

import numpy as np

from processors.ope.rounds import FloatArray, RoundTerms
from schemas.errors import EvaluationInputError

__all__ = [
    "ESTIMATOR_NAMES",
    "LAMBDA_DEFAULTS",
    "NEEDS_REWARD_MODEL",
    "estimate_policy_value",
    "round_rewards",
]

ESTIMATOR_NAMES: Final = ("ipw", "snipw", "dm", "dr", "sndr", "switch-dr", "dr-os")
NEEDS_REWARD_MODEL: Final = frozenset({"dm", "dr", "sndr", "switch-dr", "dr-os"})
# The estimators that take a lambda, with obp 0.5.7's default for each.
LAMBDA_DEFAULTS: Final = {"ipw": math.inf, "dr": math.inf, "switch-dr": math.inf, "dr-os": 0.0}


def round_rewards(name: str, terms: RoundTerms, lambda_: float | None = None) -> FloatArray:
    """Round rewards of estimator ``name``; their mean is the estimate.

    ``lambda_`` is only for the estimators in :data:`LAMBDA_DEFAULTS` (None means obp's
    default); it must be >= 0 and not NaN. Raises EvaluationInputError otherwise, or when a
    reward-model estimator gets terms without a reward model.
    """
    if name not in _ESTIMATORS:
        raise EvaluationInputError(
            f"unknown estimator {name!r}; choose one of {', '.join(ESTIMATOR_NAMES)}"
        )
    if lambda_ is not None and name not in LAMBDA_DEFAULTS:
        raise EvaluationInputError(f"{name} takes no lambda; only {', '.join(LAMBDA_DEFAULTS)} do")
    lam = LAMBDA_DEFAULTS.get(name, math.inf) if lambda_ is None else lambda_
    if not lam >= 0.0:
        raise EvaluationInputError(f"lambda must be a number >= 0, got {lam}")
    if name in NEEDS_REWARD_MODEL and (terms.q_factual is None or terms.q_policy is None):
        raise EvaluationInputError(f"{name} needs estimated rewards (a reward model)")
    return _ESTIMATORS[name](terms, lam)


def estimate_policy_value(name: str, terms: RoundTerms, lambda_: float | None = None) -> float:
    """The estimate of the candidate's expected reward per round (mean of the round rewards)."""
    return float(round_rewards(name, terms, lambda_).mean())


def _ipw(terms: RoundTerms, lam: float) -> FloatArray:
    return terms.reward * np.minimum(terms.weight, lam)


def _snipw(terms: RoundTerms, lam: float) -> FloatArray:
    w = terms.weight
    normalizer = float(w.mean())
    return terms.reward * w / normalizer


def _dm(terms: RoundTerms, lam: float) -> FloatArray:
    q_policy, _ = _model(terms)
    return q_policy.copy()


def _dr(terms: RoundTerms, lam: float) -> FloatArray:
    q_policy, q_factual = _model(terms)
    return q_policy + np.minimum(terms.weight, lam) * (terms.reward - q_factual)


def _sndr(terms: RoundTerms, lam: float) -> FloatArray:
    q_policy, q_factual = _model(terms)
    w = terms.weight
    normalizer = float(w.mean())
    return q_policy + w * (terms.reward - q_factual) / normalizer


def _switch_dr(terms: RoundTerms, lam: float) -> FloatArray:
    q_policy, q_factual = _model(terms)
    w = terms.weight
    return q_policy + (w <= lam) * w * (terms.reward - q_factual)


def _dr_os(terms: RoundTerms, lam: float) -> FloatArray:
    q_policy, q_factual = _model(terms)
    w = terms.weight
    if math.isinf(lam):
        shrunk = w
    elif lam == 0.0:
        # obp computes 0 * w / (w**2 + 0), which is NaN where w == 0; the limit is 0 everywhere.
        shrunk = np.zeros_like(w)
    else:
        shrunk = lam * w / (w**2 + lam)
    return q_policy + shrunk * (terms.reward - q_factual)


def _model(terms: RoundTerms) -> tuple[FloatArray, FloatArray]:
    if terms.q_policy is None or terms.q_factual is None:
        raise EvaluationInputError("this estimator needs estimated rewards (a reward model)")
    return terms.q_policy, terms.q_factual


_ESTIMATORS: Final[dict[str, Callable[[RoundTerms, float], FloatArray]]] = {
    "ipw": _ipw,
    "snipw": _snipw,
    "dm": _dm,
    "dr": _dr,
    "sndr": _sndr,
    "switch-dr": _switch_dr,
    "dr-os": _dr_os,
}
