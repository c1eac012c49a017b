"""Position-aware slate estimators: standard, independent and reward-interaction IPS.

Data are one entry per (slate, position) shown: ``slate_id`` groups the entries of one slate
(one round), ``reward`` is the reward observed at that position (a click), and the two
pscores say how likely the logging and the candidate policy were to produce what the estimator
conditions on. The three estimators share one formula (obp 0.5.7,
``obp/ope/estimators_slate.py``, ``BaseSlateInverseProbabilityWeighting``):

    V_hat = (1 / n_slates) * sum over entries of reward * pscore_e / pscore_b

and differ only in which pscores are passed (McInerney, Brost, Chandar, Mehrotra, Carterette,
"Counterfactual Evaluation of Slate Recommendations with Sequential Reward Interactions",
KDD 2020, eqs. 1-4):

- standard IPS (SIPS, eq. 1, no assumption on user behaviour): the joint probability of the
  whole slate, the same for every position of a slate (obp's ``pscore``);
- independent IPS (IIPS, eq. 2; Li et al., "Offline Evaluation of Ranking Policies with Click
  Models", KDD 2018; item-position model): the marginal probability of this item at this
  position (obp's ``pscore_item_position``);
- reward-interaction IPS (RIPS, eqs. 3-4, cascade model): the probability of the items at
  positions 0..k, the product of the conditional probabilities down to this position
  (obp's ``pscore_cascade``); :func:`cascade_pscore` builds it from per-position conditionals.

The round rewards resampled by the bootstrap are the per-slate sums, as obp's
``_estimate_slate_confidence_interval_by_bootstrap`` (in ascending ``slate_id`` order).
"""

from __future__ import annotations

import numpy as np

from processors.ope.rounds import FloatArray, IntArray
from schemas.errors import EvaluationInputError

__all__ = [
    "cascade_pscore",
    "independent_ips",
    "reward_interaction_ips",
    "slate_round_rewards",
    "standard_ips",
]


def slate_round_rewards(
    slate_id: IntArray,
    reward: FloatArray,
    behavior_pscore: FloatArray,
    evaluation_pscore: FloatArray,
) -> FloatArray:
    """Per-slate sums of ``reward * evaluation_pscore / behavior_pscore``, by ascending id."""
    _check(slate_id, reward, behavior_pscore, evaluation_pscore)
    ids, slate_index = np.unique(slate_id, return_inverse=True)
    weighted = reward * (evaluation_pscore / behavior_pscore)
    sums = np.bincount(slate_index, weights=weighted, minlength=ids.shape[0]).astype(np.float64)
    return sums


def standard_ips(
    slate_id: IntArray, reward: FloatArray, pscore: FloatArray, evaluation_pscore: FloatArray
) -> float:
    """SIPS: ``pscore``/``evaluation_pscore`` are joint slate probabilities (per entry)."""
    return float(slate_round_rewards(slate_id, reward, pscore, evaluation_pscore).mean())


def independent_ips(
    slate_id: IntArray,
    reward: FloatArray,
    pscore_item_position: FloatArray,
    evaluation_pscore_item_position: FloatArray,
) -> float:
    """IIPS: pscores are marginal probabilities of the item at its position."""
    return float(
        slate_round_rewards(
            slate_id, reward, pscore_item_position, evaluation_pscore_item_position
        ).mean()
    )


def reward_interaction_ips(
    slate_id: IntArray,
    reward: FloatArray,
    pscore_cascade: FloatArray,
    evaluation_pscore_cascade: FloatArray,
) -> float:
    """RIPS: pscores are probabilities of the slate's prefix down to this position."""
    return float(
        slate_round_rewards(slate_id, reward, pscore_cascade, evaluation_pscore_cascade).mean()
    )


def cascade_pscore(slate_id: IntArray, position: IntArray, conditional: FloatArray) -> FloatArray:
    """Products of per-position conditional probabilities down to each position.

    ``conditional[j]`` is the probability of entry ``j``'s item at its position given the items
    above it. Entries may come in any order; within a slate they are multiplied in ascending
    ``position`` order.
    """
    if not (slate_id.shape == position.shape == conditional.shape):
        raise EvaluationInputError("slate_id, position and conditional must have one shape")
    order = np.lexsort((position, slate_id))
    ordered = conditional[order]
    ids = slate_id[order]
    m = ordered.shape[0]
    first = np.r_[True, ids[1:] != ids[:-1]] if m else np.zeros(0, dtype=bool)
    start = np.maximum.accumulate(np.where(first, np.arange(m), 0)) if m else first
    rank = np.arange(m) - start
    product = ordered.copy()
    # Slates are short: one vector step per position depth, across all slates at once.
    for depth in range(1, int(rank.max()) + 1 if m else 1):
        at = np.flatnonzero(rank == depth)
        product[at] = product[at - 1] * ordered[at]
    out = np.empty_like(conditional)
    out[order] = product
    return out


def _check(
    slate_id: IntArray, reward: FloatArray, behavior: FloatArray, evaluation: FloatArray
) -> None:
    if not (slate_id.ndim == 1 and slate_id.shape == reward.shape == behavior.shape):
        raise EvaluationInputError("slate_id, reward and pscores must be 1-d and of one length")
    if evaluation.shape != behavior.shape:
        raise EvaluationInputError("slate_id, reward and pscores must be 1-d and of one length")
    if slate_id.shape[0] == 0:
        raise EvaluationInputError("no slates were logged")
    if (behavior <= 0.0).any() or (behavior > 1.0).any():
        raise EvaluationInputError("the logging pscores must be in (0, 1]")
    if (evaluation < 0.0).any() or (evaluation > 1.0).any():
        raise EvaluationInputError("the candidate pscores must be in [0, 1]")
