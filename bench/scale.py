"""State at scale: the worker's peak memory with N users' profiles, and its recovery time.

``python -m bench.scale --users 1000000 --items 10000`` publishes one interaction per user
(IMPRESSION, items round-robin; every 10th a CLICK), runs one worker until ``events.clean`` is
fully consumed, and reads the worker's peak resident set size (``VmHWM`` in
``/proc/<pid>/status``). It then restarts the worker, which must rebuild its tables from the
changelogs, and measures how long until a new click shows in Redis: recovery plus one
event's processing, an upper bound on recovery. Everything is deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from redis import Redis

from bench.isolation import Scope, delete_groups, delete_redis_keys, delete_topics, new_run_id
from bench.isolation import provision_topics as provision
from sinks.keys import KeyLayout
from streams.clock import wall_clock_ms
from streams.kafka_tools import group_lag
from streams.publisher import Publisher
from streams.settings import Settings, load_settings
from streams.worker_process import WorkerProcess


def peak_rss_mb(pid: int) -> float:
    """``VmHWM`` of ``pid`` in MiB (0 if unreadable)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


def _publish(settings: Settings, users: int, items: int, say: Any) -> None:
    start = wall_clock_ms() - users
    with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
        for n in range(users):
            publisher.publish_interaction(
                {
                    "event_id": f"s{n}",
                    "tenant": "scale",
                    "user_id": f"user-{n}",
                    "surface": "home",
                    "item_id": f"item-{n % items}",
                    "kind": "CLICK" if n % 10 == 0 else "IMPRESSION",
                    "request_id": None,
                    "position": None,
                    "dwell_ms": None,
                    "rating": None,
                    "context": {},
                    "query": None,
                    "event_time": start + n,
                }
            )
            if n % 100_000 == 0:
                say(f"[scale] published {n:,}/{users:,}")


def run(users: int, items: int, say: Any) -> dict[str, Any]:
    """Measure and return the figures (see module doc)."""
    run_id = new_run_id()
    scope = Scope(run_id, "scale")
    settings = scope.settings(load_settings())
    client = Redis.from_url(settings.redis_url)
    result: dict[str, Any] = {"users": users, "items": items}
    try:
        provision(settings)
        _publish(settings, users, items, say)
        worker = WorkerProcess(settings, scope.log_path).start()
        started = time.monotonic()
        peak = 0.0
        try:
            while True:
                assert worker.pid is not None
                peak = max(peak, peak_rss_mb(worker.pid))
                lag = group_lag(
                    settings.kafka_bootstrap,
                    settings.app_id,
                    [settings.topic("interactions"), settings.topic("events.clean")],
                )
                elapsed = time.monotonic() - started
                say(f"[scale] {elapsed:6.0f} s: lag {lag:,}, worker peak RSS {peak:,.0f} MiB")
                if lag == 0:
                    break
                time.sleep(10)
            result["processing_seconds"] = time.monotonic() - started
            result["peak_rss_mib"] = max(peak, peak_rss_mb(worker.pid))
        finally:
            worker.stop()
        restarted = time.monotonic()
        with WorkerProcess(settings, scope.log_path).start() as again:
            probe = f"probe-{run_id}"
            with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as pub:
                pub.publish_interaction(
                    {
                        "event_id": probe, "tenant": "scale-probe", "user_id": "user-0",
                        "surface": "home", "item_id": probe, "kind": "CLICK",
                        "request_id": None, "position": None, "dwell_ms": None,
                        "rating": None, "context": {}, "query": None,
                        "event_time": wall_clock_ms(),
                    }
                )  # fmt: skip
            # Its own tenant: in "scale" a one-click item would be trimmed from the top 200.
            ranking = KeyLayout(settings.redis_prefix).popularity("scale-probe", "home")
            while client.zscore(ranking, probe) is None:
                time.sleep(0.2)
            result["recovery_to_first_event_seconds"] = time.monotonic() - restarted
            assert again.pid is not None
            result["peak_rss_after_recovery_mib"] = peak_rss_mb(again.pid)
        say(f"[scale] {json.dumps(result)}")
        return result
    finally:
        delete_topics(settings.kafka_bootstrap, f"bench-{run_id}-")
        delete_groups(settings.kafka_bootstrap, f"bench-{run_id}-")
        delete_redis_keys(client, f"bench:{run_id}")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=1_000_000, help="distinct users")
    parser.add_argument("--items", type=int, default=10_000, help="distinct items")
    args = parser.parse_args()
    run(args.users, args.items, lambda line: print(line, flush=True))


if __name__ == "__main__":
    main()
