"""Per-arm outcomes in the stream (in-process driver): exact sufficient statistics under
redelivery and lost writes, and the automatic actions: SRM pause, guardrail arm shut-off,
promotion candidate and opted-in promotion, each audited and alerted."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from processors.experiments.histogram import quantile
from streams.stages.experiment_outcomes import user_key_of
from tests import factories
from tests.experiment_traffic import book, issue, serve, spec, stats, topic
from tests.inprocess import Harness, settings
from tests.operators import CONFIGURED


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness(settings(operators=CONFIGURED))
    issue(h, "experiment.create", spec())
    issue(h, "experiment.start", {"id": "exp-1"})
    yield h
    h.close()


def users(arm: str, count: int) -> list[tuple[str, str]]:
    return [(f"{arm}-{i}", arm) for i in range(count)]


def redeliver(harness: Harness, *topics: str) -> None:
    for name in topics:
        records = list(harness.pipeline.consumed[name])
        harness.loop.run_until_complete(harness.pipeline.feed_records(name, records))


def test_arm_statistics_are_exact_and_survive_redelivery_and_a_lost_user_write(
    harness: Harness,
) -> None:
    traffic = users("control", 20) + users("treatment", 20)
    clicked = [u for u, _ in traffic[::4]]  # 5 per arm
    accepted = [u for u, _ in traffic[::5]]  # 4 per arm
    serve(harness, traffic, clicks=clicked, accepts=accepted)
    serve(harness, [("control-0", "control")], clicks=["control-0"], round_=1)  # and again
    first = stats(harness, "exp-1")
    control = first["control"]
    assert control.users == 20
    assert control.sums["lists"] == 21
    assert (control.sums["clicks"], control.squares["clicks"]) == (6, 4 + 2**2)
    assert control.cross["clicks*lists"] == 4 + 2 * 2  # control-0: 2 clicks over 2 lists
    assert control.sums["accepted"] == 4
    assert quantile(control.histograms["accept_ms"], 0.5) == pytest.approx(2000, rel=0.2)
    redeliver(harness, "recommendations", "interactions", "control.signals")
    assert stats(harness, "exp-1") == first
    # A crash after the arm's write but before the user's: the user is as before the
    # batch, the redelivery recomputes the update and the arm skips it.
    harness.pipeline.core.tables.experiments.delete(
        user_key_of("acme", harness.pipeline.core.pseudonymize("acme", "treatment-1")), 0
    )
    redeliver(harness, "recommendations", "interactions", "control.signals")
    assert stats(harness, "exp-1") == first


def test_clicks_and_accepts_before_their_list_are_counted_with_it(harness: Harness) -> None:
    early = [
        factories.interaction(
            event_id=f"{kind}-{user}", user_id=user, request_id=f"req-{user}-0", kind=kind,
            event_time=factories.EVENT_TIME_MS + 3_000,
        )
        for user in ("control-0", "control-1") for kind in ("CLICK", "ACCEPT")
    ]  # fmt: skip
    harness.interactions(early)
    assert stats(harness, "exp-1") == {}  # nothing to count yet: the lists are unknown
    serve(harness, users("control", 3))
    control = stats(harness, "exp-1")["control"]
    assert (control.users, control.sums["clicks"], control.sums["accepts"]) == (3, 2, 2)
    assert quantile(control.histograms["accept_ms"], 0.5) == pytest.approx(3000, rel=0.2)
    redeliver(harness, "interactions", "recommendations", "control.signals")
    assert stats(harness, "exp-1")["control"] == control


def test_a_sample_ratio_mismatch_pauses_the_experiment_with_an_audit_entry_and_an_alert(
    harness: Harness,
) -> None:
    serve(harness, users("control", 90) + users("treatment", 30))
    experiment = book(harness).experiments["exp-1"]
    assert experiment.status == "paused"
    assert "sample ratio mismatch" in experiment.reason
    assert not book(harness).running  # readers stop assigning at once
    entry = topic(harness, "audit")[-1]
    assert (entry["actor"], entry["action"]) == ("system", "experiment.auto_pause")
    assert json.loads(entry["before_json"])["status"] == "running"
    assert json.loads(entry["after_json"])["status"] == "paused"
    [alert] = topic(harness, "alerts")
    assert (alert["kind"], alert["severity"]) == ("experiment.paused", "CRITICAL")
    assert alert["value"] < 0.001


def test_a_balanced_split_is_not_paused(harness: Harness) -> None:
    serve(harness, users("control", 60) + users("treatment", 55))
    assert book(harness).experiments["exp-1"].status == "running"
    assert topic(harness, "alerts") == []


def test_an_arm_harming_a_guardrail_is_switched_off(harness: Harness) -> None:
    control, treatment = users("control", 80), users("treatment", 80)
    accepted = [u for u, _ in control[::2]] + [u for u, _ in treatment[:2]]  # 50 % vs 2.5 %
    serve(harness, control + treatment, accepts=accepted)
    experiment = book(harness).experiments["exp-1"]
    assert (experiment.status, experiment.arms_off) == ("running", ("treatment",))
    assert "guardrail acceptance harmed" in experiment.reason
    entry = topic(harness, "audit")[-1]
    assert (entry["actor"], entry["action"]) == ("system", "experiment.arm_off")
    assert [a["kind"] for a in topic(harness, "alerts")] == ["experiment.arm_off"]


@pytest.mark.parametrize("auto_promote", [False, True])
def test_a_significant_win_with_clean_guardrails_is_a_candidate_and_promotes_if_opted_in(
    auto_promote: bool,
) -> None:
    h = Harness(settings(operators=CONFIGURED))
    try:
        issue(h, "experiment.create", spec(auto_promote=auto_promote))
        issue(h, "experiment.start", {"id": "exp-1"})
        # The sequential test is wide on few users: 300 per arm for a 20 % -> 90 % CTR.
        control, treatment = users("control", 300), users("treatment", 300)
        clicked = [u for u, _ in control[::5]] + [u for u, _ in treatment if u[-1] != "0"]
        accepted = [u for u, _ in control[::2]] + [u for u, _ in treatment[::2]]
        serve(h, control + treatment, clicks=clicked, accepts=accepted)
        experiment = book(h).experiments["exp-1"]
        assert experiment.candidate == "treatment"
        kinds = [a["kind"] for a in topic(h, "alerts")]
        if auto_promote:
            assert (experiment.status, experiment.promoted_arm) == ("promoted", "treatment")
            assert kinds == ["experiment.candidate", "experiment.promote"]
            assert book(h).policies["acme/home"].arm.policy == "ranker-v2"
        else:
            assert experiment.status == "running"
            assert kinds == ["experiment.candidate"]
    finally:
        h.close()
