"""The pure half of the budget client: what to send to Redis and what its replies mean.

Both clients (``streams.clients.budgets``: sync and async) build their script calls here and
parse the replies here, so neither holds any budget logic of its own; the logic that must be
atomic lives in the Lua scripts (``sinks.budget_lua``), which both register.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from processors.budget import Scope
from processors.budget_caps import PPM, CapDefaults
from processors.budget_periods import Period, TimeZones, day_of, hour_of, parse_time_zones
from processors.pseudonym import Pseudonymizer
from processors.routing import RoutingConfig, SlotStats
from schemas.errors import ConfigError
from sinks.keys import KeyLayout, redis_text
from streams.settings import Settings
from streams.wiring import cap_defaults

__all__ = ["TIERS", "BudgetCalls", "BudgetClientConfig", "BudgetReply", "ScriptCall"]

TIERS: Final = ("CORE", "EXPERT")
ScriptCall = tuple[list[str], list[str | int]]
"""KEYS and ARGV of one script call."""


@dataclass(frozen=True)
class BudgetClientConfig:
    """What a budget client needs of the settings."""

    keys: KeyLayout
    pseudonymize: Pseudonymizer
    zones: TimeZones
    defaults: CapDefaults
    lease_ms: int
    reconcile_ms: int
    record_ttl_ms: int
    grace_ms: int
    allow_when_down: bool
    routing: RoutingConfig

    @classmethod
    def from_settings(cls, settings: Settings) -> BudgetClientConfig:
        """Everything from ``settings`` (the pseudonym secret included)."""
        return cls(
            keys=KeyLayout(settings.redis_prefix),
            pseudonymize=Pseudonymizer(settings.pseudonym_secret.reveal().encode("utf-8")),
            zones=parse_time_zones(settings.budget_time_zones),
            defaults=cap_defaults(settings),
            lease_ms=round(settings.budget_lease_s * 1000),
            reconcile_ms=round(settings.budget_reconcile_s * 1000),
            record_ttl_ms=settings.budget_record_ttl_s * 1000,
            grace_ms=settings.budget_counter_grace_s * 1000,
            allow_when_down=settings.budget_on_redis_down == "allow",
            routing=RoutingConfig(
                downgrade_below=settings.routing_downgrade_below,
                expert_from=settings.routing_expert_from,
                priority_expert_from=settings.routing_priority_expert_from,
                min_sample=settings.routing_min_sample,
            ),
        )


@dataclass(frozen=True, slots=True)
class BudgetReply:
    """The answer to reserve, commit or release.

    ``granted``: whether the reservation holds (reserve, commit) or was honoured (release of
    a reconciled one). ``reason``: ``granted``, ``global_cap``, ``tenant_cap``, ``user_cap``,
    ``core_reserve``, ``expert_calls``, ``committed``, ``released``, ``expired``,
    ``reconciled``, ``refused``, ``unknown_request``, ``redis_unavailable``. Remaining
    budgets are as of the reservation: micros of the tightest capped money scope, and expert
    calls for EXPERT reservations; ``None`` when uncapped or not known.
    """

    request_id: str
    granted: bool
    reason: str
    remaining_micros: int | None
    remaining_expert_calls: int | None
    status: str

    def to_dict(self) -> dict[str, Any]:
        """The reply as plain JSON values."""
        return {
            "request_id": self.request_id,
            "granted": self.granted,
            "reason": self.reason,
            "remaining_micros": self.remaining_micros,
            "remaining_expert_calls": self.remaining_expert_calls,
            "status": self.status,
        }


@dataclass(frozen=True, slots=True)
class BudgetState:
    """What routing reads of a tenant's budget and one slot (``ROUTE_READ``)."""

    tenant_cap: int
    expert_cap: int
    reserve_ppm: int
    tenant_used: int
    expert_used: int
    slot: SlotStats

    def expert_refusal(self) -> str | None:
        """Why an EXPERT reservation would be refused now, or ``None``."""
        if self.tenant_cap >= 0:
            cutoff = self.tenant_cap * (PPM - self.reserve_ppm) // PPM
            if self.tenant_used >= self.tenant_cap:
                return "tenant_cap"
            if self.tenant_used >= cutoff:
                return "core_reserve"
        if self.expert_cap >= 0 and self.expert_used >= self.expert_cap:
            return "expert_calls"
        return None


class BudgetCalls:
    """Builds script calls and reads replies; one per client, holding its configuration."""

    def __init__(self, config: BudgetClientConfig) -> None:
        self.config = config

    def reserve(
        self, tenant: str, user: str | None, tier: str, estimate: int, request_id: str, now_ms: int
    ) -> ScriptCall:
        """The reserve script's call. ``user`` is the RAW user id: it is pseudonymized here."""
        if tier not in TIERS:
            raise ConfigError(f"tier must be one of {TIERS}, got {tier!r}")
        if estimate < 0:
            raise ConfigError(f"an estimate is >= 0 micros, got {estimate}")
        c, keys = self.config, self.config.keys
        zone = c.zones.zone_for(tenant)
        day, hour = day_of(now_ms, zone), hour_of(now_ms, zone)
        user_key = c.pseudonymize(tenant, user) if user else ""
        counters = [
            Scope("global").counter_id(day_of(now_ms, c.zones.zone_for(None)).period_id),
            Scope("tenant", tenant).counter_id(day.period_id),
            Scope("user", tenant, user_key).counter_id(hour.period_id) if user_key else "-",
            Scope("expert", tenant).counter_id(day.period_id),
        ]
        d = c.defaults
        return [
            keys.budget_caps(),
            keys.budget_leases(),
            keys.budget_reservation(request_id),
            *(keys.budget_counter(counter) for counter in counters),
            keys.budget_ready(),
        ], [
            now_ms,
            c.lease_ms,
            c.record_ttl_ms,
            keys.budget_reservation_prefix(),
            tenant,
            tier,
            estimate,
            1 if user_key else 0,
            d.global_daily_micros,
            d.tenant_daily_micros,
            d.user_hourly_micros,
            d.expert_daily_calls,
            d.core_reserve_ppm,
            self._ttl(day, now_ms),
            self._ttl(hour, now_ms),
        ]

    def commit(self, request_id: str, now_ms: int) -> ScriptCall:
        """The commit script's call."""
        keys = self.config.keys
        return [keys.budget_leases(), keys.budget_reservation(request_id)], [
            now_ms,
            keys.budget_reservation_prefix(),
            self.config.reconcile_ms,
            self.config.record_ttl_ms,
        ]

    def release(self, request_id: str, now_ms: int) -> ScriptCall:
        """The release script's call."""
        keys = self.config.keys
        return [keys.budget_leases(), keys.budget_reservation(request_id)], [
            now_ms,
            keys.budget_reservation_prefix(),
        ]

    def route_read(self, tenant: str, slot: str, now_ms: int) -> ScriptCall:
        """The call that reads what routing needs."""
        keys = self.config.keys
        day = day_of(now_ms, self.config.zones.zone_for(tenant)).period_id
        return [
            keys.budget_caps(),
            keys.budget_counter(Scope("tenant", tenant).counter_id(day)),
            keys.budget_counter(Scope("expert", tenant).counter_id(day)),
            keys.slot_stats(tenant),
        ], [tenant, slot]

    @staticmethod
    def reply(request_id: str, raw: Sequence[Any]) -> BudgetReply:
        """A script's reply ``{granted, reason, remaining, remaining_calls, status}``."""
        remaining, calls = int(raw[2]), int(raw[3])
        return BudgetReply(
            request_id=request_id,
            granted=int(raw[0]) == 1,
            reason=redis_text(raw[1]),
            remaining_micros=None if remaining < 0 else remaining,
            remaining_expert_calls=None if calls < 0 else calls,
            status=redis_text(raw[4]),
        )

    def unreachable(self, request_id: str, *, reserving: bool) -> BudgetReply:
        """The reply when Redis cannot be reached: by setting, refuse or allow a reserve."""
        allowed = reserving and self.config.allow_when_down
        reason = "redis_unavailable_allowed" if allowed else "redis_unavailable"
        return BudgetReply(request_id, allowed, reason, None, None, "unknown")

    def budget_state(self, raw: Sequence[Any]) -> BudgetState:
        """What ``ROUTE_READ`` returned, with defaults where no cap is set."""
        text = [redis_text(v) for v in raw]
        d = self.config.defaults

        def cap(value: str, default: int) -> int:
            return int(value) if value else default

        return BudgetState(
            tenant_cap=cap(text[0], d.tenant_daily_micros),
            expert_cap=cap(text[1], d.expert_daily_calls),
            reserve_ppm=cap(text[2], d.core_reserve_ppm),
            tenant_used=int(text[3]) + int(text[4]),
            expert_used=int(text[5]) + int(text[6]),
            slot=SlotStats(int(text[7]), int(text[8])),
        )

    def _ttl(self, period: Period, now_ms: int) -> int:
        return max(period.end_ms - now_ms, 0) + self.config.grace_ms
