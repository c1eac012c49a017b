"""Requests leave the attribution join once event time passes their window, and are counted."""

from __future__ import annotations

import time
import urllib.request
from pathlib import Path

import pytest

from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from tests import factories
from tests.integration.kafka_reading import read_topic, wait_for

pytestmark = pytest.mark.integration


def _unattributed_unknown_request(settings: Settings) -> float:
    url = f"http://127.0.0.1:{settings.metrics_port}/metrics"
    text = urllib.request.urlopen(url, timeout=5).read().decode()
    for line in text.splitlines():
        if line.startswith("personalize_unattributed_clicks_total") and "unknown_request" in line:
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_a_click_whose_list_never_comes_expires_and_is_counted(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = pipeline_settings.replace(attribution_window_ms=2_000)
    now = int(time.time() * 1000) - 60_000
    lost_click = factories.interaction(
        event_id="lost", user_id="user-1", request_id="never-served", event_time=now
    )
    # The same user's later list and click put both joined streams of the partition (the
    # user's) past the window, in event time.
    later_list = factories.recommendation(
        request_id="later", user_id="user-1", event_time=now + 10_000, experiment_id=None,
        arm=None,
    )  # fmt: skip
    later_click = factories.interaction(
        event_id="later-click", user_id="user-1", request_id="later", event_time=now + 10_001
    )
    with WorkerProcess(settings, tmp_path / "worker.log").start():
        with Publisher(settings.kafka_bootstrap, topic_prefix=settings.topic_prefix) as publisher:
            publisher.publish_interaction(lost_click)
            publisher.publish_recommendation(later_list)
            publisher.publish_interaction(later_click)
        wait_for(lambda: _unattributed_unknown_request(settings) >= 1, 60, "the lost click counted")
        changelog = read_topic(settings.kafka_bootstrap, f"{settings.app_id}-served-changelog")
    last = {m.key(): m.value() for m in changelog}
    assert last[b"never-served"] is None  # expired: a tombstone
    assert last[b"later"] is not None  # within its window: still open
