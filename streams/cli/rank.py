"""``personalize rank``: print what the ranking reader serves one user, as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from uuid import uuid4

from streams.settings import load_settings

_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
_NAME_MAX = 64


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``rank`` subcommand."""
    parser = subparsers.add_parser(
        "rank",
        help="print the ranking the reader serves one user (JSON)",
        description="Read one user's ranking the way a serving caller does: personalized if "
        "the user has a materialized ranking and is not opted out, else the tenant's popular "
        "items, else (Redis down or slow) the static list. Prints items with position, score "
        "and propensity, the source and the policy version as JSON.",
    )
    parser.add_argument("--tenant", required=True, type=plain_name, help="tenant name")
    parser.add_argument("--user", required=True, help="the user's raw id (pseudonymized here)")
    parser.add_argument(
        "--surface", required=True, type=plain_name, help="surface name, e.g. 'top'"
    )
    parser.add_argument(
        "-k", type=_positive_int, default=10, help="how many items to serve (default 10)"
    )
    parser.add_argument(
        "--request-id",
        help="seed of the read-time sample; the same id reproduces the list (default: random)",
    )
    parser.add_argument(
        "--timeout-ms",
        type=_positive_float,
        default=50.0,
        help="Redis connect and read timeout in ms (default 50)",
    )
    parser.add_argument(
        "--static",
        default="",
        metavar="ITEM[,ITEM...]",
        help="items to serve when Redis is unavailable (default: none)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Serve one ranking and print it; a Redis outage prints the static fallback, exit 0.

    A tenant Redis knows nothing of is reported in one sentence on stderr, exit 1.
    """
    from sinks.ranking_reader import RankingReader

    settings = load_settings(config_file=args.config)
    static_items = [item for item in args.static.split(",") if item]
    reader = RankingReader.connect(
        settings, timeout_s=args.timeout_ms / 1000.0, static_items=static_items
    )
    try:
        result = reader.top_k(
            args.tenant, args.user, args.surface, args.k, args.request_id or uuid4().hex
        )
    finally:
        reader.close()
    if result.fallback_reason == "rebuilding":
        # Not a sign of an unknown tenant: Redis lost its data and the workers rebuild it.
        print(
            "personalize rank: Redis is being rebuilt after a loss (personalize status); "
            "serving the fallback.",
            file=sys.stderr,
        )
    elif result.tenant_known is False:
        # Serving an empty static list would look like a working tenant with no items.
        print(
            f"personalize rank: unknown tenant {args.tenant!r}: Redis holds no popularity, "
            "meta or ranking of it (check the name, or run the pipeline for it first).",
            file=sys.stderr,
        )
        return 1
    print(json.dumps(result.to_dict(), indent=2))
    return 0


def plain_name(text: str) -> str:
    # Tenants and surfaces are plain names (as the event rules require): they are key parts.
    if not 1 <= len(text) <= _NAME_MAX or not _NAME_CHARS.issuperset(text):
        raise argparse.ArgumentTypeError(
            f"a name must be 1-{_NAME_MAX} letters, digits, '.', '_' or '-', got {text!r}"
        )
    return text


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not 0.0 < value <= 10_000.0:
        raise argparse.ArgumentTypeError(f"must be in (0, 10000], got {value}")
    return value
