"""Start, stop and inspect the local Kafka broker and Redis: the API behind ``personalize up``.

``up`` and ``down`` are idempotent. ``up`` leaves a healthy service alone, starts a missing
one, and waits (bounded by ``InfraConfig.startup_timeout_s``) until each answers its probe:
Kafka a metadata request, Redis a PING. ``down`` stops only processes whose pid files we wrote.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path

from infra import kafka_broker, prometheus_server, redis_server
from infra.config import InfraConfig
from infra.health import (
    ServiceHealth,
    kafka_healthy,
    port_open,
    prometheus_healthy,
    redis_healthy,
)
from infra.pidfile import read_pid, stop_pid
from schemas.errors import InfraError

__all__ = ["InfraConfig", "ServiceHealth", "down", "status", "up"]

STOP_TIMEOUT_S = 60.0
POLL_INTERVAL_S = 0.5


@dataclasses.dataclass(frozen=True)
class _Service:
    """What ``up``/``down``/``status`` need to know about one service."""

    name: str
    host: str
    port: int
    pid_file: Path
    marker: str
    log: Path
    probe: Callable[[], tuple[bool, str]]
    start: Callable[[], object]
    extra_ports: tuple[int, ...] = ()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def pid(self) -> int | None:
        return read_pid(self.pid_file, self.marker)


def _services(cfg: InfraConfig) -> list[_Service]:
    services = [
        _Service(
            name="kafka",
            host=cfg.kafka_host,
            port=cfg.kafka_port,
            pid_file=cfg.kafka_pid_file,
            marker=kafka_broker.PROCESS_MARKER,
            log=cfg.kafka_log,
            probe=lambda: kafka_healthy(cfg.kafka_bootstrap),
            start=lambda: kafka_broker.start_kafka(cfg),
            extra_ports=(cfg.kafka_controller_port,),
        ),
        _Service(
            name="redis",
            host=cfg.redis_host,
            port=cfg.redis_port,
            pid_file=cfg.redis_pid_file,
            marker=redis_server.PROCESS_MARKER,
            log=cfg.redis_log,
            probe=lambda: redis_healthy(cfg.redis_host, cfg.redis_port),
            start=lambda: redis_server.start_redis(cfg),
        ),
    ]
    prometheus = _prometheus(cfg)
    if cfg.prometheus or prometheus.pid() is not None:
        services.append(prometheus)
    return services


def _prometheus(cfg: InfraConfig) -> _Service:
    host = cfg.kafka_host
    return _Service(
        name="prom",
        host=host,
        port=cfg.prometheus_port,
        pid_file=prometheus_server.pid_file(cfg.prometheus_dir),
        marker=prometheus_server.PROCESS_MARKER,
        log=cfg.prometheus_log,
        probe=lambda: prometheus_healthy(host, cfg.prometheus_port),
        start=lambda: prometheus_server.start_prometheus(
            cfg.prometheus_dir,
            host,
            cfg.prometheus_port,
            f"127.0.0.1:{cfg.worker_metrics_port}",
            cfg.prometheus_log,
        ),
    )


def up(cfg: InfraConfig) -> list[ServiceHealth]:
    """Make sure Kafka and Redis run and are healthy; start whichever is missing.

    Raises :class:`InfraError` if a port is held by something that is not our healthy service,
    a tool is missing, the Kafka download fails, or a service is not healthy in time.
    """
    services = _services(cfg)
    started: set[str] = set()
    for service in services:
        if _needs_start(service):
            service.start()
            started.add(service.name)
    deadline = time.monotonic() + cfg.startup_timeout_s
    return [_wait_healthy(s, deadline, cfg.startup_timeout_s, s.name in started) for s in services]


def down(cfg: InfraConfig) -> list[ServiceHealth]:
    """Stop the services we started (by pid file) and wait until they have exited."""
    report = []
    for service in _services(dataclasses.replace(cfg, prometheus=True)):
        pid = service.pid()
        stopped = stop_pid(service.pid_file, service.marker, STOP_TIMEOUT_S)
        if port_open(service.host, service.port):
            detail = "still answering: that process was not started by us, so it was left alone"
            report.append(ServiceHealth(service.name, service.address, True, detail))
            continue
        detail = f"stopped (pid {pid})" if stopped else "was not running"
        report.append(ServiceHealth(service.name, service.address, False, detail))
    return report


def status(cfg: InfraConfig) -> list[ServiceHealth]:
    """Address and health of each service; never starts or stops anything."""
    return [_health(service) for service in _services(cfg)]


def _health(service: _Service) -> ServiceHealth:
    pid = service.pid()
    if not port_open(service.host, service.port):
        detail = f"starting (pid {pid})" if pid else "not running"
        return ServiceHealth(service.name, service.address, False, detail)
    healthy, detail = service.probe()
    owner = f"pid {pid}" if pid else "not started by us"
    return ServiceHealth(service.name, service.address, healthy, f"{detail}; {owner}")


def _needs_start(service: _Service) -> bool:
    ours = service.pid() is not None
    if ours:
        # Ours and alive: healthy already or still starting; _wait_healthy decides.
        return False
    if port_open(service.host, service.port):
        healthy, detail = service.probe()
        if healthy:
            return False
        raise InfraError(
            f"port {service.address} is in use by something that is not a healthy {service.name} "
            f"({detail}); stop it or configure another port"
        )
    for port in service.extra_ports:
        if port_open(service.host, port):
            raise InfraError(
                f"port {service.host}:{port} needed by {service.name} is in use by another "
                "process; stop it or configure another port"
            )
    return True


def _wait_healthy(
    service: _Service, deadline: float, timeout_s: float, started: bool
) -> ServiceHealth:
    while True:
        health = _health(service)
        if health.healthy:
            verb = "started" if started else "already running"
            return dataclasses.replace(health, detail=f"{verb}: {health.detail}")
        if service.pid() is None and not _pid_pending(service, started):
            raise InfraError(
                f"{service.name} exited during startup ({health.detail}); see {service.log}"
            )
        if time.monotonic() >= deadline:
            raise InfraError(
                f"{service.name} on {service.address} was not healthy within {timeout_s:.0f} s "
                f"({health.detail}); see {service.log}"
            )
        time.sleep(POLL_INTERVAL_S)


def _pid_pending(service: _Service, started: bool) -> bool:
    # redis-server writes its own pid file just after daemonizing; give it a moment.
    return started and service.name == "redis" and not service.pid_file.exists()
