"""``personalize demo``: replay the Open Bandit Dataset through a real worker into Redis."""

from __future__ import annotations

import argparse
from pathlib import Path

from streams.settings import load_settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``demo`` subcommand."""
    parser = subparsers.add_parser(
        "demo",
        help="replay the Open Bandit Dataset sample and show the rankings in Redis",
        description="Start a worker on a fresh topic prefix, replay the Open Bandit Dataset "
        "sample (campaigns as tenants) as recommendation and interaction events, check Redis "
        "against the CSVs, and print what a ranking reader sees, the throughput and the "
        "end-to-end freshness. Needs 'personalize up' first (make demo does it).",
    )
    parser.add_argument(
        "--probes", type=int, default=50, help="freshness probe clicks (default 50)"
    )
    parser.add_argument(
        "--log-dir", type=Path, default=Path(".run/logs"), help="where the worker writes its log"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the demo and print its summary; exit 1 if Redis disagreed with the CSVs."""
    from streams.tools.demo import demo_settings, run_demo, summarize

    settings = demo_settings(load_settings(config_file=args.config))
    report = run_demo(
        settings, args.log_dir, lambda line: print(line, flush=True), probes=args.probes
    )
    for line in summarize(report, settings):
        print(line)
    from streams.tools.policy_ope import demo_lines
    from streams.wiring import stage_config

    for line in demo_lines(settings.theta, stage_config(settings).ranking):
        print(line)
    return 0 if report.mismatches == 0 and report.bandit_mismatches == 0 else 1
