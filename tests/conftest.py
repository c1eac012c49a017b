"""Session fixtures: the real local Kafka and Redis (integration tests only), unique names."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclasses.dataclass(frozen=True)
class Services:
    """Where the running services are."""

    bootstrap: str
    redis_url: str


@pytest.fixture(scope="session")
def services() -> Services:
    """Start (or reuse) the local broker and Redis; they keep running after the session."""
    from infra.config import InfraConfig
    from infra.services import up

    cfg = InfraConfig(root=REPO_ROOT)
    up(cfg)
    return Services(bootstrap=cfg.kafka_bootstrap, redis_url=cfg.redis_url)
