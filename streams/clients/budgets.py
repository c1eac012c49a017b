"""The budget client product services call before an expensive model call: reserve, then
commit or release; and ``route``, which says whether to call the core or the expert model.

    client = BudgetClient.connect(settings)
    reply = client.reserve("acme", raw_user_id, "EXPERT", 12_000, request_id)
    if reply.granted:
        ...call the model, publish its Cost with request_id...
        client.commit(request_id)        # or client.release(request_id) if not called

:class:`BudgetClient` (redis-py) and :class:`AsyncBudgetClient` (redis.asyncio) are thin:
each call is one Lua script (``sinks.budget_lua``) whose arguments and reply are built and
read by :class:`~streams.clients.budget_calls.BudgetCalls`, shared by both. When Redis cannot
be reached, ``reserve`` refuses (``budget_on_redis_down = "refuse"``, the default) or allows
and reports it (``"allow"``: reason ``redis_unavailable_allowed``, logged and counted).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter
from redis import Redis
from redis.asyncio import Redis as AsyncRedis
from redis.exceptions import RedisError

from processors.routing import Route, decide_route
from sinks.budget_lua import COMMIT, RELEASE, RESERVE, ROUTE_READ
from streams.clients.budget_calls import BudgetCalls, BudgetClientConfig, BudgetReply
from streams.settings import Settings

__all__ = ["AsyncBudgetClient", "BudgetClient", "BudgetMetrics", "BudgetReply"]

log = logging.getLogger(__name__)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class BudgetMetrics:
    """The client's metrics (no tenant or user labels): reservations and refusals by reason,
    the micros reserved, routing decisions by tier and reason (the core/expert mix)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        registry = registry if registry is not None else CollectorRegistry()
        self.replies = Counter(
            "personalize_budget_replies",
            "Budget replies, per operation and reason (refusals: every reason but granted).",
            ["operation", "reason"],
            registry=registry,
        )
        self.reserved = Counter(
            "personalize_budget_reserved_micros",
            "Micros granted by reserve (what reservations held when granted).",
            registry=registry,
        )
        self.routes = Counter(
            "personalize_routes",
            "Routing decisions, per tier and reason: the core/expert mix.",
            ["tier", "reason"],
            registry=registry,
        )

    def note(self, operation: str, reply: BudgetReply, estimate: int = 0) -> None:
        """Count one reply."""
        self.replies.labels(operation, reply.reason).inc()
        if reply.reason == "redis_unavailable_allowed":  # the caller chose to fail open: report
            log.warning("budget reserve %s allowed while Redis is unreachable", reply.request_id)
        if operation == "reserve" and reply.granted:
            self.reserved.inc(estimate)


class _Shared:
    """What both clients hold: the pure calls, the clock, the metrics, the route log, and the
    scripts, registered on the client (redis-py's sync and asyncio clients alike)."""

    def __init__(
        self,
        client: Any,
        config: BudgetClientConfig,
        metrics: BudgetMetrics | None,
        now_ms: Callable[[], int],
    ) -> None:
        self.calls = BudgetCalls(config)
        self.metrics = metrics or BudgetMetrics()
        self.now_ms = now_ms
        # Script for a sync client, AsyncScript for an asyncio one: each client calls them
        # its own way, the texts and their arguments are the same (sinks.budget_lua).
        self._reserve: Any = client.register_script(RESERVE)
        self._commit: Any = client.register_script(COMMIT)
        self._release: Any = client.register_script(RELEASE)
        self._route: Any = client.register_script(ROUTE_READ)

    def settle_request_id(self, call: tuple[list[str], list[Any]]) -> str:
        """The request id a commit or release call settles (its reservation key's tail)."""
        return call[0][1].removeprefix(self.calls.config.keys.budget_reservation_prefix())

    def routed(self, tenant: str, slot: str, priority: float, raw: Any) -> Route:
        if raw is None:
            route = Route("core", "redis_unavailable")
        else:
            state = self.calls.budget_state(raw)
            route = decide_route(
                state.slot, priority, state.expert_refusal(), self.calls.config.routing
            )
        self.metrics.routes.labels(route.tier, route.reason).inc()
        # One structured line per decision (no user ids), so routing can be evaluated later.
        log.info(
            "route %s",
            json.dumps(
                {"tenant": tenant, "slot": slot, "priority": priority, "tier": route.tier,
                 "reason": route.reason, "lower": route.lower, "upper": route.upper},
                sort_keys=True,
            ),
        )  # fmt: skip
        return route


class BudgetClient(_Shared):
    """Reserve, commit, release and route over a synchronous redis-py client."""

    def __init__(
        self,
        client: Redis,
        config: BudgetClientConfig,
        *,
        metrics: BudgetMetrics | None = None,
        now_ms: Callable[[], int] = _now_ms,
    ) -> None:
        super().__init__(client, config, metrics, now_ms)
        self.client = client

    @classmethod
    def connect(cls, settings: Settings, **kwargs: Any) -> BudgetClient:
        """A client on ``settings.redis_url`` with the budget timeouts and no retries."""
        timeout = settings.budget_timeout_ms / 1000.0
        client = Redis.from_url(
            settings.redis_url, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        return cls(client, BudgetClientConfig.from_settings(settings), **kwargs)

    def reserve(
        self, tenant: str, user: str | None, tier: str, estimate: int, request_id: str
    ) -> BudgetReply:
        """Hold ``estimate`` micros on every cap of the hierarchy, or refuse with the reason."""
        keys, args = self.calls.reserve(tenant, user, tier, estimate, request_id, self.now_ms())
        try:
            reply = self.calls.reply(request_id, self._reserve(keys=keys, args=args))
        except RedisError:
            reply = self.calls.unreachable(request_id, reserving=True)
        self.metrics.note("reserve", reply, estimate)
        return reply

    def commit(self, request_id: str) -> BudgetReply:
        """The call was made: keep the hold until its cost is reconciled by the stream."""
        return self._settle("commit", self._commit, self.calls.commit(request_id, self.now_ms()))

    def release(self, request_id: str) -> BudgetReply:
        """The call was not made: give the held budget back."""
        return self._settle("release", self._release, self.calls.release(request_id, self.now_ms()))

    def route(self, tenant: str, slot: str, priority: float) -> Route:
        """Core or expert for a call on ``slot``, with the reason (see ``processors.routing``)."""
        keys, args = self.calls.route_read(tenant, slot, self.now_ms())
        try:
            raw = self._route(keys=keys, args=args)
        except RedisError:
            raw = None
        return self.routed(tenant, slot, priority, raw)

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()

    def _settle(
        self, operation: str, script: Any, call: tuple[list[str], list[Any]]
    ) -> BudgetReply:
        request_id = self.settle_request_id(call)
        try:
            reply = self.calls.reply(request_id, script(keys=call[0], args=call[1]))
        except RedisError:
            reply = self.calls.unreachable(request_id, reserving=False)
        self.metrics.note(operation, reply)
        return reply


class AsyncBudgetClient(_Shared):
    """:class:`BudgetClient` over redis.asyncio: the same calls, awaited."""

    def __init__(
        self,
        client: AsyncRedis,
        config: BudgetClientConfig,
        *,
        metrics: BudgetMetrics | None = None,
        now_ms: Callable[[], int] = _now_ms,
    ) -> None:
        super().__init__(client, config, metrics, now_ms)
        self.client = client

    async def reserve(
        self, tenant: str, user: str | None, tier: str, estimate: int, request_id: str
    ) -> BudgetReply:
        """See :meth:`BudgetClient.reserve`."""
        keys, args = self.calls.reserve(tenant, user, tier, estimate, request_id, self.now_ms())
        try:
            reply = self.calls.reply(request_id, await self._reserve(keys=keys, args=args))
        except RedisError:
            reply = self.calls.unreachable(request_id, reserving=True)
        self.metrics.note("reserve", reply, estimate)
        return reply

    async def commit(self, request_id: str) -> BudgetReply:
        """See :meth:`BudgetClient.commit`."""
        call = self.calls.commit(request_id, self.now_ms())
        return await self._settle("commit", self._commit, call)

    async def release(self, request_id: str) -> BudgetReply:
        """See :meth:`BudgetClient.release`."""
        call = self.calls.release(request_id, self.now_ms())
        return await self._settle("release", self._release, call)

    async def route(self, tenant: str, slot: str, priority: float) -> Route:
        """See :meth:`BudgetClient.route`."""
        keys, args = self.calls.route_read(tenant, slot, self.now_ms())
        try:
            raw = await self._route(keys=keys, args=args)
        except RedisError:
            raw = None
        return self.routed(tenant, slot, priority, raw)

    async def _settle(
        self, operation: str, script: Any, call: tuple[list[str], list[Any]]
    ) -> BudgetReply:
        request_id = self.settle_request_id(call)
        try:
            reply = self.calls.reply(request_id, await script(keys=call[0], args=call[1]))
        except RedisError:
            reply = self.calls.unreachable(request_id, reserving=False)
        self.metrics.note(operation, reply)
        return reply
