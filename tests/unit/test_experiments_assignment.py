"""Sticky, deterministic assignment: properties of the pure rule, and the reader applying it
with the flags (holdback and kill switch win) in one round trip."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator

import fakeredis
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from redis.backoff import NoBackoff
from redis.retry import Retry

from processors.experiments.assignment import ExperimentBook, arm_of, assign
from processors.experiments.spec import Experiment, parse_spec
from sinks.ranking_reader import RankingReader
from tests import factories
from tests.experiment_traffic import issue, spec
from tests.inprocess import Harness
from tests.inprocess import settings as harness_settings
from tests.operators import CONFIGURED


def running(exp_id: str = "exp-1", **changes: object) -> Experiment:
    return Experiment(parse_spec(spec(exp_id, **changes)), "running")


keys = st.text("0123456789abcdef", min_size=8, max_size=32)


@given(keys)
def test_assignment_is_a_pure_function_of_the_pseudonym_and_experiment(user_key: str) -> None:
    book = ExperimentBook({"exp-1": running()})
    first = assign(book, "acme", "home", user_key)
    # A fresh book (another worker, a restart) gives the same arm.
    again = assign(ExperimentBook.from_json(book.to_json()), "acme", "home", user_key)
    assert first == again
    assert first is not None
    assert first.arm in ("control", "treatment")


@given(keys, st.integers(0, 100))
def test_a_holdout_takes_users_out_and_growing_it_never_moves_anyone_between_arms(
    user_key: str, holdout: int
) -> None:
    base = arm_of(running(holdout_percent=0), user_key)
    held = arm_of(running(holdout_percent=holdout), user_key)
    assert held is None or held == base


@settings(max_examples=20)
@given(st.sampled_from(["exp-a", "exp-b", "exp-c"]))
def test_the_split_follows_the_weights(exp_id: str) -> None:
    arms = [
        {"name": "control", "weight": 3, "policy": "p1"},
        {"name": "treatment", "weight": 1, "policy": "p2"},
    ]
    experiment = running(exp_id, arms=arms)
    counts = Counter(arm.name for u in range(8000) if (arm := arm_of(experiment, f"u{u}")))
    assert counts["control"] / 8000 == pytest.approx(0.75, abs=0.025)


def test_a_switched_off_arm_serves_the_control_without_an_arm() -> None:
    experiment = dataclasses.replace(running(), arms_off=("treatment",))
    book = ExperimentBook({"exp-1": experiment})
    served = [assign(book, "acme", "home", f"user-{i}") for i in range(200)]
    assert {(a.experiment_id, a.arm, a.policy) for a in served if a} == {
        ("exp-1", "control", "ranker-v1"),
        (None, None, "ranker-v1"),
    }


# --- the reader, over the in-process pipeline's Redis ---------------------------------------


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness(harness_settings(operators=CONFIGURED))
    yield h
    h.close()


def reader(harness: Harness) -> RankingReader:
    client = fakeredis.FakeRedis(
        server=harness.redis.connection_pool.connection_kwargs["server"],
        socket_timeout=0.05,
        socket_connect_timeout=0.05,
        retry=Retry(NoBackoff(), 0),
    )
    # fakeredis drops the connect timeout it never needs; the reader insists on one.
    client.connection_pool.connection_kwargs["socket_connect_timeout"] = 0.05
    return RankingReader(client, harness.settings)


def test_the_reader_returns_sticky_arms_and_respects_holdback_and_the_kill_switch(
    harness: Harness,
) -> None:
    arms = [
        {"name": "control", "weight": 1, "policy": "ranker-v1"},
        {"name": "popular", "weight": 1, "policy": "pop-arm", "config": {"serve": "popular"}},
    ]
    issue(harness, "experiment.create", spec(arms=arms))
    issue(harness, "experiment.start", {"id": "exp-1"})
    # Some engagement, so the tenant has popular items to serve.
    harness.interactions(factories.interaction(event_id=f"e{i}", user_id="x") for i in range(3))
    first = reader(harness)
    results = {u: first.top_k("acme", u, "home", 3, f"r-{u}") for u in map(str, range(60))}
    assert {r.experiment_id for r in results.values()} == {"exp-1"}
    assert {r.arm for r in results.values()} == {"control", "popular"}
    for result in results.values():
        if result.arm == "popular":
            assert (result.fallback_reason, result.policy_version) == ("experiment_arm", "pop-arm")
            assert result.arm_config == {"serve": "popular"}
    # Another reader (another process) agrees on every user.
    second = reader(harness)
    assert all(second.top_k("acme", u, "home", 3, "x").arm == r.arm for u, r in results.items())
    # Held back by the flags: no arm; killed: no arm.
    issue(harness, "flag.set", {"tenant": "acme", "mode": "on", "holdback_percent": 100})
    held = first.top_k("acme", "7", "home", 3, "h")
    assert (held.fallback_reason, held.experiment_id, held.arm) == ("holdback", None, None)
    issue(harness, "flag.set", {"tenant": "acme", "mode": "on", "holdback_percent": 0})
    issue(harness, "kill_switch.set", {"tenant": "acme"})
    killed = first.top_k("acme", "7", "home", 3, "k")
    assert (killed.fallback_reason, killed.arm) == ("killed", None)


def test_a_promoted_policy_is_served_to_everyone_on_the_scope(harness: Harness) -> None:
    issue(harness, "experiment.create", spec())
    issue(harness, "experiment.start", {"id": "exp-1"})
    issue(harness, "experiment.promote", {"id": "exp-1", "arm": "treatment"})
    result = reader(harness).top_k("acme", "someone", "home", 3, "r")
    assert (result.experiment_id, result.arm, result.arm_config) == (None, None, {})
    other = reader(harness).top_k("acme", "someone", "search", 3, "r")
    assert other.arm_config is None
