"""Replay, the third driver: the clean topics into a sandbox, deterministic, live untouched."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from redis import Redis

from schemas.codec import decode
from sinks.sandbox import sandbox_prefix, state_digest
from streams.cli import main
from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from streams.tools.kafka_tools import group_lag
from tests import factories
from tests.integration.kafka_reading import read_topic, wait_for

pytestmark = pytest.mark.integration


def _replay(
    capsys: pytest.CaptureFixture[str], settings: Settings, *args: str
) -> dict[str, object]:
    code = main(["replay", "--namespace", "sbx", *args])
    out = capsys.readouterr().out
    assert code == 0, out
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def _learned_traffic(settings: Settings, tmp_path: Path) -> None:
    """60 served lists of three items and a click on each list's first item, through a worker."""
    now = factories.EVENT_TIME_MS
    served = [
        factories.recommendation(request_id=f"r{i}", user_id=f"user-{i % 7}", event_time=now + i)
        for i in range(60)
    ]
    clicks = [
        factories.interaction(
            event_id=f"c{i}", request_id=f"r{i}", user_id=f"user-{i % 7}", event_time=now + i + 1
        )
        for i in range(60)
    ]
    with WorkerProcess(settings.replace(max_future_skew_ms=10**12), tmp_path / "w.log").start():
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            for record in served:
                publisher.publish_recommendation(record)
            for record in clicks:
                publisher.publish_interaction(record)
        inputs = [settings.topic("recommendations"), settings.topic("interactions")]
        wait_for(
            lambda: group_lag(settings.kafka_bootstrap, settings.app_id, inputs) == 0, 60, "lag 0"
        )
        read_topic(settings.kafka_bootstrap, settings.topic("events.clean"), at_least=60)


@pytest.fixture
def learned(
    pipeline_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    """The test's settings, in the environment the CLI reads, after a worker learned traffic."""
    for name, value in pipeline_settings.to_env().items():
        monkeypatch.setenv(name, value)
    _learned_traffic(pipeline_settings, tmp_path)
    return pipeline_settings


def test_replay_is_deterministic_and_leaves_live_state_untouched(
    learned: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = learned
    client = Redis.from_url(settings.redis_url)
    live_before = state_digest(client, settings.redis_prefix)
    try:
        first = _replay(capsys, settings)
        second = _replay(capsys, settings)
        bounded = _replay(capsys, settings, "--max-events", "30")
    finally:
        dropped = main(["replay", "drop", "--namespace", "sbx"])
    assert first["events"] == 120
    assert first["by_topic"] == {"served.clean": 60, "events.clean": 60}
    assert first["digest"] == second["digest"]
    assert bounded["events"] == 30
    assert bounded["digest"] != first["digest"]
    assert state_digest(client, settings.redis_prefix) == live_before
    assert dropped == 0
    assert not list(client.scan_iter(match=f"{sandbox_prefix(settings.redis_prefix, 'sbx')}:*"))


def test_backfill_estimates_a_candidate_and_audits_it(
    learned: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = learned
    candidate = tmp_path / "candidate.json"
    candidate.write_text(json.dumps({"epsilon": 0.2, "prior_b": 50.0}))
    assert main(["backfill", "--candidate", str(candidate), "--days", "1"]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["served_slots"] == 180  # 60 lists of three items
    assert result["logged_click_rate"] == pytest.approx(60 / 180)
    assert 0.0 <= result["candidate_click_rate"] <= 1.0
    low, high = result["ci"]
    assert low <= result["candidate_click_rate"] <= high
    assert result["diagnostics"]["effective_sample_size"] > 0
    # Backfill runs outside the worker: its entry waits on audit.pending until a worker's
    # audit stage chains it onto the trail.
    audits = read_topic(settings.kafka_bootstrap, settings.topic("audit.pending"), at_least=1)
    actions = [decode(m.value()).record for m in audits]
    [entry] = [a for a in actions if a["action"] == "backfill.completed"]
    assert entry["actor"] == "system"
    assert json.loads(entry["details_json"])["served_slots"] == 180
    leftovers = f"{settings.redis_prefix}:sandbox:*"
    assert not list(Redis.from_url(settings.redis_url).scan_iter(match=leftovers))


def _bandit_hashes(client: Redis, prefix: str) -> dict[str, Any]:
    """Every ``bandit:<surface>`` hash under ``prefix`` (the summed counts readers use)."""
    return {
        key.decode().removeprefix(prefix): client.hgetall(key)
        for key in client.scan_iter(match=f"{prefix}:*:bandit:*")
        if not key.endswith((b":parts", b":examination"))
    }


def test_replay_learns_the_live_counts_whole_and_split(
    learned: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    # Raw topics are keyed by user id and clean ones by pseudonym, so one raw partition's
    # records arrive spread over every clean partition: replay must still count every list.
    settings = learned
    client = Redis.from_url(settings.redis_url)
    live = _bandit_hashes(client, settings.redis_prefix)
    sandbox = sandbox_prefix(settings.redis_prefix, "sbx")
    try:
        _replay(capsys, settings)
        whole = _bandit_hashes(client, sandbox)
        assert main(["replay", "drop", "--namespace", "sbx"]) == 0
        capsys.readouterr()
        parts = [_replay(capsys, settings, "--part", f"{i}/2") for i in range(2)]
        split = _bandit_hashes(client, sandbox)
    finally:
        main(["replay", "drop", "--namespace", "sbx"])
    assert live
    assert whole == live
    assert split == live
    assert sum(int(str(p["events"])) for p in parts) == 120
    assert [p["part"] for p in parts] == ["0/2", "1/2"]
