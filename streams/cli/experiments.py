"""``personalize experiments``: the experiment commands, one subcommand (ACTION) per module.

Each module in :data:`ACTION_MODULES` has ``register(actions)``, adding its subparser with a
``handler``, exactly as the top-level command modules do (streams/cli/main.py); to add an
action (create, start, results, ...), write its module and list it here.
"""

from __future__ import annotations

import argparse
import importlib

# Order here is the order in `personalize experiments --help`.
ACTION_MODULES = (
    "streams.cli.experiments_lifecycle",
    "streams.cli.experiments_show",
    "streams.cli.experiments_analyze",
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``experiments`` command group and its actions."""
    parser = subparsers.add_parser(
        "experiments",
        help="A/B experiments: lifecycle, results, and statistics equal to GrowthBook's "
        "engine (docs/experiments.md)",
        description="Experiment commands. Statistics, conventions and the meta-experiments "
        "that check them: docs/experiments.md.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    for module_name in ACTION_MODULES:
        importlib.import_module(module_name).register(actions)
