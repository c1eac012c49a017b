"""Health of the local services: is the port open, and does the service answer?"""

from __future__ import annotations

import dataclasses
import socket

__all__ = [
    "ServiceHealth",
    "kafka_healthy",
    "port_open",
    "prometheus_healthy",
    "redis_healthy",
]


@dataclasses.dataclass(frozen=True)
class ServiceHealth:
    """One service's state as ``up``/``down``/``status`` report it."""

    name: str
    """Service name: ``kafka`` or ``redis``."""
    address: str
    """``host:port`` clients use."""
    healthy: bool
    """True when the service answered its health probe."""
    detail: str
    """One human sentence: pid, version, or why it is unhealthy."""


def port_open(host: str, port: int, timeout_s: float = 0.5) -> bool:
    """True if something accepts TCP connections on ``host:port``."""
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False


def kafka_healthy(bootstrap: str, timeout_s: float = 3.0) -> tuple[bool, str]:
    """Ask the broker for cluster metadata; ``(ok, detail)``."""
    from confluent_kafka import KafkaException
    from confluent_kafka.admin import AdminClient

    # log_level 0: while we poll a starting broker, librdkafka would print every refused connect.
    admin = AdminClient({"bootstrap.servers": bootstrap, "log_level": 0})
    try:
        metadata = admin.list_topics(timeout=timeout_s)
    except KafkaException as exc:
        return False, f"metadata request failed: {exc.args[0]}"
    return True, f"{len(metadata.brokers)} broker(s), {len(metadata.topics)} topic(s)"


def redis_healthy(host: str, port: int, timeout_s: float = 2.0) -> tuple[bool, str]:
    """PING redis; ``(ok, detail)``."""
    import redis

    client = redis.Redis(
        host=host, port=port, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
    )
    try:
        client.ping()
        version = client.info("server").get("redis_version", "?")
        persistence = client.info("persistence")
    except redis.RedisError as exc:
        return False, f"PING failed: {exc}"
    finally:
        client.close()
    aof = "AOF" if persistence.get("aof_enabled") else "no AOF: a restart loses the data"
    return True, f"redis {version}, {aof}"


def prometheus_healthy(host: str, port: int, timeout_s: float = 2.0) -> tuple[bool, str]:
    """GET Prometheus's readiness endpoint; ``(ok, detail)``."""
    import urllib.error
    import urllib.request

    url = f"http://{host}:{port}/-/ready"
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as response:
            return response.status == 200, f"prometheus ready ({url})"
    except (urllib.error.URLError, OSError) as exc:
        return False, f"not ready: {exc}"
