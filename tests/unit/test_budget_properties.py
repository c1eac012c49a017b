"""Property: no interleaving of reserve, commit, release, lease expiry and (redelivered) cost
events lets spend plus open reservations exceed a cap, loses a reservation, or counts a cost
twice. The real Lua scripts (fakeredis with Lua) and the real costs stages (in-process driver).

Services keep the protocol: a cost is published only for a call whose reservation is in force
(held within its lease, or committed within the reconcile window), costs at most its estimate,
and is billed in the period it was reserved in (docs/budgets.md says what happens otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.budgets import BudgetWorld, budget_settings

TENANTS = ("acme", "globex")
CAPS = {"tenant": 1_000_000, "user": 400_000, "global": 1_500_000, "expert": 3}
LEASE_MS, RECONCILE_MS = 60_000, 3_600_000

reserve = st.tuples(
    st.just("reserve"),
    st.sampled_from(TENANTS),
    st.sampled_from([None, "u0", "u1", "u2"]),
    st.sampled_from(["CORE", "EXPERT"]),
    # Coarse steps around the caps: fine-grained amounts rarely add up to a cap.
    st.integers(0, 9).map(lambda k: k * 50_000) | st.integers(0, 450_000),
)
operation = st.one_of(
    reserve,
    st.tuples(st.just("commit"), st.integers(0, 50)),
    st.tuples(st.just("release"), st.integers(0, 50)),
    st.tuples(st.just("cost"), st.integers(0, 50), st.floats(0.0, 1.0)),
    st.tuples(st.just("advance"), st.integers(0, 90_000)),
    st.tuples(st.just("redeliver"), st.integers(1, 5)),
)


@dataclass
class Reservation:
    request_id: str
    tenant: str
    user: str | None
    tier: str
    estimate: int
    made_ms: int
    deadline_ms: int
    status: str  # held, committed, settled (released, expired, reconciled or refused)


def live(r: Reservation, now_ms: int) -> bool:
    return r.status in ("held", "committed") and now_ms < r.deadline_ms


def check(world: BudgetWorld, published: int) -> None:
    """Every capped counter holds used + held <= cap; tenant spend equals what was published."""
    prefix = f"{world.harness.settings.redis_prefix}:{{budget}}:c:"
    spent = 0
    for key in world.redis.scan_iter(match=f"{prefix}*"):
        counter_id = key.decode()[len(prefix) :]
        kind = counter_id.split("|", 1)[0]
        values = {k.decode(): int(v) for k, v in world.redis.hgetall(key).items() if k != b"level"}
        held = values.get("held_calls" if kind == "expert" else "held", 0)
        assert held >= 0, counter_id
        assert values.get("used", 0) + held <= CAPS[kind], (counter_id, values)
        if kind == "tenant":
            spent += values.get("used", 0)
    assert spent == published


@settings(max_examples=150, deadline=None)
@given(st.lists(operation, max_size=40))
def test_no_interleaving_overspends(operations: list[tuple[object, ...]]) -> None:
    world = BudgetWorld(
        budget_settings(
            budget_tenant_daily_micros=CAPS["tenant"],
            budget_user_hourly_micros=CAPS["user"],
            budget_global_daily_micros=CAPS["global"],
            budget_expert_daily_calls=CAPS["expert"],
        )
    )
    reservations: list[Reservation] = []
    published = 0
    try:
        for op in operations:
            now = world.now[0]
            for r in reservations:  # what Redis expires lazily, the model expires at once
                if r.status in ("held", "committed") and now >= r.deadline_ms:
                    r.status = "settled"
            kind = op[0]
            if kind == "reserve":
                _, tenant, user, tier, estimate = op
                rid = f"r{len(reservations)}"
                reply = world.client.reserve(str(tenant), user, str(tier), int(estimate), rid)
                status = "held" if reply.granted else "settled"
                reservations.append(
                    Reservation(rid, str(tenant), user, str(tier), int(estimate), now,
                                now + LEASE_MS, status)
                )  # fmt: skip
            elif kind in ("commit", "release", "cost") and reservations:
                r = reservations[int(op[1]) % len(reservations)]
                if kind == "commit":
                    reply = world.client.commit(r.request_id)
                    assert reply.granted == (r.status == "held" or r.status == "committed"
                                             or reply.reason == "reconciled")  # fmt: skip
                    if r.status == "held":
                        r.status, r.deadline_ms = "committed", now + RECONCILE_MS
                elif kind == "release":
                    world.client.release(r.request_id)
                    if r.status in ("held", "committed"):
                        r.status = "settled"
                elif live(r, now):
                    actual = int(r.estimate * float(op[2]))  # type: ignore[arg-type]
                    world.cost(
                        event_id=f"cost-{r.request_id}",
                        tenant=r.tenant,
                        user_id=r.user,
                        tier=r.tier,
                        cost_micros=actual,
                        request_id=r.request_id,
                        event_time=r.made_ms,
                    )
                    published += actual
                    r.status = "settled"
            elif kind == "advance":
                world.now[0] += int(op[1])  # type: ignore[call-overload]
            elif kind == "redeliver":
                pipeline = world.harness.pipeline
                for topic in ("costs", "costs.clean"):
                    again = pipeline.consumed[topic][-int(op[1]) :]  # type: ignore[call-overload]
                    world.harness.loop.run_until_complete(pipeline.process(topic, again))
            check(world, published)
        # No reservation lost: what Redis holds is exactly what the live reservations hold.
        world.client.release("sweep")  # any script call expires due leases first
        for tenant in TENANTS:
            key = f"tenant|{tenant}|2023-11-14"
            held = int(world.counter(key).get("held", "0"))
            expected = sum(
                r.estimate for r in reservations if r.tenant == tenant and live(r, world.now[0])
                and r.made_ms < 1_700_006_400_000  # reserved on 2023-11-14 (UTC)
            )  # fmt: skip
            assert held == expected, tenant
    finally:
        world.close()
