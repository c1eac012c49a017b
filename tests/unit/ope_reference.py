"""A straightforward reference for the OPE oracle tests: plain Python loops, one round at a time.

Written directly from the formulas of obp 0.5.7 (``obp/ope/estimators.py``,
``obp/ope/estimators_slate.py``, ``obp/utils.py::estimate_confidence_interval_by_bootstrap``),
not from ``processors.ope``: no shared helper, no vectorization, sums with ``math.fsum``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

Table = Sequence[Sequence[Sequence[float]]]


def reference_round_rewards(
    name: str,
    reward: Sequence[float],
    action: Sequence[int],
    position: Sequence[int],
    pscore: Sequence[float],
    action_dist: Table,
    q: Table | None,
    lambda_: float,
) -> list[float]:
    """obp's ``_estimate_round_rewards`` of estimator ``name``, one round per loop step.

    ``action_dist`` and ``q`` are nested lists indexed ``[round][item][position]``; a table with
    one round is used for every round.
    """
    n = len(reward)
    weights = []
    for i in range(n):
        dist_i = action_dist[i if len(action_dist) == n else 0]
        weights.append(dist_i[action[i]][position[i]] / pscore[i])
    mean_w = math.fsum(weights) / n
    out = []
    for i in range(n):
        w, r = weights[i], reward[i]
        if name == "ipw":
            out.append(r * min(w, lambda_))
            continue
        if name == "snipw":
            out.append(r * w / mean_w)
            continue
        assert q is not None
        dist_i = action_dist[i if len(action_dist) == n else 0]
        q_i = q[i if len(q) == n else 0]
        p = position[i]
        numerator = math.fsum(q_i[a][p] * dist_i[a][p] for a in range(len(dist_i)))
        denominator = math.fsum(dist_i[a][p] for a in range(len(dist_i)))
        q_pi = numerator / denominator
        residual = r - q_i[action[i]][p]
        if name == "dm":
            out.append(q_pi)
        elif name == "dr":
            out.append(q_pi + min(w, lambda_) * residual)
        elif name == "sndr":
            out.append(q_pi + w * residual / mean_w)
        elif name == "switch-dr":
            out.append(q_pi + (w if w <= lambda_ else 0.0) * residual)
        elif name == "dr-os":
            if math.isinf(lambda_):
                shrunk = w
            elif lambda_ == 0.0:
                shrunk = 0.0
            else:
                shrunk = lambda_ * w / (w * w + lambda_)
            out.append(q_pi + shrunk * residual)
        else:
            raise ValueError(name)
    return out


def reference_value(*args: object, **kwargs: object) -> float:
    """The estimate: the mean of the reference round rewards."""
    rewards = reference_round_rewards(*args, **kwargs)  # type: ignore[arg-type]
    return math.fsum(rewards) / len(rewards)


def reference_bootstrap(
    samples: np.ndarray, alpha: float, n_bootstrap: int, seed: int
) -> tuple[float, float, float]:
    """obp's estimate_confidence_interval_by_bootstrap, as written there (choice per resample)."""
    rng = np.random.RandomState(seed)
    means = [float(np.mean(rng.choice(samples, size=samples.shape[0]))) for _ in range(n_bootstrap)]
    low = float(np.percentile(means, 100 * (alpha / 2)))
    high = float(np.percentile(means, 100 * (1.0 - alpha / 2)))
    return low, high, float(np.mean(means))


def reference_slate_value(
    slate_id: Sequence[int],
    reward: Sequence[float],
    pscore: Sequence[float],
    evaluation_pscore: Sequence[float],
) -> float:
    """obp's slate IPS: sum of reward * w over all entries, divided by the number of slates."""
    total = math.fsum(r * e / b for r, b, e in zip(reward, pscore, evaluation_pscore, strict=True))
    return total / len(set(slate_id))
