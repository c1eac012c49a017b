"""Logged rounds and the per-round terms every OPE estimator is a function of.

Shapes follow obp 0.5.7 (``obp/ope/estimators.py``, ``obp/utils.py::check_ope_inputs``):

- ``action_dist[round, item, position]`` is the candidate's probability ``pi_e(item | x_round)``
  of putting ``item`` at ``position``; for each (round, position) it sums to 1 over items.
  A leading dimension of 1 instead of ``n_rounds`` means "the same for every round" (a policy
  that does not depend on the context, e.g. the saved BernoulliTS distribution of OBD), which
  saves ``n_rounds`` copies.
- ``estimated_rewards[round, item, position]`` is a reward model's ``q_hat(x_round, item,
  position)``, same shape rules.

Everything an estimator needs reduces to four vectors of length ``n_rounds`` (``RoundTerms``):
the reward, the importance weight of the logged choice, ``q_hat`` of the logged choice and
``q_hat`` averaged over the candidate at the logged position. Computing them once is what makes
every estimator one pass of vector arithmetic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from schemas.errors import EvaluationInputError

__all__ = ["FloatArray", "IntArray", "LoggedRounds", "RoundTerms", "round_terms"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class LoggedRounds:
    """Logged bandit feedback, one entry per round, in obp's conventions.

    ``action`` is the item shown (0-based item index), ``position`` the 0-based slot it was shown
    in, ``reward`` what was observed (a click is 0/1), ``pscore`` the logging policy's probability
    ``pi_b(action | x, position)`` of that choice, in (0, 1].
    """

    action: IntArray
    position: IntArray
    reward: FloatArray
    pscore: FloatArray

    @property
    def n_rounds(self) -> int:
        """How many rounds were logged."""
        return int(self.action.shape[0])


@dataclass(frozen=True)
class RoundTerms:
    """Per-round inputs of the estimators, each of shape ``(n_rounds,)``.

    ``weight`` is the unclipped importance weight ``w_i = pi_e(a_i | x_i, p_i) / pscore_i``.
    ``q_factual`` is ``q_hat(x_i, a_i, p_i)`` and ``q_policy`` is ``sum_a pi_e(a | x_i, p_i)
    q_hat(x_i, a, p_i) / sum_a pi_e(a | x_i, p_i)`` (obp's ``np.average`` with the candidate as
    weights); both are None without a reward model.
    """

    reward: FloatArray
    weight: FloatArray
    q_factual: FloatArray | None
    q_policy: FloatArray | None


def round_terms(
    logged: LoggedRounds,
    action_dist: FloatArray,
    estimated_rewards: FloatArray | None = None,
) -> RoundTerms:
    """Check the inputs as obp does and reduce them to per-round terms.

    Raises EvaluationInputError naming the first problem: a non-positive pscore, an item or
    position outside ``action_dist``, a (round, position) whose probabilities do not sum to 1
    (``np.allclose`` defaults, as obp), or a missing/non-finite estimated reward.
    """
    _check_logged(logged)
    _check_table(action_dist, "action_dist", logged.n_rounds)
    n_items, len_list = action_dist.shape[1], action_dist.shape[2]
    if logged.n_rounds and int(logged.action.max()) >= n_items:
        raise EvaluationInputError(
            f"the log shows item {int(logged.action.max())} but the action distribution covers "
            f"items 0..{n_items - 1}"
        )
    if logged.n_rounds and int(logged.position.max()) >= len_list:
        raise EvaluationInputError(
            f"the log shows position {int(logged.position.max())} (0-based) but the action "
            f"distribution has {len_list} positions"
        )
    _check_sums_to_one(action_dist)
    rows = _rows(action_dist, logged.n_rounds)
    weight = action_dist[rows, logged.action, logged.position] / logged.pscore
    if estimated_rewards is None:
        return RoundTerms(logged.reward, weight, None, None)
    _check_table(estimated_rewards, "estimated rewards", logged.n_rounds)
    if estimated_rewards.shape[1:] != action_dist.shape[1:]:
        raise EvaluationInputError(
            f"estimated rewards cover {estimated_rewards.shape[1]} items x "
            f"{estimated_rewards.shape[2]} positions but the action distribution "
            f"{n_items} x {len_list}"
        )
    q_rows = _rows(estimated_rewards, logged.n_rounds)
    q_at_position = estimated_rewards[q_rows, :, logged.position]
    finite = np.isfinite(q_at_position)
    if not finite.all():
        round_, item = np.argwhere(~finite)[0]
        raise EvaluationInputError(
            f"no finite estimated reward for round {round_}, item {item}, position "
            f"{int(logged.position[round_])}"
        )
    pi_at_position = action_dist[rows, :, logged.position]
    # obp's np.average(q, weights=pi, axis=1): divide by the weights' sum, not by 1. einsum
    # sums in another order than ndarray.sum (a few ulp apart) and several times faster.
    q_policy = np.einsum("ik,ik->i", q_at_position, pi_at_position) / np.einsum(
        "ik->i", pi_at_position
    )
    q_factual = q_at_position[np.arange(logged.n_rounds), logged.action]
    return RoundTerms(logged.reward, weight, q_factual, q_policy)


def _rows(table: FloatArray, n_rounds: int) -> IntArray:
    if table.shape[0] == n_rounds:
        return np.arange(n_rounds, dtype=np.int64)
    return np.zeros(n_rounds, dtype=np.int64)


def _check_logged(logged: LoggedRounds) -> None:
    n = logged.n_rounds
    arrays = (logged.action, logged.position, logged.reward, logged.pscore)
    if any(array.ndim != 1 or array.shape[0] != n for array in arrays):
        raise EvaluationInputError("action, position, reward and pscore must be 1-d, one per round")
    if n == 0:
        raise EvaluationInputError("the log has no rounds")
    if int(logged.action.min()) < 0 or int(logged.position.min()) < 0:
        raise EvaluationInputError("items and positions must be non-negative")
    bad = np.flatnonzero(~(logged.pscore > 0.0))
    if bad.size:
        raise EvaluationInputError(
            f"round {bad[0]} has propensity score {logged.pscore[bad[0]]}; it must be positive"
        )
    if not np.isfinite(logged.reward).all():
        raise EvaluationInputError(
            f"round {np.flatnonzero(~np.isfinite(logged.reward))[0]} has a non-finite reward"
        )


def _check_table(table: FloatArray, name: str, n_rounds: int) -> None:
    if table.ndim != 3 or table.shape[0] not in (1, n_rounds):
        raise EvaluationInputError(
            f"{name} must have shape (rounds, items, positions) with {n_rounds} rounds "
            f"(or 1 for all rounds), got {table.shape}"
        )


def _check_sums_to_one(action_dist: FloatArray) -> None:
    # min/max propagate NaN, so these two reductions also catch NaN and infinity.
    if not (float(action_dist.min()) >= 0.0 and math.isfinite(float(action_dist.max()))):
        raise EvaluationInputError("action_dist must hold finite, non-negative probabilities")
    sums = np.einsum("ikl->il", action_dist)
    # np.isclose(sums, 1.0) with its defaults (rtol 1e-5, atol 1e-8), as obp's np.allclose.
    off = ~(np.abs(sums - 1.0) <= 1e-8 + 1e-5)
    if off.any():
        round_, position = np.argwhere(off)[0]
        raise EvaluationInputError(
            f"the probabilities of round {round_}, position {position} (0-based) sum to "
            f"{sums[round_, position]:.6g}, not 1"
        )
