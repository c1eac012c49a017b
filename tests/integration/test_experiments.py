"""An A/B experiment on the real broker and Redis, through the CLI and a real worker.

Create and start an A/B from a spec file; serve users through the reader (which assigns their
arms) and publish their lists and clicks with a real lift; read ``results``. Then a service
that logs everyone as the control skews the split: the experiment pauses itself, with an alert
and an audit entry.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from schemas.codec import decode
from sinks.ranking_reader import RankingReader
from streams.cli.main import main
from streams.clients.experiments import read_experiment_book, read_experiment_stats
from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from tests import factories
from tests.integration.kafka_reading import read_topic, wait_for
from tests.integration.test_control_plane import control_settings  # noqa: F401 (fixture)

SPEC = {
    "id": "home-ab",
    "tenant": "acme",
    "surface": "home",
    "arms": [
        {"name": "control", "weight": 1, "policy": "ranker-v1"},
        {"name": "bold", "weight": 1, "policy": "ranker-v2"},
    ],
    "primary_metric": "ctr",
    "guardrail_metrics": ["acceptance"],
    "min_sample_per_arm": 30,
}
CTR = {"control": 0.10, "bold": 0.30}


def _publish(publisher: Publisher, user: str, arm: str, clicked: bool, n: int) -> None:
    request = f"req-{user}-{n}"
    publisher.publish_recommendation(
        factories.recommendation(user_id=user, request_id=request, experiment_id="home-ab", arm=arm)
    )
    if clicked:
        publisher.publish_interaction(
            factories.interaction(user_id=user, request_id=request, event_id=f"click-{user}-{n}")
        )


def _users(settings: Settings) -> dict[str, int]:
    return {a: s.users for a, s in read_experiment_stats(
        settings.redis_url, settings.redis_prefix, "home-ab").items()}  # fmt: skip


def test_an_ab_test_reports_its_lift_and_pauses_itself_when_the_split_is_skewed(
    control_settings: Settings,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = control_settings
    spec_file = tmp_path / "home-ab.json"
    spec_file.write_text(json.dumps(SPEC))
    rng = np.random.default_rng(14)
    reader = RankingReader.connect(settings, timeout_s=0.5)
    with WorkerProcess(settings, tmp_path / "worker.log").start():
        assert main(["experiments", "create", str(spec_file)]) == 0
        assert main(["experiments", "start", "home-ab"]) == 0
        arms: dict[str, str] = {}
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            for i in range(400):
                user = f"user-{i}"
                result = reader.top_k("acme", user, "home", 3, f"q-{i}")
                assert result.experiment_id == "home-ab"
                assert result.arm is not None
                arms[user] = result.arm
                _publish(publisher, user, result.arm, bool(rng.random() < CTR[result.arm]), 0)
        wait_for(lambda: sum(_users(settings).values()) == 400 or None, 60, "400 exposed users")
        capsys.readouterr()
        assert main(["experiments", "results", "home-ab", "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["status"] == "running"
        assert report["srm_p"] > 0.001
        [ctr] = [m for m in report["metrics"] if m["arm"] == "bold" and m["metric"] == "ctr"]
        assert ctr["lift"] > 0.5  # +200 % planted
        assert main(["experiments", "results", "home-ab"]) == 0
        table = capsys.readouterr().out
        for part in ("SRM check", "ctr", "primary", "acceptance", "guardrail", "verdict:"):
            assert part in table
        # A service bug logs every new user as the control: the split is broken.
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            for i in range(400, 700):
                _publish(publisher, f"user-{i}", "control", False, 0)

        def paused() -> Any:
            book = read_experiment_book(settings.redis_url, settings.redis_prefix)
            return book.experiments["home-ab"].status == "paused" or None

        wait_for(paused, 60, "the experiment to pause itself")
        assert reader.top_k("acme", "user-1", "home", 3, "after").experiment_id is None
        alerts = read_topic(settings.kafka_bootstrap, settings.topic("alerts"), at_least=1)
    reader.close()
    kinds = [decode(a.value()).record["kind"] for a in alerts]
    assert "experiment.paused" in kinds
    trail = read_topic(settings.kafka_bootstrap, settings.topic("audit"), at_least=3)
    entries = [decode(m.value()).record for m in trail]
    pause = [e for e in entries if e["action"] == "experiment.auto_pause"]
    assert pause
    assert pause[0]["actor"] == "system"
    assert "sample ratio mismatch" in pause[0]["reason"]
    assert [e["action"] for e in entries[:2]] == ["experiment.create", "experiment.start"]
    assert main(["audit", "verify"]) == 0
