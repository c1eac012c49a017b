"""The ``personalize`` console command: one entry point, a subcommand per task.

Errors we anticipate (bad config, a missing service, bad arguments) print one plain sentence on
stderr and exit 2; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
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
    except BrokenPipeError:  # `personalize status | head`: the reader went away, no traceback
        _stdout_to_devnull()
        return 0
    return code


def _stdout_to_devnull() -> None:
    """Point stdout at the null device, so the interpreter's flush at exit finds no closed
    pipe to complain about (the recipe of the `signal` module's documentation)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # (a stdout without a file descriptor: nothing to point)
        pass


if __name__ == "__main__":
    sys.exit(main())
