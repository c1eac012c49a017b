"""The ``personalize`` console command and its subcommands.

Each subcommand module exposes ``register(subparsers)``, which adds its parser(s) and sets
``handler`` to a function taking the parsed namespace and returning an exit code. Modules
import heavy libraries (faust, confluent-kafka) inside their handlers, so ``--help`` stays
fast.
"""

from __future__ import annotations

from streams.cli.main import COMMAND_MODULES, build_parser, main

__all__ = ["COMMAND_MODULES", "build_parser", "main"]
