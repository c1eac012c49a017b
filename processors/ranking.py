"""Per-user rankings: Thompson samples blended with affinities, served with exact propensities.

Two stages, so that serving is both fresh and exactly logged:

1. **Materialize** (in the stream, per user and surface, on each update): draw one Thompson
   sample ``x_i ~ Beta(a_i, b_i)`` of every candidate's examined click rate (Thompson 1933;
   Chapelle and Li, "An Empirical Evaluation of Thompson Sampling", NIPS 2011), blend it with
   the user's affinity ``u_i`` into the score ``s_i = log x_i + w * u_i`` (so ``exp(s_i)`` is the
   sampled click rate scaled by ``exp(w * u_i)``), keep the top ``K`` (plus a few exploration
   slots drawn uniformly from the other active items), and store the weights
   ``w = softmax(s / tau)`` over those ``K`` items with the exploration floor ``eps``. Cold
   start: while a surface has fewer than ``cold_start_impressions`` effective impressions the
   posteriors say little, so the score is the tenant's popularity rank prior
   ``-log(1 + rank)`` plus the affinity term.
2. **Serve** (in the reader, per request): sample a ranked list of ``k <= K`` items without
   replacement by sequential (Plackett-Luce) sampling (Plackett 1975; Luce 1959) with the floor
   mixed in at every stage: position ``j`` takes an unplaced item ``i`` with probability
   ``q_j(i) = (1 - eps) * w_i / (sum of unplaced w) + eps / (number unplaced)``, so position 1
   draws from ``p = (1 - eps) * w + eps / K``. ``q_j(i)`` is logged as the item's propensity
   (exact given the prefix); the product over the list is the exact probability of the whole
   list (:func:`slate_probability`), which is what slate-level inverse propensity scoring needs.

   Why the floor is mixed in per stage, not once into ``p`` followed by plain Plackett-Luce
   ``p_i / (1 - sum of p placed)``: when the softmax is peaked, the first item takes almost all
   of ``(1 - eps) * w``, and what is left for positions 2.. is dominated by the other items'
   floor ``eps / K``, so those positions become nearly uniform. In the simulation
   (``bench/simulate_bandit.py``, ``docs/learning.md``) that multiplied regret by about 6;
   mixing per stage caps exploration at ``eps`` per position and still gives every item a
   chance of at least ``eps / n_unplaced`` at every position.

The propensities are exact given the materialized distribution, which is itself a
deterministic function of the state, the inputs and the ``(key, offset)`` seed
(:func:`rng_for`), so a replay reproduces both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from processors.bandit import BanditState, BetaPrior, effective_impressions, posterior_params
from processors.examination import ThetaSource

__all__ = [
    "MaterializedRanking",
    "PlacedItem",
    "RankingConfig",
    "SurfaceModel",
    "floor_softmax",
    "materialize",
    "rng_for",
    "sample_ranking",
    "slate_probability",
    "without_items",
]

FloatArray = NDArray[np.float64]

# Thompson draws can underflow to 0 for tiny posteriors; log(0) would rank below everything.
_MIN_SAMPLE = 1e-300


@dataclass(frozen=True)
class SurfaceModel:
    """What the ranker needs about one surface; retired items are already left out."""

    bandit: BanditState
    popular: tuple[str, ...]
    theta: tuple[float, ...]
    """Examination per position (``positions`` entries, first 1.0 when estimated)."""
    theta_source: ThetaSource
    """``"estimated"`` from the surface's counts, or ``"configured"`` (the fallback)."""


@dataclass(frozen=True, slots=True)
class RankingConfig:
    """How rankings are materialized."""

    k: int = 50
    """Items materialized per (user, surface); the reader serves at most this many."""
    epsilon: float = 0.05
    """Exploration floor: at every position each unplaced item has chance >= eps / n_unplaced."""
    temperature: float = 0.05
    """Softmax temperature on log-scale scores; smaller is greedier (``p ~ x ** (1 / tau)``)."""
    affinity_weight: float = 1.0
    """Weight ``w`` of the user's affinity in the score ``log x_i + w * u_i``."""
    feature_weight: float = 0.5
    """Weight of the mean feature-value affinity within ``u_i`` (``processors.affinity``)."""
    exploration_slots: int = 5
    """Materialized slots filled uniformly from active items outside the top by score.

    At most ``k // 2`` are used, so a small ``k`` still holds mostly the best-scored items.
    """
    cold_start_impressions: float = 100.0
    """Below this many effective impressions on the surface, rank by popularity instead."""
    prior_a: float = 1.0
    """Prior clicks of every item's ``Beta(a, b)`` click rate once examined."""
    prior_b: float = 1.0
    """Prior examined non-clicks of that prior."""

    def __post_init__(self) -> None:
        if self.k < 1:
            raise ValueError("k must be >= 1")
        if not 0.0 <= self.epsilon <= 1.0:
            raise ValueError("epsilon must be in [0, 1]")
        if not self.temperature > 0.0:
            raise ValueError("temperature must be > 0")
        if self.exploration_slots < 0:
            raise ValueError("exploration_slots must be >= 0")
        if self.cold_start_impressions < 0.0:
            raise ValueError("cold_start_impressions must be >= 0")


@dataclass(frozen=True, slots=True)
class MaterializedRanking:
    """A user's top-K on one surface and the serving distribution over it.

    ``items`` are ordered by decreasing weight; ``weights`` are ``softmax(scores / tau)`` and
    sum to 1; ``epsilon`` is the exploration floor the reader mixes in at every position
    (:func:`sample_ranking`); ``scores`` are the blended scores. ``cold_start`` tells whether
    the popularity path produced it.
    """

    items: tuple[str, ...]
    weights: tuple[float, ...]
    epsilon: float
    scores: tuple[float, ...]
    cold_start: bool

    def first_position_probabilities(self) -> tuple[float, ...]:
        """``p = (1 - epsilon) * w + epsilon / K``: each item's chance to be served first."""
        n = len(self.items)
        return tuple((1.0 - self.epsilon) * w + self.epsilon / n for w in self.weights)

    def sample(self, k: int, rng: np.random.Generator) -> list[PlacedItem]:
        """Serve up to ``k`` items with exact propensities (:func:`sample_ranking`)."""
        return sample_ranking(self.weights, self.items, k, rng, self.epsilon)


@dataclass(frozen=True, slots=True)
class PlacedItem:
    """One served item: its 1-based position and its propensity given the items before it."""

    item_id: str
    position: int
    propensity: float


def without_items(
    ranking: MaterializedRanking, removed: AbstractSet[str]
) -> MaterializedRanking | None:
    """The ranking with ``removed`` items left out and the remaining weights renormalized.

    Serving from it is the stored policy conditioned on those items being unavailable, so the
    sampler's propensities stay exact. ``None`` if nothing servable is left.
    """
    if removed.isdisjoint(ranking.items):
        return ranking
    kept = [i for i, item in enumerate(ranking.items) if item not in removed]
    total = sum(ranking.weights[i] for i in kept)
    if not kept or total <= 0.0:
        return None
    return MaterializedRanking(
        items=tuple(ranking.items[i] for i in kept),
        weights=tuple(ranking.weights[i] / total for i in kept),
        epsilon=ranking.epsilon,
        scores=tuple(ranking.scores[i] for i in kept),
        cold_start=ranking.cold_start,
    )


def rng_for(key: str, offset: int) -> np.random.Generator:
    """A generator seeded from an event's key and offset: same inputs, same draws.

    The key is hashed with BLAKE2b (stable across processes, unlike ``hash``) and combined with
    the offset in a ``numpy.random.SeedSequence``.
    """
    if offset < 0:
        raise ValueError("offset must be >= 0")
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
    words = [int.from_bytes(digest[i : i + 4], "little") for i in range(0, 16, 4)]
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence([*words, offset])))


def floor_softmax(scores: FloatArray, temperature: float, epsilon: float) -> FloatArray:
    """``(1 - epsilon) * softmax(scores / temperature) + epsilon / n`` along the last axis."""
    z = scores / temperature
    z = z - np.max(z, axis=-1, keepdims=True)
    weights = np.exp(z)
    soft = weights / weights.sum(axis=-1, keepdims=True)
    return np.asarray((1.0 - epsilon) * soft + epsilon / scores.shape[-1], dtype=np.float64)


@dataclass(frozen=True)
class Candidates:
    """One surface's ranking data that does not depend on the user: computed once per model
    refresh and shared by every user ranked with that model (:func:`prepare_candidates`).

    ``items`` are the surface's items with posteriors, then ``popular`` items without data;
    ``a``/``b`` their Beta posteriors; ``cold_base`` the popularity scores used instead of
    Thompson samples while the surface is cold (``None`` when it is not).
    """

    items: tuple[str, ...]
    index: Mapping[str, int]
    a: FloatArray
    b: FloatArray
    cold_base: FloatArray | None


def prepare_candidates(
    state: BanditState,
    theta: Sequence[float],
    popular: Sequence[str],
    config: RankingConfig,
    prior: BetaPrior | None = None,
) -> Candidates:
    """The user-independent half of :func:`materialize`. Raises ``ValueError`` when there are
    no candidates. ``prior`` defaults to the configuration's."""
    prior = prior or BetaPrior(config.prior_a, config.prior_b)
    known = set(state.item_ids)
    candidates = (*state.item_ids, *sorted(set(popular) - known))
    if not candidates:
        raise ValueError("no candidate items")
    counts = state.counts()
    a_known, b_known = posterior_params(counts, theta, prior)
    n_new = len(candidates) - len(state.item_ids)
    a = np.concatenate([a_known, np.full(n_new, prior.a0)])
    b = np.concatenate([b_known, np.full(n_new, prior.b0)])
    total_effective = float(effective_impressions(counts.impressions, theta).sum())
    cold_base = None
    if total_effective < config.cold_start_impressions:
        rank = {item: r for r, item in enumerate(dict.fromkeys(popular))}
        unranked = len(rank)
        cold_base = -np.log1p(
            np.array([rank.get(i, unranked) for i in candidates], dtype=np.float64)
        )
    index = {item: i for i, item in enumerate(candidates)}
    return Candidates(candidates, index, a, b, cold_base)


def materialize(
    state: BanditState,
    theta: Sequence[float],
    affinities: Mapping[str, float],
    popular: Sequence[str],
    config: RankingConfig,
    rng: np.random.Generator,
    prior: BetaPrior | None = None,
) -> MaterializedRanking:
    """Materialize one user's ranking on one surface (see module doc).

    Candidates are the surface's items with posteriors plus ``popular`` (the tenant's item ids,
    most popular first); items without data get the prior. Raises ``ValueError`` when there
    are no candidates.
    """
    candidates = prepare_candidates(state, theta, popular, config, prior)
    return materialize_prepared(candidates, affinities, config, rng)


def materialize_prepared(
    candidates: Candidates,
    affinities: Mapping[str, float],
    config: RankingConfig,
    rng: np.random.Generator,
) -> MaterializedRanking:
    """:func:`materialize` with the surface's half already computed: what is left per user
    is one Thompson draw per candidate, the blend with the user's affinities, and the top-K.
    """
    affinity = np.zeros(len(candidates.items), dtype=np.float64)
    index = candidates.index
    for item, value in affinities.items():
        at = index.get(item)
        if at is not None:
            affinity[at] = value
    cold = candidates.cold_base is not None
    if candidates.cold_base is not None:
        base = candidates.cold_base
    else:
        base = np.log(np.maximum(rng.beta(candidates.a, candidates.b), _MIN_SAMPLE))
    scores = base + config.affinity_weight * affinity
    chosen = _choose(scores, config, rng)
    weights = floor_softmax(scores[chosen], config.temperature, 0.0)
    order = np.argsort(-weights, kind="stable")
    items = candidates.items
    return MaterializedRanking(
        items=tuple(items[int(chosen[i])] for i in order),
        weights=tuple(float(weights[i]) for i in order),
        epsilon=config.epsilon,
        scores=tuple(float(scores[int(chosen[i])]) for i in order),
        cold_start=cold,
    )


def _choose(scores: FloatArray, config: RankingConfig, rng: np.random.Generator) -> NDArray[Any]:
    """Indices of the top ``k - slots`` by score plus ``slots`` uniform picks from the rest."""
    by_score = np.argsort(-scores, kind="stable")
    if scores.size <= config.k:
        return by_score
    slots = min(config.exploration_slots, config.k // 2)
    n_top = config.k - slots
    rest = by_score[n_top:]
    explore = rng.choice(rest, size=slots, replace=False)
    return np.concatenate([by_score[:n_top], np.sort(explore)])


def stage_probabilities(
    weights: FloatArray, remaining: NDArray[np.bool_], epsilon: float
) -> FloatArray:
    """The serving distribution of the next position over the ``remaining`` items.

    ``(1 - epsilon) * w_i / (sum of remaining w) + epsilon / n_remaining`` for remaining items,
    0 for placed ones. With ``epsilon = 0`` this is the Plackett-Luce conditional
    ``w_i / (1 - sum of w already placed)``. If every remaining weight is 0 the stage is uniform.
    """
    n_remaining = int(remaining.sum())
    uniform = np.where(remaining, 1.0 / n_remaining, 0.0)
    mass = np.where(remaining, weights, 0.0)
    total = mass.sum()
    if total <= 0.0:
        return np.asarray(uniform, dtype=np.float64)
    return np.asarray((1.0 - epsilon) * mass / total + epsilon * uniform, dtype=np.float64)


def sample_ranking(
    p: Sequence[float] | FloatArray,
    items: Sequence[str],
    k: int,
    rng: np.random.Generator,
    epsilon: float = 0.0,
) -> list[PlacedItem]:
    """Sample a ranked list of up to ``k`` items without replacement, with propensities.

    Position ``j`` takes item ``i`` with the probability :func:`stage_probabilities` gives for
    the items not yet placed, and that probability is the item's ``propensity`` (exact given
    the prefix). ``p`` is a distribution over ``items`` (a materialization's ``weights``);
    ``epsilon = 0`` is plain Plackett-Luce sampling from ``p`` and never serves a ``p = 0`` item.
    """
    weights = _validated(p, items)
    # Plain Python over at most top-K floats: a reader serves one list per request, and
    # numpy's per-call overhead at every position cost more than the arithmetic (~180 µs).
    w = weights.tolist()
    remaining = _servable(weights, epsilon).tolist()
    n_remaining = sum(remaining)
    placed: list[PlacedItem] = []
    for position in range(1, min(k, n_remaining) + 1):
        # Summed afresh (not decremented) so that "no weight left" is exactly 0.0.
        mass = sum(wi for wi, free in zip(w, remaining, strict=True) if free)
        uniform = 1.0 / n_remaining
        scale = (1.0 - epsilon) / mass if mass > 0.0 else 0.0
        floor = epsilon * uniform if mass > 0.0 else uniform
        # Inverse-CDF draw over this position's distribution (the stage probabilities).
        threshold = rng.random()
        pick = -1
        cumulative = 0.0
        for i, free in enumerate(remaining):
            if not free:
                continue
            pick = i
            cumulative += w[i] * scale + floor
            if cumulative > threshold:
                break
        placed.append(PlacedItem(items[pick], position, w[pick] * scale + floor))
        remaining[pick] = False
        n_remaining -= 1
    return placed


def slate_probability(
    p: Sequence[float] | FloatArray,
    items: Sequence[str],
    slate: Sequence[str],
    epsilon: float = 0.0,
) -> float:
    """Exact probability that :func:`sample_ranking` returns ``slate`` (in order)."""
    weights = _validated(p, items)
    remaining = _servable(weights, epsilon)
    index = {item: i for i, item in enumerate(items)}
    probability = 1.0
    for item in slate:
        i = index.get(item)
        if i is None or not remaining[i]:
            return 0.0
        probability *= float(stage_probabilities(weights, remaining, epsilon)[i])
        remaining[i] = False
    return probability


def _servable(weights: FloatArray, epsilon: float) -> NDArray[np.bool_]:
    if not 0.0 <= epsilon <= 1.0:
        raise ValueError("epsilon must be in [0, 1]")
    if epsilon == 0.0:
        return np.asarray(weights > 0, dtype=np.bool_)
    return np.ones(weights.size, dtype=np.bool_)


def _validated(p: Sequence[float] | FloatArray, items: Sequence[str]) -> FloatArray:
    weights = np.asarray(p, dtype=np.float64)
    if weights.shape != (len(items),):
        raise ValueError("p needs one probability per item")
    if np.any(weights < 0) or not np.isclose(weights.sum(), 1.0):
        raise ValueError("p must be a probability distribution")
    return np.asarray(weights / weights.sum(), dtype=np.float64)
