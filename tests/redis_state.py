"""A comparable picture of everything under a Redis prefix, for tests that compare drivers."""

from __future__ import annotations

from typing import Any

from redis import Redis

from sinks.sandbox import key_values


def snapshot(client: Redis, prefix: str) -> dict[str, Any]:
    """Every key under ``prefix`` with its value (TTLs left out: they depend on wall time).

    The epoch marker (``<prefix>:epoch``, ``sinks.epoch``) and the budget ready marker are
    left out too: they name a lifetime of the data (a random id, wall times), not the data.
    """
    return {
        name: value
        for key, value in key_values(client, f"{prefix}*").items()
        if not (name := key.decode()).endswith((":epoch", ":{budget}:ready"))
    }
