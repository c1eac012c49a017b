"""The real local broker and Redis: idempotent start-up and topic provisioning."""

from __future__ import annotations

import time

import pytest
import redis
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import (  # type: ignore[attr-defined]  # no __all__ there
    AdminClient,
    AlterConfigOpType,
    ConfigEntry,
    ConfigResource,
    NewTopic,
)

from infra.config import InfraConfig
from infra.provision import load_spec, provision
from infra.services import status, up
from streams.tools.kafka_tools import delete_run
from tests.conftest import REPO_ROOT, Services

pytestmark = pytest.mark.integration


def _topic_configs(bootstrap: str, topic: str) -> dict[str, str]:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    resource = ConfigResource(ConfigResource.Type.TOPIC, topic)
    entries = admin.describe_configs([resource])[resource].result(timeout=30)
    return {key: str(entry.value) for key, entry in entries.items()}


def test_up_is_idempotent_and_healthy(services: Services) -> None:
    cfg = InfraConfig(root=REPO_ROOT)
    first = up(cfg)
    second = up(cfg)
    assert [h.healthy for h in first] == [True, True]
    assert [h.detail.split(":")[0] for h in second] == ["already running", "already running"]
    report = {h.name: h for h in status(cfg)}
    assert report["kafka"].healthy
    assert report["kafka"].address == services.bootstrap
    assert report["redis"].healthy
    assert redis.Redis.from_url(services.redis_url).ping()


def test_provision_creates_topics_with_their_policies(
    services: Services, unique_prefix: str
) -> None:
    specs = load_spec()
    report = provision(services.bootstrap, specs, prefix=unique_prefix)
    assert sorted(report.created) == sorted(unique_prefix + s.name for s in specs)
    assert report.drifted == ()
    admin = AdminClient({"bootstrap.servers": services.bootstrap})
    topics = admin.list_topics(timeout=30).topics
    for spec in specs:
        name = unique_prefix + spec.name
        assert len(topics[name].partitions) == spec.partitions
        configs = _topic_configs(services.bootstrap, name)
        assert configs["cleanup.policy"] == spec.cleanup_policy
        if spec.retention_ms is not None:
            assert configs["retention.ms"] == str(spec.retention_ms)
    assert _topic_configs(services.bootstrap, unique_prefix + "interactions")[
        "retention.ms"
    ] == str(86_400_000)


def test_provision_twice_creates_nothing_and_finds_no_drift(
    services: Services, unique_prefix: str
) -> None:
    specs = load_spec()
    provision(services.bootstrap, specs, prefix=unique_prefix)
    again = provision(services.bootstrap, specs, prefix=unique_prefix)
    assert again.created == ()
    assert again.drifted == ()
    assert len(again.unchanged) == len(specs)


def test_retention_changed_by_hand_is_reported_as_drift(
    services: Services, unique_prefix: str
) -> None:
    specs = load_spec()
    provision(services.bootstrap, specs, prefix=unique_prefix)
    topic = unique_prefix + "audit"
    admin = AdminClient({"bootstrap.servers": services.bootstrap})
    resource = ConfigResource(
        ConfigResource.Type.TOPIC,
        topic,
        incremental_configs=[
            ConfigEntry("retention.ms", "3600000", incremental_operation=AlterConfigOpType.SET)
        ],
    )
    for future in admin.incremental_alter_configs([resource]).values():
        future.result(timeout=30)
    # The controller acknowledges before the broker applies the change; wait until it shows.
    deadline = time.monotonic() + 30
    while _topic_configs(services.bootstrap, topic)["retention.ms"] != "3600000":
        assert time.monotonic() < deadline, "the altered retention never became visible"
        time.sleep(0.1)

    report = provision(services.bootstrap, specs, prefix=unique_prefix)

    assert report.created == ()
    assert [d.topic for d in report.drifted] == [topic]
    assert report.drifted[0].differences == ("retention.ms: spec 31536000000, broker 3600000",)
    assert not report.ok


def test_delete_run_leaves_nothing_of_a_run_on_the_broker(
    services: Services, unique_prefix: str
) -> None:
    # What a demo run leaves: its topics, Faust's changelog and assignor topics named after
    # the app id, and the app's consumer group with committed offsets.
    name = unique_prefix.rstrip(".")
    app_id = f"{name}-app"
    provision(services.bootstrap, load_spec(), prefix=unique_prefix)
    admin = AdminClient({"bootstrap.servers": services.bootstrap})
    faust_topics = [f"{app_id}-popularity-changelog", f"{app_id}-__assignor-__leader"]
    for future in admin.create_topics([NewTopic(t, 1, 1) for t in faust_topics]).values():
        future.result(timeout=30)
    consumer = Consumer({"bootstrap.servers": services.bootstrap, "group.id": app_id})
    try:
        topic = unique_prefix + "interactions"
        consumer.commit(offsets=[TopicPartition(topic, 0, 0)], asynchronous=False)
    finally:
        consumer.close()

    topics, groups = delete_run(services.bootstrap, topic_prefix=unique_prefix, app_id=app_id)

    assert set(topics) == {unique_prefix + s.name for s in load_spec()} | set(faust_topics)
    assert groups == [app_id]
    listed = admin.list_topics(timeout=30).topics
    assert not [t for t in listed if t.startswith((unique_prefix, f"{app_id}-"))]
    described = admin.describe_consumer_groups([app_id])[app_id].result(timeout=30)
    assert str(described.state).endswith("DEAD")  # no such group any more
