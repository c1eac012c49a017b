"""The demo: replay the Open Bandit Dataset through a real worker and show what readers see.

Every run is isolated: its own topic prefix and consumer group, so running it twice never
double-counts. It clears the demo tenants' Redis keys first, so what it prints afterwards is
exactly this run's result, and it checks Redis against popularity computed straight from the
CSVs before it reports success.

When it ends (however it ends) it deletes what it created on the broker: its topics, Faust's
changelog and assignor topics, and its consumer group; leftover topics slow every client's
metadata refresh. The Redis results stay (they are what ``personalize rank`` reads, and the
next run clears them first); they expire after ``ranking_ttl_s``.
"""

from __future__ import annotations

import json
import math
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from confluent_kafka import KafkaException
from redis import Redis

from infra.provision import load_spec, provision
from processors.popularity import KIND_TO_WEIGHT, NO_SCORE, log2_add, log2_term
from processors.pseudonym import Pseudonymizer
from schemas.errors import InfraError, PersonalizeError
from sinks.bandit import decode_counts
from sinks.keys import KeyLayout
from sinks.ranking_reader import RankingReader
from sinks.reader import RankedItem, top_popular
from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from streams.tools.freshness import FreshnessResult, measure_freshness, percentile, warm_up
from streams.tools.kafka_tools import delete_run, group_lag
from streams.tools.obd import CAMPAIGNS, POLICIES, SURFACE, LoggedRound, read_rounds, round_events

Say = Callable[[str], None]
ItemKey = tuple[str, str, str]  # tenant, surface, item


@dataclass
class DemoReport:
    """What the demo measured."""

    events_published: int = 0
    publish_seconds: float = 0.0
    pipeline_seconds: float = 0.0
    events_per_second: float = 0.0
    items_checked: int = 0
    mismatches: int = 0
    bandit_items_checked: int = 0
    bandit_mismatches: int = 0
    freshness: FreshnessResult | None = None
    rankings: dict[str, list[RankedItem]] = field(default_factory=dict)
    reader_view: dict[str, Any] = field(default_factory=dict)
    # Whose ranking reader_view is: (tenant, raw user id), for 'personalize rank'.
    sample_user: tuple[str, str] | None = None


def demo_settings(base: Settings) -> Settings:
    """The base settings with a fresh topic prefix and consumer group for one run."""
    run = f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:4]}"
    return base.replace(topic_prefix=f"demo-{run}.", app_id=f"personalize-demo-{run}")


def expected_scores(rounds: Iterable[LoggedRound], half_life_ms: float) -> dict[ItemKey, float]:
    """Popularity scores computed straight from the log, as the pipeline should compute them."""
    scores: dict[ItemKey, float] = {}
    weight = KIND_TO_WEIGHT["CLICK"]
    for logged in rounds:
        if logged.clicked:
            key = (logged.campaign, SURFACE, logged.item_id)
            term = log2_term(weight, logged.event_time_ms + 1, half_life_ms)
            scores[key] = log2_add(scores.get(key, NO_SCORE), term)
    return scores


Counts = dict[ItemKey, tuple[tuple[int, ...], tuple[int, ...]]]


def expected_bandit_counts(rounds: Iterable[LoggedRound], positions: int = 3) -> Counts:
    """Impressions and clicks by position per item, counted straight from the log."""
    shown: dict[ItemKey, list[int]] = {}
    clicked: dict[ItemKey, list[int]] = {}
    for logged in rounds:
        key = (logged.campaign, SURFACE, logged.item_id)
        slot = min(logged.position, positions) - 1
        shown.setdefault(key, [0] * positions)[slot] += 1
        clicked.setdefault(key, [0] * positions)[slot] += int(logged.clicked)
    return {key: (tuple(shown[key]), tuple(clicked[key])) for key in shown}


def bandit_mismatches(client: Redis, keys: KeyLayout, expected: Counts) -> int:
    """Items whose counts in Redis differ from ``expected`` (missing ones included)."""
    surfaces = sorted({(tenant, surface) for tenant, surface, _ in expected})
    pipe = client.pipeline(transaction=False)
    for tenant, surface in surfaces:
        pipe.hgetall(keys.bandit(tenant, surface))
    stored: dict[ItemKey, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for (tenant, surface), fields in zip(surfaces, pipe.execute(), strict=True):
        for item, value in fields.items():
            stored[(tenant, surface, item.decode())] = decode_counts(value)
    return sum(1 for key, counts in expected.items() if stored.get(key) != counts)


def run_demo(settings: Settings, log_dir: Path, say: Say, *, probes: int = 50) -> DemoReport:
    """Provision, start a worker, replay, verify against the CSVs, measure, and report.

    The run's topics and consumer group are deleted before this returns or raises.
    """
    try:
        return _run(settings, log_dir, say, probes)
    finally:
        try:
            topics, groups = delete_run(
                settings.kafka_bootstrap,
                topic_prefix=settings.topic_prefix,
                app_id=settings.app_id,
            )
        except (KafkaException, PersonalizeError) as exc:
            # Never hide why the demo itself failed behind a failed clean-up.
            say(f"Could not delete this run's topics ({settings.topic_prefix}*): {exc}")
        else:
            say(
                f"Deleted this run's {len(topics)} topics ({settings.topic_prefix}* and "
                f"{settings.app_id}-*) and {len(groups)} consumer group; its Redis results stay."
            )


def _run(settings: Settings, log_dir: Path, say: Say, probes: int) -> DemoReport:
    client = Redis.from_url(settings.redis_url)
    keys = KeyLayout(settings.redis_prefix)
    _check_redis(client, settings)
    report = DemoReport()
    rounds = [
        r for policy in POLICIES for campaign in CAMPAIGNS for r in read_rounds(policy, campaign)
    ]
    rounds.sort(key=lambda r: r.event_time_ms)
    expected = expected_scores(rounds, settings.popularity_half_life_s * 1000.0)
    expected_counts = expected_bandit_counts(rounds)
    say(f"Loaded {len(rounds):,} logged rounds ({', '.join(POLICIES)} x {', '.join(CAMPAIGNS)}).")

    created = provision(
        settings.kafka_bootstrap,
        load_spec(),
        prefix=settings.topic_prefix,
        partitions=settings.partitions,
        raw_retention_ms=settings.raw_retention_ms,
    )
    say(
        f"Topics under prefix {settings.topic_prefix!r} ({len(created.created)} created; the "
        f"worker adds {settings.app_id}-*), consumer group {settings.app_id!r}; all are "
        "deleted when the demo ends."
    )
    for campaign in CAMPAIGNS:
        client.delete(keys.popularity(campaign, SURFACE), keys.bandit(campaign, SURFACE))

    worker_log = log_dir / "demo-worker.log"
    say(f"Starting a worker (log: {worker_log}) ...")
    with WorkerProcess(settings, worker_log).start() as _worker:
        started = time.perf_counter()
        report.events_published = _publish(settings, rounds, say)
        report.publish_seconds = time.perf_counter() - started
        _wait_until_caught_up(settings, client, keys, expected, expected_counts, say)
        report.pipeline_seconds = time.perf_counter() - started
        report.events_per_second = report.events_published / report.pipeline_seconds
        report.items_checked, report.mismatches = _compare(client, keys, expected)
        report.bandit_items_checked = len(expected_counts)
        report.bandit_mismatches = bandit_mismatches(client, keys, expected_counts)
        say(f"Measuring freshness with {probes} probe clicks ...")
        with Publisher(
            settings.kafka_bootstrap,
            topic_prefix=settings.topic_prefix,
            client_id="demo-probe",
            linger_ms=0,
        ) as publisher:
            pseudonymize = Pseudonymizer(settings.pseudonym_secret.reveal().encode("utf-8"))
            warm_up(publisher, client, keys, pseudonymize)
            report.freshness = measure_freshness(
                publisher, client, keys, pseudonymize, count=probes, interval_s=0.05
            )
    for campaign in CAMPAIGNS:
        # Popularity decays from each tenant's own last event, not from today.
        last_ms = max(r.event_time_ms for r in rounds if r.campaign == campaign) + 1
        report.rankings[campaign] = top_popular(client, keys, campaign, SURFACE, 10, last_ms)
    reader = RankingReader.connect(settings)
    sample_user = rounds[-1]
    report.sample_user = (sample_user.campaign, sample_user.user_id)
    report.reader_view = reader.top_k(
        sample_user.campaign, sample_user.user_id, SURFACE, 5, request_id="demo-request-1"
    ).to_dict()
    return report


def _check_redis(client: Redis, settings: Settings) -> None:
    try:
        client.ping()
    except Exception as exc:  # redis-py raises several connection error types
        raise InfraError(
            f"Redis at {settings.redis_url} is not reachable; run 'personalize up' first"
        ) from exc


def _publish(settings: Settings, rounds: list[LoggedRound], say: Say) -> int:
    total = len(rounds)
    published = 0
    step = max(1, total // 10)
    started = time.perf_counter()
    with Publisher(
        settings.kafka_bootstrap, topic_prefix=settings.topic_prefix, client_id="demo-replay"
    ) as publisher:
        for index, logged in enumerate(rounds, 1):
            recommendation, interactions = round_events(logged)
            publisher.publish_recommendation(recommendation)
            for interaction in interactions:
                publisher.publish_interaction(interaction)
            published += 1 + len(interactions)
            if index % step == 0 or index == total:
                rate = published / (time.perf_counter() - started)
                say(
                    f"  replayed {index:>6,}/{total:,} rounds ({100 * index // total:>3}%), "
                    f"{published:,} events, {rate:,.0f} events/s"
                )
    return published


def _wait_until_caught_up(
    settings: Settings,
    client: Redis,
    keys: KeyLayout,
    expected: dict[ItemKey, float],
    expected_counts: Counts,
    say: Say,
    timeout_s: float = 300.0,
) -> None:
    deadline = time.monotonic() + timeout_s
    last_said = 0.0
    while time.monotonic() < deadline:
        # Every agent's input, so freshness is measured on an idle worker, not behind a backlog.
        inputs = ("interactions", "recommendations", "popularity.updates")
        lag = group_lag(
            settings.kafka_bootstrap, settings.app_id, [settings.topic(name) for name in inputs]
        )
        items_checked, mismatches = _compare(client, keys, expected)
        counts_off = bandit_mismatches(client, keys, expected_counts)
        if lag == 0 and mismatches == 0 and counts_off == 0:
            say("  pipeline caught up: every event processed, Redis matches the CSVs.")
            return
        if time.monotonic() - last_said > 2.0:
            say(
                f"  waiting for the pipeline: lag {lag:,} records, "
                f"popularity {items_checked - mismatches}/{items_checked} and bandit counts "
                f"{len(expected_counts) - counts_off}/{len(expected_counts)} items final in Redis"
            )
            last_said = time.monotonic()
        time.sleep(0.2)
    raise InfraError(f"the pipeline did not catch up within {timeout_s:.0f} s; see the worker log")


def _compare(client: Redis, keys: KeyLayout, expected: dict[ItemKey, float]) -> tuple[int, int]:
    """(items compared, items whose Redis score differs from the expected one)."""
    ordered = sorted(expected)
    pipe = client.pipeline(transaction=False)
    for tenant, surface, item in ordered:
        pipe.zscore(keys.popularity(tenant, surface), item)
    mismatches = 0
    for key, actual in zip(ordered, pipe.execute(), strict=True):
        if actual is None or not math.isclose(actual, expected[key], rel_tol=0, abs_tol=1e-6):
            mismatches += 1
    return len(ordered), mismatches


def summarize(report: DemoReport, settings: Settings) -> list[str]:
    """Human-readable lines describing the report."""
    keys = KeyLayout(settings.redis_prefix)
    lines = [
        "",
        "Most popular items per tenant (time-decayed clicks at the tenant's last event, "
        "half-life 1 h):",
    ]
    for tenant, items in report.rankings.items():
        shown = ", ".join(f"{item.item_id} ({item.popularity:.3g})" for item in items) or "(empty)"
        lines.append(f"  tenant {tenant:<6} surface {SURFACE}: {shown}")
    lines.append(
        f"  try: redis-cli -p {_redis_port(settings)} ZREVRANGE "
        f"'{keys.popularity('all', SURFACE)}' 0 9 WITHSCORES"
    )
    if report.reader_view and report.sample_user is not None:
        tenant, user = report.sample_user
        lines.append("")
        lines.append(
            f"What a ranking reader gets for user {user!r} of tenant {tenant!r} "
            "(RankingReader.top_k, k=5):"
        )
        lines.append("  " + json.dumps(report.reader_view, sort_keys=True))
        lines.append(
            f"  try: personalize rank --tenant {tenant} --user {user} --surface {SURFACE} -k 5 "
            "--request-id demo-request-1"
        )
    lines.append("")
    lines.append(
        f"Checked {report.items_checked} popularity scores and {report.bandit_items_checked} "
        f"items' impression/click counts by position against the CSVs: "
        f"{report.mismatches + report.bandit_mismatches} mismatches."
    )
    lines.append(
        f"Throughput: {report.events_published:,} events in {report.pipeline_seconds:.1f} s "
        f"end to end = {report.events_per_second:,.0f} events/s "
        f"(publishing alone took {report.publish_seconds:.1f} s)."
    )
    fresh = report.freshness
    if fresh is not None and fresh.latencies_ms:
        lines.append(
            f"Freshness (click produced -> the user's ranking in Redis), "
            f"{len(fresh.latencies_ms)} probes: p50 {percentile(fresh.latencies_ms, 50):.0f} ms, "
            f"p99 {percentile(fresh.latencies_ms, 99):.0f} ms, missing {fresh.missing}; "
            f"-> the item's popularity: p50 "
            f"{percentile(fresh.popularity_latencies_ms, 50):.0f} ms, p99 "
            f"{percentile(fresh.popularity_latencies_ms, 99):.0f} ms."
        )
    return lines


def _redis_port(settings: Settings) -> Any:
    from urllib.parse import urlparse

    return urlparse(settings.redis_url).port or 6379
