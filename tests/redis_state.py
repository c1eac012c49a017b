"""A comparable picture of everything under a Redis prefix, for tests that compare drivers."""

from __future__ import annotations

from typing import Any

from redis import Redis


def snapshot(client: Redis, prefix: str) -> dict[str, Any]:
    """Every key under ``prefix`` with its value (TTLs left out: they depend on wall time)."""
    state: dict[str, Any] = {}
    for raw in client.scan_iter(match=f"{prefix}*", count=1000):
        key = raw.decode()
        kind = client.type(raw).decode()
        if kind == "string":
            state[key] = client.get(raw)
        elif kind == "hash":
            state[key] = dict(client.hgetall(raw))
        elif kind == "zset":
            state[key] = client.zrange(raw, 0, -1, withscores=True)
        elif kind == "set":
            state[key] = sorted(client.smembers(raw))
        else:
            state[key] = kind
    return state
