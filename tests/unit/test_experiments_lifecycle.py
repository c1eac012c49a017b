"""Experiment lifecycle through signed commands, in the in-process driver: transitions,
audit with before/after, rejections, disjoint scopes, promotion."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.experiment_traffic import book, issue, spec, topic
from tests.inprocess import Harness, settings
from tests.operators import CONFIGURED, VIEWER


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness(settings(operators=CONFIGURED))
    yield h
    h.close()


def status(harness: Harness, exp_id: str = "exp-1") -> str:
    return book(harness).experiments[exp_id].status


def test_the_lifecycle_moves_through_every_state_and_audits_each_step(harness: Harness) -> None:
    issue(harness, "experiment.create", spec())
    assert status(harness) == "draft"
    assert not book(harness).running  # a draft assigns nobody
    steps = [("start", "running"), ("pause", "paused"), ("resume", "running"), ("stop", "stopped")]
    for verb, expected in steps:
        issue(harness, f"experiment.{verb}", {"id": "exp-1"})
        assert status(harness) == expected
    entries = topic(harness, "audit")
    assert [e["action"] for e in entries] == [
        "experiment.create", "experiment.start", "experiment.pause", "experiment.resume",
        "experiment.stop",
    ]  # fmt: skip
    assert all(e["outcome"] == "APPLIED" and e["actor"] == "alice" for e in entries)
    assert entries[0]["before_json"] is None
    start = entries[1]
    assert json.loads(start["before_json"])["status"] == "draft"
    assert json.loads(start["after_json"])["status"] == "running"


@pytest.mark.parametrize(
    ("action", "payload", "detail"),
    [
        ("experiment.create", spec(arms=[{"name": "only"}]), "arms must be a list of 2 to 8"),
        ("experiment.create", spec(primary_metric="revenue"), "primary_metric must be one of"),
        ("experiment.create", spec(sequentail=True), "unknown field(s) sequentail"),
        ("experiment.start", {"id": "nope"}, "no experiment 'nope'"),
        ("experiment.resume", {"id": "exp-1"}, "cannot resume experiment 'exp-1': it is draft"),
        ("experiment.promote", {"id": "exp-1"}, "cannot promote experiment 'exp-1': it is draft"),
    ],
)
def test_unusable_commands_are_rejected_as_bad_payload_and_change_nothing(
    harness: Harness, action: str, payload: dict[str, object], detail: str
) -> None:
    issue(harness, "experiment.create", spec())
    before = book(harness)
    issue(harness, action, payload)
    last = topic(harness, "audit")[-1]
    assert (last["outcome"], last["reason"]) == ("REJECTED", "bad_payload")
    assert detail in json.loads(last["details_json"])["detail"]
    assert book(harness) == before


def test_a_viewer_may_not_create_an_experiment(harness: Harness) -> None:
    issue(harness, "experiment.create", spec(), signer=VIEWER)
    assert (topic(harness, "audit")[-1]["reason"]) == "forbidden_role"
    assert not book(harness).experiments


def test_running_experiments_must_have_disjoint_scopes(harness: Harness) -> None:
    issue(harness, "experiment.create", spec("home"))
    issue(harness, "experiment.create", spec("tenant-wide", surface=None))
    issue(harness, "experiment.create", spec("search", surface="search"))
    issue(harness, "experiment.create", spec("other-tenant", tenant="globex"))
    for exp_id in ("home", "tenant-wide", "search", "other-tenant"):
        issue(harness, "experiment.start", {"id": exp_id})
    statuses = {i: e.status for i, e in book(harness).experiments.items()}
    # acme (tenant-wide) overlaps acme/home; acme/search and globex do not.
    assert statuses == {
        "home": "running", "tenant-wide": "draft", "search": "running", "other-tenant": "running",
    }  # fmt: skip
    detail = json.loads(topic(harness, "audit")[-3]["details_json"])["detail"]
    assert "'home' is running on acme/home, which overlaps acme" in detail
    assert sorted(book(harness).running) == ["acme/home", "acme/search", "globex/home"]


def test_promotion_makes_the_arm_the_scopes_policy(harness: Harness) -> None:
    issue(harness, "experiment.create", spec())
    issue(harness, "experiment.start", {"id": "exp-1"})
    issue(harness, "experiment.promote", {"id": "exp-1", "arm": "treatment"})
    current = book(harness)
    assert current.experiments["exp-1"].status == "promoted"
    assert current.experiments["exp-1"].promoted_arm == "treatment"
    assert not current.running
    policy = current.policies["acme/home"]
    assert (policy.experiment_id, policy.arm.policy) == ("exp-1", "ranker-v2")
    entry = topic(harness, "audit")[-1]
    assert entry["action"] == "experiment.promote"
    assert json.loads(entry["after_json"])["promoted_arm"] == "treatment"
