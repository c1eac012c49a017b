"""The catalog agent: item upserts in; the tenant's retired items and item features in Redis.

Rankings and readers drop retired items (``streams.surface_models``, ``sinks.ranking_reader``).
Catalog changes are rare, so each record is applied before the next is read.
"""

from __future__ import annotations

from typing import Any

from processors.deadletter import SourceRef
from processors.errors import DecodeError
from processors.gate import Rejected
from schemas.codec import decode
from sinks.catalog import CatalogSink
from sinks.keys import KeyLayout
from streams.agents.deadletters import send_dead_letter
from streams.output import TopicOutput
from streams.pipeline import Pipeline


def register_catalog(pipeline: Pipeline, output: TopicOutput) -> None:
    """Attach the catalog agent to ``pipeline.app``."""
    settings = pipeline.settings
    sink = CatalogSink(pipeline.redis, KeyLayout(settings.redis_prefix))

    async def catalog(stream: Any) -> None:
        async for event in stream.events():
            message = event.message
            source = SourceRef(message.topic, message.partition, message.offset)
            pipeline.note_read(source.topic, source.partition, source.offset)
            if event.value is None:
                continue  # a compaction tombstone: nothing to apply
            try:
                item = decode(
                    event.value, expected="CatalogItem", max_bytes=settings.max_event_bytes
                ).record
            except DecodeError as exc:
                send_dead_letter(pipeline, output, source, event, Rejected(exc.reason, exc.message))
                await output.flush()
                continue
            await sink.apply(item)

    pipeline.app.agent(pipeline.topics.catalog, name=f"{settings.app_id}.catalog")(catalog)
