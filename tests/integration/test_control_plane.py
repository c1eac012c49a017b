"""The control plane on the real broker and Redis: signed commands through a real worker."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from processors.control.issue import OperatorKey
from schemas.codec import decode, encode
from sinks.ranking_reader import RankingReader
from streams.cli.main import main
from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess, settings_env
from streams.settings import Settings
from tests import factories
from tests.integration.kafka_reading import read_topic, wait_for
from tests.operators import ADMIN, CONFIGURED, STRANGER, VIEWER, command, encoded


def _key_file(path: Path, key: OperatorKey) -> Path:
    data = {"operator": key.operator, "role": key.role, "private_key": key.private_key.hex()}
    path.write_text(json.dumps(data))
    path.chmod(0o600)
    return path


@pytest.fixture
def control_settings(
    pipeline_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    """The test's settings with operators configured, also in the environment (for the CLI)."""
    settings = pipeline_settings.replace(
        operators=CONFIGURED, operator_key_file=str(_key_file(tmp_path / "alice.key", ADMIN))
    )
    for name, value in settings_env(settings).items():
        if name.startswith("PERSONALIZE_"):
            monkeypatch.setenv(name, value)
    return settings


def _audit(settings: Settings, at_least: int) -> list[dict[str, Any]]:
    records = read_topic(settings.kafka_bootstrap, settings.topic("audit"), at_least=at_least)
    return [decode(m.value()).record for m in records]


def _produce(settings: Settings, values: list[bytes]) -> None:
    with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
        for value in values:
            publisher.produce_raw(settings.topic("control"), value, b"flag:acme")


def test_each_rejection_is_audited_and_an_edited_trail_is_caught(
    control_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = control_settings
    now = int(time.time() * 1000)
    good = command(ADMIN, "kill_switch.set", {"tenant": "acme"}, now_ms=now)
    flipped = bytearray(bytes.fromhex(good["signature"]))
    flipped[5] ^= 0x01
    rejected = {
        "malformed": b"\x00not a command",
        "unsigned": encoded({**good, "signature": ""}),
        "bad_signature": encoded({**good, "signature": flipped.hex()}),
        "unknown_key": encoded(command(STRANGER, "flag.set", {"tenant": "acme"}, now_ms=now)),
        "expired": encoded(command(ADMIN, "flag.set", {}, now_ms=now - 3_000_000)),
        "forbidden_role": encoded(
            command(VIEWER, "kill_switch.set", {"tenant": "acme"}, now_ms=now)
        ),
        "bad_payload": encoded(
            command(ADMIN, "flag.set", {"tenant": "acme", "mode": "x"}, now_ms=now)
        ),
    }
    with WorkerProcess(settings, tmp_path / "worker.log").start():
        _produce(settings, [*rejected.values(), encoded(good), encoded(good)])
        trail = _audit(settings, 9)
        alerts = read_topic(settings.kafka_bootstrap, settings.topic("alerts"), at_least=1)
    reasons = [(e["outcome"], e["reason"]) for e in trail]
    assert reasons == [
        *(("REJECTED", reason) for reason in rejected),
        ("APPLIED", None),
        ("REJECTED", "replayed_nonce"),
    ]
    assert decode(alerts[0].value()).record["kind"] == "control.rejections"
    # The trail verifies; an export edited by hand does not.
    assert main(["audit", "verify"]) == 0
    assert main(["audit", "tail", "--json"]) == 0
    exported = capsys.readouterr().out.splitlines()[-len(trail) :]
    export = tmp_path / "trail.jsonl"
    export.write_text("\n".join(exported))
    assert main(["audit", "verify", "--file", str(export)]) == 0
    edited = [json.loads(line) for line in exported]
    edited[7]["actor"] = "mallory"  # claim someone else set the kill switch
    export.write_text("\n".join(json.dumps(e) for e in edited))
    capsys.readouterr()
    assert main(["audit", "verify", "--file", str(export)]) == 1
    assert "entry 7: content does not match its hash" in capsys.readouterr().out
    # A forged entry appended to the topic itself breaks the chain too.
    forged = {**trail[-1], "sequence": len(trail), "actor": "mallory"}
    with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
        publisher.produce_raw(settings.topic("audit"), encode("AuditRecord", forged), b"x")
    assert main(["audit", "verify"]) == 1


def test_rollout_kill_and_observe_through_the_cli_reach_a_reader(
    control_settings: Settings, tmp_path: Path
) -> None:
    settings = control_settings
    reader = RankingReader.connect(settings, timeout_s=0.5)
    with WorkerProcess(settings, tmp_path / "worker.log").start():
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            for i in range(40):
                user = f"user-{i}"
                publisher.publish_recommendation(
                    factories.recommendation(user_id=user, request_id=f"r{i}")
                )
                publisher.publish_interaction(
                    factories.interaction(user_id=user, request_id=f"r{i}", event_id=f"e{i}")
                )

        def sources() -> list[Any]:
            return [
                reader.top_k("acme", f"user-{i}", "home", 3, "q").fallback_reason for i in range(40)
            ]

        wait_for(lambda: all(r is None for r in sources()) or None, 60, "personalized rankings")
        assert main(["flags", "set", "--tenant", "acme", "--mode", "on", "--rollout", "10"]) == 0
        reasons = sources()
        assert 0 < reasons.count(None) < 15
        assert set(reasons) == {None, "rollout"}
        started = time.monotonic()
        assert main(["kill", "--tenant", "acme"]) == 0
        assert set(sources()) == {"killed"}
        assert time.monotonic() - started < 10.0
        assert main(["unkill", "--tenant", "acme"]) == 0
        assert (
            main(["flags", "set", "--tenant", "acme", "--mode", "observe", "--rollout", "100"]) == 0
        )
        assert set(sources()) == {"observe"}
        # Read while the worker runs: the audit stage chains entries after they are applied.
        trail = _audit(settings, 4)
    reader.close()
    assert [(e["actor"], e["action"]) for e in trail] == [
        ("alice", "flag.set"),
        ("alice", "kill_switch.set"),
        ("alice", "kill_switch.clear"),
        ("alice", "flag.set"),
    ]
    assert os.stat(settings.operator_key_file).st_mode & 0o077 == 0


def test_an_error_burst_rolls_a_rollout_back_with_alert_and_audit(
    control_settings: Settings, tmp_path: Path
) -> None:
    settings = control_settings
    minute = 60_000
    start = (int(time.time() * 1000) // minute - 8) * minute  # eight minutes ago
    with WorkerProcess(settings, tmp_path / "worker.log").start():
        for percent in ("10", "25"):
            assert (
                main(["flags", "set", "--tenant", "acme", "--mode", "on", "--rollout", percent])
                == 0
            )
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            for m in range(7):  # six minutes at 10% errors, then the first call of the seventh
                for i in range(40 if m < 6 else 1):
                    publisher.publish_cost(
                        factories.cost(
                            event_id=f"c{m}-{i}",
                            user_id=f"user-{i}",
                            request_id=f"q{m}-{i}",
                            outcome="ERROR" if i < 4 and m < 6 else "OK",
                            event_time=start + m * minute + i,
                        )
                    )
        trail = _audit(settings, 3)
        alerts = read_topic(settings.kafka_bootstrap, settings.topic("alerts"), at_least=1)
    # The EXPERT calls also cross the expert-call cap: budget alerts come along.
    [alert] = [r for a in alerts if (r := decode(a.value()).record)["kind"] == "rollout.rollback"]
    assert (alert["kind"], alert["tenant"], alert["severity"]) == (
        "rollout.rollback",
        "acme",
        "CRITICAL",
    )
    rollback = trail[-1]
    assert (rollback["actor"], rollback["action"], rollback["target"]) == (
        "system",
        "rollout.rollback",
        "acme",
    )
    assert json.loads(rollback["before_json"])["rollout_percent"] == 25.0
    assert json.loads(rollback["after_json"])["rollout_percent"] == 0.0
    assert main(["audit", "verify"]) == 0
