"""An experiment's results from its arms' sufficient statistics: what ``results`` prints and
what the automatic actions judge.

For each non-control arm and each metric of the experiment, against the control:

- **primary and secondary metrics**: GrowthBook's sequential two-sided test on the relative
  lift (:func:`~.sequential.sequential_two_sided_test`, tuning N* = 5000), always valid, so
  the stream may judge after every batch and operators may look every minute. The primary
  metric's alpha is Bonferroni-corrected over the treatment arms (Dunn 1961) for verdicts
  (what promotion acts on); every goal metric (primary and secondary, not guardrails, as in
  GrowthBook) also gets ``p_holm``, Holm's step-down adjustment (Holm 1979) across all
  treatment arms x goal metrics, and a secondary's verdict uses it;
- **guardrail metrics**: the one-sided sequential test of harm, as GrowthBook's safe
  rollouts (gbstats ``SequentialOneSidedTreatmentLesserTTest``, later than 0.8.0): the
  two-sided confidence sequence at level ``2 alpha`` gives a one-sided sequence at ``alpha``;
  the arm is **harmful** when that sequence lies entirely on the bad side of zero (below for
  a metric where higher is better, above for costs, errors and latency). Guardrails are not
  corrected for multiplicity, as in GrowthBook: a guardrail should trip easily.

No verdict is given while an arm has fewer users than the experiment's minimum sample.
``srm_p`` is Pearson's chi-square of the users of the arms still on against their weights
(:func:`~.chisquare.srm_p_value`); ``max_skew`` is the largest gap, in share of users,
between an arm's observed and planned share (0.2 = a 50/50 split seen as 70/30).

**Bandit experiments** (an allocation given): the planned shares are the periods' shares
weighted by the users each period exposed (:func:`~.period_weighted.planned_shares`), and the
primary metric is compared on its period-weighted rates (:mod:`.period_weighted`, GrowthBook's
weighting by allocation period) through the same confidence sequence, so pooling periods of
different shares cannot bias the verdict.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from processors.experiments.allocation import Allocation
from processors.experiments.arms import ArmStatistic, MeanStats, ProportionStats
from processors.experiments.chisquare import srm_p_value
from processors.experiments.corrections import holm
from processors.experiments.histogram import quantile
from processors.experiments.metrics import MetricDef, metric
from processors.experiments.outcomes import ArmStats
from processors.experiments.period_weighted import (
    PeriodRate,
    cumulative_counts,
    period_rates,
    planned_shares,
    relative_lift,
    weighted_rates,
)
from processors.experiments.ratio import RatioStats
from processors.experiments.sequential import confidence_sequence, sequential_two_sided_test
from processors.experiments.spec import ExperimentSpec
from schemas.errors import ExperimentError

__all__ = ["ArmMetric", "Report", "analyse", "arm_statistic"]


@dataclass(frozen=True, slots=True)
class ArmMetric:
    """One metric of one arm: its mean and, for a treatment, the test against the control."""

    arm: str
    metric: str
    role: str
    """``primary``, ``secondary`` or ``guardrail``."""
    mean: float | None
    lift: float | None = None
    ci: tuple[float, float] | None = None
    p_value: float | None = None
    verdict: str | None = None
    """``better``, ``worse``, ``harmful`` (guardrail), ``inconclusive``, ``insufficient_sample``
    or an error reason; None for the control."""
    p_holm: float | None = None
    """Holm-adjusted p-value across treatment arms x goal metrics (None for guardrails)."""


@dataclass(frozen=True)
class Report:
    """Every arm's users and metrics, the SRM check, and the medians of the histograms."""

    users: Mapping[str, int]
    metrics: tuple[ArmMetric, ...]
    srm_p: float | None
    max_skew: float
    quantiles: Mapping[str, Mapping[str, float | None]] = field(default_factory=dict)
    """Arm -> ``accept_ms_p50``, ``latency_ms_p50``, ``latency_ms_p95``."""
    planned: Mapping[str, float] = field(default_factory=dict)
    """Arm -> its planned share of users (a bandit's: its periods' shares by traffic)."""

    def of(self, arm: str, role: str) -> list[ArmMetric]:
        """The arm's results with ``role``."""
        return [m for m in self.metrics if m.arm == arm and m.role == role]


def arm_statistic(stats: ArmStats, definition: MetricDef) -> ArmStatistic:
    """The engine's statistic of one metric of an arm (users are the units)."""
    n = stats.users
    num = definition.numerator
    if definition.kind == "binomial":
        return ProportionStats(n, stats.sums.get(num, 0.0))
    numerator = MeanStats(n, stats.sums.get(num, 0.0), stats.squares.get(num, 0.0))
    if definition.kind == "mean" or definition.denominator is None:
        return numerator
    den = definition.denominator
    denominator = MeanStats(n, stats.sums.get(den, 0.0), stats.squares.get(den, 0.0))
    return RatioStats(numerator, denominator, stats.cross.get(f"{num}*{den}", 0.0))


def analyse(
    spec: ExperimentSpec,
    arms: Mapping[str, ArmStats],
    arms_off: tuple[str, ...] = (),
    allocation: Allocation | None = None,
) -> Report:
    """The report of ``spec`` over its arms' statistics (missing arms have no users);
    ``allocation``: a bandit's periods (see the module doc)."""
    stats = {a.name: arms.get(a.name, ArmStats()) for a in spec.arms}
    control = spec.control.name
    on = [a for a in spec.arms if a.name not in arms_off]
    planned = {a.name: a.weight for a in spec.arms}
    periods: list[dict[str, PeriodRate]] | None = None
    if allocation is not None and spec.bandit is not None:
        counts = cumulative_counts(spec, stats)
        planned, periods = planned_shares(allocation, counts), period_rates(allocation, counts)
    users = [stats[a.name].users for a in on]
    weights = [planned.get(a.name, 0.0) for a in on]
    srm = srm_p_value(users, weights) if sum(users) > 0 and len(on) > 1 else None
    total_users, total_weight = sum(users), sum(weights)
    skew = (
        max(abs(n / total_users - w / total_weight) for n, w in zip(users, weights, strict=True))
        if total_users and total_weight > 0
        else 0.0
    )
    treatments = max(1, len(spec.arms) - 1)
    roles = [(spec.primary_metric, "primary")]
    roles += [(m, "secondary") for m in spec.secondary_metrics]
    roles += [(m, "guardrail") for m in spec.guardrail_metrics]
    results: list[ArmMetric] = []
    for name, role in roles:
        definition = metric(name)
        base = arm_statistic(stats[control], definition)
        control_mean = _mean(base)
        if role == "primary" and periods is not None:
            own = weighted_rates(periods, [control])
            control_mean = None if own is None else own[control].estimate
        results.append(ArmMetric(control, name, role, control_mean))
        for arm in spec.arms[1:]:
            alpha = spec.alpha / treatments if role == "primary" else spec.alpha
            if role == "primary" and periods is not None:
                results.append(_weighted(arm.name, control, name, periods, stats, alpha, spec))
                continue
            results.append(
                _compare(arm.name, stats, control, definition, role, alpha, spec.min_sample_per_arm)
            )
    results = _holm_adjusted(results, spec.alpha)
    quantiles = {
        name: {
            "accept_ms_p50": quantile(s.histograms.get("accept_ms", {}), 0.5),
            "latency_ms_p50": quantile(s.histograms.get("latency_ms", {}), 0.5),
            "latency_ms_p95": quantile(s.histograms.get("latency_ms", {}), 0.95),
        }
        for name, s in stats.items()
    }
    total_planned = sum(planned.values()) or 1.0
    shares = {a: w / total_planned for a, w in planned.items()}
    users_by_arm = {n: s.users for n, s in stats.items()}
    return Report(users_by_arm, tuple(results), srm, skew, quantiles, shares)


def _holm_adjusted(results: list[ArmMetric], alpha: float) -> list[ArmMetric]:
    """Every goal metric's test with its Holm-adjusted p-value; secondaries judged on it."""
    tested = [i for i, m in enumerate(results) if m.role != "guardrail" and m.p_value is not None]
    adjusted = holm([results[i].p_value or 0.0 for i in tested]) if tested else []
    out = list(results)
    for i, p_holm in zip(tested, adjusted, strict=True):
        m = out[i]
        verdict = m.verdict
        if m.role == "secondary" and verdict in ("better", "worse") and p_holm >= alpha:
            verdict = "inconclusive"  # significant alone, not once the family is accounted for
        out[i] = dataclasses.replace(m, p_holm=p_holm, verdict=verdict)
    return out


def _mean(stat: ArmStatistic) -> float | None:
    return stat.mean if stat.n > 0 else None


def _compare(
    arm: str,
    stats: Mapping[str, ArmStats],
    control: str,
    definition: MetricDef,
    role: str,
    alpha: float,
    minimum: int,
) -> ArmMetric:
    base = arm_statistic(stats[control], definition)
    treated = arm_statistic(stats[arm], definition)
    mean = _mean(treated)
    try:
        # One-sided at alpha = the two-sided sequence at 2 alpha (GrowthBook safe rollouts).
        level = 2 * alpha if role == "guardrail" else alpha
        result = sequential_two_sided_test(base, treated, "relative", level, names=(control, arm))
    except ExperimentError as exc:
        return ArmMetric(arm, definition.name, role, mean, verdict=f"no test: {exc}")
    ci = (result.ci.low, result.ci.high)
    if min(base.n, treated.n) < minimum:
        verdict = "insufficient_sample"
    elif role == "guardrail":
        bad = ci[1] < 0 if definition.higher_is_better else ci[0] > 0
        verdict = "harmful" if bad else "ok"
    elif result.p_value >= alpha:
        verdict = "inconclusive"
    else:
        verdict = "better" if (result.expected > 0) == definition.higher_is_better else "worse"
    return ArmMetric(arm, definition.name, role, mean, result.expected, ci, result.p_value, verdict)


def _weighted(
    arm: str,
    control: str,
    metric_name: str,
    periods: list[dict[str, PeriodRate]],
    stats: Mapping[str, ArmStats],
    alpha: float,
    spec: ExperimentSpec,
) -> ArmMetric:
    """A bandit's primary metric: the period-weighted relative lift, in a confidence
    sequence over the two arms' users."""
    rates = weighted_rates(periods, [control, arm])
    if rates is None:
        return ArmMetric(arm, metric_name, "primary", None, verdict="no test: no shared period")
    mean = rates[arm].estimate
    try:
        estimate, variance = relative_lift(rates[control], rates[arm])
    except ValueError as exc:
        return ArmMetric(arm, metric_name, "primary", mean, verdict=f"no test: {exc}")
    if variance <= 0:
        return ArmMetric(arm, metric_name, "primary", mean, verdict="no test: zero variance")
    n_total = stats[control].users + stats[arm].users
    result = confidence_sequence(estimate, variance, n_total, alpha)
    ci = (result.ci.low, result.ci.high)
    if min(stats[control].users, stats[arm].users) < spec.min_sample_per_arm:
        verdict = "insufficient_sample"
    elif result.p_value >= alpha:
        verdict = "inconclusive"
    else:
        verdict = "better" if estimate > 0 else "worse"
    return ArmMetric(arm, metric_name, "primary", mean, estimate, ci, result.p_value, verdict)
