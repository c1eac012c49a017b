"""Fixtures for tests that run the real pipeline: provisioned topics and isolated settings."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from infra.provision import load_spec, provision
from streams.settings import Settings, load_settings
from streams.tools.kafka_tools import delete_topics


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def pipeline_settings(services: Any, unique_prefix: str, tmp_path: Path) -> Iterator[Settings]:
    """Settings for one test: its own topics (provisioned), group, tables and Redis prefix.

    The test's topics (Faust's changelogs included) are deleted afterwards: every client
    fetches metadata for all topics, and thousands of leftovers slow every later test.
    """
    name = unique_prefix.rstrip(".")
    settings = load_settings(env={}).replace(
        kafka_bootstrap=services.bootstrap,
        redis_url=services.redis_url,
        topic_prefix=unique_prefix,
        app_id=f"{name}-app",
        redis_prefix=f"test:{name}",
        data_dir=str(tmp_path / "faust"),
        metrics_port=free_port(),
        web_port=free_port(),
        sink_flush_ms=10,
    )
    provision(
        settings.kafka_bootstrap,
        load_spec(),
        prefix=settings.topic_prefix,
        partitions=settings.partitions,
    )
    yield settings
    delete_topics(settings.kafka_bootstrap, name)
