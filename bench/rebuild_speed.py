"""How long a rebuild of Redis from the tables takes (``streams.rebuild``), for N profiles.

The tables are built in memory, as a worker holds them after recovery: ``profiles`` users
(one event each on one of two surfaces, one in a thousand opted out), and the popularity and
bandit counts of 200 items per surface. The in-process driver then checks a Redis prefix of
its own that holds nothing, so it rebuilds everything: opt-out markers, popularity, bandit
counts, and per user a profile summary and a ranking. Reported: seconds per phase and per
view, keys written, and profiles per second. Only the rebuild is timed, not building the
tables. The prefix is deleted afterwards by the bench's clean-up.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from redis.asyncio import Redis

from bench.isolation import Scope
from processors.item_bandit import ItemCounts, partition_item_key
from processors.popularity import PopularityState, apply_engagement, popularity_key
from processors.profile import Profile, ProfileConfig, apply_event
from processors.pseudonym import pseudonymize
from schemas.state import encode_state
from streams.clock import wall_clock_ms
from streams.inprocess import InProcessPipeline
from streams.settings import Settings
from streams.stages.consent import OPTED_OUT, consent_table_key
from streams.stages.profiles import profile_key
from streams.stages.state import MemoryTable

Say = Callable[[str], None]

TENANT = "bench"
SURFACES = ("home", "top")
ITEMS = 200
OPTED_OUT_EVERY = 1000


def _tables(profiles: int, now_ms: int, secret: bytes, half_life_ms: float) -> dict[str, Any]:
    consent, popularity, bandit, table = MemoryTable(), MemoryTable(), MemoryTable(), MemoryTable()
    config = ProfileConfig()
    for surface in SURFACES:
        for i in range(ITEMS):
            state = PopularityState()
            for n in range(1 + i % 7):
                updated = apply_engagement(
                    state,
                    weight=1.0,
                    event_time_ms=now_ms - n * 1000,
                    source_partition=0,
                    source_offset=n,
                    half_life_ms=half_life_ms,
                )
                state = updated if updated is not None else state
            key = popularity_key(TENANT, surface, f"item-{i}").encode()
            popularity.set(key, encode_state("PopularityState", state.to_record()), 0)
            counts = ItemCounts((50 + i, 20, 10), (i % 9, 2, 1)).to_record()
            key = partition_item_key(0, TENANT, surface, f"item-{i}").encode()
            bandit.set(key, encode_state("ItemCounts", counts), 0)
    for u in range(profiles):
        user_key = pseudonymize(secret, TENANT, f"user-{u}")
        event = {
            "tenant": TENANT,
            "user_key": user_key,
            "surface": SURFACES[u % 2],
            "item_id": f"item-{u % ITEMS}",
            "kind": "CLICK",
            "event_time": now_ms - u % 86_400_000,
            "source": {"topic": "interactions", "partition": u % 6, "offset": u},
        }
        profile = apply_event(Profile(), event, None, config)
        assert profile is not None
        body = encode_state("ProfileState", profile.to_record())
        table.set(profile_key(TENANT, user_key), body, 0)
        if u % OPTED_OUT_EVERY == 0:
            consent.set(consent_table_key(TENANT, user_key), OPTED_OUT, 0)
    return {"consent": consent, "popularity": popularity, "bandit": bandit, "profiles": table}


def rebuild_speed(base: Settings, run: str, profiles: int, say: Say) -> dict[str, Any]:
    """Build tables of ``profiles`` users in memory, then time their rebuild into Redis."""
    settings = Scope(run, "rebuild").settings(base)
    now_ms = wall_clock_ms()
    say(f"[rebuild] building tables of {profiles:,} profiles in memory ...")
    tables = _tables(
        profiles,
        now_ms,
        settings.pseudonym_secret.reveal().encode(),
        settings.popularity_half_life_s * 1000.0,
    )

    async def run_rebuild() -> tuple[float, Any]:
        client = Redis.from_url(settings.redis_url)
        try:
            pipeline = InProcessPipeline(settings, client, now_ms=lambda: now_ms, tables=tables)
            started = time.perf_counter()
            report = await pipeline.check_redis()
            return time.perf_counter() - started, report
        finally:
            await client.aclose()

    say(f"[rebuild] rebuilding prefix {settings.redis_prefix} ...")
    seconds, report = asyncio.run(run_rebuild())
    say(
        f"[rebuild]   {profiles:,} profiles in {seconds:.2f} s "
        f"({profiles / seconds:,.0f} profiles/s); phases {report.phases}"
    )
    return {
        "profiles": profiles,
        "seconds": seconds,
        "profiles_per_s": profiles / seconds,
        "phase_seconds": report.phases,
        "writes": report.writes,
        "final_state": report.final_state,
    }
