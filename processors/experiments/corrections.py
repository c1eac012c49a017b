"""Multiple-testing corrections across arms x goal metrics (family-wise error rate).

GrowthBook corrects across every non-control arm and every *goal* metric, leaving guardrail
metrics out; callers pass exactly that family. Both return adjusted p-values, to compare with
the unchanged ``alpha``, equal to ``statsmodels.stats.multitest.multipletests`` with
``method="bonferroni"`` / ``"holm"``:

- Bonferroni: ``min(1, m p_i)`` (Dunn, 1961).
- Holm step-down: sort ascending, ``p_(k) (m - k + 1)`` for rank k (1-based), made
  non-decreasing by a running maximum, capped at 1 (Holm, *Scand. J. Statist.* 6, 1979).
  Holm rejects every hypothesis Bonferroni rejects, and possibly more.
"""

from __future__ import annotations

from collections.abc import Sequence

from schemas.errors import ExperimentInputError

__all__ = ["bonferroni", "holm", "rejected"]


def _check(p_values: Sequence[float]) -> list[float]:
    checked = [float(p) for p in p_values]
    if any(not 0 <= p <= 1 for p in checked):
        raise ExperimentInputError(f"p-values must lie in [0, 1], got {checked}")
    return checked


def bonferroni(p_values: Sequence[float]) -> list[float]:
    """Bonferroni-adjusted p-values, in the input order."""
    checked = _check(p_values)
    return [min(1.0, p * len(checked)) for p in checked]


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm-adjusted p-values, in the input order."""
    checked = _check(p_values)
    m = len(checked)
    adjusted = [0.0] * m
    running = 0.0
    for rank, index in enumerate(sorted(range(m), key=lambda i: checked[i])):
        running = max(running, min(1.0, checked[index] * (m - rank)))
        adjusted[index] = running
    return adjusted


def rejected(adjusted: Sequence[float], alpha: float = 0.05) -> list[bool]:
    """Which hypotheses are rejected at family-wise level ``alpha`` (``p <= alpha``, as
    statsmodels)."""
    return [p <= alpha for p in adjusted]
