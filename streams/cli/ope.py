"""``personalize ope``: estimate a candidate policy's value on logged rounds (off-policy).

Prints one JSON object ``{"estimator", "value", "ci": [lo, hi], "diagnostics": {...}}``.
Every anticipated problem is one sentence on stderr and exit 2 (bad argument, unreadable or
malformed file); a refusal for inadequate support is one sentence on stderr, a JSON object
``{"estimator", "error": "inadequate_support", "message", "diagnostics"}`` on stdout (with
``--json``), and exit 3. The conventions and the refusal threshold are in docs/ope.md.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Final

from processors.ope import (
    ESTIMATOR_NAMES,
    LAMBDA_DEFAULTS,
    MIN_EFFECTIVE_SAMPLE_SIZE,
    NEEDS_REWARD_MODEL,
    BootstrapSpec,
    Estimate,
    evaluate,
)
from schemas.errors import EvaluationInputError, InadequateSupportError

EXIT_REFUSED: Final = 3


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``ope`` subcommand."""
    parser = subparsers.add_parser(
        "ope",
        help="off-policy evaluation of a candidate policy on logged rounds (JSON)",
        description="Estimate what a candidate policy (an action distribution) would have "
        "earned per round on logged OBD-style rounds, with estimators equal to Open Bandit "
        "Pipeline 0.5.7, a seeded bootstrap interval and overlap diagnostics. Refuses (exit "
        "3) when the effective sample size is too small. Formats: docs/ope.md.",
    )
    # Arguments are checked in run(), not by argparse, so a bad one is one sentence, exit 2.
    parser.add_argument("--logged", metavar="LOG.csv", help="OBD CSV of logged rounds (required)")
    parser.add_argument(
        "--action-dist",
        metavar="DIST.csv",
        help="candidate's action distribution: long round,item,position,probability or a "
        "wide items x positions matrix (required)",
    )
    parser.add_argument(
        "--q",
        metavar="Q.csv",
        help="estimated rewards, long round,item,position,q or wide "
        f"(required for {', '.join(sorted(NEEDS_REWARD_MODEL))}; ignored by ipw, snipw)",
    )
    parser.add_argument(
        "--estimator", metavar="NAME", help=f"one of {', '.join(ESTIMATOR_NAMES)} (required)"
    )
    parser.add_argument(
        "--lambda",
        dest="lambda_",
        metavar="X",
        help="clipping (ipw, dr), switching (switch-dr) or shrinkage (dr-os) hyperparameter, "
        ">= 0 or 'inf'; defaults as obp: inf, and 0 for dr-os",
    )
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.add_argument(
        "--plot",
        metavar="FILE.png",
        help="also plot, with CIs, this estimate and every other estimator the files allow "
        "(obp's defaults for their lambda), next to the logged mean reward",
    )
    parser.add_argument(
        "--n-bootstrap", default="1000", metavar="N", help="bootstrap resamples (default 1000)"
    )
    parser.add_argument(
        "--alpha", default="0.05", metavar="A", help="CI covers 1 - A (default 0.05)"
    )
    parser.add_argument("--seed", default="0", metavar="S", help="bootstrap seed (default 0)")
    parser.add_argument(
        "--min-ess",
        default=str(MIN_EFFECTIVE_SAMPLE_SIZE),
        metavar="N",
        help="refuse below this effective sample size (default "
        f"{MIN_EFFECTIVE_SAMPLE_SIZE:g}; 0 never refuses)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Load the files, evaluate, print; exit 0, 2 on bad input, 3 on refusal."""
    from streams.cli.ope_files import load_logged, load_policy_table

    name, lambda_, spec, min_ess = _check_args(args)
    logged = load_logged(args.logged)
    dist_table = load_policy_table(args.action_dist, "probability")
    # ipw and snipw do not use a reward model: a --q given to them is not read.
    q_table = load_policy_table(args.q, "q") if args.q and name in NEEDS_REWARD_MODEL else None
    tables = [dist_table] if q_table is None else [dist_table, q_table]
    for table in tables:
        table.check_covers(logged)
    n_items = max([int(logged.action.max()) + 1] + [t.n_items for t in tables])
    n_positions = max([int(logged.position.max()) + 1] + [t.n_positions for t in tables])
    action_dist = dist_table.dense(logged.n_rounds, n_items, n_positions, fill=0.0)
    q = None if q_table is None else q_table.dense(logged.n_rounds, n_items, n_positions, math.nan)
    try:
        estimate = evaluate(name, logged, action_dist, q, lambda_, spec, min_ess)
    except InadequateSupportError as exc:
        refusal = {
            "estimator": name,
            "error": "inadequate_support",
            "message": str(exc),
            "diagnostics": exc.diagnostics,
        }
        if args.json:
            print(json.dumps(refusal, allow_nan=False))
        print(f"personalize ope: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if args.plot:
        from streams.cli.ope_plot import plot_estimates

        others = [
            evaluate(other, logged, action_dist, q, None, spec, min_ess)
            for other in ESTIMATOR_NAMES
            if other != name and (q is not None or other not in NEEDS_REWARD_MODEL)
        ]
        plot_estimates([estimate, *others], float(logged.reward.mean()), args.plot)
    print(json.dumps(estimate.to_dict(), allow_nan=False) if args.json else _text(estimate))
    return 0


def _check_args(args: argparse.Namespace) -> tuple[str, float | None, BootstrapSpec, float]:
    for flag, value in (
        ("--logged", args.logged),
        ("--action-dist", args.action_dist),
        ("--estimator", args.estimator),
    ):
        if not value:
            raise EvaluationInputError(f"{flag} is required (see personalize ope --help)")
    name = args.estimator.lower()
    if name not in ESTIMATOR_NAMES:
        raise EvaluationInputError(
            f"unknown estimator {args.estimator!r}; choose one of {', '.join(ESTIMATOR_NAMES)}"
        )
    if name in NEEDS_REWARD_MODEL and not args.q:
        raise EvaluationInputError(f"{name} needs estimated rewards: give --q Q.csv")
    lambda_ = None
    if args.lambda_ is not None:
        if name not in LAMBDA_DEFAULTS:
            raise EvaluationInputError(
                f"{name} takes no --lambda; only {', '.join(LAMBDA_DEFAULTS)} do"
            )
        lambda_ = _number(args.lambda_, "--lambda", minimum=0.0, allow_inf=True)
    n_bootstrap = _number(args.n_bootstrap, "--n-bootstrap", minimum=1.0, whole=True)
    alpha = _number(args.alpha, "--alpha", minimum=0.0)
    seed = _number(args.seed, "--seed", minimum=0.0, whole=True)
    min_ess = _number(args.min_ess, "--min-ess", minimum=0.0)
    spec = BootstrapSpec(n_bootstrap=int(n_bootstrap), alpha=alpha, seed=int(seed))
    return name, lambda_, spec, min_ess


def _number(
    text: str, flag: str, minimum: float, *, whole: bool = False, allow_inf: bool = False
) -> float:
    try:
        value = float(text)
    except ValueError:
        raise EvaluationInputError(f"{flag} must be a number, got {text!r}") from None
    if math.isnan(value) or (math.isinf(value) and not allow_inf) or value < minimum:
        raise EvaluationInputError(f"{flag} must be a number >= {minimum:g}, got {text!r}")
    if whole and value != math.floor(value):
        raise EvaluationInputError(f"{flag} must be a whole number, got {text!r}")
    return value


def _text(estimate: Estimate) -> str:
    overlap = estimate.overlap
    level = 1.0 - estimate.bootstrap.alpha
    return (
        f"{estimate.estimator}: {estimate.value:.6g} "
        f"({level:.0%} CI {estimate.interval.low:.6g} .. {estimate.interval.high:.6g}); "
        f"ESS {overlap.effective_sample_size:.1f} of {overlap.n_rounds} rounds, "
        f"max weight {overlap.max_weight:.4g}, unsupported {overlap.unsupported_share:.1%}"
    )
