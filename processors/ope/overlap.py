"""Overlap diagnostics of the importance weights, and the refusal when support is inadequate.

Diagnostics over the unclipped weights ``w_i = pi_e(a_i|x_i,p_i) / pi_b(a_i|x_i,p_i)``:

- effective sample size, Kish's ``(sum w)^2 / sum w^2`` (Kish, "Survey Sampling", 1965; as an
  importance-sampling diagnostic: Owen, "Monte Carlo theory, methods and examples", 2013,
  sec. 9.3): how many equally weighted rounds the weighted sample is worth;
- the maximum and mean weight (the mean is 1 in expectation when the logging policy covers
  every action the candidate takes; well below 1 hints at mass the log never explores);
- the share of logged rounds whose logged choice the candidate never takes (``w_i == 0``).

Refusal rule: an estimate is refused when the effective sample size is below
:data:`MIN_EFFECTIVE_SAMPLE_SIZE` rounds (10). Below that the estimate is an average of a
handful of rounds and the bootstrap interval of so few distinct values is not trustworthy.
The rule is absolute, not a fraction of ``n``: the variance of a weighted mean scales with
``1 / ESS``. The share of unsupported rounds alone is not a reason to refuse: a deterministic
candidate on a uniform log over K items leaves ``1 - 1/K`` of the rounds unsupported and is
still estimated without bias.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np

from processors.ope.rounds import FloatArray
from schemas.errors import InadequateSupportError

__all__ = ["MIN_EFFECTIVE_SAMPLE_SIZE", "Overlap", "overlap_diagnostics", "require_support"]

MIN_EFFECTIVE_SAMPLE_SIZE: Final = 5.0


@dataclass(frozen=True)
class Overlap:
    """How well the logged rounds support the candidate policy."""

    n_rounds: int
    effective_sample_size: float
    max_weight: float
    mean_weight: float
    unsupported_share: float
    """Share of logged rounds whose logged choice has candidate probability 0."""

    def to_dict(self) -> dict[str, float | int]:
        """Plain JSON values, ``ess_fraction`` = effective sample size / rounds."""
        return {
            "n_rounds": self.n_rounds,
            "effective_sample_size": self.effective_sample_size,
            "ess_fraction": self.effective_sample_size / self.n_rounds,
            "max_weight": self.max_weight,
            "mean_weight": self.mean_weight,
            "unsupported_share": self.unsupported_share,
        }


def overlap_diagnostics(weight: FloatArray) -> Overlap:
    """Diagnostics of a non-empty vector of unclipped importance weights."""
    total = float(weight.sum())
    squares = float(np.dot(weight, weight))
    ess = total * total / squares if squares > 0.0 else 0.0
    return Overlap(
        n_rounds=int(weight.shape[0]),
        effective_sample_size=ess,
        max_weight=float(weight.max()),
        mean_weight=float(weight.mean()),
        unsupported_share=float(np.count_nonzero(weight == 0.0) / weight.shape[0]),
    )


def require_support(
    overlap: Overlap, min_effective_sample_size: float = MIN_EFFECTIVE_SAMPLE_SIZE
) -> None:
    """Raise InadequateSupportError (with the diagnostics) when the ESS is below the minimum."""
    if overlap.effective_sample_size < min_effective_sample_size:
        raise InadequateSupportError(
            f"inadequate support: the effective sample size is "
            f"{overlap.effective_sample_size:.1f} rounds of {overlap.n_rounds}, below the "
            f"minimum of {min_effective_sample_size:g}; "
            f"{overlap.unsupported_share:.1%} of logged choices have candidate probability 0",
            overlap.to_dict(),
        )
