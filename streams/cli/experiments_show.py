"""``personalize experiments list|show|results``: read experiments and their results.

``list`` prints every experiment and its status; ``show ID`` its definition and state (or
JSON); ``results ID`` a table per arm and metric from the statistics the stream keeps
(``processors.experiments.report``: sequential tests, always valid), with the SRM check,
the guardrails and the verdict.
"""

from __future__ import annotations

import argparse
import json

from processors.experiments.report import ArmMetric, Report, analyse
from processors.experiments.spec import Experiment
from schemas.errors import ConfigError


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the read-only actions."""
    listing = actions.add_parser(
        "list", help="print every experiment and its status", description="List experiments."
    )
    listing.set_defaults(handler=run_list)
    show = actions.add_parser(
        "show", help="print an experiment's definition and state", description="Show one."
    )
    show.add_argument("id", help="experiment id")
    show.add_argument("--json", action="store_true", help="print it as JSON")
    show.set_defaults(handler=run_show)
    results = actions.add_parser(
        "results",
        help="print per-arm results, the SRM check and the verdict",
        description="Per arm and metric: mean, relative lift against the control, its "
        "always-valid confidence sequence and p-value (GrowthBook's sequential test), and a "
        "verdict; the SRM check; medians of time to accept and model latency.",
    )
    results.add_argument("id", help="experiment id")
    results.add_argument("--json", action="store_true", help="print the report as JSON")
    results.set_defaults(handler=run_results)


def _book(args: argparse.Namespace) -> dict[str, Experiment]:
    from streams.clients.experiments import read_experiment_book
    from streams.settings import load_settings

    settings = load_settings(config_file=args.config)
    return dict(read_experiment_book(settings.redis_url, settings.redis_prefix).experiments)


def _one(args: argparse.Namespace) -> Experiment:
    experiment = _book(args).get(args.id)
    if experiment is None:
        raise ConfigError(f"no experiment {args.id!r}; 'personalize experiments list' shows them")
    return experiment


def run_list(args: argparse.Namespace) -> int:
    """Print every experiment."""
    experiments = _book(args)
    if not experiments:
        print("no experiments yet: create one with 'personalize experiments create SPEC'")
        return 0
    print(f"{'id':<24} {'scope':<28} {'status':<9} {'arms':<28} primary")
    for exp_id, e in sorted(experiments.items()):
        arms = ",".join(a.name + ("(off)" if a.name in e.arms_off else "") for a in e.spec.arms)
        print(f"{exp_id:<24} {e.spec.scope:<28} {e.status:<9} {arms:<28} {e.spec.primary_metric}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print one experiment."""
    experiment = _one(args)
    if args.json:
        print(json.dumps(experiment.to_json(), indent=2, sort_keys=True))
        return 0
    spec = experiment.spec
    print(f"experiment {spec.experiment_id} on {spec.scope}: {experiment.status}")
    if experiment.reason:
        print(f"  last automatic change: {experiment.reason}")
    for arm in spec.arms:
        off = "  SWITCHED OFF" if arm.name in experiment.arms_off else ""
        config = json.dumps(dict(arm.config), sort_keys=True) if arm.config else ""
        print(f"  arm {arm.name:<16} weight {arm.weight:<6g} policy {arm.policy} {config}{off}")
    print(f"  holdout {spec.holdout_percent:g}%, primary {spec.primary_metric}, secondary "
          f"{', '.join(spec.secondary_metrics) or '-'}, guardrails "
          f"{', '.join(spec.guardrail_metrics) or '-'}")  # fmt: skip
    print(f"  alpha {spec.alpha:g}, power {spec.power:g}, mde {spec.mde:g}, min sample per arm "
          f"{spec.min_sample_per_arm}, planned {spec.planned_days:g} days, auto-promote "
          f"{'yes' if spec.auto_promote else 'no'}")  # fmt: skip
    if spec.bandit is not None:
        b = spec.bandit
        print(f"  allocation bandit (Thompson sampling on {spec.primary_metric}): burn-in "
              f"{b.burn_in_users} users per arm, floor {b.floor(len(spec.arms)):.1%}, update "
              f"every {b.update_every_users} users and {b.update_every_minutes:g} min")  # fmt: skip
    if experiment.allocation is not None:
        period = experiment.allocation.current
        now = ", ".join(f"{a} {w:.1%}" for a, w in period.weights.items())
        print(f"  allocation period {period.number} (since {period.start_ms} ms): {now}")
    if experiment.candidate:
        print(f"  promotion candidate: {experiment.candidate}")
    if experiment.promoted_arm:
        print(f"  promoted: {experiment.promoted_arm}")
    return 0


def run_results(args: argparse.Namespace) -> int:
    """Print the experiment's results."""
    from streams.clients.experiments import read_experiment_stats
    from streams.settings import load_settings

    experiment = _one(args)
    settings = load_settings(config_file=args.config)
    arms = read_experiment_stats(settings.redis_url, settings.redis_prefix, args.id)
    report = analyse(experiment.spec, arms, experiment.arms_off, experiment.allocation)
    if args.json:
        print(json.dumps(_as_json(experiment, report), indent=2, sort_keys=True))
        return 0
    _print(experiment, report)
    return 0


def _as_json(experiment: Experiment, report: Report) -> dict[str, object]:
    return {
        "experiment_id": experiment.spec.experiment_id,
        "status": experiment.status,
        "users": dict(report.users),
        "srm_p": report.srm_p,
        "max_skew": report.max_skew,
        "metrics": [
            {"arm": m.arm, "metric": m.metric, "role": m.role, "mean": m.mean, "lift": m.lift,
             "ci": None if m.ci is None else list(m.ci), "p_value": m.p_value,
             "p_holm": m.p_holm,
             "verdict": m.verdict}
            for m in report.metrics
        ],
        "quantiles": {arm: dict(q) for arm, q in report.quantiles.items()},
        "candidate": experiment.candidate,
        "arms_off": list(experiment.arms_off),
        "planned": dict(report.planned),
        "allocation": experiment.allocation.to_json() if experiment.allocation else None,
    }  # fmt: skip


def _print(experiment: Experiment, report: Report) -> None:
    spec = experiment.spec
    print(f"experiment {spec.experiment_id} on {spec.scope}: {experiment.status}")
    total = sum(report.users.values())
    print(f"\n{'arm':<16} {'users':>8} {'share':>7} {'planned':>8}")
    for arm in spec.arms:
        users = report.users[arm.name]
        share = f"{users / total:.1%}" if total else "-"
        off = "  (switched off)" if arm.name in experiment.arms_off else ""
        print(f"{arm.name:<16} {users:>8} {share:>7} {report.planned[arm.name]:>8.1%}{off}")
    if experiment.allocation is not None:
        period = experiment.allocation.current
        now = ", ".join(f"{a} {w:.1%}" for a, w in period.weights.items())
        print(f"bandit: allocation period {period.number}, shares now {now}; the primary "
              "metric is weighted by allocation period")  # fmt: skip
    srm = "-" if report.srm_p is None else f"{report.srm_p:.3g}"
    flag = "MISMATCH" if report.srm_p is not None and report.srm_p < 0.001 else "ok"
    print(f"SRM check: chi-square p = {srm} (mismatch below 0.001): {flag}")
    print(f"\n{'metric':<16} {'role':<10} {'arm':<14} {'mean':>10} {'lift':>8} "
          f"{'CI (always valid)':>20} {'p':>8} {'p Holm':>8}  verdict")  # fmt: skip
    for m in report.metrics:
        print(_row(m))
    for arm_name, q in report.quantiles.items():
        parts = [f"{name.replace('_ms_', ' ')} {value / 1000:.2f} s"
                 for name, value in q.items() if value is not None]  # fmt: skip
        if parts:
            print(f"{arm_name}: {', '.join(parts)}")
    print(f"\nverdict: {_verdict(experiment, report)}")


def _row(m: ArmMetric) -> str:
    mean = "-" if m.mean is None else f"{m.mean:.4g}"
    if m.lift is None or m.ci is None:
        lift = ci = p = ""
    else:
        lift, ci = f"{m.lift:+.1%}", f"[{m.ci[0]:+.1%}, {m.ci[1]:+.1%}]"
        p = f"{m.p_value:.3g}"
    p_holm = "" if m.p_holm is None else f"{m.p_holm:.3g}"
    verdict = m.verdict or "(control)"
    return (
        f"{m.metric:<16} {m.role:<10} {m.arm:<14} {mean:>10} {lift:>8} {ci:>20} {p:>8} "
        f"{p_holm:>8}  {verdict}"
    )


def _verdict(experiment: Experiment, report: Report) -> str:
    if experiment.status == "paused" and experiment.reason:
        return f"paused: {experiment.reason}"
    if experiment.promoted_arm:
        return f"promoted arm {experiment.promoted_arm}"
    if experiment.candidate:
        return f"arm {experiment.candidate} is a promotion candidate ({experiment.reason})"
    small = [a for a, n in report.users.items() if n < experiment.spec.min_sample_per_arm]
    if small:
        return (f"no verdict yet: {', '.join(small)} below {experiment.spec.min_sample_per_arm} "
                "users")  # fmt: skip
    return "no significant difference on the primary metric yet (keep running)"
