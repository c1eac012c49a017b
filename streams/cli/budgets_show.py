"""``personalize budgets show``: each scope's spend, reservations, cap, state and reserve today.

Rows: the global day, then per tenant its day and its expert calls (periods in each tenant's
zone). Tenants are those with a cap override or a counter in Redis.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from redis import Redis

from processors.budget import LEVELS, Scope, level_of
from processors.budget_caps import PPM, CapBook, CapOverrides
from processors.budget_periods import day_of, parse_time_zones
from sinks.keys import KeyLayout, redis_text
from streams.settings import Settings
from streams.wiring import cap_defaults

_HEADER = ("scope", "period", "spent", "reserved", "cap", "state", "core reserve")


def show(settings: Settings, only: Sequence[str] | None) -> int:
    """Print the table; exit 0."""
    keys = KeyLayout(settings.redis_prefix)
    zones = parse_time_zones(settings.budget_time_zones)
    client = Redis.from_url(settings.redis_url)
    try:
        stored = {redis_text(k): int(v) for k, v in client.hgetall(keys.budget_caps()).items()}
        stored.pop("_version", None)
        book = CapBook(cap_defaults(settings), CapOverrides(stored))
        tenants = set(only or ()) or _known_tenants(client, keys, stored)
        now_ms = time.time_ns() // 1_000_000
        rows = [_row(client, keys, book, Scope("global"), day_of(now_ms, zones.zone_for(None)))]
        for tenant in sorted(tenants):
            day = day_of(now_ms, zones.zone_for(tenant))
            reserve = book.value(f"reserve:{tenant}")
            rows.append(_row(client, keys, book, Scope("tenant", tenant), day, reserve))
            rows.append(_row(client, keys, book, Scope("expert", tenant), day))
    finally:
        client.close()
    widths = [max(len(r[i]) for r in [_HEADER, *rows]) for i in range(len(_HEADER))]
    for row in [_HEADER, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 0


def _known_tenants(client: Redis, keys: KeyLayout, stored: dict[str, int]) -> set[str]:
    tenants = {name.split(":", 1)[1] for name in stored if ":" in name}
    pattern = f"{keys.budget_counter('tenant|')}*"
    for key in client.scan_iter(match=pattern, count=1000):
        tenants.add(redis_text(key).rsplit(":c:tenant|", 1)[1].split("|", 1)[0])
    return tenants


def _row(
    client: Redis,
    keys: KeyLayout,
    book: CapBook,
    scope: Scope,
    day: object,
    reserve_ppm: int | None = None,
) -> tuple[str, ...]:
    period = getattr(day, "period_id", "")
    used, held = client.hmget(keys.budget_counter(scope.counter_id(period)), ["used", "held"])
    spent, reserved = int(used or 0), int(held or 0)
    cap = book.cap_of(scope)
    unit = " calls" if scope.kind == "expert" else ""
    name = "global" if scope.kind == "global" else f"{scope.kind}:{scope.tenant}"
    return (
        name,
        period,
        f"{spent}{unit}",
        f"{reserved}{unit}",
        "none" if cap is None else f"{cap}{unit}",
        LEVELS[level_of(spent, cap)],
        "" if reserve_ppm is None else f"{reserve_ppm / PPM:.0%}",
    )
