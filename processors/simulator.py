"""A simulated surface with known click rates, and the policies we compare on it.

Environment: the position-based model (see :mod:`processors.bandit`). ``n`` items with known
examined click rates ``alpha`` are shown in ``L`` slots with examination ``theta``; the item in
slot ``k`` is clicked with probability ``theta_k * alpha_i``, independently. The optimal slate
puts the ``L`` best items in the slots in order of decreasing ``theta`` (rearrangement
inequality), and the regret of a round is the optimal expected clicks minus the served slate's
expected clicks (pseudo-regret, which has less noise than realized clicks).

Policies see only the clicks, and learn in batches (the posterior is fixed within a batch, as
in the stream between materializations):

- ``"pbm-ts"`` (ours): one Thompson sample per round from the PBM-weighted Beta posteriors,
  the same scores and exploration floor as :func:`processors.ranking.materialize`, and a slate
  sampled from ``p`` without replacement. Plackett-Luce sampling is done with the equivalent
  Gumbel-top-``L`` trick (Yellott 1977; Kool, van Hoof, Welling, ICML 2019) to vectorize it.
- ``"uniform"``: a uniformly random slate.
- ``"epsilon-greedy"``: with probability ``epsilon`` a uniform slate, else the top ``L`` by
  PBM-corrected posterior mean (same estimator as ours, so only the exploration differs).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from processors.bandit import BanditCounts, BetaPrior, posterior_params, update_batch
from processors.ranking import floor_softmax

__all__ = [
    "Environment",
    "PolicyConfig",
    "PolicyName",
    "favouring_slates",
    "fit_power_law",
    "log_slates",
    "run_policy",
    "simulate",
    "staged_floor_slates",
]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
PolicyName = Literal["pbm-ts", "pbm-ts-pl-floor", "uniform", "epsilon-greedy"]


@dataclass(frozen=True, slots=True)
class Environment:
    """Known click rates ``alpha`` (one per item) and examination ``theta`` (one per slot)."""

    alpha: FloatArray
    theta: FloatArray

    @classmethod
    def draw(
        cls,
        n_items: int,
        theta: tuple[float, ...],
        rng: np.random.Generator,
        a: float = 1.0,
        b: float = 30.0,
    ) -> Environment:
        """An environment with click rates drawn from ``Beta(a, b)``."""
        return cls(rng.beta(a, b, size=n_items), np.asarray(theta, dtype=np.float64))

    @property
    def slots(self) -> int:
        """Number of slots ``L``."""
        return int(self.theta.size)

    def optimal_value(self) -> float:
        """Expected clicks of the best slate."""
        best = np.sort(self.alpha)[::-1][: self.slots]
        return float(best @ self.theta[: best.size])

    def expected_clicks(self, slates: IntArray) -> FloatArray:
        """Expected clicks of each slate (rows of item indices, slot order)."""
        return np.asarray(self.alpha[slates] @ self.theta, dtype=np.float64)

    def clicks(self, slates: IntArray, rng: np.random.Generator) -> NDArray[np.bool_]:
        """Sampled clicks of each slate's slots."""
        return np.asarray(rng.random(slates.shape) < self.alpha[slates] * self.theta)


@dataclass(frozen=True, slots=True)
class PolicyConfig:
    """Parameters of the compared policies."""

    epsilon: float = 0.02
    """Ours: exploration floor; epsilon-greedy: probability of a uniform slate."""
    temperature: float = 0.05
    """Ours: softmax temperature on log sampled click rates."""
    prior: BetaPrior = field(default_factory=BetaPrior)
    """Beta prior of every item's examined click rate."""


def top_slots_without_replacement(
    log_weights: FloatArray, slots: int, rng: np.random.Generator
) -> IntArray:
    """Per row, ``slots`` indices sampled without replacement (Plackett-Luce) by Gumbel-top-k."""
    keys = log_weights + rng.gumbel(size=log_weights.shape)
    return np.asarray(np.argsort(-keys, axis=1)[:, :slots], dtype=np.int64)


def staged_floor_slates(
    weights: FloatArray, slots: int, epsilon: float, rng: np.random.Generator
) -> IntArray:
    """Per row, :func:`processors.ranking.sample_ranking` with the per-stage floor, vectorized.

    Stage ``j`` draws from ``(1 - epsilon) * w / (unplaced w) + epsilon / n_unplaced``.
    """
    rounds, n_items = weights.shape
    remaining = np.ones_like(weights, dtype=bool)
    rows = np.arange(rounds)
    slates = np.empty((rounds, slots), dtype=np.int64)
    for slot in range(slots):
        mass = np.where(remaining, weights, 0.0)
        total = mass.sum(axis=1, keepdims=True)
        soft = np.divide(mass, total, out=np.zeros_like(mass), where=total > 0)
        soft[total[:, 0] <= 0] = remaining[total[:, 0] <= 0]
        soft /= soft.sum(axis=1, keepdims=True)
        uniform = remaining / remaining.sum(axis=1, keepdims=True)
        stage = (1.0 - epsilon) * soft + epsilon * uniform
        cumulative = np.cumsum(stage, axis=1)
        u = rng.random((rounds, 1)) * cumulative[:, -1:]
        pick = np.minimum((cumulative <= u).sum(axis=1), n_items - 1)
        # Rounding can land on a placed item at the end of a row; take the last unplaced one.
        bad = ~remaining[rows, pick]
        if bad.any():
            pick[bad] = n_items - 1 - np.argmax(remaining[bad][:, ::-1], axis=1)
        slates[:, slot] = pick
        remaining[rows, pick] = False
    return slates


def choose_slates(
    name: PolicyName,
    counts: BanditCounts,
    theta: FloatArray,
    rounds: int,
    config: PolicyConfig,
    rng: np.random.Generator,
) -> IntArray:
    """The slates a policy serves for ``rounds`` rounds given the counts so far."""
    n_items, slots = counts.impressions.shape[0], theta.size
    if name == "uniform":
        return top_slots_without_replacement(np.zeros((rounds, n_items)), slots, rng)
    a, b = posterior_params(counts, tuple(theta), config.prior)
    if name in ("pbm-ts", "pbm-ts-pl-floor"):
        samples = np.maximum(rng.beta(a, b, size=(rounds, n_items)), 1e-300)
        if name == "pbm-ts-pl-floor":
            p = floor_softmax(np.log(samples), config.temperature, config.epsilon)
            return top_slots_without_replacement(np.log(p), slots, rng)
        weights = floor_softmax(np.log(samples), config.temperature, 0.0)
        return staged_floor_slates(weights, slots, config.epsilon, rng)
    greedy = np.argsort(-(a / (a + b)), kind="stable")[:slots]
    slates = np.tile(greedy, (rounds, 1)).astype(np.int64)
    explore = rng.random(rounds) < config.epsilon
    if explore.any():
        uniform = np.zeros((int(explore.sum()), n_items))
        slates[explore] = top_slots_without_replacement(uniform, slots, rng)
    return slates


def simulate(
    env: Environment,
    name: PolicyName,
    rounds: int,
    rng: np.random.Generator,
    config: PolicyConfig | None = None,
    batch: int = 10,
) -> FloatArray:
    """Cumulative pseudo-regret after each round of one policy on ``env``."""
    regret, _ = run_policy(env, name, rounds, rng, config, batch)
    return np.cumsum(regret)


def run_policy(
    env: Environment,
    name: PolicyName,
    rounds: int,
    rng: np.random.Generator,
    config: PolicyConfig | None = None,
    batch: int = 10,
) -> tuple[FloatArray, BanditCounts]:
    """Per-round pseudo-regret of one policy on ``env``, and the counts it logged."""
    config = config or PolicyConfig()
    counts = BanditCounts.zeros(env.alpha.size, env.slots)
    regret = np.empty(rounds, dtype=np.float64)
    best = env.optimal_value()
    for start in range(0, rounds, batch):
        size = min(batch, rounds - start)
        slates = choose_slates(name, counts, env.theta, size, config, rng)
        regret[start : start + size] = best - env.expected_clicks(slates)
        counts = log_slates(counts, slates, env.clicks(slates, rng))
    return regret, counts


def log_slates(counts: BanditCounts, slates: IntArray, clicked: NDArray[np.bool_]) -> BanditCounts:
    """``counts`` plus one impression per (round, slot) of ``slates`` and its click."""
    rounds, slots = slates.shape
    positions = np.tile(np.arange(1, slots + 1), rounds)
    return update_batch(counts, slates.ravel(), positions, clicked.ravel().astype(np.int64))


def favouring_slates(
    alpha: FloatArray, slots: int, rounds: int, sharpness: float, rng: np.random.Generator
) -> IntArray:
    """Slates of a fixed logging policy that puts good items on top, not at random.

    Plackett-Luce with weights ``alpha ** sharpness`` (``0``: uniform placement): better items
    are likelier in slot 1, yet every item is seen in every slot now and then, as under a
    ranker with exploration. This is the log :mod:`processors.examination` must handle.
    """
    log_weights = np.tile(sharpness * np.log(alpha), (rounds, 1))
    return top_slots_without_replacement(log_weights, slots, rng)


def fit_power_law(cumulative: FloatArray, start: int) -> tuple[float, float]:
    """Least-squares fit ``R(t) = c * t ** beta`` on rounds ``start..end`` (log-log OLS).

    Returns ``(c, beta)``; rounds are 1-based, so ``t = index + 1``.
    """
    t = np.arange(start + 1, cumulative.size + 1, dtype=np.float64)
    y = cumulative[start:]
    if np.any(y <= 0):
        raise ValueError("regret must be positive on the fitted range")
    beta, log_c = np.polyfit(np.log(t), np.log(y), 1)
    return float(np.exp(log_c)), float(beta)
