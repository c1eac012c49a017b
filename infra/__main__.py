"""``python -m infra up|down|status``: the service commands without the full CLI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from infra.config import InfraConfig
from schemas.errors import PersonalizeError

__all__: list[str] = []


def main(argv: Sequence[str] | None = None) -> int:
    """Run one action on the default config rooted at the current directory."""
    parser = argparse.ArgumentParser(prog="python -m infra", description=__doc__)
    parser.add_argument("action", choices=["up", "down", "status"])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    args = parser.parse_args(argv)

    from infra import services

    actions = {"up": services.up, "down": services.down, "status": services.status}
    try:
        report = actions[args.action](InfraConfig(root=args.root.resolve()))
    except PersonalizeError as exc:
        print(f"infra {args.action}: {exc}", file=sys.stderr)
        return 2
    for health in report:
        state = "healthy" if health.healthy else "down"
        print(f"{health.name:<6} {health.address:<16} {state:<8} {health.detail}")
    if args.action == "down":
        return 0
    return 0 if all(h.healthy for h in report) else 1


if __name__ == "__main__":
    sys.exit(main())
