"""The control and audit stages through the in-process driver: flags, rejections, the chain."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import fakeredis
import pytest

from processors.control.audit_chain import verify_chain
from processors.control.flags import FlagBook
from schemas.codec import decode
from schemas.errors import SinkError
from sinks.flags import load_flags
from sinks.keys import KeyLayout
from tests import factories
from tests.inprocess import NOW_MS, Harness, settings
from tests.operators import ADMIN, CONFIGURED, SUPERADMIN, VIEWER, command, encoded


@pytest.fixture
def harness() -> Iterator[Harness]:
    h = Harness(settings(operators=CONFIGURED, rejection_burst=3))
    yield h
    h.close()


def issue(harness: Harness, *records: dict[str, Any]) -> None:
    harness.feed("control", [(b"flag:acme", encoded(r)) for r in records])


def admin(action: str, **payload: Any) -> dict[str, Any]:
    return command(ADMIN, action, payload, now_ms=NOW_MS)


def audit(harness: Harness) -> list[dict[str, Any]]:
    return [decode(r.value or b"").record for r in harness.pipeline.records("audit")]


def redis_flags(harness: Harness) -> FlagBook:
    doc = harness.redis.hget(KeyLayout(harness.settings.redis_prefix).flags(), "doc")
    return FlagBook.from_json(doc or b"{}")


def test_an_admin_flag_change_reaches_redis_the_core_and_the_audit_trail(
    harness: Harness,
) -> None:
    issue(harness, admin("flag.set", tenant="acme", mode="on", rollout_percent=10))
    flag = redis_flags(harness).get("acme")
    assert flag is not None
    assert (flag.mode, flag.rollout_percent) == ("on", 10.0)
    assert harness.pipeline.core.flags.get("acme") == flag
    [entry] = audit(harness)
    assert (entry["actor"], entry["action"], entry["outcome"]) == ("alice", "flag.set", "APPLIED")
    assert entry["before_json"] is None
    assert json.loads(entry["after_json"])["rollout_percent"] == 10.0


def test_rollout_history_allows_stepping_back(harness: Harness) -> None:
    for percent in (10, 25, 50):
        issue(harness, admin("flag.set", tenant="acme", mode="on", rollout_percent=percent))
    flag = redis_flags(harness).get("acme")
    assert flag is not None
    assert flag.rollout_history == (100.0, 10.0, 25.0)


def test_rejections_change_nothing_are_audited_counted_and_a_burst_alerts(
    harness: Harness,
) -> None:
    viewer = command(VIEWER, "kill_switch.set", {"tenant": "acme"}, now_ms=NOW_MS)
    forged = {**admin("kill_switch.set", tenant="acme"), "signature": "00" * 64}
    unsigned = {**admin("kill_switch.set", tenant="acme"), "signature": ""}
    issue(harness, viewer, forged, unsigned)
    assert not redis_flags(harness).flags
    assert not harness.pipeline.core.flags.flags
    reasons = [(e["outcome"], e["reason"]) for e in audit(harness)]
    assert reasons == [
        ("REJECTED", "forbidden_role"),
        ("REJECTED", "bad_signature"),
        ("REJECTED", "unsigned"),
    ]
    metric = harness.pipeline.metrics.registry.get_sample_value
    assert metric("personalize_control_commands_total", {"result": "forbidden_role"}) == 1
    [alert] = [decode(r.value or b"").record for r in harness.pipeline.records("alerts")]
    assert alert["kind"] == "control.rejections"
    assert alert["value"] == 3.0


def test_a_replayed_command_is_rejected_but_a_redelivery_is_skipped(harness: Harness) -> None:
    record = admin("kill_switch.set", tenant="acme")
    issue(harness, record)
    issue(harness, record)  # the same bytes published again: a replay
    assert [(e["outcome"], e["reason"]) for e in audit(harness)] == [
        ("APPLIED", None),
        ("REJECTED", "replayed_nonce"),
    ]
    before = len(harness.pipeline.records("audit"))
    pipeline = harness.pipeline
    harness.loop.run_until_complete(pipeline.process("control", pipeline.consumed["control"][:1]))
    assert len(harness.pipeline.records("audit.pending")) == before  # nothing new


def test_bad_payloads_and_unknown_actions_are_rejected_after_spending_the_nonce(
    harness: Harness,
) -> None:
    issue(
        harness,
        admin("flag.set", tenant="acme", mode="sideways"),
        admin("flag.set", tenant="acme", rollout_percent=150),
        admin("flag.explode", tenant="acme"),
        admin("flag.set", surface="home"),
    )
    assert [e["reason"] for e in audit(harness)] == [
        "bad_payload",
        "bad_payload",
        "unknown_action",
        "bad_payload",
    ]
    assert not redis_flags(harness).flags


def test_a_superadmin_revokes_a_key_and_its_commands_are_refused(harness: Harness) -> None:
    revoke = command(SUPERADMIN, "operator.revoke", {"key_id": ADMIN.key_id}, now_ms=NOW_MS)
    issue(harness, revoke, admin("kill_switch.set", tenant="acme"))
    assert [e["reason"] for e in audit(harness)] == [None, "revoked_key"]


def test_off_stops_learning_and_observe_keeps_it(harness: Harness) -> None:
    issue(harness, admin("flag.set", tenant="acme", surface="home", mode="off"))
    harness.recommendations([factories.recommendation(request_id="r1")])
    harness.interactions([factories.interaction(event_id="e1", request_id="r1")])
    learned = [k for k in harness.state() if ":rank:" in k or ":bandit:" in k or ":profile" in k]
    assert learned == []
    assert len(harness.pipeline.records("events.clean")) == 1  # the gate still runs
    issue(harness, admin("flag.set", tenant="acme", surface="home", mode="observe"))
    harness.recommendations([factories.recommendation(request_id="r2")])
    harness.interactions([factories.interaction(event_id="e2", request_id="r2")])
    assert any(":rank:home" in key for key in harness.state())


def test_the_audit_chain_holds_across_stages_and_catches_tampering(harness: Harness) -> None:
    issue(harness, admin("flag.set", tenant="acme", mode="on", rollout_percent=10))
    harness.consent([factories.consent(action="OPT_OUT")])
    issue(harness, admin("kill_switch.set", tenant="acme"))
    trail = audit(harness)
    assert [e["sequence"] for e in trail] == [0, 1, 2]
    assert verify_chain(trail).intact
    edited = [dict(e) for e in trail]
    edited[1]["actor"] = "someone-else"
    assert "entry 1: content does not match its hash" in verify_chain(edited).problems
    deleted = verify_chain([trail[0], trail[2]])
    assert any("missing" in p for p in deleted.problems)
    reordered = verify_chain([trail[0], trail[2], trail[1]])
    assert any("out of order" in p for p in reordered.problems)
    redelivered = verify_chain([trail[0], trail[1], trail[1], trail[2]])
    assert redelivered.intact
    assert redelivered.duplicates == 1


def test_a_kill_switch_survives_a_redis_loss(harness: Harness) -> None:
    issue(harness, admin("kill_switch.set", tenant="acme"))
    harness.redis.flushall()
    assert not redis_flags(harness).flags
    harness.loop.run_until_complete(harness.pipeline.check_redis())
    flag = redis_flags(harness).get("acme")
    assert flag is not None
    assert flag.killed


def test_a_flag_book_read_that_redis_fails_is_a_sink_error() -> None:
    """Worker timers re-read the book every 0.5 s; a failed read must be our SinkError (kept
    book, retried at the next tick), not a raw redis error."""
    server = fakeredis.FakeServer()
    client = fakeredis.FakeAsyncRedis(server=server)
    server.connected = False
    with pytest.raises(SinkError, match="flag book"):
        asyncio.run(load_flags(client, KeyLayout("test:flags")))
