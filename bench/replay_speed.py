"""Replay's speed on the very events the throughput section's first run pushed through a worker.

The worker of throughput run 0 left its clean topics (``served.clean``, ``events.clean``) in
place until the bench cleans up; replay reads them into a sandbox with no Faust and no acks
(``streams.replay``). The figure to compare is interactions per second, replay's against the
live worker's median on the same kind of traffic.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

from bench.isolation import Scope
from bench.report import ratio
from streams.replay import ReplayRange, drop_sandbox, replay_topics
from streams.settings import Settings

Say = Callable[[str], None]

#: How many times replay must beat the live worker (issue 9).
TARGET_RATIO = 3.0


def replay_speed(
    base: Settings, run: str, live_events_per_s: float | None, say: Say
) -> dict[str, Any]:
    """Replay throughput run 0's clean topics three times; the median run."""
    settings = Scope(run, "tp0").settings(base)
    namespace = f"bench-{run}"
    results = []
    try:
        for attempt in range(3):
            say(f"[replay] run {attempt}: the clean topics of throughput run 0 into a sandbox ...")
            report = replay_topics(settings, namespace, ReplayRange())
            interactions = report.by_topic.get("events.clean", 0)
            # Like the worker's figure, which is timed from when it has joined its group.
            rate = interactions / report.running_s
            say(
                f"[replay]   {report.events:,} records ({interactions:,} interactions) in "
                f"{report.running_s:.2f} s after start-up ({report.startup_s:.1f} s) "
                f"= {rate:,.0f} interactions/s"
            )
            results.append(
                {
                    "events": report.events,
                    "interactions": interactions,
                    "seconds": report.seconds,
                    "startup_s": report.startup_s,
                    "running_s": report.running_s,
                    "interactions_per_s": rate,
                }
            )
    finally:
        drop_sandbox(settings, namespace)
    best = statistics.median(r["interactions_per_s"] for r in results)
    return {
        "runs": results,
        "median_interactions_per_s": best,
        "live_worker_events_per_s": live_events_per_s,
        "ratio_to_live": ratio(best, live_events_per_s) if live_events_per_s else None,
        "target_ratio_to_live": TARGET_RATIO,
    }
