"""Run one Apache Kafka node in KRaft combined mode (broker + controller) on loopback.

The broker is a plain JVM (``java -cp 'libs/*' kafka.Kafka server.properties``) started in its
own session so it outlives the command that started it. Storage is formatted once, with a
static one-voter quorum, the first time the data directory is used.
"""

from __future__ import annotations

import base64
import subprocess
import uuid
from pathlib import Path

from infra.config import InfraConfig
from infra.kafka_dist import ensure_kafka_libs, require_tool
from infra.pidfile import write_pid
from schemas.errors import InfraError

__all__ = ["PROCESS_MARKER", "start_kafka"]

LOG4J_CONFIG = Path(__file__).with_name("log4j2.properties")
NODE_ID = 1
PROCESS_MARKER = "kafka.Kafka"
"""Substring of the broker's command line; ``down`` signals only a process that has it."""


def server_properties(cfg: InfraConfig) -> str:
    """The broker's ``server.properties``: single node, loopback only, dev-sized."""
    host = cfg.kafka_host
    settings = {
        "process.roles": "broker,controller",
        "node.id": str(NODE_ID),
        "controller.quorum.voters": f"{NODE_ID}@{host}:{cfg.kafka_controller_port}",
        "listeners": f"PLAINTEXT://{host}:{cfg.kafka_port},CONTROLLER://{host}:{cfg.kafka_controller_port}",
        "advertised.listeners": f"PLAINTEXT://{host}:{cfg.kafka_port}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs": str(cfg.kafka_data_dir),
        "num.partitions": "1",
        "default.replication.factor": "1",
        "min.insync.replicas": "1",
        # One broker cannot hold three replicas of the internal topics.
        "offsets.topic.replication.factor": "1",
        "offsets.topic.num.partitions": "8",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "transaction.state.log.num.partitions": "8",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        # Groups in tests and the demo should start consuming at once, not after 3 s.
        "group.initial.rebalance.delay.ms": "0",
        # Every topic comes from infra/topics.toml; a typo must fail, not create a topic.
        "auto.create.topics.enable": "false",
    }
    return "".join(f"{key}={value}\n" for key, value in settings.items())


def start_kafka(cfg: InfraConfig) -> int:
    """Fetch jars if needed, format storage if new, start the broker detached; return its pid."""
    java = require_tool("java", "the Kafka broker needs Java 17 or newer")
    libs = ensure_kafka_libs(cfg)
    cfg.kafka_run_dir.mkdir(parents=True, exist_ok=True)
    cfg.logs_dir.mkdir(parents=True, exist_ok=True)
    properties = cfg.kafka_run_dir / "server.properties"
    properties.write_text(server_properties(cfg), encoding="utf-8")
    classpath = f"{libs}/*"
    log4j = f"-Dlog4j2.configurationFile={LOG4J_CONFIG}"
    if not (cfg.kafka_data_dir / "meta.properties").exists():
        _format_storage(java, classpath, log4j, properties, cfg)
    command = [
        java,
        f"-Xmx{cfg.kafka_heap}",
        "-Xms256m",
        "-XX:+UseG1GC",
        "-Djava.awt.headless=true",
        log4j,
        "-cp",
        classpath,
        PROCESS_MARKER,
        str(properties),
    ]
    with cfg.kafka_log.open("ab") as log:
        process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=cfg.kafka_run_dir,
            start_new_session=True,
        )
    write_pid(cfg.kafka_pid_file, process.pid)
    return process.pid


def _format_storage(
    java: str, classpath: str, log4j: str, properties: Path, cfg: InfraConfig
) -> None:
    cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode("ascii")
    command = [
        java,
        log4j,
        "-cp",
        classpath,
        "kafka.tools.StorageTool",
        "format",
        "--cluster-id",
        cluster_id,
        "--config",
        str(properties),
        "--ignore-formatted",
    ]
    result = subprocess.run(  # noqa: S603 - fixed argv, no shell
        command, capture_output=True, text=True, timeout=120, check=False
    )
    with cfg.kafka_log.open("a", encoding="utf-8") as log:
        log.write(result.stdout + result.stderr)
    if result.returncode != 0:
        raise InfraError(
            f"formatting Kafka storage in {cfg.kafka_data_dir} failed; see {cfg.kafka_log}"
        )
