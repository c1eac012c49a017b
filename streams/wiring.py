"""Settings to the configuration objects of stages and sinks: one mapping for every driver."""

from __future__ import annotations

from processors.budget_caps import PPM, CapDefaults
from processors.budget_periods import parse_time_zones
from processors.control.commands import VerifyLimits
from processors.control.rollback import parse_rollback_rules
from processors.event_ids import EventIdWindowConfig
from processors.gate import GateConfig
from processors.ranking import RankingConfig
from sinks.redis_writer import RedisWriterConfig
from streams.settings import Settings
from streams.stages import StageConfig
from streams.stages.core import BudgetConfig, ControlConfig

__all__ = ["budget_config", "cap_defaults", "redis_writer_config", "stage_config"]


def stage_config(settings: Settings) -> StageConfig:
    """What the stages need from ``settings``."""
    rollback, rollback_per_tenant = parse_rollback_rules(settings.rollback_rules)
    return StageConfig(
        gate=GateConfig(
            settings.max_event_bytes, settings.max_future_skew_ms, settings.free_text_policy()
        ),
        theta=settings.theta,
        attribution_window_ms=settings.attribution_window_ms,
        popularity_half_life_ms=settings.popularity_half_life_s * 1000.0,
        ranking=RankingConfig(k=settings.top_k),
        event_ids=EventIdWindowConfig(
            window_ms=settings.dedupe_window_s * 1000, max_entries=settings.dedupe_max_ids
        ),
        control=ControlConfig(
            operators=settings.operator_book(),
            # Commands are checked against the issuer's own lifetime; the verifier allows up
            # to the hard maximum so that a shorter setting on the CLI side stays valid.
            limits=VerifyLimits(),
            rejection_burst=settings.rejection_burst,
            rejection_window_ms=settings.rejection_window_s * 1000,
            rollback=rollback,
            rollback_per_tenant=rollback_per_tenant,
        ),
        budget=budget_config(settings),
    )


def cap_defaults(settings: Settings) -> CapDefaults:
    """The caps of scopes no admin command has set."""
    return CapDefaults(
        global_daily_micros=settings.budget_global_daily_micros,
        tenant_daily_micros=settings.budget_tenant_daily_micros,
        user_hourly_micros=settings.budget_user_hourly_micros,
        expert_daily_calls=settings.budget_expert_daily_calls,
        core_reserve_ppm=round(settings.budget_core_reserve * PPM),
    )


def budget_config(settings: Settings) -> BudgetConfig:
    """Budget periods, default caps and counter lifetime."""
    return BudgetConfig(
        time_zones=parse_time_zones(settings.budget_time_zones),
        defaults=cap_defaults(settings),
        counter_grace_ms=settings.budget_counter_grace_s * 1000,
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
