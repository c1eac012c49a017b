"""Bandit allocation, as pure functions: Thompson shares (seeded, burn-in, floor, guardrail),
allocation periods and their cadence, sticky bucket ranges, and the period-weighted
estimator (a hand computation, and Simpson's paradox avoided)."""

from __future__ import annotations

import dataclasses
import math
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.control.bucketing import BUCKETS
from processors.experiments.allocation import Allocation, arm_at, bucket_counts, remap
from processors.experiments.assignment import arm_of
from processors.experiments.outcomes import ArmStats
from processors.experiments.period_weighted import (
    PeriodRate,
    relative_lift,
    weighted_rates,
)
from processors.experiments.reallocation import reallocate
from processors.experiments.report import analyse
from processors.experiments.spec import Experiment, parse_spec
from processors.experiments.thompson import thompson_weights, with_floor

START_MS = 1_700_000_000_000


def bandit_spec(arms: int = 2, **bandit: Any) -> dict[str, Any]:
    names = ["control", "bold", "calm", "wild"][:arms]
    return {
        "id": "bandit-1", "tenant": "acme", "surface": "home",
        "arms": [{"name": n, "policy": f"p-{n}"} for n in names],
        "primary_metric": "acceptance", "allocation": "bandit",
        "bandit": {"burn_in_users": 50, "update_every_users": 10, "update_every_minutes": 0,
                   **bandit},
    }  # fmt: skip


def started(arms: int = 2, **bandit: Any) -> Experiment:
    return Experiment(parse_spec(bandit_spec(arms, **bandit))).with_status("running", START_MS)


def accepted(users: int, converted: int) -> ArmStats:
    """An arm whose ``converted`` of ``users`` accepted (the ``acceptance`` metric)."""
    return ArmStats(users, {"accepted": float(converted)}, {"accepted": float(converted)})


def test_a_bandit_spec_round_trips_and_a_split_spec_is_unchanged() -> None:
    spec = parse_spec(bandit_spec())
    assert (spec.allocation, spec.bandit and spec.bandit.burn_in_users) == ("bandit", 50)
    assert parse_spec(spec.to_json()) == spec
    split = bandit_spec()
    del split["allocation"], split["bandit"]
    assert "allocation" not in parse_spec(split).to_json()


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"primary_metric": "latency"}, "a bandit optimises a rate"),
        ({"allocation": "greedy"}, "allocation must be 'split' or 'bandit'"),
        ({"allocation": "split"}, "bandit settings need"),
        ({"bandit": {"exploration_floor": 0.6}}, "bandit.exploration_floor must be"),
        ({"bandit": {"burn_in": 5}}, "unknown bandit field(s) burn_in"),
    ],
)
def test_unusable_bandit_specs_are_refused(changes: dict[str, Any], reason: str) -> None:
    with pytest.raises(ValueError, match=re.escape(reason)):
        parse_spec({**bandit_spec(), **changes})


def test_the_shares_are_the_same_for_the_same_input_and_seeded_by_the_period() -> None:
    arms = {"control": accepted(200, 20), "bold": accepted(200, 26)}
    first = thompson_weights("bandit-1", 3, arms, "acceptance", 50, 0.05)
    assert thompson_weights("bandit-1", 3, arms, "acceptance", 50, 0.05) == first
    assert thompson_weights("bandit-1", 4, arms, "acceptance", 50, 0.05) != first
    assert math.isclose(sum(first.values()), 1.0)


def test_the_burn_in_is_an_equal_split() -> None:
    arms = {"control": accepted(49, 0), "bold": accepted(500, 400), "calm": accepted(60, 1)}
    assert thompson_weights("b", 1, arms, "acceptance", 50, 0.05) == dict.fromkeys(arms, 1 / 3)


def test_the_better_arm_gets_more_traffic_and_the_worse_keeps_the_floor() -> None:
    arms = {"control": accepted(1000, 100), "bold": accepted(1000, 150)}
    shares = thompson_weights("bandit-1", 1, arms, "acceptance", 50, 0.1)
    assert shares == {"control": pytest.approx(0.1), "bold": pytest.approx(0.9)}


def test_the_floor_is_water_filled() -> None:
    shares = with_floor({"a": 0.96, "b": 0.03, "c": 0.01}, 0.05)
    assert shares == {"a": pytest.approx(0.9), "b": 0.05, "c": 0.05}
    assert with_floor({"a": 0.5, "b": 0.5}, 0.1) == {"a": 0.5, "b": 0.5}


@settings(max_examples=60, derandomize=True, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5000), st.floats(0, 1)), min_size=2, max_size=8),
    st.floats(0, 1),
    st.integers(0, 10**6),
)
def test_shares_are_a_probability_vector_with_every_arm_at_the_floor_or_more(
    arms: list[tuple[int, float]], floor_fraction: float, period: int
) -> None:
    stats = {f"arm{i}": accepted(n, int(n * rate)) for i, (n, rate) in enumerate(arms)}
    floor = floor_fraction / len(arms)
    shares = thompson_weights("prop", period, stats, "acceptance", 10, floor, draws=500)
    assert set(shares) == set(stats)
    assert math.isclose(sum(shares.values()), 1.0, abs_tol=1e-9)
    assert all(floor - 1e-12 <= s <= 1.0 + 1e-12 for s in shares.values())


def test_a_period_starts_when_due_and_the_shares_move() -> None:
    experiment = started()
    period0 = experiment.allocation
    assert period0 is not None
    assert dict(period0.current.weights) == {"control": 0.5, "bold": 0.5}
    arms = {"control": accepted(300, 30), "bold": accepted(300, 60)}
    moved = reallocate(experiment, arms, START_MS + 1)
    assert moved is not None
    assert moved.allocation is not None
    period = moved.allocation.current
    assert (period.number, period.start_ms) == (1, START_MS + 1)
    assert period.weights["bold"] > 0.9 - 1e-9
    assert dict(period.start_counts) == {"control": (300, 30.0, 300.0), "bold": (300, 60.0, 300.0)}
    # Not due again: fewer than update_every_users new users since the period started.
    later = {"control": accepted(303, 30), "bold": accepted(305, 61)}
    assert reallocate(moved, later, START_MS + 2) is None


def test_no_period_starts_before_the_cadence_or_while_the_shares_stay() -> None:
    slow = started(update_every_minutes=30)
    arms = {"control": accepted(300, 30), "bold": accepted(300, 60)}
    assert reallocate(slow, arms, START_MS + 29 * 60_000) is None
    assert reallocate(slow, arms, START_MS + 30 * 60_000) is not None
    burn_in = {"control": accepted(40, 30), "bold": accepted(40, 1)}
    assert reallocate(started(), burn_in, START_MS + 1) is None  # still equal: no period


def test_an_arm_switched_off_by_a_guardrail_gets_nothing_at_once() -> None:
    experiment = dataclasses.replace(started(3, update_every_minutes=600), arms_off=("calm",))
    arms = {"control": accepted(20, 2), "bold": accepted(20, 2), "calm": accepted(20, 2)}
    moved = reallocate(experiment, arms, START_MS + 1)  # not due, but forced
    assert moved is not None
    assert moved.allocation is not None
    assert dict(moved.allocation.current.weights) == {"control": 0.5, "bold": 0.5, "calm": 0.0}
    assert all(arm != "calm" for _, _, arm in moved.allocation.ranges)


def test_moving_shares_moves_only_the_buckets_that_must_move() -> None:
    old = remap((), bucket_counts({"a": 0.5, "b": 0.3, "c": 0.2}))
    new = remap(old, bucket_counts({"a": 0.2, "b": 0.3, "c": 0.5}))
    moved = sum(arm_at(old, b) != arm_at(new, b) for b in range(BUCKETS))
    assert moved == 3000  # the total variation distance: 30 points, and no more
    assert all(arm_at(old, b) == "b" for b in range(BUCKETS) if arm_at(new, b) == "b")
    counts = {arm: sum(end - start for start, end, a in new if a == arm) for arm in "abc"}
    assert counts == {"a": 2000, "b": 3000, "c": 5000}


def test_readers_assign_through_the_bandit_ranges() -> None:
    experiment = started()
    arms = {"control": accepted(300, 30), "bold": accepted(300, 60)}
    moved = reallocate(experiment, arms, START_MS + 1)
    assert moved is not None
    users = [f"user-{i}" for i in range(4000)]
    before = {u: name_of(experiment, u) for u in users}
    after = {u: name_of(moved, u) for u in users}
    share = sum(a == "bold" for a in after.values()) / len(users)
    assert share == pytest.approx(0.9, abs=0.02)
    assert all(after[u] == "bold" for u in users if before[u] == "bold")  # bold only grew


def name_of(experiment: Experiment, user: str) -> str | None:
    arm = arm_of(experiment, user)
    return None if arm is None else arm.name


def test_the_period_weighted_estimate_matches_a_hand_computation() -> None:
    periods = [
        {"control": PeriodRate(1000, 100, 1000), "bold": PeriodRate(1000, 120, 1000)},
        {"control": PeriodRate(500, 25, 500), "bold": PeriodRate(1500, 90, 1500)},
    ]
    rates = weighted_rates(periods, ["control", "bold"])
    assert rates is not None
    # Period weights 2000/4000 and 2000/4000.
    assert rates["control"].estimate == pytest.approx(0.5 * 0.10 + 0.5 * 0.05, rel=1e-12)
    assert rates["bold"].estimate == pytest.approx(0.5 * 0.12 + 0.5 * 0.06, rel=1e-12)
    expected = 0.25 * 0.1 * 0.9 / 1000 + 0.25 * 0.05 * 0.95 / 500
    assert rates["control"].variance == pytest.approx(expected, rel=1e-12)
    lift, variance = relative_lift(rates["control"], rates["bold"])
    assert lift == pytest.approx(0.09 / 0.075 - 1, rel=1e-12)
    vc, vb = rates["control"].variance, rates["bold"].variance
    assert variance == pytest.approx(vb / 0.075**2 + 0.09**2 * vc / 0.075**4, rel=1e-12)


def test_weighting_by_period_avoids_simpsons_paradox() -> None:
    """The base rate halves in period 1, when the bandit sends bold 90 % of users: pooled,
    bold looks worse (228/2800 < 110/1200); by period it is better in both, and overall."""
    periods = [
        {"control": PeriodRate(1000, 100, 1000), "bold": PeriodRate(1000, 120, 1000)},
        {"control": PeriodRate(200, 10, 200), "bold": PeriodRate(1800, 108, 1800)},
    ]
    assert 228 / 2800 < 110 / 1200
    rates = weighted_rates(periods, ["control", "bold"])
    assert rates is not None
    assert rates["bold"].estimate > rates["control"].estimate
    assert (rates["control"].estimate, rates["bold"].estimate) == pytest.approx((0.075, 0.09))


def test_the_report_of_a_bandit_uses_the_periods() -> None:
    experiment = started()
    first = {"control": accepted(300, 30), "bold": accepted(300, 45)}
    moved = reallocate(experiment, first, START_MS + 1)
    assert moved is not None
    assert moved.allocation is not None
    share = moved.allocation.current.weights["bold"]
    later = {"control": accepted(300 + 20, 30 + 1), "bold": accepted(300 + 180, 45 + 14)}
    report = analyse(moved.spec, later, (), moved.allocation)
    # Planned shares: 600 users at 50/50, then 200 users at the new shares.
    assert report.planned["bold"] == pytest.approx((600 * 0.5 + 200 * share) / 800)
    [primary] = [m for m in report.metrics if m.arm == "bold" and m.role == "primary"]
    # Period weights: 600 and 200 of the 800 users.
    assert primary.mean == pytest.approx(0.75 * 45 / 300 + 0.25 * 14 / 180)
    assert primary.verdict in ("better", "inconclusive")


def test_the_allocation_round_trips_through_the_experiments_json() -> None:
    moved = reallocate(
        started(), {"control": accepted(300, 30), "bold": accepted(300, 60)}, START_MS + 5
    )
    assert moved is not None
    assert Experiment.from_json(moved.to_json()) == moved
    assert Allocation.from_json(moved.to_json()["allocation"]) == moved.allocation
