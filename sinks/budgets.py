"""Applies the budget writes of the stages: ledger counters with their reconciled
reservations, slot outcomes, and cap changes (scripts in ``sinks.budget_lua``).

Every write is idempotent: counters are absolute and only move up within a period, a
reservation is reconciled at most once, a slot outcome counts once per raw offset, and a cap
book replaces an older version only. A batch applied again after a crash changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from redis.asyncio import Redis
from redis.exceptions import RedisError

from schemas.errors import SinkError
from sinks.budget_lua import SETTLE, SLOT_OUTCOMES, WRITE_CAPS
from sinks.keys import KeyLayout, redis_text
from sinks.writes import BudgetCapsWrite, LedgerWrite, SlotOutcomeWrite

__all__ = ["BudgetSink", "caps_args", "read_cap_overrides", "settle_call"]


def settle_call(keys: KeyLayout, write: LedgerWrite) -> tuple[list[str], list[str | int]]:
    """KEYS and ARGV of the settle script for one ledger batch."""
    counter_keys = [keys.budget_counter(c.counter_id) for c in write.counters]
    args: list[str | int] = [write.now_ms, keys.budget_reservation_prefix(), len(write.counters)]
    for c in write.counters:
        args.extend((c.used, c.calls, c.level, c.cap, c.ttl_ms))
    reservations = [keys.budget_reservation(r) for r in write.settled_request_ids]
    return [keys.budget_leases(), *counter_keys, *reservations], args


def caps_args(write: BudgetCapsWrite) -> list[str | int]:
    """ARGV of the caps script: version, then field, value pairs."""
    args: list[str | int] = [write.version]
    for name, value in sorted(write.field_to_value.items()):
        args.extend((name, value))
    return args


async def read_cap_overrides(client: Redis, keys: KeyLayout) -> dict[str, int]:
    """The cap overrides Redis holds (field -> value), for the stages' cap book."""
    try:
        stored = await client.hgetall(keys.budget_caps())
    except RedisError as exc:
        raise SinkError(f"Redis did not return the budget caps: {exc}") from exc
    return {
        redis_text(name): int(value)
        for name, value in stored.items()
        if redis_text(name) != "_version"
    }


class BudgetSink:
    """Writes the budget writes of one flush; raises SinkError when Redis refuses them."""

    def __init__(self, client: Redis, keys: KeyLayout) -> None:
        self._client = client
        self._keys = keys
        self._settle = client.register_script(SETTLE)
        self._slots = client.register_script(SLOT_OUTCOMES)
        self._caps = client.register_script(WRITE_CAPS)

    async def mark_ready(self) -> int:
        """Let reservations be granted: the counters are in Redis."""
        try:
            await self._client.set(self._keys.budget_ready(), "1")
        except RedisError as exc:
            raise SinkError(f"Redis did not take the budget ready marker: {exc}") from exc
        return 1

    async def ledger(self, writes: Sequence[LedgerWrite]) -> int:
        """Apply each ledger batch, in order, one script each."""
        try:
            for write in writes:
                keys, args = settle_call(self._keys, write)
                await self._settle(keys=keys, args=args)
        except RedisError as exc:
            raise SinkError(f"Redis rejected a budget ledger batch: {exc}") from exc
        return sum(len(w.counters) for w in writes)

    async def slot_outcomes(self, writes: Sequence[SlotOutcomeWrite]) -> int:
        """Count each outcome once (one script for the whole batch)."""
        by_tenant: dict[str, list[SlotOutcomeWrite]] = defaultdict(list)
        for write in writes:
            by_tenant[write.tenant].append(write)
        keys: list[str] = []
        args: list[str | int] = []
        for tenant, outcomes in by_tenant.items():
            keys.append(self._keys.slot_stats(tenant))
            args.append(len(outcomes))
            for o in outcomes:
                args.extend((o.slot, o.partition, o.offset, o.accepts, o.rejects))
        try:
            await self._slots(keys=keys, args=args)
        except RedisError as exc:
            raise SinkError(f"Redis rejected slot outcomes: {exc}") from exc
        return len(writes)

    async def caps(self, write: BudgetCapsWrite) -> int:
        """Replace the cap overrides, unless Redis holds a newer version."""
        try:
            return int(await self._caps(keys=[self._keys.budget_caps()], args=caps_args(write)))
        except RedisError as exc:
            raise SinkError(f"Redis rejected a cap change: {exc}") from exc
