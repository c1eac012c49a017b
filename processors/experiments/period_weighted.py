"""Inference for a bandit experiment: each arm's primary rate weighted by allocation period.

Under adaptive allocation the pooled rate of an arm is biased whenever the base rate drifts:
an arm that got most of its traffic in a low period looks worse than it is, and the pooled
comparison can even reverse (Simpson's paradox). GrowthBook's bandits therefore "weight by
allocation period" (docs.growthbook.io, Bandits, "Weighting by allocation period"): the
arm's mean in each period is weighted by that period's **total** traffic, the same weights
for every arm, so each arm is estimated on the same mix of periods:

    m_a = sum_p w_p r_ap,   w_p = n_p / sum_q n_q,   Var(m_a) = sum_p w_p**2 r_ap (1 - r_ap) / t_ap

with ``n_p`` the users newly exposed in period ``p`` over all arms, ``r_ap = s_ap / t_ap`` the
arm's rate in the period (successes over trials, :func:`.thompson.rate_counts`) and a
binomial variance per trial. A comparison uses the periods where both arms had trials, with
the weights renormalized over them.

**What a period's statistics are here.** The arms' statistics are cumulative, summed over
partitions; each period keeps the arms' cumulative (users, successes, trials) when it started
(:class:`.allocation.AllocationPeriod`), and a period's statistics are the differences to the
next period's start (or to now): the users first exposed in the period, and the successes
and trials recorded during it. For ``acceptance`` a user's success is counted in the period
they first accepted, for ``ctr`` and ``accept_rate`` clicks and lists in the period they
happened; a period is attributed when its snapshots reach the control stage (seconds late).
Keeping true per-period cohorts would need the period in every user's state and every
partition snapshot; this keeps the state small and is exact when users convert within their
period.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from processors.experiments.allocation import Allocation
from processors.experiments.metrics import metric
from processors.experiments.outcomes import ArmStats
from processors.experiments.spec import ExperimentSpec
from processors.experiments.thompson import rate_counts

__all__ = [
    "PeriodRate",
    "WeightedRate",
    "cumulative_counts",
    "period_rates",
    "planned_shares",
    "relative_lift",
    "weighted_rates",
]

Counts = Mapping[str, tuple[int, float, float]]
"""Arm -> (users, successes, trials)."""


@dataclass(frozen=True, slots=True)
class PeriodRate:
    """One arm's counts within one period."""

    users: int
    successes: float
    trials: float


@dataclass(frozen=True, slots=True)
class WeightedRate:
    """An arm's period-weighted rate and the variance of that estimate."""

    estimate: float
    variance: float


def cumulative_counts(
    spec: ExperimentSpec, arms: Mapping[str, ArmStats]
) -> dict[str, tuple[int, float, float]]:
    """Each arm's cumulative (users, successes, trials) of the primary metric."""
    definition = metric(spec.primary_metric)
    counts: dict[str, tuple[int, float, float]] = {}
    for arm in spec.arms:
        stats = arms.get(arm.name, ArmStats())
        successes, trials = rate_counts(stats, definition)
        counts[arm.name] = (stats.users, successes, trials)
    return counts


def period_rates(allocation: Allocation, now: Counts) -> list[dict[str, PeriodRate]]:
    """Per period (oldest first), each arm's counts within it; ``now`` is every arm's
    cumulative counts at present."""
    bounds = [*(p.start_counts for p in allocation.periods[1:]), now]
    result: list[dict[str, PeriodRate]] = []
    for period, end in zip(allocation.periods, bounds, strict=True):
        start = period.start_counts
        rates: dict[str, PeriodRate] = {}
        for arm, (users, successes, trials) in end.items():
            u0, s0, t0 = start.get(arm, (0, 0.0, 0.0))
            rates[arm] = PeriodRate(users - u0, successes - s0, trials - t0)
        result.append(rates)
    return result


def weighted_rates(
    periods: Sequence[Mapping[str, PeriodRate]], arms: Sequence[str]
) -> dict[str, WeightedRate] | None:
    """``arms``' period-weighted rates over the periods where every one of them had trials;
    None if there is no such period."""
    used = [p for p in periods if all(p.get(a, PeriodRate(0, 0, 0)).trials > 0 for a in arms)]
    traffic = [sum(r.users for r in p.values()) for p in used]
    total = sum(traffic)
    if total <= 0:
        return None
    result: dict[str, WeightedRate] = {}
    for arm in arms:
        estimate = variance = 0.0
        for period, n in zip(used, traffic, strict=True):
            rate = period[arm]
            w = n / total
            r = min(max(rate.successes / rate.trials, 0.0), 1.0)
            estimate += w * r
            variance += w * w * r * (1.0 - r) / rate.trials
        result[arm] = WeightedRate(estimate, variance)
    return result


def relative_lift(control: WeightedRate, treatment: WeightedRate) -> tuple[float, float]:
    """``m_t / m_c - 1`` and its delta-method variance (the two estimates are independent),
    as gbstats' relative variance; ``ValueError`` when the control rate is 0."""
    if control.estimate <= 0:
        raise ValueError("the control's period-weighted rate is 0")
    mc, mt = control.estimate, treatment.estimate
    variance = treatment.variance / mc**2 + mt**2 * control.variance / mc**4
    return mt / mc - 1.0, variance


def planned_shares(allocation: Allocation, now: Counts) -> dict[str, float]:
    """Each arm's expected share of users given the periods: every period's shares weighted
    by the users it exposed (what the SRM check of a bandit compares against)."""
    periods = period_rates(allocation, now)
    traffic = [sum(r.users for r in p.values()) for p in periods]
    total = sum(traffic)
    arms = list(allocation.current.weights)
    if total <= 0:
        return dict(allocation.current.weights)
    return {
        arm: sum(
            n * period.weights.get(arm, 0.0)
            for n, period in zip(traffic, allocation.periods, strict=True)
        )
        / total
        for arm in arms
    }
