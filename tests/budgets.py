"""Budget test helpers: a budget client and the in-process pipeline on one fakeredis server."""

from __future__ import annotations

from typing import Any

import fakeredis

from schemas.codec import encode
from streams.clients.budget_calls import BudgetClientConfig
from streams.clients.budgets import BudgetClient
from streams.settings import Settings
from tests import factories
from tests.inprocess import NOW_MS, Harness, settings
from tests.operators import ADMIN, CONFIGURED, command, encoded


def budget_settings(**changes: Any) -> Settings:
    """Test settings with small, round caps (micros) unless changed."""
    base: dict[str, Any] = {
        "budget_tenant_daily_micros": 1_000_000,
        "budget_user_hourly_micros": 400_000,
        "budget_global_daily_micros": 5_000_000,
        "budget_expert_daily_calls": 5,
        "operators": CONFIGURED,
    }
    return settings(**{**base, **changes})


def set_caps(world: BudgetWorld, *changes: tuple[str, str | None, int | None]) -> None:
    """Publish one signed ``budget.set`` (by the test admin) with ``(kind, tenant, value)``."""
    payload = {"changes": [{"kind": k, "tenant": t, "value": v} for k, t, v in changes]}
    signed = command(ADMIN, "budget.set", payload, now_ms=world.now[0])
    world.harness.feed("control", [(b"budget", encoded(signed))])
    world.harness.loop.run_until_complete(world.harness.pipeline.engine.refresh_caps())


class BudgetWorld:
    """The pipeline (fakeredis with Lua) and a sync budget client on the same server, with one
    clock (ms) that both read."""

    def __init__(self, config: Settings | None = None) -> None:
        self.harness = Harness(config or budget_settings())
        self.now = [NOW_MS]
        self.redis: fakeredis.FakeRedis = self.harness.redis
        self.harness.pipeline._now_ms = lambda: self.now[0]  # the gate's clock follows ours
        # What a worker does first against an empty Redis: without it, reservations fail closed.
        self.harness.loop.run_until_complete(self.harness.pipeline.check_redis())
        self.client = BudgetClient(
            self.redis,
            BudgetClientConfig.from_settings(self.harness.settings),
            now_ms=lambda: self.now[0],
        )

    def close(self) -> None:
        self.harness.close()

    def cost(self, **overrides: Any) -> None:
        """Publish one cost event (fields of ``factories.cost``) through the pipeline."""
        record = factories.cost(**{"event_time": self.now[0] - 1_000, **overrides})
        key = (record["user_id"] or record["tenant"]).encode()
        self.harness.feed("costs", [(key, encode("Cost", record))])

    def counter(self, counter_id: str) -> dict[str, str]:
        """A budget counter hash, as text."""
        key = f"{self.harness.settings.redis_prefix}:{{budget}}:c:{counter_id}"
        return {k.decode(): v.decode() for k, v in self.redis.hgetall(key).items()}


__all__ = ["NOW_MS", "BudgetWorld", "budget_settings", "factories"]
