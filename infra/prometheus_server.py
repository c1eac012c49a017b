"""Install (from Debian) and run a local Prometheus that scrapes the workers and loads our rules.

``personalize up --prometheus`` starts it on loopback with its data under ``.run/prometheus``;
``personalize down`` stops it (by pid file). Scrape targets: the settings' worker
(``127.0.0.1:<metrics_port>``) plus every ``*.json`` file in ``.run/prometheus/targets/``
(Prometheus file service discovery), so more workers can be added without a restart.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from infra.pidfile import write_pid
from infra.redis_server import install_debian_package

__all__ = [
    "PROCESS_MARKER",
    "RULES",
    "ensure_prometheus",
    "ensure_promtool",
    "pid_file",
    "start_prometheus",
    "write_config",
]

PROCESS_MARKER = "personalize-prometheus"
"""Substring of our Prometheus's command line (its config path); ``down`` checks it."""
RULES = Path(__file__).resolve().parent / "prometheus" / "rules.yml"
SCRAPE_INTERVAL = "5s"


def ensure_prometheus() -> str:
    """Path of ``prometheus``, installing Debian's package first if it is missing."""
    return shutil.which("prometheus") or install_debian_package("prometheus", "prometheus")


def ensure_promtool() -> str:
    """Path of ``promtool`` (Debian's ``prometheus`` package brings it)."""
    return shutil.which("promtool") or install_debian_package("prometheus", "promtool")


def write_config(run_dir: Path, worker_target: str) -> Path:
    """Write ``prometheus.yml`` (and the targets folder) under ``run_dir``; return its path."""
    run_dir.mkdir(parents=True, exist_ok=True)
    targets = run_dir / "targets"
    targets.mkdir(exist_ok=True)
    (targets / "settings.json").write_text(
        json.dumps([{"targets": [worker_target], "labels": {"source": "settings"}}]),
        encoding="utf-8",
    )
    config = run_dir / f"{PROCESS_MARKER}.yml"
    config.write_text(
        "\n".join(
            [
                "# Written by `personalize up --prometheus`; see infra/prometheus/ and docs.",
                "global:",
                f"  scrape_interval: {SCRAPE_INTERVAL}",
                f"  evaluation_interval: {SCRAPE_INTERVAL}",
                "rule_files:",
                f"  - {RULES}",
                "scrape_configs:",
                "  - job_name: personalize-worker",
                "    file_sd_configs:",
                f"      - files: ['{targets}/*.json']",
                "        refresh_interval: 5s",
                "",
            ]
        ),
        encoding="utf-8",
    )
    return config


def start_prometheus(
    run_dir: Path, host: str, port: int, worker_target: str, log: Path
) -> subprocess.Popen[bytes]:
    """Start Prometheus detached on ``host:port`` (pid in :func:`pid_file`); return the child,
    which a caller that stops it should also wait for."""
    binary = ensure_prometheus()
    config = write_config(run_dir, worker_target)
    log.parent.mkdir(parents=True, exist_ok=True)
    command = [
        binary,
        f"--config.file={config}",
        f"--storage.tsdb.path={run_dir / 'data'}",
        f"--web.listen-address={host}:{port}",
        "--storage.tsdb.retention.time=2d",
        "--web.enable-lifecycle",
    ]
    with log.open("ab") as out:
        process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            command,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    write_pid(pid_file(run_dir), process.pid)
    return process


def pid_file(run_dir: Path) -> Path:
    """Where :func:`start_prometheus` records the pid."""
    return run_dir / "prometheus.pid"
