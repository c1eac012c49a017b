"""Check that the running broker works with the two Kafka clients this project uses.

Run ``python -m infra.compat_check [BOOTSTRAP]`` against a broker started by ``infra up``. It
exercises exactly what the pipeline relies on, each step on fresh, uniquely named topics and
groups, and prints one line per step:

* confluent-kafka: AdminClient ``create_topics`` and ``describe_configs``; produce, consume in
  a group, commit and read back the committed offset.
* aiokafka (what faust-streaming drives): produce, consume in a group (join + sync),
  commit and read back; the transactional producer as faust's ``exactly_once`` uses it
  (``begin_transaction`` / ``send_offsets_to_transaction`` / ``commit_transaction``) checked
  with a ``read_committed`` consumer; and faust's own raw ``CreateTopicsRequest`` path.

Exit status 0 means every step passed. The broker version that passes is recorded in
``docs/infra.md``.
"""

from __future__ import annotations

import asyncio
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

__all__: list[str] = []

DEFAULT_BOOTSTRAP = "127.0.0.1:39092"
TIMEOUT_S = 30.0


def _admin_create_and_describe(bootstrap: str, names: list[str]) -> str:
    from confluent_kafka import KafkaException
    from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic  # type: ignore[attr-defined]  # no __all__ there

    admin = AdminClient({"bootstrap.servers": bootstrap})
    config = {"retention.ms": "3600000"}
    new = [NewTopic(name, num_partitions=2, replication_factor=1, config=config) for name in names]
    for future in admin.create_topics(new, operation_timeout=TIMEOUT_S).values():
        future.result(timeout=TIMEOUT_S)
    topic = names[0]
    resource = ConfigResource(ConfigResource.Type.TOPIC, topic)
    try:
        configs = admin.describe_configs([resource])[resource].result(timeout=TIMEOUT_S)
    except KafkaException as exc:  # pragma: no cover - reported, not expected
        raise AssertionError(f"describe_configs failed: {exc}") from exc
    retention = configs["retention.ms"].value
    if retention != "3600000":
        raise AssertionError(f"retention.ms is {retention}, expected 3600000")
    return f"created {', '.join(names)}; read back retention.ms={retention}"


def _confluent_roundtrip(bootstrap: str, topic: str, group: str) -> str:
    from confluent_kafka import Consumer, Producer, TopicPartition

    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True})
    for i in range(10):
        producer.produce(topic, key=f"k{i}".encode(), value=f"v{i}".encode())
    if producer.flush(TIMEOUT_S) != 0:
        raise AssertionError("producer did not deliver every record")
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": group,
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    consumer.subscribe([topic])
    seen = 0
    deadline = time.monotonic() + TIMEOUT_S
    while seen < 10 and time.monotonic() < deadline:
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            raise AssertionError(f"consume error: {msg.error()}")
        seen += 1
    consumer.commit(asynchronous=False)
    assignment = consumer.assignment()
    committed = consumer.committed(assignment, timeout=TIMEOUT_S)
    consumer.close()
    total = sum(tp.offset for tp in committed if isinstance(tp, TopicPartition) and tp.offset > 0)
    if seen != 10 or total != 10:
        raise AssertionError(f"consumed {seen}/10, committed offsets sum to {total}")
    return f"produced/consumed 10, group {group} committed 10"


async def _aiokafka_roundtrip(bootstrap: str, topic: str, group: str) -> str:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True)
    await producer.start()
    try:
        for i in range(10):
            await producer.send_and_wait(topic, key=f"k{i}".encode(), value=f"v{i}".encode())
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        seen = 0
        deadline = time.monotonic() + TIMEOUT_S
        while seen < 10 and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=1000)
            seen += sum(len(records) for records in batches.values())
        await consumer.commit()
        committed = 0
        for partition in consumer.assignment():
            offset = await consumer.committed(TopicPartition(partition.topic, partition.partition))
            committed += offset or 0
    finally:
        await consumer.stop()
    if seen != 10 or committed != 10:
        raise AssertionError(f"consumed {seen}/10, committed offsets sum to {committed}")
    return f"produced/consumed 10, group {group} joined and committed 10"


async def _aiokafka_transaction(bootstrap: str, source: str, sink: str, group: str) -> str:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, transactional_id=f"{group}-txn", enable_idempotence=True
    )
    await producer.start()
    try:
        # The aborted transaction must stay invisible to a read_committed reader.
        await producer.begin_transaction()
        await producer.send_and_wait(sink, key=b"k", value=b"aborted")
        await producer.abort_transaction()
        await producer.begin_transaction()
        await producer.send_and_wait(sink, key=b"k", value=b"committed")
        await producer.send_offsets_to_transaction({TopicPartition(source, 0): 7}, group)
        await producer.commit_transaction()
    finally:
        await producer.stop()
    reader = AIOKafkaConsumer(
        sink,
        bootstrap_servers=bootstrap,
        isolation_level="read_committed",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await reader.start()
    try:
        values: list[bytes] = []
        deadline = time.monotonic() + TIMEOUT_S
        while not values and time.monotonic() < deadline:
            batches = await reader.getmany(timeout_ms=1000)
            values += [r.value for records in batches.values() for r in records if r.value]
    finally:
        await reader.stop()
    checker = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group)
    await checker.start()
    try:
        offset = await checker.committed(TopicPartition(source, 0))
    finally:
        await checker.stop()
    if values != [b"committed"] or offset != 7:
        raise AssertionError(f"read_committed saw {values!r}, group offset is {offset}")
    return "abort hidden, commit visible, send_offsets_to_transaction committed offset 7"


async def _faust_create_topic(bootstrap: str, topic: str) -> str:
    # Faust creates its changelog/repartition topics with a raw request, not the admin client.
    from aiokafka import AIOKafkaClient
    from aiokafka.protocol.admin import CreateTopicsRequest
    from aiokafka.protocol.metadata import MetadataRequest

    client = AIOKafkaClient(bootstrap_servers=bootstrap)
    await client.bootstrap()
    try:
        node_id = next(iter(client.cluster.brokers())).nodeId
        metadata = await client.send(node_id, MetadataRequest([]))
        request = CreateTopicsRequest(
            [(topic, 1, 1, [], [("cleanup.policy", "compact")])], 30000, False
        )
        response = await client.send(metadata.controller_id, request)
        _, code, reason = response.topic_errors[0]
    finally:
        await client.close()
    if code != 0:
        raise AssertionError(f"CreateTopicsRequest failed with code {code}: {reason}")
    return f"created {topic} via CreateTopicsRequest to controller {metadata.controller_id}"


def run_checks(bootstrap: str) -> list[tuple[str, bool, str]]:
    """Run every check; return ``(name, passed, detail)`` per check, in order."""
    run = uuid.uuid4().hex[:8]
    topic = f"compat.{run}"
    steps: list[tuple[str, Callable[[], str]]] = [
        (
            "confluent admin create_topics+describe_configs",
            lambda: _admin_create_and_describe(bootstrap, [topic, f"{topic}.aio", f"{topic}.txn"]),
        ),
        (
            "confluent produce/consume/group commit",
            lambda: _confluent_roundtrip(bootstrap, topic, f"cg.{run}"),
        ),
    ]
    async_steps: list[tuple[str, Callable[[], Awaitable[str]]]] = [
        (
            "aiokafka produce/consume/group commit",
            lambda: _aiokafka_roundtrip(bootstrap, f"{topic}.aio", f"ag.{run}"),
        ),
        (
            "aiokafka transactional producer",
            lambda: _aiokafka_transaction(bootstrap, topic, f"{topic}.txn", f"tg.{run}"),
        ),
        (
            "aiokafka CreateTopicsRequest (faust path)",
            lambda: _faust_create_topic(bootstrap, f"compat.{run}.faust"),
        ),
    ]
    results: list[tuple[str, bool, str]] = []
    for name, step in steps:
        results.append(_attempt(name, step))
    for name, async_step in async_steps:
        results.append(_attempt(name, _in_loop(async_step)))
    return results


def _in_loop(step: Callable[[], Awaitable[str]]) -> Callable[[], str]:
    async def bounded() -> str:
        return await asyncio.wait_for(step(), timeout=TIMEOUT_S * 3)

    return lambda: asyncio.run(bounded())


def _attempt(name: str, step: Callable[[], Any]) -> tuple[str, bool, str]:
    try:
        return name, True, str(step())
    except Exception as exc:  # every failure is reported, not raised
        return name, False, f"{type(exc).__name__}: {exc}"


def main(argv: list[str]) -> int:
    """Print one line per check and return 0 only if all passed."""
    bootstrap = argv[0] if argv else DEFAULT_BOOTSTRAP
    results = run_checks(bootstrap)
    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
