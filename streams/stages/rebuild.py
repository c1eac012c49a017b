"""What Redis must hold, re-derived from the tables: the materializers a rebuild runs, in order.

Redis holds views of the tables (opt-out markers, popularity, bandit counts, profile summaries
and rankings). When it loses them (``sinks.epoch`` notices), each driver runs every
:data:`MATERIALIZERS` entry over the tables it holds, in this order:

1. ``flags`` and ``optouts`` (phase ``optouts``): the flag book (a kill switch, and the
   running experiments' allocations and promoted policies that travel with it) and every
   opted-out user's marker, before anything else, so readers can go back to serving stored
   rankings as soon as this phase is done everywhere; then, by the worker that owns the
   one-partition topics, the budget caps and counters and the marker that lets the reserve
   script grant again;
2. ``popularity`` and ``bandit`` (phase ``views``): the surface models the rankings read;
3. ``profiles``: each user's summary, and a ranking per surface the user had events on
   (computed by the driver with the same ranking code as the live path, once the models
   above are back). Opted-out users are skipped, whatever their profile holds;
4. ``experiments``: each experiment's per-arm statistics (dashboards, ``results``), from the
   control table's totals.

A materializer is two pure functions: ``keys`` lists the table keys to look at (a snapshot),
and ``writes`` turns a chunk of them into writes, reading each key's *current* value. The
driver calls ``writes`` chunk by chunk while no other Redis write of its own is in flight
(``streams.engine``), so a value the live stream changed after the snapshot is written as it
is now, and the live stream's own write of it comes after. Every write goes through the same
sinks as live writes: versioned or monotone, so a rebuild never replaces anything newer.

Adding a view (flags, experiment allocations, budget counters) is one entry: a function
listing its table's keys, one turning a chunk of keys into ``RedisWrite`` values, and a place
in :data:`MATERIALIZERS` (phase ``optouts`` only for what must be back before readers serve
rankings again).
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from processors.budget import BudgetCounter
from processors.popularity import PopularityState
from processors.profile import profile_summary
from processors.slot_counts import SlotCounts
from schemas.state import decode_state
from sinks.writes import (
    BanditCountsWrite,
    BudgetCapsWrite,
    BudgetReadyWrite,
    ExperimentStatsWrite,
    FlagsWrite,
    LedgerWrite,
    OptOutWrite,
    PopularityWrite,
    ProfileSummaryWrite,
    RebuildPhase,
    RedisWrite,
    SlotOutcomeWrite,
)
from streams.stages.budget_caps import CAPS_KEY, stored_overrides
from streams.stages.consent import is_opted_out
from streams.stages.control import flags_write, load_control_state
from streams.stages.core import Core
from streams.stages.experiments import load_totals
from streams.stages.ledger import counter_writes, scope_of_counter
from streams.stages.profiles import Touched

__all__ = ["MATERIALIZERS", "Materializer", "Rebuilt"]

Rebuilt = RedisWrite | Touched
"""What a materializer returns: a Redis write, or a (user, surface) for the driver to rank."""


@dataclass(frozen=True)
class Materializer:
    """One view of the tables in Redis, re-derived after a loss."""

    name: str
    """Names the view in logs and metrics."""
    phase: RebuildPhase
    """``optouts`` for what readers need before serving rankings, else ``views``."""
    keys: Callable[[Core], list[bytes]]
    """The table keys to materialize (a snapshot)."""
    writes: Callable[[Core, Sequence[bytes]], list[Rebuilt]]
    """The writes for a chunk of those keys, from their current values (absent ones skipped)."""
    single_partition: bool = False
    """Its table lives with the one-partition topics (``costs.clean``, ``control``): only
    the worker that owns them runs it."""


def _user_of(key: bytes) -> tuple[str, str]:
    # consent and profile keys are "<tenant>/<pseudonym>"; a pseudonym is hex, never '/'.
    tenant, _, user_key = key.decode().rpartition("/")
    return tenant, user_key


def _opt_out_keys(core: Core) -> list[bytes]:
    return core.tables.consent.keys()


def _opt_out_writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
    table = core.tables.consent
    return [OptOutWrite(*_user_of(key), True) for key in keys if table.get(key) is not None]


def _flag_keys(core: Core) -> list[bytes]:
    del core  # every worker holds the book: from the control table, or its last refresh
    return [b"flags"]


def _flag_writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
    del keys
    if core.tables.control.get(b"state") is not None:
        return [flags_write(core, load_control_state(core))]
    if core.flags_version < 0:
        return []  # no flag was ever set
    # Not the control stage's worker: its last refreshed copy. The owner's write, with the
    # control offset, wins where the versions tie (sinks.flags); an older book never lands.
    return [FlagsWrite(core.flags_version, -1, core.flags.to_json(), "{}", core.experiments_json)]


def _experiment_keys(core: Core) -> list[bytes]:
    # Only the worker of the one-partition control table holds experiment totals.
    keys: list[bytes] = core.tables.control.keys()  # a ByteTable, not a dict
    return [key for key in keys if key.startswith(b"x|")]


def _experiment_writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
    writes: list[Rebuilt] = []
    for key in keys:
        exp_id = key.decode()[2:]
        if core.tables.control.get(key) is None:
            continue
        totals = load_totals(core, exp_id)
        # The stored version: the live stage's next write is newer, an equal one the same.
        writes.append(ExperimentStatsWrite(exp_id, totals.version, totals.doc_json(exp_id)))
    return writes


def _budget_cap_keys(core: Core) -> list[bytes]:
    return [CAPS_KEY] if core.tables.budget_caps.get(CAPS_KEY) is not None else []


def _budget_cap_writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
    del keys
    overrides = stored_overrides(core.tables.budget_caps)
    return [BudgetCapsWrite(dict(overrides.field_to_value), overrides.version)]


def _budget_counter_keys(core: Core) -> list[bytes]:
    return core.tables.budgets.keys()


def _budget_counter_writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
    # Redis TTLs run on the wall clock, as the live ledger's do.
    now_ms = int(time.time() * 1000)
    counters = []
    for key in keys:
        stored = core.tables.budgets.get(key)
        if stored is not None:
            counter = BudgetCounter.from_record(decode_state("BudgetCounter", stored))
            counters.append((key.decode(), (scope_of_counter(key.decode()), counter)))
    if not counters:
        return []
    return [LedgerWrite(tuple(counter_writes(core, counters, now_ms)), (), now_ms)]


def _budget_ready_writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
    del core, keys
    return [BudgetReadyWrite()]


def _popularity_keys(core: Core) -> list[bytes]:
    return core.tables.popularity.keys()


def _popularity_writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
    writes: list[Rebuilt] = []
    for key in keys:
        stored = core.tables.popularity.get(key)
        if stored is None:
            continue
        state = PopularityState.from_record(decode_state("PopularityState", stored))
        if not math.isfinite(state.log2_score):
            continue  # no engagement yet: the live path never wrote it either
        # processors.popularity.popularity_key: "<tenant>|<surface>|<item>".
        tenant, surface, item_id = key.decode().split("|", 2)
        writes.append(
            PopularityWrite(tenant, surface, item_id, state.log2_score, state.last_event_ms)
        )
    return writes


def _bandit_keys(core: Core) -> list[bytes]:
    return core.tables.bandit.keys()


def _bandit_writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
    writes: list[Rebuilt] = []
    for key in keys:
        counts = core.tables.bandit.get(key)
        if counts is None:
            continue
        # processors.item_bandit.partition_item_key: "<partition>|<tenant>|<surface>|<item>".
        partition, tenant, surface, item_id = key.decode().split("|", 3)
        writes.append(
            BanditCountsWrite(
                tenant, surface, item_id, int(partition), counts.impressions, counts.clicks
            )
        )
    return writes


def _slot_keys(core: Core) -> list[bytes]:
    return core.tables.slots.keys()


def _slot_writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
    writes: list[Rebuilt] = []
    for key in keys:
        stored = core.tables.slots.get(key)
        if stored is None:
            continue
        counts = SlotCounts.from_record(decode_state("SlotCounts", stored))
        # processors.slot_counts.slot_key: "<partition>|<tenant>|<slot>".
        partition, tenant, slot = key.decode().split("|", 2)
        writes.append(
            SlotOutcomeWrite(
                tenant, slot, int(partition), counts.offset, counts.accepts, counts.rejects
            )
        )
    return writes


def _profile_keys(core: Core) -> list[bytes]:
    return core.tables.profiles.keys()


def _profile_writes(core: Core, keys: Sequence[bytes]) -> list[Rebuilt]:
    writes: list[Rebuilt] = []
    config = core.config.profile
    for key in keys:
        profile = core.tables.profiles.get(key)
        tenant, user_key = _user_of(key)
        if profile is None or is_opted_out(core, tenant, user_key):
            # An opted-out user's profile can outlive the erasure (docs/guarantees.md, known
            # limits); it is never materialized.
            continue
        summary = profile_summary(profile, profile.last_seen_ms, config)
        writes.append(ProfileSummaryWrite(tenant, user_key, json.dumps(summary, sort_keys=True)))
        # The version of the user's latest event: never below the version of a ranking the
        # live path stored, so the rebuilt ranking is refused wherever a newer one exists.
        offset = max(profile.partition_to_offset.values(), default=0)
        writes.extend(Touched(tenant, user_key, surface, offset) for surface in profile.surfaces)
    return writes


MATERIALIZERS: tuple[Materializer, ...] = (
    # A kill switch must be back before readers serve stored rankings again.
    Materializer("flags", "optouts", _flag_keys, _flag_writes),
    # Spend must be back before a reservation is granted: caps, counters, then the marker
    # the reserve script requires (until then it refuses, "rebuilding").
    Materializer("budget_caps", "optouts", _budget_cap_keys, _budget_cap_writes, True),
    Materializer("budgets", "optouts", _budget_counter_keys, _budget_counter_writes, True),
    Materializer("budget_ready", "optouts", lambda _: [b"ready"], _budget_ready_writes, True),
    Materializer("optouts", "optouts", _opt_out_keys, _opt_out_writes),
    Materializer("popularity", "views", _popularity_keys, _popularity_writes),
    Materializer("bandit", "views", _bandit_keys, _bandit_writes),
    Materializer("slots", "views", _slot_keys, _slot_writes),
    Materializer("profiles", "views", _profile_keys, _profile_writes),
    # Dashboards only; the readers' experiment allocations travel with the flag book above.
    Materializer("experiments", "views", _experiment_keys, _experiment_writes),
)
"""Every view a rebuild restores, in the order it restores them (see the module doc)."""
