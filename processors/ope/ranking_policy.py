"""The action distribution of the project's own ranking policy, for OPE of that policy.

The reader serves a list by sequential sampling with the exploration floor mixed in at every
stage (:func:`processors.ranking.sample_ranking`): position ``j`` takes an unplaced item ``i``
with probability ``(1 - eps) * w_i / (sum of unplaced w) + eps / n_unplaced``. OPE needs the
position marginals ``action_dist[item, position] = P(item at position)``; position 0 is the
first stage itself, later positions sum over every ordered prefix of the items above.

- :func:`ranking_action_dist` is **exact** given one materialized weight vector: it carries
  the probability of every ordered prefix down the list, one vectorized stage per position.
  Cost ``O(K^L)`` for ``K`` candidates and ``L`` positions (K = 50, L = 3: 125,000 terms), so it
  refuses above :data:`MAX_PREFIXES` prefixes.
- :func:`expected_action_dist` averages those exact marginals over ``n_samples`` seeded draws of
  the materialization (the Thompson sample and the exploration slots are random), which is a
  Monte Carlo estimate of the policy's distribution with the sample count stated; its error
  comes only from the materialization draws, not from sampling lists.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from processors.ope.rounds import FloatArray, IntArray
from schemas.errors import EvaluationInputError

__all__ = ["MAX_PREFIXES", "expected_action_dist", "ranking_action_dist"]

MAX_PREFIXES = 2_000_000

# One materialization: candidate item indices (into the catalog) and their weights (sum 1).
Materialization = tuple[IntArray, FloatArray]


def ranking_action_dist(weights: FloatArray, epsilon: float, len_list: int) -> FloatArray:
    """Exact ``P(candidate i at position j)``, shape ``(K, len_list)``, of the served list.

    ``weights`` is a materialization's distribution over its ``K`` candidates. With
    ``epsilon = 0`` zero-weight candidates are never served (as the reader). Raises
    EvaluationInputError when fewer than ``len_list`` candidates can be served (a position
    would be empty, which an action distribution cannot express) or the prefixes exceed
    :data:`MAX_PREFIXES`.
    """
    w = np.asarray(weights, dtype=np.float64)
    if w.ndim != 1 or (w < 0).any() or not np.isclose(w.sum(), 1.0):
        raise EvaluationInputError("ranking weights must be a probability vector")
    if not 0.0 <= epsilon <= 1.0:
        raise EvaluationInputError(f"epsilon must be in [0, 1], got {epsilon}")
    n = w.shape[0]
    servable = w > 0 if epsilon == 0.0 else np.ones(n, dtype=bool)
    if int(servable.sum()) < len_list:
        raise EvaluationInputError(
            f"only {int(servable.sum())} candidates can be served, fewer than {len_list} positions"
        )
    out = np.zeros((n, len_list), dtype=np.float64)
    # Each row is one ordered prefix: its probability and which candidates are still unplaced.
    prefix_probability = np.ones(1)
    remaining = servable[None, :].copy()
    for position in range(len_list):
        stage = _stage(w, remaining, epsilon)
        joint = prefix_probability[:, None] * stage
        out[:, position] = joint.sum(axis=0)
        if position == len_list - 1:
            break
        prefix, item = np.nonzero(joint > 0.0)
        if prefix.shape[0] > MAX_PREFIXES:
            raise EvaluationInputError(
                f"{prefix.shape[0]} prefixes at position {position + 1} exceed {MAX_PREFIXES}; "
                "use fewer positions or candidates"
            )
        prefix_probability = joint[prefix, item]
        remaining = remaining[prefix].copy()
        remaining[np.arange(item.shape[0]), item] = False
    return out


def expected_action_dist(
    draw: Callable[[np.random.Generator], Materialization],
    n_items: int,
    epsilon: float,
    len_list: int,
    n_samples: int,
    seed: int,
) -> FloatArray:
    """Monte Carlo mean over ``n_samples`` draws of the exact marginals, shape (n_items, L).

    ``draw(rng)`` returns one materialization (catalog indices of the candidates and their
    weights); ``rng`` is ``numpy.random.default_rng(seed)``, shared by the draws in order, so
    the result is a deterministic function of ``seed``. Items never drawn as a candidate get 0.
    """
    if n_samples < 1:
        raise EvaluationInputError(f"n_samples must be at least 1, got {n_samples}")
    rng = np.random.default_rng(seed)
    total = np.zeros((n_items, len_list), dtype=np.float64)
    for _ in range(n_samples):
        items, weights = draw(rng)
        if items.shape != weights.shape or (items < 0).any() or (items >= n_items).any():
            raise EvaluationInputError("a materialization names items outside the catalog")
        np.add.at(total, items, ranking_action_dist(weights, epsilon, len_list))
    return total / n_samples


def _stage(w: FloatArray, remaining: np.ndarray, epsilon: float) -> FloatArray:
    """Next-position distribution for every prefix (rows), as the reader's stage rule."""
    count = remaining.sum(axis=1, keepdims=True)
    uniform = np.where(remaining, 1.0 / np.maximum(count, 1), 0.0)
    mass = np.where(remaining, w, 0.0)
    total = mass.sum(axis=1, keepdims=True)
    safe = np.where(total > 0.0, total, 1.0)
    mixed = (1.0 - epsilon) * mass / safe + epsilon * uniform
    # No weight left among the unplaced: the stage is uniform (processors.ranking does the same).
    return np.where(total > 0.0, mixed, uniform)
