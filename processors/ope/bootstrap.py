"""The seeded percentile bootstrap interval of an estimate, exactly as obp computes it.

Method (obp 0.5.7, ``obp/utils.py::estimate_confidence_interval_by_bootstrap``; Efron &
Tibshirani, "An Introduction to the Bootstrap", 1993, ch. 13): draw ``n_bootstrap`` resamples
of the round rewards with replacement, take each resample's mean, and report the
``alpha/2`` and ``1 - alpha/2`` percentiles (numpy's default linear interpolation) of those
means. For a self-normalized estimator the round rewards are normalized once by the full-sample
mean weight and then resampled as they are, as obp does.

Randomness: ``numpy.random.RandomState(seed)`` (legacy), drawing ``randint(0, n, n)`` per
resample. That is the exact stream obp's ``check_random_state(seed).choice(samples, n)``
draws, so with the same seed, ``n_bootstrap`` and ``alpha`` the interval equals obp's
``estimate_interval(..., random_state=seed)``. The legacy generator is kept on purpose for
that equality; the seed is still injected (it is a parameter), never global.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from processors.ope.rounds import FloatArray
from schemas.errors import EvaluationInputError

__all__ = ["BootstrapSpec", "Interval", "bootstrap_interval"]


@dataclass(frozen=True)
class BootstrapSpec:
    """How the interval is computed."""

    n_bootstrap: int = 1000
    """Number of resamples (obp's ``n_bootstrap_samples``; obp defaults to 10000)."""
    alpha: float = 0.05
    """Significance level: the interval covers ``1 - alpha``."""
    seed: int = 0
    """Seed of the resampling (obp's ``random_state``)."""

    def __post_init__(self) -> None:
        if self.n_bootstrap < 1:
            raise EvaluationInputError(f"n_bootstrap must be at least 1, got {self.n_bootstrap}")
        if not 0.0 < self.alpha < 1.0:
            raise EvaluationInputError(f"alpha must be in (0, 1), got {self.alpha}")
        if not 0 <= self.seed < 2**32:
            raise EvaluationInputError(f"seed must be in [0, 2**32), got {self.seed}")


@dataclass(frozen=True)
class Interval:
    """A bootstrap interval: ``low``/``high`` percentiles and the mean of the resample means."""

    low: float
    high: float
    mean: float


def bootstrap_interval(samples: FloatArray, spec: BootstrapSpec) -> Interval:
    """Percentile bootstrap interval of ``samples.mean()``; cost O(n_bootstrap * n)."""
    n = int(samples.shape[0])
    if n == 0:
        raise EvaluationInputError("cannot bootstrap an empty sample")
    rng = np.random.RandomState(spec.seed)
    means = np.empty(spec.n_bootstrap, dtype=np.float64)
    for b in range(spec.n_bootstrap):
        # One draw per resample, not one (n_bootstrap, n) draw: the legacy bounded-integer
        # sampler buffers 32-bit halves per call, so only per-call draws reproduce obp's stream.
        means[b] = samples[rng.randint(0, n, size=n)].mean()
    low = float(np.percentile(means, 100.0 * (spec.alpha / 2.0)))
    high = float(np.percentile(means, 100.0 * (1.0 - spec.alpha / 2.0)))
    return Interval(low=low, high=high, mean=float(means.mean()))
