"""Publishing one signed operator command from the CLI and reporting its outcome.

Shared by every command that changes the pipeline (``flags``, ``kill``, ``experiments``):
sign with the operator's key (``--key`` or the ``operator_key_file`` setting), publish on
``control``, then (unless ``--no-wait``) watch the flag book in Redis until the control stage
handled the command: applied, rejected (the audit trail says why), or not handled in time
(no worker running).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from processors.control.flags import FlagBook
from schemas.errors import ConfigError
from streams.settings import Settings, load_settings

__all__ = ["WAIT_S", "add_signing_arguments", "issue"]

WAIT_S = 10.0


def add_signing_arguments(parser: argparse.ArgumentParser) -> None:
    """``--key`` and ``--no-wait``."""
    parser.add_argument("--key", help="operator key file (default: the operator_key_file setting)")
    parser.add_argument(
        "--no-wait", action="store_true", help="publish without waiting for the outcome"
    )


def issue(
    args: argparse.Namespace,
    action: str,
    payload: dict[str, Any],
    *,
    record_key: bytes,
    target: str,
) -> tuple[int, FlagBook | None]:
    """Publish ``action`` and wait for it: ``(0, book)`` once applied (the caller prints
    what changed), ``(0, None)`` with ``--no-wait``, ``(1, None)`` after printing why not."""
    from streams.clients.control import load_key_file, publish_command, wait_until_processed

    settings = load_settings(config_file=args.config)
    key = load_key_file(_key_path(args, settings))
    command, offset = publish_command(
        settings.kafka_bootstrap,
        settings.topic("control"),
        key,
        action,
        payload,
        lifetime_s=settings.command_lifetime_s,
        record_key=record_key,
    )
    print(f"published {action} {command['command_id']} for {target} as {key.operator}")
    if args.no_wait:
        return 0, None
    handled = wait_until_processed(settings.redis_url, settings.redis_prefix, offset, WAIT_S)
    if handled is None:
        print(
            f"not applied within {WAIT_S:g} s: is a worker running? It is applied when one is.",
            file=sys.stderr,
        )
        return 1, None
    book, result = handled
    if result != "applied":
        print(f"rejected ({result}): see 'personalize audit tail'", file=sys.stderr)
        return 1, None
    return 0, book


def _key_path(args: argparse.Namespace, settings: Settings) -> str:
    path = args.key or settings.operator_key_file
    if not path:
        raise ConfigError("name the operator key file with --key or the operator_key_file setting")
    return str(path)
