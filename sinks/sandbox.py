"""Replay sandboxes in Redis: a key prefix of their own, a digest of what they hold, removal.

A sandbox named ``N`` keeps its keys under ``<redis_prefix>:sandbox:N`` with the same layout
as live state (``sinks.keys``), so every key still carries its cluster hash tag and a
backfill split over several processes writes to one sandbox consistently. The digest is a
SHA-256 over every key (without the prefix) and its value, in key order, TTLs left out: two
sandboxes built from the same records have the same digest.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from redis import Redis
from redis.exceptions import RedisError

from schemas.errors import ConfigError, SinkError

__all__ = ["delete_keys", "key_values", "sandbox_prefix", "state_digest"]

_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")


def sandbox_prefix(redis_prefix: str, namespace: str) -> str:
    """The Redis key prefix of sandbox ``namespace``; raises ``ConfigError`` for a bad name."""
    if not _NAME.fullmatch(namespace):
        raise ConfigError(f"namespace {namespace!r} must be 1-64 letters, digits, '.', '_' or '-'")
    return f"{redis_prefix}:sandbox:{namespace}"


def key_values(client: Redis, match: str) -> dict[bytes, Any]:
    """Every key matching the SCAN pattern ``match`` and its value (TTLs left out): a string's
    bytes, a hash as a dict, a sorted set as (member, score) pairs, a set sorted."""
    state: dict[bytes, Any] = {}
    for key in client.scan_iter(match=match, count=1000):
        kind = client.type(key)
        if kind == b"string":
            state[key] = client.get(key)
        elif kind == b"hash":
            state[key] = dict(client.hgetall(key))
        elif kind == b"zset":
            state[key] = client.zrange(key, 0, -1, withscores=True)
        elif kind == b"set":
            state[key] = sorted(client.smembers(key))
        else:
            state[key] = kind
    return state


def state_digest(client: Redis, prefix: str) -> tuple[str, int]:
    """SHA-256 (hex) of every key under ``prefix`` and its value, and how many keys."""
    try:
        state = key_values(client, f"{prefix}:*")
    except RedisError as exc:
        raise SinkError(f"Redis refused to read {prefix}: {exc}") from exc
    digest = hashlib.sha256()
    for key in sorted(state):
        value = state[key]
        digest.update(key[len(prefix) :])
        digest.update(b"\0")
        if isinstance(value, dict):
            value = sorted(value.items())
        digest.update(value if isinstance(value, bytes) else repr(value).encode())
        digest.update(b"\0")
    return digest.hexdigest(), len(state)


def delete_keys(client: Redis, prefix: str) -> int:
    """Delete every key under ``prefix``; returns how many."""
    deleted = 0
    try:
        batch: list[bytes] = []
        for key in client.scan_iter(match=f"{prefix}:*", count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                deleted += int(client.unlink(*batch))
                batch = []
        if batch:
            deleted += int(client.unlink(*batch))
    except RedisError as exc:
        raise SinkError(f"Redis refused to delete {prefix}: {exc}") from exc
    return deleted
