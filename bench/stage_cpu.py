"""CPU per interaction of each stage, run as the worker runs them but with no Faust and no I/O.

The bench traffic (served lists, impressions, clicks) goes through the stages in batches of
``sink_batch_max`` interactions, as the worker's takes and flushes do: the recommendations
stage, the gate stage (with the profile stage and the attribution join inside it), the
popularity stage over the updates the gate produced, the table write-backs, and the ranking
of the touched users with surface models built from the counts learned so far. Each is
timed with ``time.process_time``. The worker's own CPU per interaction (the throughput
section) minus the sum of these is what Faust, the clients and the sinks cost.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from bench.workload import make_traffic
from processors.bandit import BanditState
from processors.deadletter import SourceRef
from processors.item_bandit import ItemCounts
from processors.pseudonym import Pseudonymizer
from processors.ranking import SurfaceModel
from schemas.codec import encode
from schemas.state import decode_state
from streams.clock import wall_clock_ms
from streams.settings import Settings
from streams.stages import (
    Core,
    RawRecord,
    StageTables,
    process_interactions,
    process_popularity_updates,
    process_recommendations,
)
from streams.stages.state import MemoryTable
from streams.wiring import stage_config

Say = Callable[[str], None]
STAGES = ("recommendations", "gate", "popularity", "write_back", "ranking")


def stage_cpu(base: Settings, count: int, say: Say) -> dict[str, Any]:
    """CPU µs per interaction of each stage over ``count`` interactions of bench traffic."""
    now_ms = wall_clock_ms()
    traffic = make_traffic(count, seed=7, run="stages", start_ms=now_ms - count - 60_000)
    batches = _batches(traffic, base.sink_batch_max)
    tables: dict[str, MemoryTable] = defaultdict(MemoryTable)
    config = stage_config(base)
    core = Core.create(
        config,
        StageTables.over(lambda name: tables[name]),
        Pseudonymizer(base.pseudonym_secret.reveal().encode("utf-8")),
        lambda _tenant, _item: None,
    )
    say(f"[stage_cpu] {count:,} interactions through the stages, no Faust, no I/O ...")
    seconds = dict.fromkeys(STAGES, 0.0)
    offsets: dict[str, int] = defaultdict(int)
    for served, interactions in batches:
        clock = time.process_time()
        process_recommendations(core, _records(offsets, "recommendations", served), now_ms)
        seconds["recommendations"] += time.process_time() - clock
        clock = time.process_time()
        effects = process_interactions(
            core, _records(offsets, "interactions", interactions), now_ms
        )
        seconds["gate"] += time.process_time() - clock
        updates = [(r.key, r.value) for r in effects.records if r.topic == "popularity.updates"]
        clock = time.process_time()
        process_popularity_updates(core, _records(offsets, "popularity.updates", updates), now_ms)
        seconds["popularity"] += time.process_time() - clock
        clock = time.process_time()
        core.tables.bandit.write_back()
        changed = core.tables.profiles.write_back()
        seconds["write_back"] += time.process_time() - clock
        models = _models(tables["bandit"], config.theta)
        clock = time.process_time()
        plan = core.learner.plan(effects.touched, 0.0)
        core.learner.rank(plan, changed, {s: models.get(s, _EMPTY) for s in plan.surfaces})
        seconds["ranking"] += time.process_time() - clock
    per_interaction = {name: s / count * 1e6 for name, s in seconds.items()}
    for name, micros in per_interaction.items():
        say(f"[stage_cpu]   {name:<16} {micros:7.1f} us/interaction")
    total = sum(per_interaction.values())
    say(f"[stage_cpu]   {'all stages':<16} {total:7.1f} us/interaction")
    return {
        "interactions": count,
        "batch": base.sink_batch_max,
        "us_per_interaction_by_stage": per_interaction,
        "us_per_interaction_all_stages": total,
    }


_EMPTY = SurfaceModel(BanditState(), (), (1.0, 0.6, 0.4), "configured")


def _batches(
    traffic: Sequence[tuple[str, dict[str, Any]]], size: int
) -> list[tuple[list[tuple[bytes, bytes]], list[tuple[bytes, bytes]]]]:
    """Pre-encoded (served lists, interactions) per batch of ``size`` interactions."""
    batches: list[tuple[list[tuple[bytes, bytes]], list[tuple[bytes, bytes]]]] = [([], [])]
    for kind, record in traffic:
        served, interactions = batches[-1]
        key = record["user_id"].encode()
        if kind == "recommendation":
            served.append((key, encode("Recommendation", record)))
        else:
            interactions.append((key, encode("Interaction", record)))
            if len(interactions) == size:
                batches.append(([], []))
    return batches


def _records(
    offsets: dict[str, int], topic: str, pairs: Sequence[tuple[bytes | None, bytes | None]]
) -> list[RawRecord]:
    records = []
    for key, value in pairs:
        records.append(RawRecord(SourceRef(topic, 0, offsets[topic]), key, value))
        offsets[topic] += 1
    return records


def _models(bandit: MemoryTable, theta: tuple[float, ...]) -> dict[tuple[str, str], SurfaceModel]:
    """Surface models from the counts learned so far, as Redis would sum them."""
    summed: dict[tuple[str, str], dict[str, tuple[list[int], list[int]]]] = defaultdict(dict)
    for key, value in bandit.items():
        _partition, tenant, surface, item = key.decode().split("|", 3)
        counts = ItemCounts.from_record(decode_state("ItemCounts", value))
        shown, clicked = summed[(tenant, surface)].setdefault(
            item, ([0] * len(theta), [0] * len(theta))
        )
        for k in range(len(theta)):
            shown[k] += counts.impressions[k]
            clicked[k] += counts.clicks[k]
    models: dict[tuple[str, str], SurfaceModel] = {}
    for scope, items in summed.items():
        ids = sorted(items)
        state = BanditState(
            n_positions=len(theta),
            item_ids=tuple(ids),
            impressions=tuple(tuple(items[i][0]) for i in ids),
            clicks=tuple(tuple(items[i][1]) for i in ids),
        )
        models[scope] = SurfaceModel(state, (), theta, "configured")
    return models
