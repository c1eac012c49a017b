"""Meta-experiments: the framework tested on experiments whose truth is known.

Each simulated experiment is a binomial A/B (control rate ``p_control``, treatment
``p_control * (1 + relative_lift)``) observed at ``looks`` equally spaced looks, adding
``users_per_look`` users to each arm each time. At every look the *same* code as production
runs: the fixed-horizon Welch test (:func:`.two_sided_ttest`) and GrowthBook's sequential
test (:func:`.sequential_two_sided_test`), on the relative lift. An experiment "rejects" if
any look has ``p < alpha``, which is what an operator who peeks and stops at the first
significant result does.

- A/A (``relative_lift = 0``): the share of experiments that ever reject is the false-positive
  rate under peeking. It must stay at or below ``alpha`` for the sequential test; for the
  fixed-horizon test it inflates with the number of looks (Armitage, McPherson and Rowe,
  *JRSS A* 132, 1969; Johari et al., "Always valid inference", 2017).
- A/B (a known lift): the share detected by a given sample size, against the planned one.

Seeded through an injected ``numpy.random.Generator``: the same seed gives the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from processors.experiments.arms import ProportionStats
from processors.experiments.frequentist import two_sided_ttest
from processors.experiments.sequential import DEFAULT_TUNING, sequential_two_sided_test
from schemas.errors import DegenerateComparisonError

__all__ = ["PeekingDesign", "PeekingRun", "ever_rejected", "first_rejection", "run_peeking"]


@dataclass(frozen=True)
class PeekingDesign:
    """One simulated experiment design (users are per arm)."""

    p_control: float = 0.10
    relative_lift: float = 0.0
    users_per_look: int = 500
    looks: int = 60
    alpha: float = 0.05
    tuning: float = DEFAULT_TUNING


@dataclass(frozen=True)
class PeekingRun:
    """Per experiment (rows) and look (columns): both tests' p-values and intervals.

    ``users[j]`` is the users per arm at look ``j``; intervals are ``[..., 0]`` low and
    ``[..., 1]`` high, on the relative lift. A look where a test is undefined (an arm with
    no conversion yet) has p = 1 and an unbounded interval.
    """

    design: PeekingDesign
    users: NDArray[np.int64]
    fixed_p: NDArray[np.float64]
    sequential_p: NDArray[np.float64]
    fixed_ci: NDArray[np.float64]
    sequential_ci: NDArray[np.float64]


def run_peeking(design: PeekingDesign, n_experiments: int, rng: np.random.Generator) -> PeekingRun:
    """Simulate ``n_experiments`` experiments of ``design`` and test each at every look."""
    p_treatment = design.p_control * (1 + design.relative_lift)
    shape = (n_experiments, design.looks)
    control = np.cumsum(rng.binomial(design.users_per_look, design.p_control, shape), axis=1)
    treatment = np.cumsum(rng.binomial(design.users_per_look, p_treatment, shape), axis=1)
    users = design.users_per_look * np.arange(1, design.looks + 1, dtype=np.int64)
    fixed_p, sequential_p = np.ones(shape), np.ones(shape)
    fixed_ci = np.tile(np.array([-np.inf, np.inf]), (*shape, 1))
    sequential_ci = fixed_ci.copy()
    for i in range(n_experiments):
        for j, n in enumerate(users):
            a = ProportionStats(int(n), float(control[i, j]))
            b = ProportionStats(int(n), float(treatment[i, j]))
            try:
                fixed = two_sided_ttest(a, b, "relative", design.alpha)
                seq = sequential_two_sided_test(a, b, "relative", design.alpha, design.tuning)
            except DegenerateComparisonError:
                continue
            fixed_p[i, j], sequential_p[i, j] = fixed.p_value, seq.p_value
            fixed_ci[i, j] = (fixed.ci.low, fixed.ci.high)
            sequential_ci[i, j] = (seq.ci.low, seq.ci.high)
    return PeekingRun(design, users, fixed_p, sequential_p, fixed_ci, sequential_ci)


def first_rejection(p_values: NDArray[np.float64], alpha: float) -> NDArray[np.int64]:
    """Per experiment, the index of the first look with ``p < alpha``, or -1 if none."""
    hits = p_values < alpha
    first = np.argmax(hits, axis=1).astype(np.int64)
    return np.where(hits.any(axis=1), first, -1)


def ever_rejected(
    p_values: NDArray[np.float64], alpha: float, up_to_look: int | None = None
) -> float:
    """Share of experiments with ``p < alpha`` at some look (up to ``up_to_look`` inclusive)."""
    window = p_values if up_to_look is None else p_values[:, : up_to_look + 1]
    return float((window < alpha).any(axis=1).mean())
