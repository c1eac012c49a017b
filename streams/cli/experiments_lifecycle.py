"""``personalize experiments create|start|pause|resume|stop|promote``: signed lifecycle
commands (admin), published on ``control`` like every operator change.

``create SPEC`` reads a JSON or TOML file (by its extension; ``-`` reads JSON from stdin)
with the experiment's definition: docs/experiments.md lists the fields. The others take the
experiment id; ``promote`` may name the arm (default: the promotion candidate).
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from processors.experiments.spec import parse_spec
from schemas.errors import ConfigError
from streams.cli.signed import add_signing_arguments, issue

_VERBS = {
    "start": "start a draft experiment: its users get their arms from the next read",
    "pause": "pause a running experiment: everyone is served as if it did not run",
    "resume": "resume a paused experiment (users keep their arms)",
    "stop": "end an experiment for good (its statistics stay)",
}


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the lifecycle actions."""
    create = actions.add_parser(
        "create",
        help="create a draft experiment from a JSON or TOML spec file (signed)",
        description="Create an experiment in draft from SPEC (JSON, or TOML by its .toml "
        "extension; '-' reads JSON from stdin). Fields: docs/experiments.md.",
    )
    create.add_argument("spec", help="spec file")
    add_signing_arguments(create)
    create.set_defaults(handler=run_create)
    for verb, text in _VERBS.items():
        parser = actions.add_parser(
            verb, help=f"{text} (signed)", description=f"{text.capitalize()}."
        )
        parser.add_argument("id", help="experiment id")
        add_signing_arguments(parser)
        parser.set_defaults(handler=run_transition, verb=verb)
    promote = actions.add_parser(
        "promote",
        help="make an arm the scope's policy and end the experiment (signed)",
        description="Promote an arm: the readers serve its policy label and config to every "
        "user of the experiment's scope, and the experiment ends.",
    )
    promote.add_argument("id", help="experiment id")
    promote.add_argument("--arm", help="the arm to promote (default: the promotion candidate)")
    add_signing_arguments(promote)
    promote.set_defaults(handler=run_promote)


def read_spec(path: str) -> dict[str, Any]:
    """The spec in ``path``; ConfigError with one sentence if it cannot be read or is unusable."""
    try:
        if path == "-":
            data = json.loads(sys.stdin.read())
        elif path.endswith(".toml"):
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        else:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path} is not valid JSON or TOML: {exc}") from None
    try:
        parse_spec(data)  # refuse here what the stage would refuse, with the same words
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return dict(data)


def run_create(args: argparse.Namespace) -> int:
    """Publish a signed experiment.create."""
    spec = read_spec(args.spec)
    return _issue(args, "experiment.create", spec, spec["id"])


def run_transition(args: argparse.Namespace) -> int:
    """Publish a signed experiment.start, .pause, .resume or .stop."""
    return _issue(args, f"experiment.{args.verb}", {"id": args.id}, args.id)


def run_promote(args: argparse.Namespace) -> int:
    """Publish a signed experiment.promote."""
    payload = {"id": args.id, **({"arm": args.arm} if args.arm else {})}
    return _issue(args, "experiment.promote", payload, args.id)


def _issue(args: argparse.Namespace, action: str, payload: dict[str, Any], exp_id: str) -> int:
    from streams.clients.experiments import read_experiment_book
    from streams.settings import load_settings

    status, book = issue(
        args, action, payload, record_key=f"experiment:{exp_id}".encode(), target=exp_id
    )
    if book is None:
        return status
    settings = load_settings(config_file=args.config)
    experiment = read_experiment_book(settings.redis_url, settings.redis_prefix).experiments.get(
        exp_id
    )
    if experiment is None:
        return 1
    promoted = f" (arm {experiment.promoted_arm})" if experiment.promoted_arm else ""
    print(
        f"applied: experiment {exp_id} on {experiment.spec.scope} is {experiment.status}{promoted}"
    )
    return 0
