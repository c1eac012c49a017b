"""Chi-square tests: the sample-ratio-mismatch (SRM) check and categorical outcomes.

- :func:`srm_p_value` is Pearson's goodness-of-fit test of the users per arm against the
  planned split, exactly gbstats 0.8.0 ``check_srm``: arms with weight 0 add nothing to the
  statistic but still count in the ``k - 1`` degrees of freedom, and no users gives 1.
  Equals ``scipy.stats.chisquare(users, expected)`` when every weight is positive.
- :func:`chi_square_independence` is Pearson's test of independence of arm and category on a
  contingency table (arms x categories) without Yates' correction, as
  ``scipy.stats.chi2_contingency(table, correction=False)``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from scipy.stats import chi2

from processors.experiments.arms import check_count, check_number
from schemas.errors import ExperimentInputError

__all__ = ["ChiSquareResult", "check_weights", "chi_square_independence", "srm_p_value"]


@dataclass(frozen=True)
class ChiSquareResult:
    """Pearson's statistic, its degrees of freedom and p-value."""

    statistic: float
    dof: int
    p_value: float


def check_weights(weights: Sequence[object], n_arms: int) -> tuple[float, ...]:
    """The planned split: one finite weight >= 0 per arm, summing to more than 0 (any
    positive total: weights are normalized)."""
    if len(weights) != n_arms:
        raise ExperimentInputError(f"weights has {len(weights)} entries for {n_arms} arms")
    checked = tuple(check_number(w, f"weights[{i}]") for i, w in enumerate(weights))
    if any(w < 0 for w in checked) or sum(checked) <= 0:
        raise ExperimentInputError(f"weights must be >= 0 with a positive sum, got {checked}")
    return checked


def srm_p_value(users: Sequence[int], weights: Sequence[float]) -> float:
    """P-value of the observed users per arm under the planned ``weights`` (SRM check)."""
    for i, count in enumerate(users):
        check_count(count, f"users of arm {i}")
    weights = check_weights(weights, len(users))
    total_observed = sum(users)
    if not total_observed:
        return 1.0
    total_weight = sum(weights)
    statistic = 0.0
    for observed, weight in zip(users, weights, strict=True):
        if weight <= 0:
            continue
        expected = weight / total_weight * total_observed
        statistic = statistic + ((observed - expected) ** 2) / expected
    return float(chi2.sf(statistic, len(users) - 1))


def chi_square_independence(table: Sequence[Sequence[float]]) -> ChiSquareResult:
    """Test whether the distribution over categories is the same in every arm.

    ``table[arm][category]`` holds counts (>= 0). Needs at least two arms and two categories,
    and no all-zero row or column (its expected counts would be 0).
    """
    rows = [
        [check_number(c, f"table[{i}][{j}]") for j, c in enumerate(r)] for i, r in enumerate(table)
    ]
    if len(rows) < 2 or any(len(r) != len(rows[0]) for r in rows) or len(rows[0]) < 2:
        raise ExperimentInputError(
            "a contingency table needs >= 2 rows of >= 2 equal-length counts"
        )
    if any(c < 0 for r in rows for c in r):
        raise ExperimentInputError("contingency counts must be >= 0")
    row_totals = [math.fsum(r) for r in rows]
    col_totals = [math.fsum(col) for col in zip(*rows, strict=True)]
    if min(row_totals) == 0 or min(col_totals) == 0:
        raise ExperimentInputError("a contingency table has an all-zero row or column")
    total = math.fsum(row_totals)
    statistic = 0.0
    for r, row_total in zip(rows, row_totals, strict=True):
        for count, col_total in zip(r, col_totals, strict=True):
            expected = row_total * col_total / total
            statistic += (count - expected) ** 2 / expected
    dof = (len(rows) - 1) * (len(rows[0]) - 1)
    return ChiSquareResult(statistic, dof, float(chi2.sf(statistic, dof)))
