"""Install (from Debian) and run our own redis-server on loopback, with an append-only file.

Redis holds views the workers can rebuild from the tables (``streams.rebuild``), but a rebuild
of a million profiles takes a while, and readers serve fallbacks meanwhile: the AOF (fsync
once a second) brings the data back after a restart, and the rebuild covers the last second
it may miss. A Redis started before (``--appendonly no``) keeps running as it is: ``up`` only
checks that it answers, and ``status`` says that it does not persist.
"""

from __future__ import annotations

import os
import shutil
import subprocess

from infra.config import InfraConfig
from schemas.errors import InfraError

__all__ = ["PROCESS_MARKER", "start_redis"]

PROCESS_MARKER = "redis-server"
"""Substring of redis-server's command line; ``down`` signals only a process that has it."""
APT_TIMEOUT_S = 600


def ensure_redis_server() -> str:
    """Path of ``redis-server``, installing Debian's package first if it is missing."""
    return shutil.which("redis-server") or install_debian_package("redis-server", "redis-server")


def install_debian_package(package: str, binary: str) -> str:
    """Install Debian's ``package`` with apt-get (as root, or with sudo -n) and return the
    path of ``binary``, which it must bring."""
    apt = shutil.which("apt-get")
    if apt is None:
        raise InfraError(f"{binary} is not on PATH and apt-get is missing; install {package}")
    prefix: list[str] = []
    if os.geteuid() != 0:
        sudo = shutil.which("sudo")
        if sudo is None:
            raise InfraError(
                f"{binary} is not installed and installing it needs root; "
                f"run 'sudo apt-get install {package}' once"
            )
        prefix = [sudo, "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for args in (["update", "-qq"], ["install", "-y", "-qq", package]):
        result = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [*prefix, apt, *args],
            capture_output=True,
            text=True,
            timeout=APT_TIMEOUT_S,
            check=False,
            env=env,
        )
        if result.returncode != 0:
            raise InfraError(
                f"'apt-get {' '.join(args)}' failed with status {result.returncode}; "
                f"install {package} by hand"
            )
    path = shutil.which(binary)
    if path is None:
        raise InfraError(f"apt-get installed {package} but {binary} is not on PATH")
    return path


def start_redis(cfg: InfraConfig) -> None:
    """Start redis-server daemonized on ``cfg.redis_host:cfg.redis_port``.

    redis-server forks and writes ``cfg.redis_pid_file`` itself, a moment after this returns.
    """
    server = ensure_redis_server()
    cfg.redis_dir.mkdir(parents=True, exist_ok=True)
    cfg.logs_dir.mkdir(parents=True, exist_ok=True)
    cfg.redis_pid_file.unlink(missing_ok=True)
    command = [
        server,
        "--bind", cfg.redis_host,
        "--port", str(cfg.redis_port),
        "--daemonize", "yes",
        "--dir", str(cfg.redis_dir),
        "--logfile", str(cfg.redis_log),
        "--pidfile", str(cfg.redis_pid_file),
        # Derived state, rebuilt from the tables after a loss; the AOF makes a restart cheap.
        # No RDB snapshots: the AOF alone restores the data, and forking for a snapshot of a
        # large keyspace would stall the workers' writes.
        "--save", "",
        "--appendonly", "yes",
        "--appendfsync", "everysec",
        # The epoch marker has no TTL: eviction must never take it (sinks.epoch).
        "--maxmemory-policy", "noeviction",
        "--protected-mode", "yes",
    ]  # fmt: skip
    result = subprocess.run(  # noqa: S603 - fixed argv, no shell
        command, capture_output=True, text=True, timeout=30, check=False
    )
    if result.returncode != 0:
        raise InfraError(f"redis-server failed to start; see {cfg.redis_log}")
