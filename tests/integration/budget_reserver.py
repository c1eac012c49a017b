"""One reserver process of the concurrency test: reserve, then (if granted) publish the
call's cost through the real broker and commit. Kept light: spawned 50 times."""

from __future__ import annotations

from typing import Any

from streams.clients.budgets import BudgetClient
from streams.clients.publisher import Publisher
from streams.settings import load_settings
from tests import factories


def reserve_and_spend(
    env: dict[str, str], index: int, estimate: int, start: Any, results: Any
) -> None:
    """Wait for every reserver, reserve, spend and commit; put the outcome on ``results``."""
    settings = load_settings(env=env)
    client = BudgetClient.connect(settings.replace(budget_timeout_ms=2_000.0))
    request_id = f"req-{index}"
    start.wait()  # all 50 reserve at once
    reply = client.reserve("acme", f"user-{index}", "CORE", estimate, request_id)
    cost = 0
    if reply.granted:
        cost = estimate - index  # the call cost a little less than estimated
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            publisher.publish_cost(
                factories.cost(
                    event_id=f"cost-{index}",
                    user_id=f"user-{index}",
                    tier="CORE",
                    cost_micros=cost,
                    request_id=request_id,
                    event_time=client.now_ms(),
                )
            )
        client.commit(request_id)
    client.close()
    results.put((index, reply.granted, reply.reason, cost))
