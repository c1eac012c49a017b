"""The ``personalize`` console command: one entry point, a subcommand per task.

Errors we anticipate (bad config, a missing service, bad arguments) print one plain sentence on
stderr and exit 2; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from schemas.errors import PersonalizeError

# Order here is the order in `personalize --help`.
COMMAND_MODULES = (
    "streams.cli.services",
    "streams.cli.worker",
    "streams.cli.alerts",
    "streams.cli.top",
    "streams.cli.demo",
    "streams.cli.redact",
    "streams.cli.rank",
    "streams.cli.budgets",
    "streams.cli.replay",
    "streams.cli.backfill",
    "streams.cli.ope",
    "streams.cli.control",
    "streams.cli.audit",
    "streams.cli.experiments",
    "streams.cli.config",
)


def build_parser() -> argparse.ArgumentParser:
    """Assemble the top-level parser from every command module."""
    parser = argparse.ArgumentParser(
        prog="personalize",
        description="Streaming personalization pipeline on Kafka, Faust and Redis.",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="TOML settings file (else $PERSONALIZE_CONFIG, then defaults)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except PersonalizeError as exc:
        print(f"personalize {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
