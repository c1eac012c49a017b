"""``personalize alerts tail [--follow] [--json]``: the alerts topic, readably."""

from __future__ import annotations

import argparse
import json

from streams.settings import load_settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``alerts`` subcommand (``alerts tail``)."""
    parser = subparsers.add_parser(
        "alerts",
        help="read the alerts topic",
        description="Read the alerts topic (anomalies, SLO breaches, budgets, experiments).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    tail = actions.add_parser(
        "tail",
        help="print every alert from the beginning of the topic",
        description="Print every alert on the topic, one line each: time, FIRING/RESOLVED, "
        "severity, kind, tenant/surface, subject, value against baseline and threshold, "
        "message, what was in force, and the runbook section. Reads without a consumer group.",
    )
    tail.add_argument("--follow", "-f", action="store_true", help="keep printing new alerts")
    tail.add_argument("--json", action="store_true", help="one JSON object per line")
    tail.set_defaults(handler=run_tail)


def run_tail(args: argparse.Namespace) -> int:
    """Print the topic's alerts; with --follow, until Ctrl-C."""
    from streams.tools.alert_reading import AlertReader, format_alert

    settings = load_settings(config_file=args.config)
    reader = AlertReader(settings.kafka_bootstrap, settings.topic("alerts"))
    try:
        while True:
            for alert in reader.poll(0.5):
                line = json.dumps(alert, sort_keys=True) if args.json else format_alert(alert)
                print(line, flush=True)
            if not args.follow and reader.caught_up():
                return 0
    except KeyboardInterrupt:
        return 0
    finally:  # (a reader gone away, `| head`, is handled for every command by cli.main)
        reader.close()
