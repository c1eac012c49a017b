"""Thompson-sampling shares of a bandit experiment's arms, from their sufficient statistics.

Method (Russo, Van Roy, Kazerouni, Osband and Wen, "A Tutorial on Thompson Sampling",
Foundations and Trends in ML 11(1), 2018, ch. 3; as GrowthBook's bandits allocate traffic):
each arm's primary rate has a Beta(1 + successes, 1 + failures) posterior (a uniform prior);
an arm's share of the next period is the posterior probability that it is the best arm,
estimated by Monte Carlo over :data:`DRAWS` joint draws. Batched Thompson sampling serves
that probability as a traffic share, since the stream cannot draw per request.

**Deterministic.** The draws come from a ``numpy.random.Generator`` seeded from the
experiment id and the allocation period number (:func:`period_rng`), never the global RNG,
so a replay of the same snapshots computes the same shares, and two recomputations within a
period use common random numbers (Monte Carlo noise alone never moves a share).

Then: arms switched off by a guardrail get 0; before every arm still on has
``burn_in_users`` users the split is equal; otherwise each arm still on gets at least the
exploration floor (:func:`with_floor`) and the shares sum to 1.

A rate's successes and trials (:func:`rate_counts`): for a binomial metric (``acceptance``),
users who converted out of users; for a per-list ratio (``ctr``, ``accept_rate``), clicks or
accepts out of served lists, each list a Bernoulli trial (successes capped at the trials: a
user may click twice on one list).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

import numpy as np

from processors.experiments.metrics import MetricDef, metric
from processors.experiments.outcomes import ArmStats

__all__ = [
    "DRAWS",
    "period_rng",
    "probability_best",
    "rate_counts",
    "thompson_weights",
    "with_floor",
]

DRAWS = 10_000
"""Monte Carlo draws per recomputation: P(best) to about +-0.005 (binomial standard error)."""


def rate_counts(stats: ArmStats, definition: MetricDef) -> tuple[float, float]:
    """(successes, trials) of a rate metric over an arm's statistics."""
    successes = stats.sums.get(definition.numerator, 0.0)
    if definition.kind == "binomial":
        trials = float(stats.users)
    else:
        trials = stats.sums.get(definition.denominator or "", 0.0)
    return min(successes, trials), trials


def period_rng(experiment_id: str, period: int) -> np.random.Generator:
    """The generator of ``experiment_id``'s recomputation for ``period``: the same seed on
    every worker, replay and restart (SHA-256, not ``hash()``, which is salted per process)."""
    digest = hashlib.sha256(f"bandit\x1f{experiment_id}\x1f{period}".encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "big"))


def probability_best(
    counts: Sequence[tuple[float, float]], rng: np.random.Generator, draws: int = DRAWS
) -> list[float]:
    """Monte Carlo P(arm has the highest rate) under Beta(1 + s, 1 + t - s) posteriors.
    Ties (probability 0 with continuous draws) go to the first arm."""
    alpha = np.array([1.0 + s for s, _ in counts])
    beta = np.array([1.0 + max(t - s, 0.0) for s, t in counts])
    samples = rng.beta(alpha, beta, size=(draws, len(counts)))
    wins = np.bincount(np.argmax(samples, axis=1), minlength=len(counts))
    return [float(w) / draws for w in wins]


def with_floor(shares: Mapping[str, float], floor: float) -> dict[str, float]:
    """``shares`` (arms still on; summing to 1) with every arm at least ``floor`` and the rest
    spread in proportion to the shares (water-filling; needs ``floor * arms <= 1``)."""
    arms = list(shares)
    fixed: set[str] = set()
    result = dict(shares)
    while True:
        free = [a for a in arms if a not in fixed]
        mass = 1.0 - floor * len(fixed)
        total = sum(shares[a] for a in free)
        for a in free:
            result[a] = mass * shares[a] / total if total > 0 else mass / len(free)
        for a in fixed:
            result[a] = floor
        low = [a for a in free if result[a] < floor]
        if not low or len(low) == len(free):
            if low:  # every free arm below the floor: only possible when floor * arms == 1
                for a in low:
                    result[a] = mass / len(free)
            return result
        fixed.update(low)


def thompson_weights(
    experiment_id: str,
    period: int,
    arms: Mapping[str, ArmStats],
    metric_name: str,
    burn_in_users: int,
    floor: float,
    draws: int = DRAWS,
) -> dict[str, float]:
    """Shares of ``arms`` (the arms still on, in spec order) for allocation ``period``:
    equal during the burn-in, else Thompson sampling with the exploration floor."""
    names = list(arms)
    if not names:
        return {}
    if any(arms[a].users < burn_in_users for a in names):
        return dict.fromkeys(names, 1.0 / len(names))
    definition = metric(metric_name)
    counts = [rate_counts(arms[a], definition) for a in names]
    best = probability_best(counts, period_rng(experiment_id, period), draws)
    return with_floor(dict(zip(names, best, strict=True)), floor)
