"""Where and how the local services run: one frozen, validated config object.

Paths are derived from ``root`` (the repository root): downloaded jars live in the git-ignored
``.cache/``, everything a running service writes (data, logs, pid files) in ``.run/``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from schemas.errors import ConfigError

__all__ = ["InfraConfig"]

# Newest Apache Kafka release that passed infra/compat_check.py with aiokafka 0.14 and
# confluent-kafka 2.16; see docs/infra.md before changing it.
DEFAULT_KAFKA_VERSION = "4.4.0"


@dataclasses.dataclass(frozen=True)
class InfraConfig:
    """Local Kafka (KRaft, one node) and Redis, bound to loopback only."""

    root: Path
    """Repository root; ``.cache/`` and ``.run/`` live under it."""
    kafka_version: str = DEFAULT_KAFKA_VERSION
    """Apache Kafka release fetched from Maven Central (``org.apache.kafka:kafka_2.13``)."""
    kafka_host: str = "127.0.0.1"
    """Address the broker and controller listeners bind to and advertise."""
    kafka_port: int = 39092
    """Port of the broker (client) listener."""
    kafka_controller_port: int = 39093
    """Port of the KRaft controller listener."""
    redis_host: str = "127.0.0.1"
    """Address redis-server binds to."""
    redis_port: int = 36379
    """Port redis-server listens on."""
    startup_timeout_s: float = 90.0
    """Longest ``up`` waits for a service to become healthy, in seconds."""
    kafka_heap: str = "1G"
    """Maximum JVM heap of the broker (``-Xmx``)."""
    prometheus: bool = False
    """Whether ``up`` also starts a local Prometheus (``down`` stops it whenever it runs)."""
    prometheus_port: int = 39090
    """Port Prometheus's web UI and HTTP API listen on (on ``kafka_host``'s loopback)."""
    worker_metrics_port: int = 9464
    """The worker's metrics port (settings ``metrics_port``) that Prometheus scrapes."""

    def __post_init__(self) -> None:
        for name in ("kafka_port", "kafka_controller_port", "redis_port", "prometheus_port"):
            port = getattr(self, name)
            if not 0 < port < 65536:
                raise ConfigError(f"{name} must be between 1 and 65535, not {port}")
        if self.kafka_port == self.kafka_controller_port:
            raise ConfigError("kafka_port and kafka_controller_port must differ")
        if not self.kafka_version.replace(".", "").isalnum():
            raise ConfigError(f"kafka_version {self.kafka_version!r} is not a release number")
        if self.startup_timeout_s <= 0:
            raise ConfigError("startup_timeout_s must be positive")

    @property
    def kafka_bootstrap(self) -> str:
        """``host:port`` clients connect to."""
        return f"{self.kafka_host}:{self.kafka_port}"

    @property
    def redis_url(self) -> str:
        """URL of database 0 on our redis-server."""
        return f"redis://{self.redis_host}:{self.redis_port}/0"

    @property
    def run_dir(self) -> Path:
        """Root of everything the running services write."""
        return self.root / ".run"

    @property
    def logs_dir(self) -> Path:
        """Service log files."""
        return self.run_dir / "logs"

    @property
    def kafka_libs_dir(self) -> Path:
        """Jars of the chosen Kafka version, fetched by Maven."""
        return self.root / ".cache" / "kafka" / self.kafka_version / "libs"

    @property
    def kafka_run_dir(self) -> Path:
        """Broker config files and pid file."""
        return self.run_dir / "kafka"

    @property
    def kafka_data_dir(self) -> Path:
        """Broker log segments and KRaft metadata."""
        return self.kafka_run_dir / "data"

    @property
    def kafka_log(self) -> Path:
        """The broker's log (stdout and stderr of the JVM)."""
        return self.logs_dir / "kafka.log"

    @property
    def kafka_pid_file(self) -> Path:
        """Pid of the broker JVM we started (per port, so two configs never share one)."""
        return self.run_dir / f"kafka-{self.kafka_port}.pid"

    @property
    def prometheus_dir(self) -> Path:
        """Prometheus's config, targets, pid file and data (``data/``)."""
        return self.run_dir / "prometheus"

    @property
    def prometheus_log(self) -> Path:
        """Prometheus's log file."""
        return self.logs_dir / "prometheus.log"

    @property
    def redis_dir(self) -> Path:
        """redis-server's working directory."""
        return self.run_dir / "redis"

    @property
    def redis_log(self) -> Path:
        """redis-server's log file."""
        return self.logs_dir / "redis.log"

    @property
    def redis_pid_file(self) -> Path:
        """Pid of the redis-server we started (per port, so two configs never share one)."""
        return self.run_dir / f"redis-{self.redis_port}.pid"
