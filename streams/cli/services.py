"""``personalize up|down|status|provision``: the local Kafka broker, Redis and topics."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from schemas.errors import ConfigError
from streams.settings import Settings, load_settings

if TYPE_CHECKING:
    from infra.config import InfraConfig
    from infra.health import ServiceHealth

# The repository root (this file is streams/cli/services.py): .cache/ and .run/ live there.
REPO_ROOT = Path(__file__).resolve().parents[2]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``up``, ``down``, ``status`` and ``provision`` subcommands."""
    commands = [
        (
            "up",
            run_up,
            "start Kafka (KRaft) and Redis locally and wait until healthy",
            "Start a single-node Kafka broker and a redis-server on 127.0.0.1, fetching Kafka "
            "from Maven Central and installing redis-server on first use. Services that are "
            "already running and healthy are left alone. Data and logs go to .run/.",
        ),
        (
            "down",
            run_down,
            "stop the Kafka broker and Redis that 'up' started",
            "Stop the services 'up' started (found by their pid files in .run/) and wait "
            "for them to exit. Processes we did not start are left alone.",
        ),
        (
            "status",
            run_status,
            "show the address and health of Kafka and Redis",
            "Print each service's name, host:port and health, then whether Redis holds the "
            "pipeline's views or the workers are rebuilding them after a loss (the epoch "
            "marker of redis_prefix). Exits 1 if any service is unhealthy.",
        ),
        (
            "provision",
            run_provision,
            "create the pipeline's topics from infra/topics.toml and report drift",
            "Create every topic declared in infra/topics.toml that is missing (names get "
            "topic_prefix; keyed topics get the partitions setting, raw inputs the "
            "raw_retention_ms setting). Existing topics are never changed: differences are "
            "reported and the exit status is 1 (0 with --allow-drift).",
        ),
    ]
    for name, handler, help_text, description in commands:
        parser = subparsers.add_parser(name, help=help_text, description=description)
        parser.set_defaults(handler=handler)
        if name == "up":
            parser.add_argument(
                "--prometheus",
                action="store_true",
                help="also start a local Prometheus (Debian's package) that scrapes the worker "
                "on 127.0.0.1:<metrics_port> and loads infra/prometheus/rules.yml; UI and API "
                "on 127.0.0.1:39090, data in .run/prometheus/",
            )
        if name == "provision":
            parser.add_argument(
                "--allow-drift",
                action="store_true",
                help="report drift but exit 0 (for setups that must go on, like make demo)",
            )


def infra_config(settings: Settings) -> InfraConfig:
    """The local-services config implied by the settings' Kafka and Redis addresses."""
    from infra.config import InfraConfig

    kafka_host, kafka_port = _host_port(settings.kafka_bootstrap.split(",")[0], "kafka_bootstrap")
    redis = urlsplit(settings.redis_url)
    if redis.scheme != "redis" or not redis.hostname:
        raise ConfigError("redis_url must be redis://host:port/db to manage a local redis-server")
    return InfraConfig(
        root=REPO_ROOT,
        worker_metrics_port=settings.metrics_port or 9464,
        kafka_host=kafka_host,
        kafka_port=kafka_port,
        kafka_controller_port=settings.kafka_controller_port,
        redis_host=redis.hostname,
        redis_port=redis.port or 6379,
    )


def run_up(args: argparse.Namespace) -> int:
    """Start what is missing, wait until healthy, print the status table."""
    from infra import services

    cfg = infra_config(load_settings(config_file=args.config))
    return _print(services.up(dataclasses.replace(cfg, prometheus=args.prometheus)))


def run_down(args: argparse.Namespace) -> int:
    """Stop what we started and print what happened."""
    from infra import services

    _print(services.down(infra_config(load_settings(config_file=args.config))))
    return 0


def run_status(args: argparse.Namespace) -> int:
    """Print each service's address and health, and the views' state; 1 if unhealthy."""
    from infra import services

    settings = load_settings(config_file=args.config)
    report = services.status(infra_config(settings))
    code = _print(report)
    if any(h.name == "redis" and h.healthy for h in report):
        print(f"{'views':<6} {settings.redis_prefix:<21} {views_state(settings)}")
    return code


def views_state(settings: Settings) -> str:
    """One line on the epoch marker of ``settings.redis_prefix`` (``sinks.epoch``)."""
    from redis import Redis, RedisError

    from sinks.epoch import READY, EpochState
    from sinks.keys import KeyLayout, redis_text

    client = Redis.from_url(settings.redis_url, socket_timeout=2.0, socket_connect_timeout=2.0)
    try:
        raw = client.hgetall(KeyLayout(settings.redis_prefix).epoch())
    except RedisError as exc:
        return f"unknown ({exc})"
    finally:
        client.close()
    if not raw:
        return (
            "no epoch marker: Redis lost its data (or no worker ran yet); readers serve "
            "fallbacks until a worker rebuilds it"
        )
    state = EpochState.from_fields({redis_text(k): redis_text(v) for k, v in raw.items()})
    if state.state == READY:
        return f"ready (epoch {state.epoch[:8]}, began: {state.reason or 'empty'})"
    optouts, views = len(state.done["optouts"]), len(state.done["views"])
    return (
        f"REBUILDING: {state.state} (epoch {state.epoch[:8]}, began: {state.reason}); "
        f"partitions done: opt-outs {optouts}/{state.partitions}, "
        f"views {views}/{state.partitions}"
    )


def run_provision(args: argparse.Namespace) -> int:
    """Create missing topics and report drift; 1 if any topic drifted."""
    from infra.provision import load_spec, provision

    settings = load_settings(config_file=args.config)
    report = provision(
        settings.kafka_bootstrap,
        load_spec(),
        prefix=settings.topic_prefix,
        partitions=settings.partitions,
        raw_retention_ms=settings.raw_retention_ms,
    )
    for name in report.created:
        print(f"created    {name}")
    for name in report.unchanged:
        print(f"unchanged  {name}")
    for drift in report.drifted:
        print(f"DRIFT      {drift.topic}: {'; '.join(drift.differences)}")
    if not report.ok:
        print(
            "Existing topics differ from infra/topics.toml; provisioning never changes them. "
            "Alter or recreate them by hand if the spec should win."
        )
    return 0 if report.ok or args.allow_drift else 1


def _print(report: list[ServiceHealth]) -> int:
    for health in report:
        state = "healthy" if health.healthy else "DOWN"
        print(f"{health.name:<6} {health.address:<21} {state:<8} {health.detail}")
    return 0 if all(h.healthy for h in report) else 1


def _host_port(address: str, setting: str) -> tuple[str, int]:
    host, sep, port = address.strip().rpartition(":")
    if not sep or not host or not port.isdigit():
        raise ConfigError(f"{setting} must be host:port, not {address!r}")
    return host, int(port)
