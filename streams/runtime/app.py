"""The Faust app factory. There is no global app: call :func:`create_app` with settings.

Dataflow (topic names without the settings' prefix; stages in ``streams.stages``):

    consent --consent--> table "consent", Redis opt-out markers and erasure, audit
    interactions --gate--> events.clean          (keyed by pseudonym; opted-out users dropped)
                     \\--> table "profiles" --> Redis profile summaries and per-user rankings
                     \\--> popularity.updates    (engagements, keyed by tenant|surface|item)
                     \\--> deadletter            (anything we could not accept, with a reason)
    popularity.updates --popularity--> table "popularity" --> Redis sorted sets
    recommendations --recommendations--> table "served" (attribution join with clicks)
                     \\--> table "bandit" (impressions and attributed clicks per item, counted
                           per raw partition) --> Redis hashes of counts by position
    catalog --catalog--> Redis set of retired items and item features
    control --control--> table "control" (flags, nonces) --> Redis flag book, audit.pending
                     \\--> alerts (a burst of rejected commands)
    control.signals --signals--> table "control" --> rollbacks: Redis flag book, audit, alerts
                     \\--> experiment totals --> Redis stats; SRM pause, guardrail arm off,
                           promotion candidate: Redis flag book, audit, alerts
    (served lists, clicks, accepts in an experiment) --> table "experiments" (per-user
                           counters, per-arm statistics per partition) --> control.signals
    audit.pending --audit--> table "audit_chain" --> audit (hash-chained)
    (timer) Redis flag book --> this worker's flags (changes applied by another worker)
    (every redis_check_ms) --> epoch marker; after a Redis loss, every view rebuilt from
                               the tables this worker owns (streams.rebuild)
    costs --costs--> costs.clean (pseudonymous, deduplicated by event_id; one partition)
    costs.clean --ledger--> table "budgets" --> Redis budget counters, reconciled
                     reservations; alerts at 75/90/100% of a cap
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from prometheus_client import CollectorRegistry
from redis.asyncio import Redis

from processors.pseudonym import Pseudonymizer
from schemas.errors import PublishError, SinkError
from sinks.epoch import EpochMarker
from sinks.flags import load_flags
from sinks.item_features import ItemFeatureCache
from sinks.keys import KeyLayout
from sinks.redis_writer import RedisWriter
from sinks.surface_models import SurfaceModels
from streams.clock import Clock, wall_clock_ms
from streams.engine import BufferedWrite, Engine
from streams.metrics import Metrics
from streams.rebuild import Assignment, Rebuilder, partitions_of
from streams.runtime.agents import AgentContext, register_buffered, register_immediate
from streams.runtime.batching import FlushBuffer, flush_every
from streams.runtime.faust_recovery import seek_before_resume
from streams.runtime.output import TopicOutput
from streams.runtime.retry import SinkRetry
from streams.runtime.tables import ChangeloggedTable
from streams.settings import Settings
from streams.stages import (
    Core,
    Effects,
    StageTables,
    process_catalog,
    process_clean_costs,
    process_consent,
    process_costs,
    process_interactions,
    process_popularity_updates,
    process_recommendations,
)
from streams.stages.audit import process_audit_pending
from streams.stages.control import process_control
from streams.stages.core import SINGLE_PARTITION_TABLES
from streams.stages.experiments import process_signals
from streams.wiring import redis_writer_config, stage_config

__all__ = ["EXIT_OUTPUT_LOST", "Worker", "create_app"]

log = logging.getLogger(__name__)
LAG_REFRESH_S = 5.0
#: Exit status of a worker that stopped because librdkafka dropped an output (EX_TEMPFAIL).
EXIT_OUTPUT_LOST = 75
#: The attribution join's expiry pass runs this often, or four times per window if shorter.
SERVED_EXPIRY_S = 30.0
#: How stale a worker's copy of a surface's counts and popular items may get (seconds).
MODEL_REFRESH_S = 1.0
#: How stale a worker's copy of the flag book may get when another worker applied a change.
FLAGS_REFRESH_S = 0.5
#: How stale a worker's copy of a tenant's item features may get (seconds).
FEATURES_REFRESH_S = 5.0
#: How stale the ledger's copy of the budget caps may get (seconds).
CAPS_REFRESH_S = 1.0
#: How often the worker checks its own lag and freshness (the pipeline.* alerts).
HEALTH_CHECK_S = 15.0


@dataclass
class Worker:
    """One worker's Faust app and what runs inside it."""

    settings: Settings
    app: Any  # faust.App; faust ships no type information
    engine: Engine
    metrics: Metrics
    agents: AgentContext
    rebuilder: Rebuilder


def create_app(
    settings: Settings,
    *,
    registry: CollectorRegistry | None = None,
    clock: Clock = wall_clock_ms,
) -> Worker:
    """Build a Faust app with every agent, table, timer and sink registered on it."""
    import faust  # heavy import; kept out of module import so `--help` stays fast

    seek_before_resume()  # Faust's recovery could commit records no agent read; see the module
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{host}" for host in settings.kafka_bootstrap.split(",")],
        store=settings.store,
        datadir=settings.data_dir,
        # At-least-once delivery, exactly-once effect: every stage deduplicates redeliveries by
        # the raw record's partition and offset, and Redis writes are idempotent. Faust's
        # exactly_once mode loses visibility of re-keyed output here; see docs/guarantees.md.
        processing_guarantee="at_least_once",
        autodiscover=False,
        topic_partitions=settings.partitions,
        topic_replication_factor=1,
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=0.5,
        # Events wait in our flush-before-ack buffers, which a stopping worker no longer
        # flushes; waiting for them to be acked would stall shutdown and rebalances. Unacked
        # events are redelivered to the next owner, and every stage deduplicates them.
        stream_wait_empty=False,
        # A crashed worker holds its partitions until its session times out (Faust's default
        # is 60 s); a short session makes recovery after a crash take seconds, not a minute.
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=settings.session_timeout_s / 5,
        broker_rebalance_timeout=max(settings.session_timeout_s, 30.0),
        producer_linger_ms=2,
        web_enabled=settings.web_port > 0,
        web_bind="127.0.0.1",
        web_port=settings.web_port or 6066,
        web_host="127.0.0.1",
    )
    metrics = Metrics.create(registry)
    output = TopicOutput(
        settings.kafka_bootstrap, client_id=f"{settings.app_id}-output", on_lost=exit_for_redelivery
    )

    def table(name: str) -> ChangeloggedTable:
        # bytes -> Faust's "raw" codec for keys and values; values are Avro state bodies.
        # Every table is keyed so that it is co-partitioned with the raw topic that writes it.
        partitions = 1 if name in SINGLE_PARTITION_TABLES else settings.partitions
        faust_table = app.Table(
            name, default=None, partitions=partitions, key_type=bytes, value_type=bytes
        )
        return ChangeloggedTable(faust_table, output)

    redis = Redis.from_url(settings.redis_url)
    keys = KeyLayout(settings.redis_prefix)
    config = stage_config(settings)
    features = ItemFeatureCache(redis, keys, refresh_s=FEATURES_REFRESH_S)
    core = Core.create(
        config,
        StageTables.over(table),
        Pseudonymizer(settings.pseudonym_secret.reveal().encode("utf-8")),
        features.lookup,
    )
    engine = Engine(
        core,
        topic=settings.topic,
        output=output,
        redis=RedisWriter(redis, keys, redis_writer_config(settings)),
        models=SurfaceModels(
            redis,
            keys,
            positions=config.positions,
            refresh_s=MODEL_REFRESH_S,
            fallback_theta=config.theta,
        ),
        features=features,
        metrics=metrics,
    )
    context = AgentContext(
        app,
        engine,
        clock,
        settings.app_id,
        batch_max=settings.sink_batch_max,
        batch_within_s=settings.sink_flush_ms / 1000.0,
        retry=SinkRetry(on_failed=lambda sink: metrics.sink_errors.labels(sink=sink).inc()),
    )
    rebuilder = Rebuilder(
        engine, EpochMarker(redis, keys, partitions=settings.partitions), metrics, clock_ms=clock
    )
    worker = Worker(settings, app, engine, metrics, context, rebuilder)
    _register(worker)
    return worker


def _register(worker: Worker) -> None:
    settings, app, engine, context = worker.settings, worker.app, worker.engine, worker.agents
    gate_buffer = _flush_buffer(worker, "gate", engine.apply_gate_writes)
    popularity_buffer = _flush_buffer(worker, "popularity", engine.apply_writes)
    register_buffered(
        context,
        _raw_topic(app, settings, "interactions"),
        "gate",
        process_interactions,
        gate_buffer,
    )
    # Served lists share the gate's buffer: their counts and the clicks' are one flush.
    register_buffered(
        context,
        _raw_topic(app, settings, "recommendations"),
        "recommendations",
        process_recommendations,
        gate_buffer,
    )
    register_buffered(
        context,
        _raw_topic(app, settings, "popularity.updates"),
        "popularity",
        process_popularity_updates,
        popularity_buffer,
    )
    costs_buffer = _flush_buffer(worker, "costs", engine.apply_cost_writes)
    ledger_buffer = _flush_buffer(worker, "ledger", engine.apply_cost_writes)
    register_buffered(
        context, _raw_topic(app, settings, "costs"), "costs", process_costs, costs_buffer
    )
    register_buffered(
        context,
        _raw_topic(app, settings, "costs.clean"),
        "ledger",
        process_clean_costs,
        ledger_buffer,
    )
    register_immediate(context, _raw_topic(app, settings, "consent"), "consent", process_consent)
    register_immediate(context, _raw_topic(app, settings, "catalog"), "catalog", process_catalog)
    register_immediate(context, _raw_topic(app, settings, "control"), "control", process_control)
    register_immediate(
        context, _raw_topic(app, settings, "control.signals"), "signals", process_signals
    )
    register_immediate(
        context, _raw_topic(app, settings, "audit.pending"), "audit", process_audit_pending
    )

    async def flush_buffers() -> None:
        await gate_buffer.flush(force=engine.retry_due)
        await popularity_buffer.flush()
        await costs_buffer.flush()
        await ledger_buffer.flush()

    async def expire_requests(_app: Any) -> None:
        engine.expire_served()

    # A loop, not app.timer: a flush often outlasts sink_flush_ms, and mode's timer warns then.
    app.task(flush_every(settings.sink_flush_ms / 1000.0, flush_buffers))
    app.task(_redis_watch(worker))

    async def refresh_caps() -> None:
        try:
            await engine.refresh_caps()
        except SinkError as exc:  # keep the caps we have; the next refresh tries again
            log.warning("budget caps not refreshed: %s", exc)

    app.task(flush_every(CAPS_REFRESH_S, refresh_caps))
    app.timer(LAG_REFRESH_S, name=f"{settings.app_id}.lag")(_lag_refresher(worker))
    app.timer(FLAGS_REFRESH_S, name=f"{settings.app_id}.flags")(_flags_refresher(worker))
    app.timer(HEALTH_CHECK_S, name=f"{settings.app_id}.health")(_health_checker(worker))
    expiry_s = min(SERVED_EXPIRY_S, settings.attribution_window_ms / 4000.0)
    app.timer(expiry_s, name=f"{settings.app_id}.expire")(expire_requests)

    def partitions_moved(_sender: Any, _partitions: Any, **_: Any) -> None:
        # Partitions moved: what the tables hold changed without passing through the index
        # and the event id windows.
        engine.core.served_expiry.reset()
        engine.core.event_ids.forget()
        engine.core.cost_ids.forget()

    app.on_partitions_revoked.connect(partitions_moved)
    app.on_partitions_assigned.connect(partitions_moved)


def exit_for_redelivery(lost: PublishError) -> None:
    """Stop the worker at once: an output is lost, so its inputs must be processed again.

    Their offsets are not committed (nothing after them can be acked), so the next owner of
    their partitions gets them again, in order, exactly as after a crash (the SIGKILL test).
    """
    log.critical("outputs were not delivered; exiting so the inputs are redelivered: %s", lost)
    logging.shutdown()
    os._exit(EXIT_OUTPUT_LOST)


def _raw_topic(app: Any, settings: Settings, name: str) -> Any:
    # Provisioned from infra/topics.toml before any worker starts; Faust only reads them.
    return app.topic(
        settings.topic(name),
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
    )


def _flush_buffer(
    worker: Worker, name: str, apply: Callable[[Sequence[BufferedWrite]], Awaitable[int]]
) -> FlushBuffer[BufferedWrite]:
    metrics = worker.metrics

    def observe(sink: str, count: int, seconds: float) -> None:
        metrics.sink_flush_seconds.labels(sink=sink).observe(seconds)
        metrics.sink_writes.labels(sink=sink).inc(count)

    return FlushBuffer(
        name,
        apply,
        max_items=worker.settings.sink_batch_max,
        on_flushed=observe,
        retry=worker.agents.retry,
    )


def _flags_refresher(worker: Worker) -> Any:
    core = worker.engine.core
    client, keys = worker.engine.redis.client, worker.engine.redis.keys

    async def refresh_flags(_app: Any) -> None:
        try:
            version, book, experiments = await load_flags(client, keys)
        except SinkError as exc:  # keep the book we have; the next refresh tries again
            log.warning("could not refresh the flag book: %s", exc)
            return
        except ValueError as exc:  # a book this worker cannot read: keep the one it has
            log.warning("could not refresh the flag book: %s", type(exc).__name__)
            return
        if version > core.flags_version:
            core.flags, core.flags_version = book, version
            core.experiments_json = experiments

    return refresh_flags


#: Raw topics whose partitions a worker's tables hold (tables are co-partitioned with them).
_TABLE_SOURCES = ("interactions", "recommendations", "consent", "popularity.updates")


def _redis_watch(worker: Worker) -> Callable[[], Awaitable[None]]:
    """A task that checks Redis's epoch marker every ``redis_check_ms`` and rebuilds what
    Redis lost (``streams.rebuild``), once this worker's tables are recovered."""
    app, settings = worker.app, worker.settings
    sources = {settings.topic(name) for name in _TABLE_SOURCES}
    singles = settings.topic("costs.clean")  # the one-partition topics go to one worker

    def assignment() -> Assignment | None:
        # While partitions move or tables recover, the tables are incomplete: a rebuild
        # from them could miss an opt-out marker.
        if app.rebalancing or not app.tables.recovery.completed.is_set():
            return None
        actives = app.assignor.assigned_actives()
        return Assignment(
            partitions_of(sources, [(tp.topic, tp.partition) for tp in actives]),
            app.rebalancing_count,
            single_partition=any(tp.topic == singles for tp in actives),
        )

    async def watch() -> None:
        while True:
            try:
                await worker.rebuilder.check(assignment)
            except SinkError as exc:
                log.warning("Redis check failed; retrying: %s", exc)
            await asyncio.sleep(settings.redis_check_ms / 1000.0)

    return watch


def _lag_refresher(worker: Worker) -> Any:
    async def refresh_lag(_app: Any) -> None:
        consumer = worker.app.consumer
        for tp in consumer.assignment():
            read = worker.agents.read_offsets.get((tp.topic, tp.partition))
            if read is None:
                continue
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue  # just assigned: the fetcher has not seen the partition's end yet
            lag = max(0, highwater - read - 1)
            worker.metrics.consumer_lag.labels(topic=tp.topic, partition=str(tp.partition)).set(lag)

    return refresh_lag


def _health_checker(worker: Worker) -> Any:
    """Lag per input topic and freshness into the detectors (pipeline.* alerts) and gauges."""
    settings, metrics, engine = worker.settings, worker.metrics, worker.engine
    prefix = settings.topic_prefix

    async def check_health(_app: Any) -> None:
        consumer = worker.app.consumer
        lag: dict[str, int] = {}
        for tp in consumer.assignment():
            read = worker.agents.read_offsets.get((tp.topic, tp.partition))
            highwater = consumer.highwater(tp)
            if highwater is None or not tp.topic.startswith(prefix):
                continue
            name = tp.topic[len(prefix) :]
            behind = highwater - (read if read is not None else -1) - 1
            lag[name] = lag.get(name, 0) + max(0, behind)
        anomalies = engine.core.anomalies
        effects = Effects()
        now = worker.agents.clock()
        anomalies.check_health(now, lag, effects)
        engine.emit(effects)
        for topic, stale_s in anomalies.staleness_s(now, lag).items():
            metrics.freshness_seconds.labels(topic=settings.topic(topic)).set(stale_s)
        open_now = anomalies.open_by_kind()
        for kind in sorted(set(open_now) | set(_seen_kinds(metrics))):
            metrics.open_alerts.labels(kind=kind).set(open_now.get(kind, 0))

    return check_health


def _seen_kinds(metrics: Metrics) -> list[str]:
    # Kinds with a gauge child already: set them back to 0 when their incidents resolve.
    return [sample.labels["kind"] for sample in next(iter(metrics.open_alerts.collect())).samples]
