"""``personalize budgets``: set and show caps; reserve, commit and release by hand; route.

``set`` publishes one signed ``budget.set`` command with every cap given (an admin's key, as
for ``flags set``), and waits for a worker to apply it (docs/budgets.md, "Setting caps").
``reserve``, ``commit``, ``release`` and ``route`` print one JSON object each; they exit 0
when the answer is granted (or routed), 1 when it is not.
"""

from __future__ import annotations

import argparse
import json

from processors.budget_caps import UNCAPPED, CapChange
from schemas.errors import ConfigError
from streams.cli.budgets_show import show
from streams.cli.rank import plain_name
from streams.cli.signed import add_signing_arguments, issue
from streams.settings import load_settings

_CAP_FLAGS = (
    ("global_daily_micros", "global", "global cap, micros per day"),
    ("daily_micros", "tenant", "the tenant's cap, micros per day"),
    ("user_hourly_micros", "user", "each user's cap in the tenant, micros per hour"),
    ("expert_calls", "expert", "the tenant's EXPERT-tier calls per day"),
    ("core_reserve_ppm", "reserve", "ppm of the tenant's daily cap kept for core calls"),
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``budgets`` and its subcommands."""
    parser = subparsers.add_parser("budgets", help="budget caps, reservations and routing")
    commands = parser.add_subparsers(dest="budget_command", metavar="ACTION", required=True)
    setter = commands.add_parser(
        "set",
        help="set caps (a number, 'none' for no cap, 'default' for the setting)",
        description="Set one or more caps. Amounts are micros (1e-6 of the tenant's currency).",
    )
    setter.add_argument("--tenant", type=plain_name, help="tenant (every cap but the global one)")
    for dest, _, text in _CAP_FLAGS:
        flag = f"--{dest.replace('_', '-')}"
        setter.add_argument(flag, dest=dest, type=_cap, default=_UNSET, help=text)
    add_signing_arguments(setter)
    setter.set_defaults(handler=run_set)
    shower = commands.add_parser("show", help="each scope's spend, cap, state and reserve")
    shower.add_argument("--tenant", type=plain_name, action="append", help="only these tenants")
    shower.set_defaults(handler=lambda a: show(load_settings(config_file=a.config), a.tenant))
    reserve = commands.add_parser("reserve", help="reserve budget for one call (JSON)")
    reserve.add_argument("--tenant", required=True, type=plain_name, help="tenant")
    reserve.add_argument("--user", help="the user's RAW id (pseudonymized before Redis)")
    reserve.add_argument("--tier", required=True, choices=("core", "expert"), help="model tier")
    reserve.add_argument("--estimate-micros", required=True, type=int, help="estimated cost")
    reserve.add_argument("--request-id", required=True, help="the call's request id")
    reserve.set_defaults(handler=run_call)
    for action, text in (("commit", "the call was made"), ("release", "the call was not made")):
        settle = commands.add_parser(action, help=f"{text}: settle a reservation (JSON)")
        settle.add_argument("--request-id", required=True, help="the reservation's request id")
        settle.set_defaults(handler=run_call)
    route = commands.add_parser("route", help="core or expert for a call on a slot (JSON)")
    route.add_argument("--tenant", required=True, type=plain_name, help="tenant")
    route.add_argument("--slot", required=True, type=plain_name, help="slot (surface)")
    route.add_argument("--priority", type=float, default=0.0, help="0..1 (default 0)")
    route.set_defaults(handler=run_call)


def run_call(args: argparse.Namespace) -> int:
    """Reserve, commit, release or route; print the answer as one JSON object."""
    from streams.clients.budgets import BudgetClient

    client = BudgetClient.connect(load_settings(config_file=args.config))
    try:
        if args.budget_command == "route":
            route = client.route(args.tenant, args.slot, args.priority)
            print(json.dumps({"tier": route.tier, "reason": route.reason,
                              "lower": route.lower, "upper": route.upper}))  # fmt: skip
            return 0
        if args.budget_command == "reserve":
            reply = client.reserve(
                args.tenant, args.user, args.tier.upper(), args.estimate_micros, args.request_id
            )
        elif args.budget_command == "commit":
            reply = client.commit(args.request_id)
        else:
            reply = client.release(args.request_id)
    finally:
        client.close()
    print(json.dumps(reply.to_dict()))
    return 0 if reply.granted else 1


def run_set(args: argparse.Namespace) -> int:
    """Publish every cap flag given as one signed ``budget.set``; report the outcome."""
    changes = [
        CapChange(kind, None if kind == "global" else args.tenant, getattr(args, dest))
        for dest, kind, _ in _CAP_FLAGS
        if getattr(args, dest) is not _UNSET
    ]
    if not changes:
        raise ConfigError("name at least one cap to set (see --help)")
    if any(c.kind != "global" for c in changes) and not args.tenant:
        raise ConfigError("--tenant is needed for every cap but --global-daily-micros")
    payload = {"changes": [{"kind": c.kind, "tenant": c.tenant, "value": c.value} for c in changes]}
    target = ", ".join(c.field for c in changes)
    status, book = issue(args, "budget.set", payload, record_key=b"budget", target=target)
    if book is None:
        return status  # printed why (or --no-wait)
    for change in changes:
        shown = "default" if change.value is None else change.value
        print(f"applied: {change.field} = {shown}")
    return 0


class _Unset:
    def __repr__(self) -> str:
        return "unset"


_UNSET = _Unset()


def _cap(text: str) -> int | None:
    if text == "default":
        return None
    if text == "none":
        return UNCAPPED
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a whole number, 'none' or 'default'") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"a cap is >= 0, got {value}")
    return value
