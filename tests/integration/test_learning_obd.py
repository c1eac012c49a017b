"""Bandit counts learned from the Open Bandit Dataset through the real pipeline equal the CSVs."""

from __future__ import annotations

from pathlib import Path

import pytest
from redis import Redis

from sinks.keys import KeyLayout
from streams.clients.publisher import Publisher
from streams.runtime.worker_process import WorkerProcess
from streams.settings import Settings
from streams.tools.demo import bandit_mismatches, expected_bandit_counts
from streams.tools.obd import read_rounds, round_events
from tests.integration.kafka_reading import wait_for

pytestmark = pytest.mark.integration

ROUNDS_PER_LOG = 2_500


def test_obd_replay_gives_the_counts_of_the_csvs(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    rounds = [
        logged
        for policy, campaign in (("random", "all"), ("bts", "men"))
        for logged in list(read_rounds(policy, campaign))[:ROUNDS_PER_LOG]
    ]
    expected = expected_bandit_counts(rounds)
    assert sum(sum(clicks) for _, clicks in expected.values()) > 0  # the sample has clicks
    client = Redis.from_url(pipeline_settings.redis_url)
    keys = KeyLayout(pipeline_settings.redis_prefix)
    with WorkerProcess(pipeline_settings, tmp_path / "worker.log").start():
        with Publisher(
            pipeline_settings.kafka_bootstrap, topic_prefix=pipeline_settings.topic_prefix
        ) as publisher:
            for logged in rounds:
                recommendation, interactions = round_events(logged)
                # Clicks before their list on purpose for every 7th round: the join must wait.
                if logged.row % 7 == 0:
                    for interaction in interactions:
                        publisher.publish_interaction(interaction)
                    publisher.publish_recommendation(recommendation)
                else:
                    publisher.publish_recommendation(recommendation)
                    for interaction in interactions:
                        publisher.publish_interaction(interaction)
        wait_for(
            lambda: bandit_mismatches(client, keys, expected) == 0,
            120,
            "Redis bandit counts to equal the CSV counts",
        )
