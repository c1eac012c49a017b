"""Create the topics of the spec on a broker, and report drift on the ones that exist.

Provisioning never changes an existing topic: a config that differs from the spec, or a
partition count (which Kafka can only grow), is reported for a human to decide. Running it
twice is safe; the second run creates nothing.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from typing import Any

from infra.topic_spec import TopicSpec, load_spec, validate
from schemas.errors import InfraError

__all__ = ["ProvisionReport", "TopicDrift", "TopicSpec", "load_spec", "provision", "resolve"]

TIMEOUT_S = 30.0
# How often to ask again while a just-created topic is not yet served.
_POLL_S = 0.05


@dataclasses.dataclass(frozen=True)
class TopicDrift:
    """An existing topic whose settings differ from the spec."""

    topic: str
    """Full topic name (prefix included)."""
    differences: tuple[str, ...]
    """One ``setting: spec X, broker Y`` line per difference."""


@dataclasses.dataclass(frozen=True)
class ProvisionReport:
    """What one provisioning run found and did; topic names include the prefix."""

    created: tuple[str, ...] = ()
    """Topics that did not exist and were created."""
    unchanged: tuple[str, ...] = ()
    """Topics that exist exactly as specified."""
    drifted: tuple[TopicDrift, ...] = ()
    """Topics that exist but differ from the spec; left as they are."""

    @property
    def ok(self) -> bool:
        """True if every topic now matches the spec."""
        return not self.drifted


def resolve(
    specs: Sequence[TopicSpec], partitions: int | None = None, raw_retention_ms: int | None = None
) -> list[TopicSpec]:
    """Apply the ``partitions`` and ``raw_retention_ms`` settings to keyed and raw topics."""
    resolved = []
    for spec in specs:
        if spec.keyed and partitions is not None:
            spec = dataclasses.replace(spec, partitions=partitions)
        if spec.raw and raw_retention_ms is not None:
            spec = dataclasses.replace(spec, retention_ms=raw_retention_ms)
        validate(spec)
        resolved.append(spec)
    return resolved


def provision(
    bootstrap: str,
    specs: Sequence[TopicSpec],
    prefix: str = "",
    partitions: int | None = None,
    raw_retention_ms: int | None = None,
) -> ProvisionReport:
    """Create missing topics named ``prefix + spec.name``; describe existing ones for drift."""
    from confluent_kafka import KafkaException
    from confluent_kafka.admin import AdminClient

    wanted = {prefix + s.name: s for s in resolve(specs, partitions, raw_retention_ms)}
    admin = AdminClient({"bootstrap.servers": bootstrap, "log_level": 0})
    try:
        existing = admin.list_topics(timeout=TIMEOUT_S).topics
    except KafkaException as exc:
        raise InfraError(f"cannot reach Kafka at {bootstrap} to provision topics: {exc}") from exc
    missing = [name for name in wanted if name not in existing]
    created = _create(admin, {name: wanted[name] for name in missing})
    # Whoever provisions goes on to use the topics at once (a worker, a test, the drift check
    # below), so return only once the broker serves every one of them.
    metadata = _wait_until_served(admin, list(wanted), time.monotonic() + TIMEOUT_S)
    present = [name for name in wanted if name not in created]
    configs = _describe(admin, present, time.monotonic() + TIMEOUT_S) if present else {}
    unchanged: list[str] = []
    drifted: list[TopicDrift] = []
    for name in present:
        differences = _differences(wanted[name], metadata[name], configs[name])
        if differences:
            drifted.append(TopicDrift(name, tuple(differences)))
        else:
            unchanged.append(name)
    return ProvisionReport(tuple(created), tuple(unchanged), tuple(drifted))


def _create(admin: Any, specs: dict[str, TopicSpec]) -> list[str]:
    from confluent_kafka import KafkaError, KafkaException
    from confluent_kafka.admin import NewTopic  # type: ignore[attr-defined]  # no __all__ there

    if not specs:
        return []
    new_topics = [
        NewTopic(name, num_partitions=s.partitions, replication_factor=s.replication_factor,
                 config=s.configs())
        for name, s in specs.items()
    ]  # fmt: skip
    created = []
    futures = admin.create_topics(
        new_topics, operation_timeout=TIMEOUT_S, request_timeout=TIMEOUT_S
    )
    for name, future in futures.items():
        try:
            future.result(timeout=TIMEOUT_S)
        except KafkaException as exc:
            # Someone created it between our listing and our request: check it for drift.
            if exc.args[0].code() == KafkaError.TOPIC_ALREADY_EXISTS:
                continue
            raise InfraError(f"could not create topic {name}: {exc.args[0].str()}") from exc
        created.append(name)
    return created


def _wait_until_served(admin: Any, names: list[str], deadline: float) -> dict[str, Any]:
    """The broker's metadata of ``names``, once it lists all of them with every partition led.

    In KRaft mode ``CreateTopics`` returns when the controller has committed the new topic;
    the broker learns of it from the metadata log a moment later and until then answers
    ``UNKNOWN_TOPIC_OR_PART`` (to ``DescribeConfigs`` among others). So a topic created here,
    or by someone else just before our listing, is waited for, up to ``deadline``.
    """
    from confluent_kafka import KafkaException

    while True:
        try:
            topics = admin.list_topics(timeout=TIMEOUT_S).topics
        except KafkaException as exc:
            raise InfraError(f"cannot list topics to provision: {exc}") from exc
        unserved = [name for name in names if not _served(topics.get(name))]
        if not unserved:
            return {name: topics[name] for name in names}
        if time.monotonic() >= deadline:
            raise InfraError(
                f"the broker did not serve topic {unserved[0]} within {TIMEOUT_S:.0f} s "
                f"of its creation ({len(unserved)} topics not served)"
            )
        time.sleep(_POLL_S)


def _served(metadata: Any) -> bool:
    if metadata is None or metadata.error is not None or not metadata.partitions:
        return False
    return all(p.error is None and p.leader >= 0 for p in metadata.partitions.values())


def _describe(admin: Any, names: list[str], deadline: float) -> dict[str, dict[str, str]]:
    from confluent_kafka import KafkaError, KafkaException
    from confluent_kafka.admin import ConfigResource  # type: ignore[attr-defined]  # no __all__ there

    described: dict[str, dict[str, str]] = {}
    pending = list(names)
    while pending:
        resources = [ConfigResource(ConfigResource.Type.TOPIC, name) for name in pending]
        unknown: list[str] = []
        futures = admin.describe_configs(resources, request_timeout=TIMEOUT_S)
        for resource, future in futures.items():
            try:
                entries = future.result(timeout=TIMEOUT_S)
            except KafkaException as exc:
                # Listed in the metadata but not yet known to the config path: a topic created
                # a moment ago. Not drift and not an error; ask again, within the deadline.
                code = exc.args[0].code()
                if code == KafkaError.UNKNOWN_TOPIC_OR_PART and time.monotonic() < deadline:
                    unknown.append(resource.name)
                    continue
                message = f"could not read the config of topic {resource.name}: {exc}"
                raise InfraError(message) from exc
            described[resource.name] = {key: str(entry.value) for key, entry in entries.items()}
        pending = unknown
        if pending:
            time.sleep(_POLL_S)
    return described


def _differences(spec: TopicSpec, metadata: Any, configs: dict[str, str]) -> list[str]:
    differences = []
    have_partitions = len(metadata.partitions)
    if have_partitions != spec.partitions:
        hint = (
            "partitions can only grow; add them by hand if intended"
            if have_partitions < spec.partitions
            else "Kafka cannot remove partitions; recreate the topic if intended"
        )
        differences.append(f"partitions: spec {spec.partitions}, broker {have_partitions} ({hint})")
    replicas = {len(p.replicas) for p in metadata.partitions.values()}
    if replicas and replicas != {spec.replication_factor}:
        have = ",".join(str(r) for r in sorted(replicas))
        differences.append(f"replication_factor: spec {spec.replication_factor}, broker {have}")
    for key, want in spec.configs().items():
        have_value = configs.get(key)
        if have_value != want:
            differences.append(f"{key}: spec {want}, broker {have_value}")
    return differences
