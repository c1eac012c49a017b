"""Throughput through one worker, and end-to-end freshness with and without background load.

Throughput: N interactions and the served lists they belong to (one per ten impressions) are
published to a fresh topic set first; then one worker starts, and the clock runs from the
moment it has joined its group (start-up excluded) until every clicked item's score in Redis
equals the score computed from the events AND the group has committed every offset of every
topic it consumes (interactions, recommendations, popularity.updates): the
full path of gate, profiles, rankings, attribution, bandit and popularity.
events/s = N interactions / that time.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any, Final

from redis import Redis

from bench.cpu import children_cpu_seconds
from bench.isolation import Scope, provision_topics
from bench.load import LoadGenerator
from bench.report import latency_summary, median_rate, ratio
from bench.worker_log import summarize_log
from bench.workload import ItemKey, expected_scores, make_traffic
from processors.pseudonym import Pseudonymizer
from schemas.errors import InfraError
from sinks.keys import KeyLayout
from streams.clients.publisher import Publisher
from streams.clock import wall_clock_ms
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from streams.tools.freshness import FreshnessResult, measure_freshness, warm_up
from streams.tools.kafka_tools import group_lag

Say = Callable[[str], None]

TARGET_EVENTS_PER_S: Final = 5_000.0
LEARNING_PATH_EVENTS_PER_S: Final = 10_000.0
TARGET_FRESHNESS_P99_MS: Final = 250.0
POLL_S: Final = 0.1
#: Every topic the worker consumes that carries the benchmark's traffic.
CONSUMED_TOPICS: Final = ("interactions", "recommendations", "popularity.updates")


def preload(
    settings: Settings, traffic: Sequence[tuple[str, dict[str, Any]]], *, lists: bool = True
) -> None:
    """Publish ``traffic`` to the scope's raw topics (served lists too, unless ``lists``)."""
    with Publisher(
        settings.kafka_bootstrap, topic_prefix=settings.topic_prefix, client_id="bench-preload"
    ) as publisher:
        for kind, record in traffic:
            if kind == "interaction":
                publisher.publish_interaction(record)
            elif lists:
                publisher.publish_recommendation(record)


def throughput_run(
    base: Settings, run: str, index: int, count: int, say: Say, timeout_s: float = 900.0
) -> dict[str, Any]:
    """One timed run: pre-load ``count`` interactions, start a worker, wait until drained."""
    scope = Scope(run, f"tp{index}")
    settings = scope.settings(base)
    provision_topics(settings)
    client = Redis.from_url(settings.redis_url)
    keys = KeyLayout(settings.redis_prefix)
    # Event times end a minute ago: valid for the gate, and distinct per event.
    traffic = make_traffic(
        count, seed=index, run=scope.base, start_ms=wall_clock_ms() - count - 60_000
    )
    events = [record for kind, record in traffic if kind == "interaction"]
    served_lists = len(traffic) - len(events)
    expected = expected_scores(events, settings.popularity_half_life_s * 1000.0)
    say(
        f"  run {index}: pre-loading {count:,} interactions and {served_lists:,} served lists "
        f"({len(expected)} clicked items) ..."
    )
    began = time.perf_counter()
    preload(settings, traffic)
    preload_s = time.perf_counter() - began
    say(f"  run {index}: pre-loaded in {preload_s:.1f} s; starting the worker ...")
    began = time.perf_counter()
    with WorkerProcess(settings, scope.log_path).start() as worker:
        started = time.perf_counter()
        startup_s = started - began
        cpu_before = children_cpu_seconds()
        matched_s, drained_s = _wait_drained(
            settings, client, keys, expected, started, lambda: worker.running, say, timeout_s
        )
        worker_cpu_s = children_cpu_seconds() - cpu_before
    rate = count / drained_s
    say(
        f"  run {index}: drained in {drained_s:.2f} s after start-up ({startup_s:.1f} s) "
        f"= {rate:,.0f} events/s; worker CPU {worker_cpu_s / drained_s:.0%} of one core, "
        f"{worker_cpu_s / count * 1e6:.0f} us/event"
    )
    return {
        "events": count,
        "served_lists": served_lists,
        "clicked_items": len(expected),
        "preload_s": preload_s,
        "worker_startup_s": startup_s,
        "redis_matched_s": matched_s,
        "drained_s": drained_s,
        "events_per_s": rate,
        "worker_cpu_s": worker_cpu_s,
        "worker_cpu_share_of_one_core": worker_cpu_s / drained_s,
        "worker_cpu_us_per_event": worker_cpu_s / count * 1e6,
        "worker_log": summarize_log(scope.log_path),
    }


def _wait_drained(
    settings: Settings,
    client: Redis,
    keys: KeyLayout,
    expected: dict[ItemKey, float],
    started: float,
    alive: Callable[[], bool],
    say: Say,
    timeout_s: float,
) -> tuple[float, float]:
    """Seconds from ``started`` until Redis matched, and until every input's lag was also 0."""
    inputs = [settings.topic(name) for name in CONSUMED_TOPICS]
    matched_s: float | None = None
    last_said = started
    while time.perf_counter() - started < timeout_s:
        if not alive():
            raise InfraError(f"the bench worker died; see {settings.app_id} log")
        now = time.perf_counter()
        final = _final_items(client, keys, expected)
        if matched_s is None and final == len(expected):
            matched_s = now - started
        if matched_s is not None:
            lag = group_lag(settings.kafka_bootstrap, settings.app_id, inputs)
            if lag == 0:
                return matched_s, time.perf_counter() - started
        elif now - last_said >= 2.0:
            lag = group_lag(settings.kafka_bootstrap, settings.app_id, inputs)
            waited = now - started
            say(f"    {waited:5.1f} s: lag {lag:,}, {final}/{len(expected)} items final")
            last_said = now
        time.sleep(POLL_S)
    raise InfraError(f"the worker did not drain the pre-loaded events within {timeout_s:.0f} s")


def _final_items(client: Redis, keys: KeyLayout, expected: dict[ItemKey, float]) -> int:
    """How many expected items already have exactly their final score in Redis."""
    ordered = list(expected)
    pipe = client.pipeline(transaction=False)
    for tenant, surface, item in ordered:
        pipe.zscore(keys.popularity(tenant, surface), item)
    return sum(
        1
        for key, actual in zip(ordered, pipe.execute(), strict=True)
        if actual is not None and math.isclose(actual, expected[key], rel_tol=0, abs_tol=1e-6)
    )


def throughput(base: Settings, run: str, count: int, runs: int, say: Say) -> dict[str, Any]:
    """Median events/s through one worker over ``runs`` pre-loaded runs."""
    say(f"[throughput] {runs} run(s) of {count:,} pre-loaded interactions through one worker")
    results = [throughput_run(base, run, index, count, say) for index in range(runs)]
    rates = [r["events_per_s"] for r in results]
    median = median_rate([(r["events"], r["drained_s"]) for r in results])
    say(f"[throughput] median {median:,.0f} events/s over {runs} run(s): {_join(rates)}")
    return {
        "runs": results,
        "median_events_per_s": median,
        "min_events_per_s": min(rates),
        "max_events_per_s": max(rates),
        "target_events_per_s": TARGET_EVENTS_PER_S,
        "ratio_to_target": ratio(median, TARGET_EVENTS_PER_S),
        "learning_path_events_per_s": LEARNING_PATH_EVENTS_PER_S,
        "ratio_to_learning_path": ratio(median, LEARNING_PATH_EVENTS_PER_S),
        "median_worker_cpu_us_per_event": statistics.median(
            r["worker_cpu_us_per_event"] for r in results
        ),
    }


def freshness(
    base: Settings, run: str, offered_rate: float, basis: str, probes: int, say: Say
) -> dict[str, Any]:
    """Freshness with no background load, then with ``offered_rate`` interactions/s."""
    scope = Scope(run, "fresh")
    settings = scope.settings(base)
    provision_topics(settings)
    client = Redis.from_url(settings.redis_url)
    keys = KeyLayout(settings.redis_prefix)
    inputs = [settings.topic(name) for name in CONSUMED_TOPICS]
    say(f"[freshness] starting a worker (log {scope.log_path}) ...")
    result: dict[str, Any] = {"probes": probes, "interval_s": 0.02}
    with (
        WorkerProcess(settings, scope.log_path).start(),
        Publisher(
            settings.kafka_bootstrap,
            topic_prefix=settings.topic_prefix,
            client_id="bench-probe",
            linger_ms=0,
        ) as probe_publisher,
    ):
        pseudonymize = Pseudonymizer(settings.pseudonym_secret.reveal().encode("utf-8"))
        warm_up(probe_publisher, client, keys, pseudonymize)
        idle = measure_freshness(
            probe_publisher, client, keys, pseudonymize, count=probes, interval_s=0.02
        )
        result["idle"] = _summary(idle)
        say(f"[freshness] idle: {_describe(result['idle'])}")
        say(f"[freshness] background load {offered_rate:,.0f} events/s ({basis}) ...")
        with LoadGenerator(settings, offered_rate, run=scope.base) as load:
            time.sleep(3.0)  # let the worker reach a steady state under the load
            loaded = measure_freshness(
                probe_publisher, client, keys, pseudonymize, count=probes, interval_s=0.02
            )
            lag_during = group_lag(settings.kafka_bootstrap, settings.app_id, inputs)
        if load.error is not None:
            raise InfraError(f"the background load failed: {load.error}") from load.error
        result["loaded"] = {
            **_summary(loaded),
            "offered_events_per_s": offered_rate,
            "achieved_events_per_s": load.achieved_rate,
            "offered_basis": basis,
            "lag_at_end_of_probes": lag_during,
        }
        say(
            f"[freshness] under {load.achieved_rate:,.0f} events/s: "
            f"{_describe(result['loaded'])}, lag {lag_during:,}"
        )
    result["target_p99_ms"] = TARGET_FRESHNESS_P99_MS
    result["loaded_p99_ratio_to_target"] = ratio(
        result["loaded"]["p99_ms"], TARGET_FRESHNESS_P99_MS
    )
    result["worker_log"] = summarize_log(scope.log_path)
    return result


def _summary(result: FreshnessResult) -> dict[str, Any]:
    """Ranking freshness (the promised figure) at the top level, popularity beside it."""
    return {
        **latency_summary(result.latencies_ms),
        "missing": result.missing,
        "popularity": {
            **latency_summary(result.popularity_latencies_ms),
            "missing": result.popularity_missing,
        },
    }


def _describe(summary: dict[str, Any]) -> str:
    popularity = summary["popularity"]
    return (
        f"user's ranking p50 {summary['p50_ms']:.1f} ms, p99 {summary['p99_ms']:.1f} ms, "
        f"max {summary['max_ms']:.1f} ms over {summary['count']} probes, "
        f"{summary['missing']} missing; item popularity p50 {popularity['p50_ms']:.1f} ms, "
        f"p99 {popularity['p99_ms']:.1f} ms"
    )


def _join(rates: list[float]) -> str:
    return ", ".join(f"{r:,.0f}" for r in rates)
