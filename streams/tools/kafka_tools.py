"""Small confluent-kafka helpers for tools, the demo and tests (never used by agents)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from confluent_kafka import Consumer, KafkaException, TopicPartition
from confluent_kafka.admin import AdminClient

from schemas.errors import InfraError


def group_lag(bootstrap: str, group: str, topics: Sequence[str], timeout_s: float = 10.0) -> int:
    """Records in ``topics`` not yet committed by consumer group ``group``.

    A partition the group never committed counts from its low watermark. Topics written in
    Kafka transactions carry commit markers that no consumer commits past, so use this on
    topics written without transactions (the raw inputs).
    """
    consumer = Consumer(
        {"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False}
    )
    try:
        metadata = consumer.list_topics(timeout=timeout_s)
        partitions = [
            TopicPartition(topic, partition)
            for topic in topics
            for partition in metadata.topics[topic].partitions
        ]
        lag = 0
        for committed in consumer.committed(partitions, timeout=timeout_s):
            low, high = consumer.get_watermark_offsets(committed, timeout=timeout_s)
            position = committed.offset if committed.offset >= 0 else low
            lag += max(0, high - position)
        return lag
    except KafkaException as exc:
        raise InfraError(f"could not read offsets of group {group}: {exc}") from exc
    finally:
        consumer.close()


def wait_for_group_members(
    bootstrap: str, group: str, timeout_s: float, alive: Callable[[], bool] = lambda: True
) -> None:
    """Block until ``group`` is Stable with at least one member, or raise InfraError.

    ``alive`` is asked between attempts; when it turns false (the member process died) the
    wait ends at once with an error instead of running out the clock.
    """
    admin = AdminClient({"bootstrap.servers": bootstrap})
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not alive():
            raise InfraError(f"the process that should join group {group} has exited")
        futures = admin.describe_consumer_groups([group], request_timeout=5)
        try:
            description = futures[group].result()
            if description.members and str(description.state).endswith("STABLE"):
                return
        except KafkaException:
            pass
        time.sleep(0.25)
    raise InfraError(f"consumer group {group} did not become stable within {timeout_s:.0f} s")


def group_members(bootstrap: str, group: str, timeout_s: float = 10.0) -> int:
    """How many members consumer group ``group`` has now (0 if it does not exist: Kafka
    describes an unknown group as a dead one with no members)."""
    admin = AdminClient({"bootstrap.servers": bootstrap})
    futures = admin.describe_consumer_groups([group], request_timeout=timeout_s)
    try:
        return len(futures[group].result().members or ())
    except KafkaException as exc:
        raise InfraError(f"cannot describe consumer group {group}: {exc}") from exc


def delete_topics(bootstrap: str, name_prefix: str, timeout_s: float = 30.0) -> list[str]:
    """Delete every topic whose name starts with ``name_prefix``; return their names.

    Returns only once the broker no longer lists them (bounded by ``timeout_s``): a caller
    that checks the broker right afterwards (a test asserting nothing is left) sees them gone.
    An empty prefix is refused: it would match every topic on the broker.
    """
    if not name_prefix:
        raise ValueError("refusing to delete topics by an empty prefix (that is every topic)")
    admin = AdminClient({"bootstrap.servers": bootstrap})
    names = [n for n in admin.list_topics(timeout=timeout_s).topics if n.startswith(name_prefix)]
    if not names:
        return []
    deleted = []
    for name, future in admin.delete_topics(names, operation_timeout=timeout_s).items():
        try:
            future.result(timeout=timeout_s)
        except KafkaException:
            continue  # already gone, or the broker refused: reported by the count
        deleted.append(name)
    # In KRaft mode the controller confirms before the broker drops the topic from metadata.
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        listed = admin.list_topics(timeout=timeout_s).topics
        if not any(name in listed for name in deleted):
            break
        time.sleep(0.05)
    return sorted(deleted)


def delete_groups(bootstrap: str, groups: Sequence[str], timeout_s: float = 30.0) -> list[str]:
    """Delete consumer groups (their committed offsets); return the ones deleted.

    A group whose last member has just left may still count as non-empty for a moment, and a
    crashed member keeps it non-empty until its session times out; both are retried until
    ``timeout_s``. A group that does not exist is not an error (nothing to delete).
    """
    from confluent_kafka import KafkaError

    admin = AdminClient({"bootstrap.servers": bootstrap})
    deleted: list[str] = []
    pending = list(groups)
    deadline = time.monotonic() + timeout_s
    while pending:
        retry: list[str] = []
        for group, future in admin.delete_consumer_groups(
            pending, request_timeout=timeout_s
        ).items():
            try:
                future.result(timeout=timeout_s)
            except KafkaException as exc:
                code = exc.args[0].code()
                if code == KafkaError.NON_EMPTY_GROUP and time.monotonic() < deadline:
                    retry.append(group)
                elif code not in (KafkaError.GROUP_ID_NOT_FOUND, KafkaError.NON_EMPTY_GROUP):
                    raise InfraError(f"could not delete consumer group {group}: {exc}") from exc
                continue
            deleted.append(group)
        pending = retry
        if pending:
            time.sleep(0.25)
    return sorted(deleted)


def delete_run(
    bootstrap: str, *, topic_prefix: str, app_id: str, timeout_s: float = 30.0
) -> tuple[list[str], list[str]]:
    """Delete what one run of the pipeline left on the broker: the topics under
    ``topic_prefix``, Faust's own topics (``<app_id>-<table>-changelog`` and
    ``<app_id>-__assignor-__leader``) and the consumer group ``app_id``.

    Call it once the run's workers have stopped. Returns (topics, groups) deleted.
    """
    if not topic_prefix or not app_id:
        raise ValueError("a run to delete needs its own topic prefix and app id")
    topics = delete_topics(bootstrap, topic_prefix, timeout_s)
    topics += delete_topics(bootstrap, f"{app_id}-", timeout_s)
    groups = delete_groups(bootstrap, [app_id], timeout_s)
    return sorted(topics), groups
