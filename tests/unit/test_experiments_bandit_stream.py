"""A bandit experiment in the in-process driver: the control stage starts allocation periods
from the arms' snapshots, audits each (actor ``system``, ``experiment.reallocate``, shares
before and after), and a redelivery changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.experiment_traffic import book, issue, serve, spec, topic
from tests.inprocess import Harness, settings
from tests.operators import CONFIGURED

BANDIT = {"burn_in_users": 20, "update_every_users": 20, "update_every_minutes": 0}


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness(settings(operators=CONFIGURED))
    issue(h, "experiment.create", spec(allocation="bandit", bandit=BANDIT))
    issue(h, "experiment.start", {"id": "exp-1"})
    yield h
    h.close()


def users(arm: str, count: int) -> list[tuple[str, str]]:
    return [(f"{arm}-{i}", arm) for i in range(count)]


def test_a_started_bandit_begins_with_an_equal_split(harness: Harness) -> None:
    allocation = book(harness).experiments["exp-1"].allocation
    assert allocation is not None
    assert allocation.current.number == 0
    assert dict(allocation.current.weights) == {"control": 0.5, "treatment": 0.5}
    assert [r[2] for r in allocation.ranges] == ["control", "treatment"]


def test_the_better_arm_gets_more_traffic_and_each_period_is_audited(harness: Harness) -> None:
    control, treatment = users("control", 40), users("treatment", 40)
    clicked = [u for u, _ in control[:4]] + [u for u, _ in treatment[:20]]  # 10 % vs 50 %
    serve(harness, control + treatment, clicks=clicked)
    experiment = book(harness).experiments["exp-1"]
    assert experiment.status == "running"  # the moved shares are no sample-ratio mismatch
    allocation = experiment.allocation
    assert allocation is not None
    assert allocation.current.number >= 1
    assert dict(allocation.current.weights) == {"control": 0.1, "treatment": 0.9}
    entries = [e for e in topic(harness, "audit") if e["action"] == "experiment.reallocate"]
    assert len(entries) == allocation.current.number
    last = entries[-1]
    assert (last["actor"], last["outcome"]) == ("system", "APPLIED")
    assert json.loads(last["after_json"]) == {
        "period": allocation.current.number,
        "weights": {"control": 0.1, "treatment": 0.9},
    }
    assert json.loads(entries[0]["before_json"])["weights"] == {"control": 0.5, "treatment": 0.5}
    assert topic(harness, "alerts") == []  # reallocating is not an incident

    for name in ("recommendations", "interactions", "control.signals"):
        records = list(harness.pipeline.consumed[name])
        harness.loop.run_until_complete(harness.pipeline.feed_records(name, records))
    assert book(harness).experiments["exp-1"] == experiment
    assert [e for e in topic(harness, "audit") if e["action"] == "experiment.reallocate"] == entries
