"""Fixtures for tests that run the real pipeline: provisioned topics and isolated settings.

Every integration test names what it creates on the shared broker and Redis after its
``unique_prefix`` (``t<8 hex>.``): its topics, Faust's changelog and assignor topics
(``t<hex>-app-...``), its consumer groups and its Redis keys (``test:t<hex>:...``). The
``unique_prefix`` fixture deletes all of them afterwards: every Kafka client fetches metadata
for every topic, and thousands of leftovers slow every later test and every other user of the
broker. At the end of the session, :func:`nothing_left_behind` fails the run if anything of
this session's prefixes is still there.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from confluent_kafka.admin import AdminClient
from redis import Redis

from infra.provision import load_spec, provision
from streams.settings import Settings, load_settings
from streams.tools.kafka_tools import delete_groups, delete_topics
from streams.tools.ports import free_port
from tests.conftest import Services

#: The name (prefix without its dot) of every unique_prefix handed out in this session.
_SESSION_NAMES: list[str] = []


def redis_prefix_of(name: str) -> str:
    """The Redis key prefix of the test named ``name``."""
    return f"test:{name}"


def leftovers(services: Services, names: list[str]) -> list[str]:
    """Topics, consumer groups and Redis keys that still start with one of ``names``."""
    if not names:
        return []
    admin = AdminClient({"bootstrap.servers": services.bootstrap})
    found = [t for t in admin.list_topics(timeout=30).topics if t.startswith(tuple(names))]
    groups = admin.list_consumer_groups(request_timeout=30).result()
    found += [f"group {g.group_id}" for g in groups.valid if g.group_id.startswith(tuple(names))]
    client = Redis.from_url(services.redis_url)
    try:
        for name in names:
            found += [
                f"redis {key.decode()}"
                for key in client.scan_iter(match=f"{redis_prefix_of(name)}:*", count=1000)
            ]
    finally:
        client.close()
    return sorted(found)


def delete_everything_named(services: Services, name: str) -> None:
    """Delete the topics, consumer groups and Redis keys of the test named ``name``."""
    delete_topics(services.bootstrap, name)
    admin = AdminClient({"bootstrap.servers": services.bootstrap})
    groups = admin.list_consumer_groups(request_timeout=30).result()
    delete_groups(
        services.bootstrap, [g.group_id for g in groups.valid if g.group_id.startswith(name)]
    )
    client = Redis.from_url(services.redis_url)
    try:
        for key in client.scan_iter(match=f"{redis_prefix_of(name)}:*", count=1000):
            client.unlink(key)
    finally:
        client.close()


@pytest.fixture(scope="session", autouse=True)
def nothing_left_behind(services: Services) -> Iterator[None]:
    """Fail the session if any test left a topic, group or Redis key of its prefix behind."""
    yield
    left = leftovers(services, _SESSION_NAMES)
    assert not left, f"{len(left)} things of this session were left behind: {left[:20]}"


@pytest.fixture
def unique_prefix(services: Services) -> Iterator[str]:
    """A topic/group name prefix no other test uses; everything under it is deleted after."""
    name = f"t{uuid4().hex[:8]}"
    _SESSION_NAMES.append(name)
    yield f"{name}."
    delete_everything_named(services, name)


@pytest.fixture
def pipeline_settings(services: Any, unique_prefix: str, tmp_path: Path) -> Settings:
    """Settings for one test: its own topics (provisioned), group, tables and Redis prefix.

    Everything named after the prefix (Faust's changelogs and group included) is deleted by
    ``unique_prefix`` once the test's workers have stopped.
    """
    name = unique_prefix.rstrip(".")
    settings = load_settings(env={}).replace(
        kafka_bootstrap=services.bootstrap,
        redis_url=services.redis_url,
        topic_prefix=unique_prefix,
        app_id=f"{name}-app",
        redis_prefix=redis_prefix_of(name),
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
    return settings
