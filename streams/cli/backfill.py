"""``personalize backfill``: a candidate policy's lift over the logging policy, offline."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from streams.settings import load_settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``backfill`` subcommand."""
    parser = subparsers.add_parser(
        "backfill",
        help="estimate a candidate policy's lift on the last N days of clean traffic (OPE)",
        description="Replay the last N days of the clean topics into a throw-away sandbox "
        "with the candidate's ranking configuration, then estimate its click rate per served "
        "slot on the logged lists by SNIPW, next to the logged one, with a bootstrap CI and "
        "overlap diagnostics. Prints one JSON object and writes it to the audit trail as an "
        "automatic action. Users are judged by the candidate's ranking at the end of the "
        "window (docs/replay.md).",
    )
    parser.add_argument(
        "--candidate",
        required=True,
        type=Path,
        metavar="FILE",
        help="the candidate's ranking policy, JSON or TOML (the format of replay --policy)",
    )
    parser.add_argument(
        "--days", required=True, type=_days, help="how many days of traffic back from now"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the backfill and print its JSON result."""
    from streams.backfill import backfill
    from streams.cli.replay import load_policy
    from streams.clock import wall_clock_ms

    settings = load_settings(config_file=args.config)
    candidate, settings = load_policy(args.candidate, settings)
    result = backfill(
        settings, candidate, args.days, now_ms=wall_clock_ms(), label=args.candidate.name
    )
    print(json.dumps(result))
    return 0


def _days(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of days, got {text!r}") from None
    if not 0.0 < value <= 366.0:
        raise argparse.ArgumentTypeError(f"must be in (0, 366] days, got {value:g}")
    return value
