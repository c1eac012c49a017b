"""Carries out the stages' Redis writes (``sinks.writes``) with the sink of each kind.

Writes are applied in the order the stages asked for them, in runs: consecutive writes of
one kind go to their sink as one batch (one round trip). Every sink is atomic per key and
idempotent, so a batch applied again after a crash leaves Redis as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from redis.asyncio import Redis

from sinks.bandit import BanditSink
from sinks.budgets import BudgetSink
from sinks.catalog import CatalogSink
from sinks.erasure import UserStateEraser
from sinks.flags import ExperimentStatsSink, FlagSink
from sinks.keys import KeyLayout
from sinks.popularity import PopularitySink
from sinks.profiles import ProfileSummarySink
from sinks.user_rankings import UserRankingSink
from sinks.writes import (
    BanditCountsWrite,
    BudgetCapsWrite,
    BudgetReadyWrite,
    CatalogWrite,
    EraseUser,
    ExperimentStatsWrite,
    FlagsWrite,
    LedgerWrite,
    OptOutWrite,
    PopularityWrite,
    ProfileSummaryWrite,
    RedisWrite,
    SlotOutcomeWrite,
    UserRankingWrite,
)

__all__ = ["RedisWriter", "RedisWriterConfig"]


@dataclass(frozen=True)
class RedisWriterConfig:
    """TTLs and sizes of what the writer materializes."""

    ranking_ttl_s: int
    """Seconds a ranking, popularity set or bandit hash lives unless refreshed."""
    profile_ttl_s: int
    """Seconds a profile summary lives unless refreshed."""
    popularity_cap: int
    """Most items kept per popularity sorted set."""
    popularity_half_life_ms: float
    """Half-life of popularity, recorded with the tenant's meta hash for readers."""
    partitions: int
    """Partitions whose bandit counts Redis sums."""


class RedisWriter:
    """Applies sequences of :data:`~sinks.writes.RedisWrite`; raises ``SinkError`` on failure."""

    def __init__(self, client: Redis, keys: KeyLayout, config: RedisWriterConfig) -> None:
        self.client = client
        self.keys = keys
        self._popularity = PopularitySink(
            client,
            keys,
            ttl_s=config.ranking_ttl_s,
            cap=config.popularity_cap,
            half_life_ms=config.popularity_half_life_ms,
        )
        self._bandit = BanditSink(
            client, keys, ttl_s=config.ranking_ttl_s, partitions=config.partitions
        )
        self._rankings = UserRankingSink(client, keys, ttl_s=config.ranking_ttl_s)
        self._summaries = ProfileSummarySink(client, keys, ttl_s=config.profile_ttl_s)
        self._eraser = UserStateEraser(client, keys)
        self._catalog = CatalogSink(client, keys)
        self._flags = FlagSink(client, keys)
        self._budgets = BudgetSink(client, keys)
        self._experiments = ExperimentStatsSink(client, keys)

    async def write(self, writes: Sequence[RedisWrite]) -> int:
        """Apply ``writes`` in order; returns how many keys or entries were written."""
        written = 0
        for kind, run in groupby(writes, key=type):
            batch = list(run)
            # The isinstance filters only narrow the type: a run holds one kind.
            if kind is BanditCountsWrite:
                bandit = [w for w in batch if isinstance(w, BanditCountsWrite)]
                written += await self._bandit.write(bandit)
            elif kind is PopularityWrite:
                popular = [w for w in batch if isinstance(w, PopularityWrite)]
                written += await self._popularity.write(popular)
            elif kind is UserRankingWrite:
                ranked = [w for w in batch if isinstance(w, UserRankingWrite)]
                written += await self._rankings.write(ranked)
            elif kind is LedgerWrite:
                ledger = [w for w in batch if isinstance(w, LedgerWrite)]
                written += await self._budgets.ledger(ledger)
            elif kind is SlotOutcomeWrite:
                outcomes = [w for w in batch if isinstance(w, SlotOutcomeWrite)]
                written += await self._budgets.slot_outcomes(outcomes)
            elif kind is ProfileSummaryWrite:
                summaries = [w for w in batch if isinstance(w, ProfileSummaryWrite)]
                written += await self._summaries.write(summaries)
            else:
                written += await self._one_by_one(batch)
        return written

    async def _one_by_one(self, batch: Sequence[RedisWrite]) -> int:
        # Consent, catalog and control changes are rare, and each must be applied before the next.
        # Consent, catalog and cap changes are rare, and each must be applied before the next.
        written = 0
        for write in batch:
            if isinstance(write, EraseUser):
                written += await self._eraser.erase(write.tenant, write.user_key)
            elif isinstance(write, OptOutWrite):
                await self._eraser.set_opted_out(write.tenant, write.user_key, write.opted_out)
                written += 1
            elif isinstance(write, CatalogWrite):
                written += await self._catalog.apply(write.record)
            elif isinstance(write, FlagsWrite):
                written += await self._flags.write(write)
            elif isinstance(write, BudgetCapsWrite):
                written += await self._budgets.caps(write)
            elif isinstance(write, BudgetReadyWrite):
                written += await self._budgets.mark_ready()
            elif isinstance(write, ExperimentStatsWrite):
                written += await self._experiments.write(write)
        return written
