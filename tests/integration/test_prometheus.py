"""A real Prometheus (Debian's package, started as ``personalize up --prometheus`` starts it)
scrapes a real worker: its HTTP API returns the worker's series. The worker's alerts reach
the ``alerts`` topic: a bot's click burst raises ``burst.user``."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from infra.pidfile import stop_pid
from infra.prometheus_server import PROCESS_MARKER, pid_file, start_prometheus
from schemas.codec import decode
from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from streams.tools.ports import free_port
from tests import factories
from tests.integration.kafka_reading import read_topic, wait_for, wait_until_consumed

pytestmark = pytest.mark.integration


def _query(port: int, promql: str) -> list[dict[str, Any]]:
    url = f"http://127.0.0.1:{port}/api/v1/query?" + urllib.parse.urlencode({"query": promql})
    with urllib.request.urlopen(url, timeout=5) as response:
        body = json.load(response)
    result: list[dict[str, Any]] = body["data"]["result"]
    return result


def _burst(settings: Settings) -> None:
    """Ten minutes of ordinary clicks (the baseline), then a bot: 100 clicks in a minute.

    Minute by minute, each consumed before the next is sent: the detectors' watermark is the
    highest event time seen on any partition, so a whole test published at once would reach
    the partitions out of event-time order (live traffic arrives in time order).
    """
    start = factories.EVENT_TIME_MS
    with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
        for minute in range(13):
            t = start + minute * 60_000
            users = ["bot"] * 100 if minute == 10 else [f"user-{i}" for i in range(10)]
            events = [
                factories.interaction(
                    event_id=f"{minute}-{i}",
                    user_id=user,
                    item_id=f"item-{i % 7}",
                    event_time=t + i * 100,
                )
                for i, user in enumerate(users)
            ]
            for event in events:
                publisher.publish_interaction(event)
            publisher.flush()
            wait_until_consumed(settings, ["interactions"], 60)


def test_prometheus_scrapes_the_worker_and_alerts_reach_the_topic(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = pipeline_settings
    port = free_port()
    run_dir = tmp_path / "prometheus"
    target = f"127.0.0.1:{settings.metrics_port}"
    prometheus = start_prometheus(run_dir, "127.0.0.1", port, target, tmp_path / "prom.log")
    try:
        with WorkerProcess(settings, tmp_path / "worker.log").start():
            _burst(settings)
            alerts = read_topic(settings.kafka_bootstrap, settings.topic("alerts"), at_least=1)
            records = [decode(m.value(), expected="Alert").record for m in alerts]
            topic = settings.topic("interactions")
            wait_for(
                lambda: bool(_query(port, f'personalize_events_in_total{{topic="{topic}"}}')),
                60,
                "Prometheus to have scraped the worker's series",
            )
            up = _query(port, 'up{job="personalize-worker"}')
    finally:
        stop_pid(pid_file(run_dir), PROCESS_MARKER, 30.0)
        prometheus.wait(30)
    assert [(r["kind"], r["status"]) for r in records][:1] == [("burst.user", "FIRING")]
    assert records[0]["runbook"].startswith("docs/operations.md#alert-")
    assert [sample["value"][1] for sample in up] == ["1"]
