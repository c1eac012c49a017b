"""State at scale: the worker's peak memory with N users' profiles, and its recovery time.

``python -m bench.scale --users 1000000 --items 10000 [--store rocksdb://]`` publishes one
interaction per user (IMPRESSION, items round-robin; every 10th a CLICK), runs one worker
until every user has a profile summary in Redis and ``interactions`` is fully consumed, and
reads the worker's peak resident set size (``VmHWM`` in ``/proc/<pid>/status``). It then
restarts the worker and measures how long until a new click shows in Redis: recovery plus
one event's processing, an upper bound on recovery. With the memory store a restart replays
every changelog; with RocksDB it replays only what follows the persisted offsets, so the
RocksDB run also restarts once more with the table directory wiped (a new host, a full
replay into RocksDB). Each restart reports the changelog records its recovery replayed, read
from Faust's log. Everything is deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path
from typing import Any

from redis import Redis

from bench.isolation import Scope, delete_groups, delete_redis_keys, delete_topics, new_run_id
from bench.isolation import provision_topics as provision
from bench.recovery_log import replayed_in_log
from sinks.keys import KeyLayout
from streams.clients.publisher import Publisher
from streams.clock import wall_clock_ms
from streams.runtime.worker_process import WorkerProcess
from streams.settings import SUPPORTED_STORES, Settings, load_settings
from streams.tools.kafka_tools import group_lag


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


def _count_profiles(client: Redis, settings: Settings) -> int:
    """Profile summaries of the "scale" tenant in Redis (one per user who was processed)."""
    layout = KeyLayout(settings.redis_prefix)
    pattern = f"{layout.user_tag('scale', '*')}:profile"
    return sum(1 for _ in client.scan_iter(match=pattern, count=10_000))


def _build(
    settings: Settings, log_path: Path, users: int, client: Redis, say: Any
) -> dict[str, Any]:
    """Run a worker until every user's profile is in Redis; its peak RSS and time taken."""
    worker = WorkerProcess(settings, log_path).start()
    started = time.monotonic()
    peak = 0.0
    try:
        while True:
            assert worker.pid is not None
            peak = max(peak, peak_rss_mb(worker.pid))
            # Where profiles are built may change (an agent of its own, or the gate); what
            # every design shares is a summary per user in Redis once the input is consumed.
            lag = group_lag(
                settings.kafka_bootstrap, settings.app_id, [settings.topic("interactions")]
            )
            profiles = _count_profiles(client, settings) if lag == 0 else 0
            elapsed = time.monotonic() - started
            say(
                f"[scale] {elapsed:6.0f} s: interactions lag {lag:,}, profiles {profiles:,}, "
                f"worker peak RSS {peak:,.0f} MiB"
            )
            if lag == 0 and profiles >= users:
                break
            time.sleep(10)
        # Let the last flush confirm its changelog records before the restart.
        time.sleep(2)
        return {
            "processing_seconds": time.monotonic() - started,
            "peak_rss_mib": max(peak, peak_rss_mb(worker.pid)),
        }
    finally:
        worker.stop()


def _restart(settings: Settings, log_path: Path, probe: str, client: Redis) -> dict[str, Any]:
    """Restart the worker; seconds until a new click is in Redis, and what recovery replayed."""
    restarted = time.monotonic()
    with WorkerProcess(settings, log_path).start() as again:
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
        seconds = time.monotonic() - restarted
        assert again.pid is not None
        rss = peak_rss_mb(again.pid)
    return {
        "recovery_to_first_event_seconds": seconds,
        "changelog_records_replayed": sum(replayed_in_log(log_path)),
        "peak_rss_after_recovery_mib": rss,
    }


def run(users: int, items: int, store: str, say: Any) -> dict[str, Any]:
    """Measure and return the figures (see module doc)."""
    run_id = new_run_id()
    scope = Scope(run_id, "scale")
    settings = scope.settings(load_settings()).replace(store=store)
    client = Redis.from_url(settings.redis_url)
    result: dict[str, Any] = {"users": users, "items": items, "store": store}

    def log(phase: str) -> Path:
        return scope.log_path.with_suffix(f".{phase}.log")

    try:
        provision(settings)
        _publish(settings, users, items, say)
        result.update(_build(settings, log("build"), users, client, say))
        say(f"[scale] built: {json.dumps(result)}")
        result["restart"] = _restart(settings, log("restart"), f"probe-{run_id}-1", client)
        say(f"[scale] restarted: {json.dumps(result['restart'])}")
        if store.startswith("rocksdb"):
            # A new host: no local state, every changelog record replayed into RocksDB.
            shutil.rmtree(settings.data_dir)
            result["restart_wiped"] = _restart(settings, log("wiped"), f"probe-{run_id}-2", client)
            say(f"[scale] restarted with no local state: {json.dumps(result['restart_wiped'])}")
        say(f"[scale] {json.dumps(result)}")
        return result
    finally:
        delete_topics(settings.kafka_bootstrap, f"bench-{run_id}-")
        delete_groups(settings.kafka_bootstrap, f"bench-{run_id}-")
        delete_redis_keys(client, f"bench:{run_id}")
        shutil.rmtree(settings.data_dir, ignore_errors=True)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=1_000_000, help="distinct users")
    parser.add_argument("--items", type=int, default=10_000, help="distinct items")
    parser.add_argument(
        "--store", choices=SUPPORTED_STORES, default="memory://", help="Faust table store"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    result = run(args.users, args.items, args.store, lambda line: print(line, flush=True))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
