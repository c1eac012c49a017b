"""``personalize config``: show the effective settings (secrets masked) and what each means."""

from __future__ import annotations

import argparse

from streams.settings import field_docs, load_settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``config`` subcommand."""
    parser = subparsers.add_parser(
        "config",
        help="print the effective settings (secrets masked)",
        description="Print every setting, its effective value and what it means. "
        "Set them with PERSONALIZE_<NAME> variables or a TOML file (--config).",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print each setting as ``name = value  # doc``."""
    settings = load_settings(config_file=args.config)
    docs = field_docs()
    for name, value in settings.describe().items():
        print(f"{name} = {value}  # {docs[name]}")
    return 0
