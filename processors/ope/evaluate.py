"""One evaluation: per-round terms, overlap check, estimate and bootstrap interval."""

from __future__ import annotations

import math
from dataclasses import dataclass

from processors.ope.bootstrap import BootstrapSpec, Interval, bootstrap_interval
from processors.ope.estimators import LAMBDA_DEFAULTS, round_rewards
from processors.ope.overlap import (
    MIN_EFFECTIVE_SAMPLE_SIZE,
    Overlap,
    overlap_diagnostics,
    require_support,
)
from processors.ope.rounds import FloatArray, LoggedRounds, round_terms

__all__ = ["Estimate", "evaluate"]


@dataclass(frozen=True)
class Estimate:
    """A reported estimate: value, interval, the overlap behind it and how it was computed."""

    estimator: str
    value: float
    interval: Interval
    overlap: Overlap
    lambda_: float | None
    bootstrap: BootstrapSpec

    def to_dict(self) -> dict[str, object]:
        """The JSON object ``personalize ope`` prints (``lambda`` null when it does not apply)."""
        diagnostics: dict[str, object] = dict(self.overlap.to_dict())
        # JSON has no infinity: an infinite lambda (no clipping / no switching) prints as "inf".
        lam = self.lambda_
        diagnostics["lambda"] = "inf" if lam is not None and math.isinf(lam) else lam
        diagnostics["bootstrap"] = {
            "method": "percentile bootstrap of the round rewards (obp estimate_interval)",
            "n_bootstrap": self.bootstrap.n_bootstrap,
            "alpha": self.bootstrap.alpha,
            "seed": self.bootstrap.seed,
            "mean": self.interval.mean,
        }
        return {
            "estimator": self.estimator,
            "value": self.value,
            "ci": [self.interval.low, self.interval.high],
            "diagnostics": diagnostics,
        }


def evaluate(
    name: str,
    logged: LoggedRounds,
    action_dist: FloatArray,
    estimated_rewards: FloatArray | None = None,
    lambda_: float | None = None,
    bootstrap: BootstrapSpec | None = None,
    min_effective_sample_size: float = MIN_EFFECTIVE_SAMPLE_SIZE,
) -> Estimate:
    """Estimate the candidate's policy value with estimator ``name``.

    Raises EvaluationInputError on malformed inputs and InadequateSupportError (carrying the
    diagnostics) when the overlap is too thin; see :mod:`processors.ope.overlap`.
    """
    spec = bootstrap or BootstrapSpec()
    terms = round_terms(logged, action_dist, estimated_rewards)
    rewards = round_rewards(name, terms, lambda_)
    overlap = overlap_diagnostics(terms.weight)
    require_support(overlap, min_effective_sample_size)
    used_lambda = LAMBDA_DEFAULTS[name] if lambda_ is None and name in LAMBDA_DEFAULTS else lambda_
    return Estimate(
        estimator=name,
        value=float(rewards.mean()),
        interval=bootstrap_interval(rewards, spec),
        overlap=overlap,
        lambda_=used_lambda,
        bootstrap=spec,
    )
