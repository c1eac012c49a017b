"""Beta posteriors of click given examination per (tenant, surface, item), position-corrected.

Model: the position-based model (PBM) of clicks (Richardson, Dominowska, Ragno, "Predicting
Clicks", WWW 2007; Craswell, Zoeter, Taylor, Ramsey, "An Experimental Comparison of Click
Position-Bias Models", WSDM 2008). An item ``i`` shown at 1-based position ``k`` is clicked
with probability ``theta_k * alpha_i``: ``theta_k`` is the probability that a user examines
position ``k`` (normalized so ``theta_1 = 1``) and ``alpha_i`` is the item's click rate once
examined. ``alpha_i`` is what ranking needs; ``theta`` is a property of the surface.

Estimator: examination-weighted counts, the "effective number of views" of the PBM bandits of
Lagrée, Vernade, Cappé ("Multiple-Play Bandits in the Position-Based Model", NeurIPS 2016).
Each impression at position ``k`` adds ``theta_k`` to the item's effective impressions
``E_i = sum_k theta_k * n_ik``; each click adds 1 to its clicks ``C_i``. Because
``E[C_i] = alpha_i * E_i``, ``C_i / E_i`` estimates ``alpha_i``, and we treat ``E_i`` as the
number of examinations in a Beta-Bernoulli model:
``alpha_i ~ Beta(a0 + C_i, b0 + max(E_i - C_i, 0))``. The clip keeps the posterior at least as
wide as the prior when noise makes clicks exceed effective impressions (possible because
``theta_k`` may be < 1). This is an approximation (examinations are not observed, so the exact
PBM posterior is not Beta); it is exact when ``theta = 1`` everywhere.

Examination ``theta`` comes from one of three places. Offline, from a randomized log: when
items are placed uniformly at random (the Open Bandit Dataset's ``random`` policy), every
position sees the same item mix, so ``CTR_k / CTR_1 = theta_k / theta_1`` (randomization-based
propensity estimation, Joachims, Swaminathan, Schnabel, "Unbiased Learning-to-Rank with Biased
Feedback", WSDM 2017; Wang et al., "Position Bias Estimation for Unbiased Learning to Rank in
Personal Search", WSDM 2018); see :func:`estimate_examination`. Online, from the surface's own
non-randomized counts, by EM on the PBM likelihood (:mod:`processors.examination`): it needs
items seen at several positions, which the ranking's exploration provides, and it is used
only when those counts identify theta with a small enough standard error. Otherwise, the
configured ``examination`` setting, as the fallback (``sinks.surface_models`` picks per
surface and records which one it used).

State keeps integer counts per (item, position), not the float ``E_i``: integer sums do not
depend on the order of events (float sums do, in the last bits), and ``E_i`` can be recomputed
for a re-estimated ``theta`` without replaying the log. ``E_i`` is derived on read.

The live counts are kept per item by :mod:`processors.item_bandit`, fed by the attribution
join (:mod:`processors.served`), which makes their effect exactly once under redelivery;
:class:`BanditState` is a surface's counts as read back (``sinks.surface_models``) for ranking.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy import stats

__all__ = [
    "BanditCounts",
    "BanditState",
    "BetaPrior",
    "ItemPosterior",
    "credible_interval",
    "effective_impressions",
    "estimate_examination",
    "posterior_params",
    "posteriors",
    "thompson_sample",
    "update_batch",
]

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class BetaPrior:
    """Prior ``Beta(a0, b0)`` of an item's click rate once examined; both must be positive."""

    a0: float = 1.0
    b0: float = 1.0

    def __post_init__(self) -> None:
        if not (self.a0 > 0 and self.b0 > 0):
            raise ValueError("Beta prior parameters must be positive")


@dataclass(frozen=True, slots=True)
class BanditCounts:
    """Counts of one surface as arrays: row = item (state order), column = position - 1.

    ``impressions[i, k]`` and ``clicks[i, k]`` count impressions and clicks of item ``i`` at
    position ``k + 1``; positions deeper than the last column are pooled into the last column.
    Arrays are never mutated in place by this module.
    """

    impressions: IntArray
    clicks: IntArray

    @classmethod
    def zeros(cls, n_items: int, n_positions: int) -> BanditCounts:
        """Empty counts of ``n_items`` items over ``n_positions`` positions."""
        shape = (n_items, n_positions)
        return cls(np.zeros(shape, dtype=np.int64), np.zeros(shape, dtype=np.int64))


def update_batch(
    counts: BanditCounts,
    item_idx: NDArray[np.integer[Any]],
    positions: NDArray[np.integer[Any]],
    clicked: NDArray[np.bool_] | NDArray[np.integer[Any]],
    impressed: NDArray[np.bool_] | NDArray[np.integer[Any]] | None = None,
) -> BanditCounts:
    """Return ``counts`` plus a batch of events (one per array element), without deduplication.

    ``positions`` are 1-based (deeper ones pool into the last column). ``clicked`` adds to
    clicks; ``impressed`` (default: every event is an impression) adds to impressions, so one
    event can be a logged row (impression, maybe clicked) or a lone ``IMPRESSION``/``CLICK``.
    Uses ``numpy.add.at`` so repeated indices accumulate; the result does not depend on order.
    """
    n_positions = counts.impressions.shape[1]
    if np.any(np.asarray(positions) < 1):
        raise ValueError("positions are 1-based")
    columns = np.clip(np.asarray(positions, dtype=np.int64), 1, n_positions) - 1
    rows = np.asarray(item_idx, dtype=np.int64)
    clicks_add = np.asarray(clicked, dtype=np.int64)
    impressions_add = (
        np.ones_like(rows) if impressed is None else np.asarray(impressed, dtype=np.int64)
    )
    impressions = counts.impressions.copy()
    clicks = counts.clicks.copy()
    np.add.at(impressions, (rows, columns), impressions_add)
    np.add.at(clicks, (rows, columns), clicks_add)
    return BanditCounts(impressions, clicks)


def effective_impressions(impressions: IntArray, theta: Sequence[float]) -> FloatArray:
    """``E_i = sum_k theta_k * n_ik`` per item; ``theta`` has one entry per column."""
    weights = np.asarray(theta, dtype=np.float64)
    if weights.shape != (impressions.shape[1],):
        raise ValueError(f"theta needs {impressions.shape[1]} entries, got {weights.shape}")
    if not np.all(np.isfinite(weights) & (weights > 0)):
        raise ValueError("examination weights must be finite and positive")
    return np.asarray(impressions @ weights, dtype=np.float64)


def posterior_params(
    counts: BanditCounts, theta: Sequence[float], prior: BetaPrior
) -> tuple[FloatArray, FloatArray]:
    """The Beta posterior ``(a, b)`` of each item's examined click rate (see module doc)."""
    clicks = counts.clicks.sum(axis=1).astype(np.float64)
    effective = effective_impressions(counts.impressions, theta)
    return prior.a0 + clicks, prior.b0 + np.maximum(effective - clicks, 0.0)


def credible_interval(
    a: FloatArray, b: FloatArray, level: float = 0.95
) -> tuple[FloatArray, FloatArray]:
    """Equal-tailed credible interval of each Beta posterior (``scipy.stats.beta.ppf``)."""
    tail = (1.0 - level) / 2.0
    low = np.asarray(stats.beta.ppf(tail, a, b), dtype=np.float64)
    high = np.asarray(stats.beta.ppf(1.0 - tail, a, b), dtype=np.float64)
    return low, high


def thompson_sample(a: FloatArray, b: FloatArray, rng: np.random.Generator) -> FloatArray:
    """One draw of each item's click rate from its posterior (Thompson sampling)."""
    return np.asarray(rng.beta(a, b), dtype=np.float64)


def estimate_examination(
    impressions_by_position: Sequence[float] | NDArray[np.number[Any]],
    clicks_by_position: Sequence[float] | NDArray[np.number[Any]],
    smoothing: float = 100.0,
) -> tuple[float, ...]:
    """Estimate ``theta_k / theta_1`` per position from a log with uniformly random placement.

    Under uniform random placement every position sees the same item mix, so the ratio of
    per-position click-through rates is the ratio of examination probabilities (Joachims et al.
    2017; see module doc). Each position's CTR is smoothed towards the pooled CTR with
    ``smoothing`` pseudo-impressions (an empirical-Bayes Beta prior with mean = pooled CTR),
    which keeps sparse positions from producing 0 or huge ratios; ``smoothing=0`` gives the
    raw ratios. Returns one positive float per position, the first exactly 1.0. Values above
    1 are kept: they mean position 1 is not the most examined one in this log.
    """
    shown = np.asarray(impressions_by_position, dtype=np.float64)
    clicked = np.asarray(clicks_by_position, dtype=np.float64)
    if shown.ndim != 1 or shown.shape != clicked.shape or shown.size == 0:
        raise ValueError("need two equal-length 1-d count vectors")
    if np.any(shown < 0) or np.any(clicked < 0) or np.any(clicked > shown):
        raise ValueError("counts must satisfy 0 <= clicks <= impressions")
    if smoothing < 0:
        raise ValueError("smoothing must be >= 0")
    if clicked.sum() <= 0:
        raise ValueError("no clicks: examination cannot be estimated")
    pooled = clicked.sum() / shown.sum()
    ctr = (clicked + smoothing * pooled) / (shown + smoothing)
    if not np.all(ctr > 0):
        raise ValueError("a position has no clicks; use smoothing > 0")
    return tuple(float(x) for x in ctr / ctr[0])


@dataclass(frozen=True, slots=True)
class BanditState:
    """Click/impression counts of every item of one (tenant, surface), as ranking reads them.

    ``item_ids`` is sorted; ``impressions[i][k]``/``clicks[i][k]`` count item ``item_ids[i]``
    at position ``k + 1`` (positions ``>= n_positions`` pool into the last). A value type: the
    counts are kept and deduplicated per item by :mod:`processors.item_bandit`.
    """

    n_positions: int = 3
    item_ids: tuple[str, ...] = ()
    impressions: tuple[tuple[int, ...], ...] = ()
    clicks: tuple[tuple[int, ...], ...] = ()

    @classmethod
    def from_counts(
        cls,
        n_positions: int,
        item_to_counts: Mapping[str, tuple[Sequence[int], Sequence[int]]],
    ) -> BanditState:
        """The state of ``{item_id: (impressions, clicks)}``, each ``n_positions`` counts long."""
        item_ids = tuple(sorted(item_to_counts))
        for item_id in item_ids:
            shown, clicked = item_to_counts[item_id]
            if len(shown) != n_positions or len(clicked) != n_positions:
                raise ValueError(f"item {item_id!r} needs {n_positions} counts per kind")
        return cls(
            n_positions=n_positions,
            item_ids=item_ids,
            impressions=tuple(tuple(int(x) for x in item_to_counts[i][0]) for i in item_ids),
            clicks=tuple(tuple(int(x) for x in item_to_counts[i][1]) for i in item_ids),
        )

    def counts(self) -> BanditCounts:
        """The counts as arrays (rows in ``item_ids`` order)."""
        shape = (len(self.item_ids), self.n_positions)
        return BanditCounts(
            np.array(self.impressions, dtype=np.int64).reshape(shape),
            np.array(self.clicks, dtype=np.int64).reshape(shape),
        )


@dataclass(frozen=True, slots=True)
class ItemPosterior:
    """The posterior of one item: counts, ``Beta(a, b)``, its mean and a 95% interval."""

    item_id: str
    impressions: int
    clicks: int
    effective_impressions: float
    a: float
    b: float
    mean: float
    low: float
    high: float


def posteriors(
    state: BanditState, theta: Sequence[float], prior: BetaPrior | None = None
) -> dict[str, ItemPosterior]:
    """Every item's posterior under examination ``theta`` (one entry per position)."""
    prior = prior or BetaPrior()
    counts = state.counts()
    a, b = posterior_params(counts, theta, prior)
    low, high = credible_interval(a, b)
    effective = effective_impressions(counts.impressions, theta)
    return {
        item_id: ItemPosterior(
            item_id=item_id,
            impressions=int(counts.impressions[i].sum()),
            clicks=int(counts.clicks[i].sum()),
            effective_impressions=float(effective[i]),
            a=float(a[i]),
            b=float(b[i]),
            mean=float(a[i] / (a[i] + b[i])),
            low=float(low[i]),
            high=float(high[i]),
        )
        for i, item_id in enumerate(state.item_ids)
    }
