"""The declarative topic spec (``infra/topics.toml``) parsed into validated records."""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from schemas.errors import ConfigError

__all__ = ["TopicSpec", "load_spec", "one_partition_topics", "validate"]

DEFAULT_SPEC = Path(__file__).with_name("topics.toml")
CLEANUP_POLICIES = frozenset({"delete", "compact", "compact,delete"})
_TOPIC_KEYS = frozenset(
    {"keyed", "partitions", "raw", "retention_ms", "cleanup_policy", "segment_ms"}
)
_DEFAULT_KEYS = frozenset({"keyed_partitions", "raw_retention_ms", "replication_factor"})

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class TopicSpec:
    """One logical topic: its name (without prefix) and the settings it must have."""

    name: str
    """Logical name; the real topic is ``prefix + name``."""
    partitions: int
    """Partition count (for keyed topics, the spec default until overridden)."""
    replication_factor: int
    """Replicas per partition."""
    cleanup_policy: str
    """``delete`` or ``compact`` (Kafka ``cleanup.policy``)."""
    retention_ms: int | None
    """Kafka ``retention.ms``; None leaves the broker default (compacted topics)."""
    segment_ms: int | None = None
    """Kafka ``segment.ms``; None leaves the broker default."""
    keyed: bool = False
    """True if the partition count follows the ``partitions`` setting."""
    raw: bool = False
    """True if retention follows the ``raw_retention_ms`` setting."""

    def configs(self) -> dict[str, str]:
        """The topic-level Kafka configs this spec pins, as the admin API wants them."""
        configs = {"cleanup.policy": self.cleanup_policy}
        if self.retention_ms is not None:
            configs["retention.ms"] = str(self.retention_ms)
        if self.segment_ms is not None:
            configs["segment.ms"] = str(self.segment_ms)
        return configs


def load_spec(path: Path | str | None = None) -> list[TopicSpec]:
    """Parse the topic spec (default ``infra/topics.toml``); ConfigError names a bad entry."""
    spec_path = Path(path) if path is not None else DEFAULT_SPEC
    try:
        data = tomllib.loads(spec_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"topic spec {spec_path} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"topic spec {spec_path} is not valid TOML: {exc}") from exc
    unknown = sorted(set(data) - {"defaults", "topics"})
    if unknown:
        raise ConfigError(f"topic spec {spec_path} has unknown table(s): {', '.join(unknown)}")
    defaults = _table(data.get("defaults", {}), "defaults", _DEFAULT_KEYS)
    topics = data.get("topics")
    if not isinstance(topics, Mapping) or not topics:
        raise ConfigError(f"topic spec {spec_path} declares no [topics.<name>] tables")
    return [_topic(name, table, defaults) for name, table in topics.items()]


@functools.cache
def one_partition_topics() -> frozenset[str]:
    """Logical names of the topics the default spec gives exactly one partition."""
    return frozenset(t.name for t in load_spec() if not t.keyed and t.partitions == 1)


def _topic(name: str, raw_table: Any, defaults: Mapping[str, Any]) -> TopicSpec:
    table = _table(raw_table, f"topics.{name}", _TOPIC_KEYS)
    keyed = _typed(table, "keyed", bool, name, False)
    raw = _typed(table, "raw", bool, name, False)
    if keyed == ("partitions" in table):
        raise ConfigError(f"topic '{name}' must set exactly one of keyed = true or partitions")
    cleanup = _typed(table, "cleanup_policy", str, name, "delete")
    if cleanup not in CLEANUP_POLICIES:
        raise ConfigError(f"topic '{name}' has cleanup_policy {cleanup!r}; use delete or compact")
    if raw and "retention_ms" in table:
        raise ConfigError(f"topic '{name}' is raw, so its retention comes from raw_retention_ms")
    if raw and cleanup != "delete":
        raise ConfigError(f"topic '{name}' is raw, so its cleanup_policy must be delete")
    if raw:
        retention: int | None = _typed(defaults, "raw_retention_ms", int, "defaults", 86_400_000)
    elif "retention_ms" in table:
        retention = _typed(table, "retention_ms", int, name, 0)
    else:
        retention = None
    if cleanup == "delete" and retention is None:
        raise ConfigError(f"topic '{name}' deletes old data, so it needs retention_ms")
    if keyed:
        partitions = _typed(defaults, "keyed_partitions", int, "defaults", 4)
    else:
        partitions = _typed(table, "partitions", int, name, 1)
    spec = TopicSpec(
        name=name,
        partitions=partitions,
        replication_factor=_typed(defaults, "replication_factor", int, "defaults", 1),
        cleanup_policy=cleanup,
        retention_ms=retention,
        segment_ms=_typed(table, "segment_ms", int, name, 0) or None,
        keyed=keyed,
        raw=raw,
    )
    validate(spec)
    return spec


def validate(spec: TopicSpec) -> None:
    """Raise ConfigError if a number in ``spec`` is out of range."""
    if spec.partitions < 1:
        raise ConfigError(f"topic '{spec.name}' needs at least one partition")
    if spec.replication_factor < 1:
        raise ConfigError(f"topic '{spec.name}' needs a replication factor of at least 1")
    if spec.retention_ms is not None and spec.retention_ms < 60_000:
        raise ConfigError(f"topic '{spec.name}' retention_ms must be at least one minute")
    if spec.segment_ms is not None and spec.segment_ms < 60_000:
        raise ConfigError(f"topic '{spec.name}' segment_ms must be at least one minute")


def _table(value: Any, where: str, allowed: frozenset[str]) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"[{where}] in the topic spec must be a table")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise ConfigError(f"[{where}] in the topic spec has unknown key(s): {', '.join(unknown)}")
    return dict(value)


def _typed(table: Mapping[str, Any], key: str, kind: type[T], where: str, default: T) -> T:
    value = table.get(key, default)
    # bool is an int subclass; a `partitions = true` typo must not become 1 partition.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"'{key}' of '{where}' in the topic spec must be of type {kind.__name__}")
    return value
