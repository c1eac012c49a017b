"""Verdicts: what a result allows an operator to conclude, and when it allows nothing.

No verdict is given while any arm has fewer than the experiment's minimum sample (default
30 per arm, the seeds' "minimum sample size enforcement"): below it the normal
approximations behind every test here are not trustworthy, whatever the p-value says.
Frequentist: significant when ``p < alpha``. Bayesian: GrowthBook's default decision rule,
a winner when the chance to win exceeds 95 %, a loser below 5 %.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Final

from processors.experiments.bayesian import BayesianResult
from processors.experiments.frequentist import FrequentistResult

__all__ = [
    "MIN_SAMPLE_PER_ARM",
    "Verdict",
    "arms_below_minimum",
    "bayesian_verdict",
    "frequentist_verdict",
]

#: Default minimum users per arm before any verdict.
MIN_SAMPLE_PER_ARM: Final = 30


class Verdict(StrEnum):
    """The conclusion about one treatment against the control."""

    INSUFFICIENT_SAMPLE = "insufficient_sample"
    BETTER = "better"
    WORSE = "worse"
    INCONCLUSIVE = "inconclusive"


def arms_below_minimum(users: Sequence[int], minimum: int = MIN_SAMPLE_PER_ARM) -> list[int]:
    """Indices of the arms with fewer than ``minimum`` users (empty: a verdict may be given)."""
    return [i for i, n in enumerate(users) if n < minimum]


def frequentist_verdict(
    users: Sequence[int],
    result: FrequentistResult,
    alpha: float = 0.05,
    minimum: int = MIN_SAMPLE_PER_ARM,
    inverse: bool = False,
) -> Verdict:
    """BETTER/WORSE when ``p < alpha`` (``inverse``: lower is better), else INCONCLUSIVE;
    INSUFFICIENT_SAMPLE while an arm is below ``minimum``."""
    if arms_below_minimum(users, minimum):
        return Verdict.INSUFFICIENT_SAMPLE
    if result.p_value >= alpha:
        return Verdict.INCONCLUSIVE
    return Verdict.BETTER if (result.expected > 0) != inverse else Verdict.WORSE


def bayesian_verdict(
    users: Sequence[int],
    result: BayesianResult,
    threshold: float = 0.95,
    minimum: int = MIN_SAMPLE_PER_ARM,
    inverse: bool = False,
) -> Verdict:
    """BETTER when the chance to win is above ``threshold``, WORSE below ``1 - threshold``
    (swapped when ``inverse``), else INCONCLUSIVE; INSUFFICIENT_SAMPLE below ``minimum``."""
    if arms_below_minimum(users, minimum):
        return Verdict.INSUFFICIENT_SAMPLE
    win = 1 - result.chance_to_win if inverse else result.chance_to_win
    if win > threshold:
        return Verdict.BETTER
    if win < 1 - threshold:
        return Verdict.WORSE
    return Verdict.INCONCLUSIVE
