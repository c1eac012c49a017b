"""Reading experiments and their statistics from Redis, for the CLI and dashboards.

The experiment book travels in the flag book's hash (``<prefix>:control:flags``, field
``experiments``); each experiment's per-arm statistics, summed over partitions by the control
stage, are in ``<prefix>:experiment:{<id>}:stats`` (``version``, ``doc``).
"""

from __future__ import annotations

import json

from redis import Redis
from redis.exceptions import RedisError

from processors.experiments.assignment import ExperimentBook
from processors.experiments.outcomes import ArmStats
from schemas.errors import InfraError
from sinks.keys import KeyLayout

__all__ = ["read_experiment_book", "read_experiment_stats"]


def read_experiment_book(redis_url: str, prefix: str) -> ExperimentBook:
    """Every experiment and promoted policy (empty before the first experiment command)."""
    client = Redis.from_url(redis_url, socket_timeout=5)
    try:
        doc = client.hget(KeyLayout(prefix).flags(), "experiments")
    except RedisError as exc:
        raise InfraError(f"cannot read the experiments from Redis at {redis_url}: {exc}") from exc
    finally:
        client.close()
    return ExperimentBook() if doc is None else ExperimentBook.from_json(doc)


def read_experiment_stats(redis_url: str, prefix: str, experiment_id: str) -> dict[str, ArmStats]:
    """Each arm's statistics, summed over partitions (empty before the first exposure)."""
    client = Redis.from_url(redis_url, socket_timeout=5)
    try:
        doc = client.hget(KeyLayout(prefix).experiment_stats(experiment_id), "doc")
    except RedisError as exc:
        raise InfraError(f"cannot read the statistics from Redis at {redis_url}: {exc}") from exc
    finally:
        client.close()
    if doc is None:
        return {}
    arms = json.loads(doc)["arms"]
    return {arm: ArmStats.from_record(record) for arm, record in arms.items()}
