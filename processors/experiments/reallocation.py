"""When a bandit experiment's shares are recomputed, and the new allocation period it starts.

**Cadence** (:func:`reallocate`). The control stage calls this after every snapshot of a
running bandit experiment. A recomputation happens only when, since the current period
started, at least ``update_every_users`` new users were exposed (all arms) **and** at least
``update_every_minutes`` of event time passed: so a busy experiment moves at most once per
N minutes, and a quiet one waits until it has learnt something. An arm switched off by a
guardrail that still holds traffic forces a recomputation at once (it gets 0).

A recomputation starts a new period only if some arm's share moves by more than
``min_change`` (1 point by default): that keeps the audit trail, the periods kept in the
control state and the users moved between arms small, while the Monte Carlo draws (the same
seed until a period starts) never move a share by noise alone. The recomputation for period
``k`` draws with the seed of (experiment, ``k``), so a replay computes the same shares.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from processors.control.bucketing import BUCKETS
from processors.experiments.allocation import (
    Allocation,
    AllocationPeriod,
    bucket_counts,
    remap,
)
from processors.experiments.outcomes import ArmStats
from processors.experiments.period_weighted import cumulative_counts
from processors.experiments.spec import Experiment
from processors.experiments.thompson import thompson_weights

__all__ = ["reallocate"]


def reallocate(
    experiment: Experiment, arms: Mapping[str, ArmStats], now_ms: int
) -> Experiment | None:
    """``experiment`` with a new allocation period, or None when the shares stay (not a
    running bandit, not due, or no share moving more than ``min_change``)."""
    spec, settings, allocation = experiment.spec, experiment.spec.bandit, experiment.allocation
    if experiment.status != "running" or settings is None or allocation is None:
        return None
    current = allocation.current
    on = [a.name for a in spec.arms if a.name not in experiment.arms_off]
    counts_now = cumulative_counts(spec, arms)
    new_users = sum(c[0] for c in counts_now.values()) - sum(
        c[0] for c in current.start_counts.values()
    )
    forced = any(current.weights.get(a, 0.0) > 0 for a in experiment.arms_off)
    due = (
        new_users >= settings.update_every_users
        and now_ms - current.start_ms >= settings.update_every_minutes * 60_000
    )
    if not (due or forced) or not on:
        return None
    number = current.number + 1
    shares = thompson_weights(
        spec.experiment_id,
        number,
        {a: arms.get(a, ArmStats()) for a in on},
        spec.primary_metric,
        settings.burn_in_users,
        settings.floor(len(on)),
    )
    buckets = bucket_counts({a.name: shares.get(a.name, 0.0) for a in spec.arms})
    weights = {a: n / BUCKETS for a, n in buckets.items()}
    moved = max(abs(weights[a] - current.weights.get(a, 0.0)) for a in weights)
    if moved <= settings.min_change and not forced:
        return None
    period = AllocationPeriod(number, now_ms, weights, counts_now)
    ranges = remap(allocation.ranges, buckets)
    return dataclasses.replace(
        experiment, allocation=Allocation((*allocation.periods, period), ranges)
    )
