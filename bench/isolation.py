"""Isolated names for one benchmark run, topic provisioning, and clean-up afterwards.

Every topic, consumer group and Redis key of a run starts with ``bench-<run>`` (Redis:
``bench:<run>``), so clean-up can find exactly what the run created, Faust's internal topics
(``<app_id>-...-changelog``) included, and never touches anything else.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from redis import Redis

from infra.provision import load_spec, provision
from streams.settings import Settings

# Re-exported for the bench modules, which import every clean-up helper from here.
from streams.tools.kafka_tools import delete_topics as delete_topics
from streams.tools.ports import free_port

LOG_DIR = Path(".run/logs")
DATA_DIR = Path(".run/bench-faust")


def new_run_id() -> str:
    """A short id unique per benchmark invocation, sortable by time."""
    return f"{time.strftime('%Y%m%d%H%M%S')}{uuid.uuid4().hex[:4]}"


@dataclass(frozen=True)
class Scope:
    """The names of one pipeline instance within a benchmark run."""

    run: str
    label: str

    @property
    def base(self) -> str:
        """Prefix of every topic and group name of this scope."""
        return f"bench-{self.run}-{self.label}"

    @property
    def log_path(self) -> Path:
        """Where this scope's worker writes its log."""
        return LOG_DIR / f"{self.base}.log"

    def settings(self, base: Settings) -> Settings:
        """``base`` with this scope's topics, group, Redis prefix, state dir and free ports."""
        return base.replace(
            topic_prefix=f"{self.base}.",
            app_id=self.base,
            redis_prefix=f"bench:{self.run}:{self.label}",
            data_dir=str(DATA_DIR / self.base),
            metrics_port=free_port(),
            web_port=free_port(),
        )


def provision_topics(settings: Settings) -> None:
    """Create the scope's topics (all of the spec, prefixed) and its table-state directory."""
    # Faust creates the data dir itself but not its parents.
    Path(settings.data_dir).parent.mkdir(parents=True, exist_ok=True)
    provision(
        settings.kafka_bootstrap,
        load_spec(),
        prefix=settings.topic_prefix,
        partitions=settings.partitions,
        raw_retention_ms=settings.raw_retention_ms,
    )


def delete_redis_keys(client: Redis, prefix: str) -> int:
    """Delete every key under ``prefix:`` (SCAN, not KEYS); return how many were deleted."""
    deleted = 0
    batch: list[bytes] = []
    for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        batch.append(key)
        if len(batch) >= 500:
            deleted += int(client.delete(*batch))
            batch = []
    if batch:
        deleted += int(client.delete(*batch))
    return deleted


def delete_groups(bootstrap: str, name_prefix: str, timeout_s: float = 30.0) -> list[str]:
    """Delete every (empty) consumer group whose id starts with ``name_prefix``."""
    from confluent_kafka import KafkaException
    from confluent_kafka.admin import AdminClient

    admin = AdminClient({"bootstrap.servers": bootstrap})
    listing = admin.list_consumer_groups(request_timeout=timeout_s).result()
    names = [g.group_id for g in listing.valid if g.group_id.startswith(name_prefix)]
    if not names:
        return []
    deleted = []
    for name, future in admin.delete_consumer_groups(names, request_timeout=timeout_s).items():
        try:
            future.result()
        except KafkaException:
            continue  # still has members, or already gone
        deleted.append(name)
    return sorted(deleted)
