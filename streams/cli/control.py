"""``personalize operator``, ``flags``, ``kill`` and ``unkill``: the operator's control plane.

Changes are signed with the operator's key (``--key`` or the ``operator_key_file`` setting),
published on ``control``, and confirmed by watching the flag book in Redis: the command is
applied, rejected (the audit trail says why), or not yet handled (no worker running).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from processors.control.flags import MODES, Flag, FlagBook, scope_of
from processors.control.roles import Operator, Role
from streams.cli.rank import plain_name
from streams.cli.signed import add_signing_arguments, issue
from streams.settings import load_settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``operator``, ``flags``, ``kill`` and ``unkill`` subcommands."""
    operator = subparsers.add_parser(
        "operator", help="manage operator keys", description="Manage operator signing keys."
    )
    operator_commands = operator.add_subparsers(dest="operator_command", required=True)
    keygen = operator_commands.add_parser(
        "keygen",
        help="create an operator's Ed25519 key file and print its settings entry",
        description="Write a new private key file (readable by you only) and print the "
        "'operators' settings entry with the public key. The pipeline needs that entry, "
        "then a restart, before it accepts the operator's commands.",
    )
    keygen.add_argument("--name", required=True, type=plain_name, help="operator name")
    keygen.add_argument(
        "--role", required=True, choices=[r.name.lower() for r in Role], help="operator role"
    )
    keygen.add_argument(
        "--out", type=Path, help="key file to write (default ~/.personalize/<name>.key)"
    )
    keygen.set_defaults(handler=run_keygen)

    flags = subparsers.add_parser(
        "flags", help="show or set feature flags", description="Show or set feature flags."
    )
    flag_commands = flags.add_subparsers(dest="flags_command", required=True)
    show = flag_commands.add_parser(
        "show", help="print every scope's flag", description="Print the flag book in Redis."
    )
    show.add_argument("--json", action="store_true", help="print the book as JSON")
    show.set_defaults(handler=run_show)
    set_ = flag_commands.add_parser(
        "set",
        help="set a scope's mode, rollout and holdback (signed)",
        description="Set the flag of a tenant, or of one surface of a tenant. The staged "
        "rollout path is 0 -> 10 -> 25 -> 50 -> 100 percent.",
    )
    _scope_arguments(set_)
    set_.add_argument("--mode", required=True, choices=MODES, help="on, observe or off")
    set_.add_argument("--rollout", type=_percent, help="percent of users personalized (0-100)")
    set_.add_argument("--holdback", type=_percent, help="percent held back as control (0-100)")
    set_.set_defaults(handler=run_set)
    for name, killed in (("kill", True), ("unkill", False)):
        verb = "stop" if killed else "resume"
        kill = subparsers.add_parser(
            name,
            help=f"{verb} personalization and learning on a scope at once (signed)",
            description=f"{'Set' if killed else 'Clear'} the kill switch of a tenant or of one "
            "of its surfaces. A kill at a tenant covers all its surfaces.",
        )
        _scope_arguments(kill)
        kill.set_defaults(handler=run_kill, killed=killed)


def _scope_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tenant", required=True, type=plain_name, help="tenant name")
    parser.add_argument(
        "--surface", type=plain_name, help="surface name (default: the whole tenant)"
    )
    add_signing_arguments(parser)


def _percent(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 100.0:
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 100, got {text!r}")
    return value


def run_keygen(args: argparse.Namespace) -> int:
    """Write a key file and print the settings entry."""
    from streams.clients.control import create_key_file

    path = args.out or Path.home() / ".personalize" / f"{args.name}.key"
    key = create_key_file(path, args.name, Role.parse(args.role))
    entry = Operator(key.operator, Role.parse(key.role), key.public_key).settings_entry()
    print(f"wrote {path} (key id {key.key_id}); keep it private")
    print("add this entry to the 'operators' setting of the workers and readers, then restart:")
    print(f"  {entry}")
    print(f'e.g. export PERSONALIZE_OPERATORS="{entry}" and PERSONALIZE_OPERATOR_KEY_FILE={path}')
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print the flag book."""
    from streams.clients.control import read_flags

    settings = load_settings(config_file=args.config)
    version, book = read_flags(settings.redis_url, settings.redis_prefix)
    if args.json:
        print(json.dumps({"version": version, "flags": json.loads(book.to_json())}, indent=2))
        return 0
    if not book.flags:
        print("no flags set: personalization is on for every tenant and surface")
        return 0
    print(f"{'scope':<32} {'mode':<8} {'rollout':>8} {'holdback':>9} {'killed':<6} version")
    for scope, flag in sorted(book.flags.items()):
        print(
            f"{scope:<32} {flag.mode:<8} {flag.rollout_percent:>7g}% {flag.holdback_percent:>8g}%"
            f" {'KILLED' if flag.killed else 'no':<6} {flag.version}"
        )
    return 0


def run_set(args: argparse.Namespace) -> int:
    """Publish a signed flag.set and report its outcome."""
    payload: dict[str, Any] = {"tenant": args.tenant, "mode": args.mode}
    if args.surface:
        payload["surface"] = args.surface
    if args.rollout is not None:
        payload["rollout_percent"] = args.rollout
    if args.holdback is not None:
        payload["holdback_percent"] = args.holdback
    return _issue(args, "flag.set", payload)


def run_kill(args: argparse.Namespace) -> int:
    """Publish a signed kill_switch.set or .clear and report its outcome."""
    payload = {"tenant": args.tenant, **({"surface": args.surface} if args.surface else {})}
    return _issue(args, "kill_switch.set" if args.killed else "kill_switch.clear", payload)


def _issue(args: argparse.Namespace, action: str, payload: dict[str, Any]) -> int:
    scope = scope_of(args.tenant, args.surface)
    status, book = issue(args, action, payload, record_key=f"flag:{scope}".encode(), target=scope)
    if book is None:
        return status
    flag = book.get(scope)
    if flag is None:
        return 1  # applied, yet no flag: not a flag change (cannot happen for these actions)
    print(f"applied: {scope} {_describe(flag, book, args.tenant)}")
    return 0


def _describe(flag: Flag, book: FlagBook, tenant: str) -> str:
    killed = " KILLED" if flag.killed or (book.get(tenant) or Flag()).killed else ""
    return (
        f"mode={flag.mode} rollout={flag.rollout_percent:g}% "
        f"holdback={flag.holdback_percent:g}%{killed}"
    )
