"""Position-examination probabilities ``theta`` estimated online from non-randomized counts.

Model: the position-based model (PBM) of :mod:`processors.bandit`: item ``i`` at position ``k``
is clicked with probability ``theta_k * alpha_i``. The input is what the stream keeps per
surface: impressions ``n_ik`` and clicks ``c_ik`` per (item, position). Only products
``theta_k * alpha_i`` are identified (``(s * theta, alpha / s)`` gives the same clicks), so theta
is reported normalized, ``theta_1 = 1``, one positive float per position as the rest of the code
expects; ``theta_k > 1`` is allowed and means position ``k`` is examined more than position 1.

Why EM. Whether a position was examined is latent: a non-click is either "not examined" or
"examined but not attractive". Filling the latent variable in with its posterior gives
closed-form updates of both parameter sets, on aggregated counts (Chuklin, Markov, de Rijke,
"Click Models for Web Search", 2015, ch. 4, PBM; Wang, Golbandi, Bendersky, Metzler, Najork,
"Position Bias Estimation for Unbiased Learning to Rank in Personal Search", WSDM 2018, whose
regression-EM reduces to this when relevance is a free parameter per item). With the
non-clicks ``u_ik = n_ik - c_ik``, ``C_k``/``N_k`` clicks/impressions at position ``k`` and
``C_i``/``N_i`` those of item ``i``:

    P(examined, not attractive | no click) = theta_k (1 - alpha_i) / (1 - theta_k alpha_i)
    P(attractive, not examined | no click) = (1 - theta_k) alpha_i / (1 - theta_k alpha_i)
    theta_k <- (C_k + sum_i u_ik theta_k (1 - alpha_i) / (1 - theta_k alpha_i)) / N_k
    alpha_i <- (C_i + sum_k u_ik (1 - theta_k) alpha_i / (1 - theta_k alpha_i)) / N_i

Each step never lowers the likelihood (Dempster, Laird, Rubin 1977) and costs
O(items x positions). Unlike the CTR ratio of :func:`processors.bandit.estimate_examination`,
this needs no randomized traffic: a policy that puts good items on top inflates the top CTR,
which the ratio reads as examination, while EM charges it to ``alpha`` because the same item's
clicks at other positions pin its ``alpha`` down.

What identifies theta: items seen at two or more positions, with at least one click. An item
seen at one position fits any ``theta_k`` by adjusting its own ``alpha_i``, and a never-clicked
item fits every theta with ``alpha_i = 0``; both add a constant to the profile likelihood of
theta, so they are dropped before fitting (same maximum, less work). The positions must also be
linked through such items (item A at positions 1 and 2, item B at 2 and 3 links all three);
otherwise the scale of each unlinked group is arbitrary.

Speed. EM converges linearly, at a rate of about ``1 - mean(alpha) (1 - mean(theta))`` per
step: with click rates of a few percent nearly every non-click's examination is unknown
(missing information), and on the raw scale the OBD's 0.4% CTR needs thousands of steps. Two
remedies, neither of which changes the maximum. (1) The likelihood is flat along the scale
``s``, so after each step we move along it (``theta *= r``, ``alpha /= r``) to make the largest
``alpha`` equal :data:`ALPHA_TARGET`: the likelihood is unchanged, so EM stays monotone, and on
that scale the rate above is much smaller (a move along an unidentified parameter, in the
spirit of PX-EM: Liu, Rubin, Wu, Biometrika 1998). (2) A policy that keeps each item in one
slot (a converged bandit) nearly confounds the top item's ``alpha`` with ``theta_1``, a second
slow direction; SQUAREM extrapolation (:func:`_maximize`) cuts the steps 4-18x there. On
10,000 items x 3 positions an estimate takes 35-70 EM steps, 10-25 ms
(``bench/examination_eval.py``; plain EM: 200-1,250 steps). The stop rule (one step moves
normalized theta by at most ``tolerance``, 1e-7) left theta within 3e-5 of the maximum
(found by running plain EM to 1e-13) on every log we checked, far below any standard error
that passes the gate.

Uncertainty. Standard errors of ``log(theta_k / theta_1)`` come from the expected Fisher
information at the fit, with every ``alpha_i`` profiled out (the Schur complement of the item
block, which is diagonal, so this costs O(items x positions^2)). A cell contributes
``n p / (1 - p)`` with ``p = theta_k alpha_i`` (Bernoulli, log link). On simulated logs they
match the spread of the estimate over 200 replicate logs within about 10%
(``bench/examination_eval.py``).

Assumptions and limits. (1) The PBM: examination depends on the position only, not on the
items above (no cascade) nor on the user, and clicks are independent given examination.
(2) An item's ``alpha`` is the same at every position it is shown at. A personalized ranker
breaks this: it puts an item on top for the users who like it most, so the item's click rate
on top is higher than its click rate lower down for reasons other than examination, and
``theta_1`` is overestimated (deeper ``theta_k`` underestimated). Aggregated counts cannot tell
the two apart; exploration traffic (the ranking's floor) is what keeps the estimate honest,
and a randomized log with :func:`processors.bandit.estimate_examination` remains the reference.
(3) Counts are cumulative, so a drift of ``alpha`` or ``theta`` is averaged over the counts'
lifetime. (4) Clicks above impressions in a cell (repeated clicks on one impression) are capped
at the impressions: the PBM allows one click per impression. (5) Standard errors are
asymptotic; the count thresholds keep them out of the range where that is badly wrong.

Fallback. :func:`assess_examination` returns no theta, and says why, when the counts cannot
identify it: one position only; positions not linked (this includes "no item seen at more
than one position"); fewer informative impressions than ``min_impressions`` overall or
``min_position_impressions`` at some position; fewer than ``min_position_clicks`` clicks at
some position; EM not converged within ``max_iterations``; or a standard error above
``max_standard_error``. Callers then use the configured theta (``sinks.surface_models``).

Everything here is a pure function of the counts: rows are put in a canonical order first, so
the result is bit-for-bit the same for any order of items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

__all__ = [
    "ExaminationAssessment",
    "ExaminationConfig",
    "ExaminationFit",
    "ThetaChoice",
    "ThetaSource",
    "Verdict",
    "assess_examination",
    "choose_theta",
    "estimate_theta",
    "fit_examination",
    "informative_counts",
]

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]
Counts = NDArray[np.integer[Any]] | tuple[tuple[int, ...], ...]

Verdict = Literal[
    "identified",
    "one_position",
    "positions_not_linked",
    "too_few_impressions",
    "too_few_position_impressions",
    "too_few_position_clicks",
    "not_converged",
    "standard_error_too_high",
]

ThetaSource = Literal["estimated", "configured"]
"""Where a surface's theta came from: its own counts, or the configured fallback."""

ALPHA_TARGET = 0.9
"""After each EM step, the scale is moved so the largest ``alpha`` is this (see module doc).

Large ``alpha`` means small ``theta``, which is where EM converges fastest; 0.9 rather than 1
because ``alpha_i = 1`` is a fixed point of its update (the item's non-clicks all become "not
examined"), so an item placed there could never move back.
"""
THETA_CEILING = 0.99
"""Largest ``theta`` the scale move may produce; ``theta_k = 1`` is likewise a fixed point."""
_MIN_NOT_CLICKED = 1e-12
# Floor of 1 - p in the E-step: a cell with p = 1 and a non-click has zero likelihood, which EM
# never moves to, but rounding could land on it; the floor keeps the update finite.


@dataclass(frozen=True, slots=True)
class ExaminationConfig:
    """When the counts are trusted to identify theta, and how long EM may run."""

    min_impressions: int = 10_000
    """Informative impressions (items at 2+ positions, with a click) needed overall."""
    min_position_impressions: int = 1_000
    """Informative impressions needed at every position."""
    min_position_clicks: int = 10
    """Informative clicks needed at every position; below, standard errors are unreliable."""
    max_standard_error: float = 0.1
    """Largest standard error of ``log(theta_k / theta_1)`` accepted (0.1: about +-20% at 95%)."""
    max_iterations: int = 2_000
    """EM steps (evaluations of the EM map) at most; a fit not converged by then is not used."""
    tolerance: float = 1e-7
    """Converged when one EM step moves normalized theta by at most this (module doc)."""
    accelerate: bool = True
    """Use SQUAREM between EM steps (same fixed points, 3-10x fewer steps); False: plain EM."""

    def __post_init__(self) -> None:
        if min(self.min_impressions, self.min_position_impressions, self.min_position_clicks) < 0:
            raise ValueError("count thresholds must be >= 0")
        if not self.max_standard_error > 0:
            raise ValueError("max_standard_error must be positive")
        if self.max_iterations < 1:
            raise ValueError("max_iterations must be >= 1")
        if not self.tolerance > 0:
            raise ValueError("tolerance must be positive")


@dataclass(frozen=True, slots=True)
class ExaminationFit:
    """The maximum-likelihood PBM fit on the informative counts (EM)."""

    theta: tuple[float, ...]
    """Examination per position, normalized so the first is exactly 1.0."""
    standard_errors: tuple[float, ...]
    """Standard error of ``log(theta_k / theta_1)`` per position (the first is 0.0)."""
    log_likelihood: float
    """PBM log-likelihood of the informative counts at the fit."""
    iterations: int
    """EM steps taken."""
    converged: bool
    """Whether the stop rule was met within ``max_iterations``."""


@dataclass(frozen=True, slots=True)
class ExaminationAssessment:
    """Whether the counts identify theta, the estimate if so, and what it was fitted on."""

    theta: tuple[float, ...] | None
    """The estimate, or None when the counts do not identify theta (use the configured one)."""
    verdict: Verdict
    """``"identified"``, or the first condition that failed (see module doc)."""
    fit: ExaminationFit | None
    """The EM fit when EM ran (also when rejected for convergence or standard errors)."""
    items: int
    """Informative items: seen at two or more positions, with at least one click."""
    impressions: int
    """Impressions of the informative items."""
    clicks: int
    """Clicks of the informative items (capped at impressions per cell)."""


def informative_counts(impressions: Counts, clicks: Counts) -> tuple[IntArray, IntArray]:
    """The rows that carry information on theta, in a canonical order (see module doc).

    Takes (items x positions) integer counts; clicks above impressions are capped. Rows are
    items seen at two or more positions with at least one click, sorted lexicographically by
    their counts, so the result does not depend on the order of the input rows.
    """
    shown = np.asarray(impressions)
    clicked = np.asarray(clicks)
    if shown.ndim != 2 or shown.shape != clicked.shape or shown.shape[1] < 1:
        raise ValueError("need two (items x positions) count arrays of the same shape")
    if shown.size and not (
        np.issubdtype(shown.dtype, np.integer) and np.issubdtype(clicked.dtype, np.integer)
    ):
        raise ValueError("counts must be integers")
    shown = shown.astype(np.int64).reshape(shown.shape)
    clicked = np.minimum(clicked.astype(np.int64).reshape(shown.shape), shown)
    if np.any(shown < 0) or np.any(clicked < 0):
        raise ValueError("counts must be >= 0")
    keep = ((shown > 0).sum(axis=1) >= 2) & (clicked.sum(axis=1) > 0)
    shown, clicked = shown[keep], clicked[keep]
    order = np.lexsort(np.concatenate([shown, clicked], axis=1).T[::-1])
    return shown[order], clicked[order]


def positions_linked(impressions: IntArray) -> bool:
    """Whether every position is reachable from position 1 through items shown at both."""
    seen = (impressions > 0).astype(np.int64)
    adjacency = (seen.T @ seen) > 0
    reached = adjacency[0].copy()
    for _ in range(adjacency.shape[0]):
        reached = reached | adjacency[reached].any(axis=0)
    return bool(reached.all())


def fit_examination(
    impressions: Counts, clicks: Counts, config: ExaminationConfig | None = None
) -> ExaminationFit:
    """Fit the PBM by EM on the informative counts; no thresholds are applied.

    Raises ``ValueError`` when the positions are not linked by informative items or a position
    has no informative click (its theta would be 0), i.e. when no finite positive fit exists.
    """
    config = config or ExaminationConfig()
    shown, clicked = informative_counts(impressions, clicks)
    if not positions_linked(shown):
        raise ValueError("positions are not linked by items seen at several positions")
    # Positions on rows, items on columns: the per-step sums run along contiguous memory.
    n = shown.T.astype(np.float64)
    c = clicked.T.astype(np.float64)
    if np.any(c.sum(axis=1) == 0):
        raise ValueError("a position has no clicks from items seen at several positions")
    u = n - c
    totals = _Totals(n.sum(axis=1), n.sum(axis=0), c.sum(axis=1), c.sum(axis=0))
    start = _rescale(
        np.full(n.shape[0], 0.5), np.minimum(2.0 * totals.item_clicks / totals.item_shown, 0.99)
    )
    theta, alpha, iterations, converged = _maximize(start, c, u, totals, config)
    ratio = theta / theta[0]
    return ExaminationFit(
        theta=(1.0, *(float(x) for x in ratio[1:])),
        standard_errors=_standard_errors(theta, alpha, n),
        log_likelihood=_log_likelihood(theta, alpha, c, u),
        iterations=iterations,
        converged=converged,
    )


def assess_examination(
    impressions: Counts, clicks: Counts, config: ExaminationConfig | None = None
) -> ExaminationAssessment:
    """Estimate theta if the counts identify it, else say why not (see module doc)."""
    config = config or ExaminationConfig()
    shown, clicked = informative_counts(impressions, clicks)

    def verdict(reason: Verdict, fit: ExaminationFit | None = None) -> ExaminationAssessment:
        identified = reason == "identified" and fit is not None
        return ExaminationAssessment(
            theta=fit.theta if identified and fit is not None else None,
            verdict=reason,
            fit=fit,
            items=int(shown.shape[0]),
            impressions=int(shown.sum()),
            clicks=int(clicked.sum()),
        )

    if shown.shape[1] < 2:
        return verdict("one_position")
    if not positions_linked(shown):
        return verdict("positions_not_linked")
    if shown.sum() < config.min_impressions:
        return verdict("too_few_impressions")
    if shown.sum(axis=0).min() < config.min_position_impressions:
        return verdict("too_few_position_impressions")
    if clicked.sum(axis=0).min() < max(config.min_position_clicks, 1):
        return verdict("too_few_position_clicks")
    fit = fit_examination(shown, clicked, config)
    if not fit.converged:
        return verdict("not_converged", fit)
    if not max(fit.standard_errors) <= config.max_standard_error:
        return verdict("standard_error_too_high", fit)
    return verdict("identified", fit)


def estimate_theta(
    impressions: Counts, clicks: Counts, config: ExaminationConfig | None = None
) -> tuple[float, ...] | None:
    """Theta per position (first 1.0) from the counts, or None to fall back to configured."""
    return assess_examination(impressions, clicks, config).theta


@dataclass(frozen=True, slots=True)
class ThetaChoice:
    """The theta a surface uses, where it came from, and the assessment behind it."""

    theta: tuple[float, ...]
    """One positive float per position: the estimate if identified, else the fallback."""
    source: ThetaSource
    """``"estimated"`` or ``"configured"``."""
    assessment: ExaminationAssessment
    """What the counts said (verdict, what the estimate was fitted on)."""


def choose_theta(
    impressions: Counts,
    clicks: Counts,
    fallback: Sequence[float],
    config: ExaminationConfig | None = None,
) -> ThetaChoice:
    """The estimate from the counts when they identify theta, else ``fallback``."""
    fallback_theta = tuple(float(x) for x in fallback)
    if np.ndim(impressions) != 2 or np.shape(impressions)[1] != len(fallback_theta):
        raise ValueError("the fallback needs one entry per position (column) of the counts")
    if not all(np.isfinite(x) and x > 0 for x in fallback_theta):
        raise ValueError("the fallback theta must be finite and positive")
    assessment = assess_examination(impressions, clicks, config)
    if assessment.theta is None:
        return ThetaChoice(fallback_theta, "configured", assessment)
    return ThetaChoice(assessment.theta, "estimated", assessment)


@dataclass(frozen=True, slots=True)
class _Totals:
    """Per-position and per-item sums of the informative counts (fixed during EM)."""

    position_shown: FloatArray
    item_shown: FloatArray
    position_clicks: FloatArray
    item_clicks: FloatArray


def _maximize(
    start: tuple[FloatArray, FloatArray],
    c: FloatArray,
    u: FloatArray,
    totals: _Totals,
    config: ExaminationConfig,
) -> tuple[FloatArray, FloatArray, int, bool]:
    """Run EM (SQUAREM-accelerated if configured) from ``start``; returns the fit and steps.

    SQUAREM (Varadhan, Roland, "Simple and globally convergent methods for accelerating the
    convergence of any EM algorithm", Scand. J. Statist. 2008; scheme S3 with the step bounds
    of their R package): from two EM steps ``r = F(x) - x`` and ``v = F(F(x)) - F(x) - r``, jump
    to ``x + 2 a r + a^2 v`` with ``a = |r| / |v|`` clipped to ``[1, a_max]``, then take one EM
    step from there. The jump is kept only if it lands in [0, 1] and its likelihood is at
    least that of ``x``; otherwise ``F(F(x))`` is kept and ``a_max`` shrinks. So the likelihood
    never decreases, and the fixed points are EM's. Converged when one EM step moves
    normalized theta by at most ``tolerance``.
    """
    n_positions = totals.position_shown.size
    x = np.concatenate(start)
    x_loglik = _log_likelihood_at(x, c, u, n_positions) if config.accelerate else 0.0
    steps = 0
    step_max = 1.0
    while steps < config.max_iterations:
        x1 = _em_map(x, u, totals)
        steps += 1
        if _theta_change(x, x1, n_positions) <= config.tolerance:
            return x1[:n_positions], x1[n_positions:], steps, True
        if not config.accelerate or steps >= config.max_iterations:
            x = x1
            continue
        x2 = _em_map(x1, u, totals)
        steps += 1
        r = x1 - x
        v = x2 - x1 - r
        v_norm = float(np.sqrt(v @ v))
        a = 1.0 if v_norm == 0.0 else max(1.0, min(step_max, float(np.sqrt(r @ r)) / v_norm))
        accepted = False
        if a > 1.0:
            jump = x + 2.0 * a * r + a * a * v
            if np.all((jump >= 0.0) & (jump <= 1.0)) and steps < config.max_iterations:
                jump = _em_map(jump, u, totals)
                steps += 1
                jump_loglik = _log_likelihood_at(jump, c, u, n_positions)
                accepted = jump_loglik >= x_loglik
            if accepted:
                x, x_loglik = jump, jump_loglik
            else:
                step_max = max(1.0, step_max / 4.0)
        if not accepted:
            x, x_loglik = x2, _log_likelihood_at(x2, c, u, n_positions)
        if a == step_max:
            step_max *= 4.0
    return x[:n_positions], x[n_positions:], steps, False


def _em_map(x: FloatArray, u: FloatArray, totals: _Totals) -> FloatArray:
    """One EM step then the scale move, on ``x = (theta, alpha)`` concatenated."""
    n_positions = totals.position_shown.size
    theta, alpha = _rescale(*_em_step(x[:n_positions], x[n_positions:], u, totals))
    return np.concatenate([theta, alpha])


def _theta_change(before: FloatArray, after: FloatArray, n_positions: int) -> float:
    """Largest change of normalized theta (``theta / theta_1``) between two points."""
    old = before[:n_positions] / before[0]
    new = after[:n_positions] / after[0]
    return float(np.max(np.abs(new - old)))


def _log_likelihood_at(x: FloatArray, c: FloatArray, u: FloatArray, n_positions: int) -> float:
    """:func:`_log_likelihood` of ``x = (theta, alpha)`` concatenated."""
    return _log_likelihood(x[:n_positions], x[n_positions:], c, u)


def _em_step(
    theta: FloatArray, alpha: FloatArray, u: FloatArray, totals: _Totals
) -> tuple[FloatArray, FloatArray]:
    """One EM step (module doc); ``u`` is non-clicks, positions x items."""
    not_clicked = np.maximum(1.0 - theta[:, None] * alpha[None, :], _MIN_NOT_CLICKED)
    weighted = u / not_clicked
    examined = theta * (weighted @ (1.0 - alpha))
    attractive = alpha * ((1.0 - theta) @ weighted)
    return (
        (totals.position_clicks + examined) / totals.position_shown,
        (totals.item_clicks + attractive) / totals.item_shown,
    )


def _rescale(theta: FloatArray, alpha: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Move along the flat scale: largest alpha to ALPHA_TARGET, all values kept in [0, 1]."""
    largest_alpha = float(alpha.max())
    largest_theta = float(theta.max())
    factor = min(largest_alpha / ALPHA_TARGET, THETA_CEILING / largest_theta)
    factor = max(factor, largest_alpha)  # never push an alpha above 1
    return theta * factor, alpha / factor


def _log_likelihood(theta: FloatArray, alpha: FloatArray, c: FloatArray, u: FloatArray) -> float:
    """PBM log-likelihood; cells without clicks (non-clicks) skip the log of p (of 1 - p)."""
    p = theta[:, None] * alpha[None, :]
    clicked_part = c * np.log(np.where(c > 0, p, 1.0))
    not_clicked_part = u * np.log1p(-np.where(u > 0, p, 0.0))
    return float(clicked_part.sum() + not_clicked_part.sum())


def _standard_errors(theta: FloatArray, alpha: FloatArray, n: FloatArray) -> tuple[float, ...]:
    """Standard errors of ``log(theta_k / theta_1)``, alpha profiled out (module doc)."""
    p = np.minimum(theta[:, None] * alpha[None, :], 1.0 - _MIN_NOT_CLICKED)
    weight = n * p / (1.0 - p)
    item_weight = weight.sum(axis=0)
    scaled = np.divide(weight, item_weight, out=np.zeros_like(weight), where=item_weight > 0)
    information = np.diag(weight.sum(axis=1)) - scaled @ weight.T
    try:
        covariance = np.linalg.inv(information[1:, 1:])
    except np.linalg.LinAlgError:
        return (0.0, *([float("inf")] * (theta.size - 1)))
    variances = np.diag(covariance)
    if not np.all(np.isfinite(variances) & (variances > 0)):
        return (0.0, *([float("inf")] * (theta.size - 1)))
    return (0.0, *(float(x) for x in np.sqrt(variances)))
