"""The Faust app factory. There is no global app: call :func:`create_app` with settings.

Dataflow (topic names without the settings' prefix):

    consent --consent--> table "consent", Redis opt-out markers and erasure, audit
    interactions --gate--> events.clean          (keyed by pseudonym; opted-out users dropped)
                     \\--> table "profiles" --> Redis profile summaries and per-user rankings
                                                (bandit samples blended with affinities)
                     \\--> popularity.updates    (engagements, keyed by tenant|surface|item)
                     \\--> deadletter            (anything we could not accept, with a reason)
    popularity.updates --popularity--> table "popularity" --> Redis sorted sets
    recommendations --recommendations--> table "served" (attribution join with clicks)
                     \\--> table "bandit" (impressions and attributed clicks per item, counted
                           per raw partition) --> Redis hashes of counts by position
    catalog --catalog--> Redis set of retired items (rankings and readers drop them)
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from prometheus_client import CollectorRegistry
from redis.asyncio import Redis

from processors.errors import PublishError
from processors.gate import GateConfig
from processors.item_bandit import ItemCounts
from processors.pseudonym import Pseudonymizer
from sinks.bandit import BanditSink
from sinks.keys import KeyLayout
from sinks.popularity import PopularitySink
from streams.agents.attribution import expire_served, register_recommendations
from streams.agents.catalog import register_catalog
from streams.agents.consent import register_consent
from streams.agents.gate import gate_writer, register_gate
from streams.agents.popularity import register_popularity
from streams.agents.profiles import ProfileStage
from streams.batching import FlushBuffer, flush_every
from streams.clock import Clock, wall_clock_ms
from streams.faust_recovery import seek_before_resume
from streams.metrics import Metrics
from streams.output import TopicOutput
from streams.pipeline import Pipeline, Topics
from streams.settings import Settings
from streams.state_cache import StateCache
from streams.tables import ChangeloggedTable

Write = TypeVar("Write")
log = logging.getLogger(__name__)
LAG_REFRESH_S = 5.0
#: Exit status of a worker that stopped because librdkafka dropped an output (EX_TEMPFAIL).
EXIT_OUTPUT_LOST = 75
#: The attribution join's expiry pass runs this often, or four times per window if shorter.
SERVED_EXPIRY_S = 30.0


def create_app(
    settings: Settings,
    *,
    registry: CollectorRegistry | None = None,
    clock: Clock = wall_clock_ms,
) -> Pipeline:
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
    pipeline = Pipeline(
        settings=settings,
        app=app,
        topics=_declare_topics(app, settings),
        metrics=Metrics.create(registry),
        redis=Redis.from_url(settings.redis_url),
        clock=clock,
        gate_config=GateConfig(settings.max_event_bytes, settings.max_future_skew_ms),
        pseudonymize=Pseudonymizer(settings.pseudonym_secret.reveal().encode("utf-8")),
    )
    output = TopicOutput(
        settings.kafka_bootstrap, client_id=f"{settings.app_id}-output", on_lost=exit_for_redelivery
    )

    def table(name: str) -> ChangeloggedTable:
        # bytes -> Faust's "raw" codec for keys and values; values are Avro state bodies.
        faust_table = app.Table(
            name, default=None, partitions=settings.partitions, key_type=bytes, value_type=bytes
        )
        return ChangeloggedTable(faust_table, output)

    pipeline.popularity_table = table("popularity")
    # Keyed by tenant/pseudonym, written from the consent topic, which is co-partitioned with
    # interactions (both keyed by the raw user id): the gate finds it on the same worker.
    pipeline.consent_table = table("consent")
    # Keyed by request id, written from recommendations and interactions partitions of the
    # same number (both keyed by the raw user id): the attribution join's state.
    pipeline.served_table = table("served")
    pipeline.bandit_counts = StateCache(
        table("bandit"), "ItemCounts", ItemCounts.from_record, ItemCounts.to_record
    )
    # Keyed by tenant/pseudonym, written by the gate: co-partitioned with interactions, like
    # consent, so the consent agent erases a profile on the worker that holds it.
    pipeline.profile_table = table("profiles")

    keys = KeyLayout(settings.redis_prefix)
    popularity_sink = PopularitySink(
        pipeline.redis,
        keys,
        ttl_s=settings.ranking_ttl_s,
        cap=max(settings.top_k * 4, 200),
        half_life_ms=settings.popularity_half_life_s * 1000.0,
    )
    bandit_sink = BanditSink(
        pipeline.redis, keys, ttl_s=settings.ranking_ttl_s, partitions=settings.partitions
    )
    profiles = ProfileStage(pipeline)
    gate_flush = _sink_buffer(
        pipeline, "gate", gate_writer(pipeline, profiles, bandit_sink), output
    )
    popularity_flush = _sink_buffer(pipeline, "popularity", popularity_sink.write, output)
    register_gate(pipeline, output, gate_flush, profiles)
    register_recommendations(pipeline, output, gate_flush)
    register_consent(pipeline, output, profiles)
    register_popularity(pipeline, popularity_flush)
    register_catalog(pipeline, output)

    async def flush_buffers() -> None:
        await gate_flush.flush(force=profiles.retry_due)
        await popularity_flush.flush()

    # A loop, not app.timer: a flush often outlasts sink_flush_ms, and mode's timer warns then.
    app.task(flush_every(settings.sink_flush_ms / 1000.0, flush_buffers))
    app.timer(LAG_REFRESH_S, name=f"{settings.app_id}.lag")(_lag_refresher(pipeline))

    async def expire_requests(_app: Any) -> None:
        expire_served(pipeline, settings.attribution_window_ms)

    expiry_s = min(SERVED_EXPIRY_S, settings.attribution_window_ms / 4000.0)
    app.timer(expiry_s, name=f"{settings.app_id}.expire")(expire_requests)

    def reindex_served(_sender: Any, _partitions: Any, **_: Any) -> None:
        # Partitions moved: what the table holds changed without passing through the index.
        pipeline.served_expiry.reset()

    pipeline.app.on_partitions_revoked.connect(reindex_served)
    pipeline.app.on_partitions_assigned.connect(reindex_served)
    return pipeline


def exit_for_redelivery(lost: PublishError) -> None:
    """Stop the worker at once: an output is lost, so its inputs must be processed again.

    Their offsets are not committed (nothing after them can be acked), so the next owner of
    their partitions gets them again, in order, exactly as after a crash (the SIGKILL test).
    """
    log.critical("outputs were not delivered; exiting so the inputs are redelivered: %s", lost)
    logging.shutdown()
    os._exit(EXIT_OUTPUT_LOST)


def _declare_topics(app: Any, settings: Settings) -> Topics:
    def raw(name: str) -> Any:
        # Provisioned from infra/topics.toml before any worker starts; Faust only reads them.
        return app.topic(
            settings.topic(name),
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
        )

    return Topics(
        interactions=raw("interactions"),
        catalog=raw("catalog"),
        recommendations=raw("recommendations"),
        consent=raw("consent"),
        popularity_updates=raw("popularity.updates"),
    )


def _sink_buffer(
    pipeline: Pipeline,
    name: str,
    write: Callable[[Sequence[Write]], Awaitable[int]],
    output: TopicOutput,
) -> FlushBuffer[Write]:
    """A flush-before-ack buffer that writes Redis, then confirms the table changelog."""

    async def apply(writes: Sequence[Write]) -> int:
        written = await write(writes)
        await output.flush()
        return written

    return FlushBuffer(
        name,
        apply,
        max_items=pipeline.settings.sink_batch_max,
        on_flushed=lambda sink, count, seconds: _observe_flush(pipeline, sink, count, seconds),
        on_failed=lambda sink: pipeline.metrics.sink_errors.labels(sink=sink).inc(),
    )


def _observe_flush(pipeline: Pipeline, name: str, count: int, seconds: float) -> None:
    pipeline.metrics.sink_flush_seconds.labels(sink=name).observe(seconds)
    pipeline.metrics.sink_writes.labels(sink=name).inc(count)


def _lag_refresher(pipeline: Pipeline) -> Any:
    async def refresh_lag(_app: Any) -> None:
        consumer = pipeline.app.consumer
        for tp in consumer.assignment():
            read = pipeline.read_offsets.get((tp.topic, tp.partition))
            if read is None:
                continue
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue  # just assigned: the fetcher has not seen the partition's end yet
            lag = max(0, highwater - read - 1)
            pipeline.metrics.consumer_lag.labels(topic=tp.topic, partition=str(tp.partition)).set(
                lag
            )

    return refresh_lag
