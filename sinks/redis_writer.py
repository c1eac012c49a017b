"""Carries out the stages' Redis writes (``sinks.writes``) with the sink of each kind.

Writes of the bulk kinds (counts, popularity, rankings, summaries, ledger, slot outcomes)
go to their sink as one batch per kind (one round trip each), in the order the stages asked
for them within the kind; kinds write disjoint keys, so their relative order does not
matter. The rare kinds that must be ordered against everything (erasure, opt-outs, catalog,
control) split the sequence: what came before them is written first. Every sink is atomic
per key and idempotent, so a batch applied again after a crash leaves Redis as it was.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

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
        # The kinds batched per flush, each with the sink method that takes a batch of them.
        self._bulk: dict[type, Callable[[list[Any]], Awaitable[int]]] = {
            BanditCountsWrite: self._bandit.write,
            PopularityWrite: self._popularity.write,
            UserRankingWrite: self._rankings.write,
            LedgerWrite: self._budgets.ledger,
            SlotOutcomeWrite: self._budgets.slot_outcomes,
            ProfileSummaryWrite: self._summaries.write,
        }

    async def write(self, writes: Sequence[RedisWrite]) -> int:
        """Apply ``writes``; returns how many keys or entries were written."""
        written = 0
        by_kind: dict[type, list[Any]] = {}
        for write in writes:
            kind = type(write)
            if kind in self._bulk:
                by_kind.setdefault(kind, []).append(write)
                continue
            written += await self._bulk_writes(by_kind)
            by_kind = {}
            written += await self._one_by_one((write,))
        return written + await self._bulk_writes(by_kind)

    async def _bulk_writes(self, by_kind: dict[type, list[Any]]) -> int:
        written = 0
        for kind, batch in by_kind.items():
            written += await self._bulk[kind](batch)
        return written

    async def _one_by_one(self, batch: Sequence[RedisWrite]) -> int:
        # Consent, catalog, control and cap changes are rare, and each must be applied in order.
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
