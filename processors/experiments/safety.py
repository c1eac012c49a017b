"""What the stream does on its own about a running experiment, judged on its report.

In order, each time an arm's statistics change (:func:`judge`):

1. **Sample-ratio mismatch pauses the experiment.** Once the arms still on hold at least
   ``min_users`` users (100; a chi-square on fewer users is noise), a Pearson chi-square
   ``p < 0.001`` against the planned weights (GrowthBook's threshold), or an arm's share of
   users off its planned share by more than 20 points (the seeds' "skewed beyond 70/30" for a
   50/50 split), pauses the whole experiment: the split is broken, so no result is trusted.
2. **A harmful arm is switched off.** A treatment arm whose one-sided sequential test says it
   is worse on a guardrail metric (:mod:`.report`) gets no more traffic: its users are served
   the control (``processors.experiments.assignment``).
3. **A winner is flagged.** A treatment arm that is significantly better on the primary metric
   (sequential, Bonferroni over the treatments), with every guardrail tested and none
   harmful, becomes the promotion candidate (the largest lift if several); the experiment is
   promoted automatically only when it opted in with ``auto_promote``.

Each action becomes an audited, alerted change by the control stage (actor ``system``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from processors.experiments.report import Report
from processors.experiments.spec import Experiment

__all__ = ["Action", "SafetyRules", "judge"]


@dataclass(frozen=True)
class SafetyRules:
    """Thresholds of the automatic actions."""

    srm_p: float = 0.001
    """Pause when the SRM chi-square p-value is below this."""
    max_skew: float = 0.2
    """Pause when an arm's share of users is off its planned share by more than this."""
    min_users: int = 100
    """Users over the arms still on before the split is judged."""


@dataclass(frozen=True, slots=True)
class Action:
    """One automatic action and why."""

    kind: Literal["pause", "arm_off", "candidate", "promote"]
    arm: str | None
    reason: str
    value: float
    """The observed statistic (p-value, skew or lift)."""
    threshold: float


def judge(
    experiment: Experiment, report: Report, rules: SafetyRules = SafetyRules()
) -> list[Action]:
    """The actions ``report`` calls for on ``experiment`` (none unless it is running)."""
    if experiment.status != "running":
        return []
    on = [a.name for a in experiment.spec.arms if a.name not in experiment.arms_off]
    if sum(report.users[name] for name in on) >= rules.min_users:
        if report.srm_p is not None and report.srm_p < rules.srm_p:
            reason = f"sample ratio mismatch: chi-square p = {report.srm_p:.3g} < {rules.srm_p:g}"
            return [Action("pause", None, reason, report.srm_p, rules.srm_p)]
        if report.max_skew > rules.max_skew:
            reason = (
                f"split skewed: an arm's share of users is {report.max_skew:.0%} off plan "
                f"(more than {rules.max_skew:.0%}, i.e. beyond 70/30 for 50/50)"
            )
            return [Action("pause", None, reason, report.max_skew, rules.max_skew)]
    actions: list[Action] = []
    winners: list[tuple[float, str]] = []
    for name in on[1:]:
        guardrails = report.of(name, "guardrail")
        harmful = [m for m in guardrails if m.verdict == "harmful"]
        if harmful:
            worst = harmful[0]
            reason = (
                f"guardrail {worst.metric} harmed: relative change {worst.lift:+.1%}, "
                f"one-sided sequential test at alpha {experiment.spec.alpha:g}"
            )
            actions.append(Action("arm_off", name, reason, worst.lift or 0.0, 0.0))
            continue
        primary = report.of(name, "primary")
        if (
            primary
            and primary[0].verdict == "better"
            and all(m.verdict == "ok" for m in guardrails)
        ):
            winners.append((primary[0].lift or 0.0, name))
    if winners:
        lift, name = max(winners)
        best = report.of(name, "primary")[0]
        reason = (
            f"{experiment.spec.primary_metric} {lift:+.1%} against the control "
            f"(p = {best.p_value or 0.0:.3g}), guardrails clean"
        )
        if name != experiment.candidate:
            actions.append(Action("candidate", name, reason, lift, 0.0))
        if experiment.spec.auto_promote:
            actions.append(Action("promote", name, f"auto-promotion: {reason}", lift, 0.0))
    return actions
