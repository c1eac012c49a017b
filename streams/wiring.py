"""Settings to the configuration objects of stages and sinks: one mapping for every driver."""

from __future__ import annotations

from processors.event_ids import EventIdWindowConfig
from processors.gate import GateConfig
from processors.ranking import RankingConfig
from sinks.redis_writer import RedisWriterConfig
from streams.settings import Settings
from streams.stages import StageConfig

__all__ = ["redis_writer_config", "stage_config"]


def stage_config(settings: Settings) -> StageConfig:
    """What the stages need from ``settings``."""
    return StageConfig(
        gate=GateConfig(settings.max_event_bytes, settings.max_future_skew_ms),
        theta=settings.theta,
        attribution_window_ms=settings.attribution_window_ms,
        popularity_half_life_ms=settings.popularity_half_life_s * 1000.0,
        ranking=RankingConfig(k=settings.top_k),
        event_ids=EventIdWindowConfig(
            window_ms=settings.dedupe_window_s * 1000, max_entries=settings.dedupe_max_ids
        ),
    )


def redis_writer_config(settings: Settings) -> RedisWriterConfig:
    """TTLs and sizes of what the sinks materialize."""
    return RedisWriterConfig(
        ranking_ttl_s=settings.ranking_ttl_s,
        profile_ttl_s=settings.profile_ttl_s,
        popularity_cap=max(settings.top_k * 4, 200),
        popularity_half_life_ms=settings.popularity_half_life_s * 1000.0,
        partitions=settings.partitions,
    )
