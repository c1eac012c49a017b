"""Facts about the machine and the services a benchmark ran on, for the report."""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
from pathlib import Path
from typing import Any, Final

from redis import Redis

KAFKA_VERSION: Final = "4.4.0"


def cpu_model(cpuinfo: Path = Path("/proc/cpuinfo")) -> str:
    """The first ``model name`` in /proc/cpuinfo, or the platform's processor string."""
    try:
        for line in cpuinfo.read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def git_commit(repo: Path) -> str:
    """``git rev-parse HEAD`` of ``repo`` (with ``-dirty`` if tracked files changed)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            # --no-optional-locks: never take the index lock another engineer's git may hold.
            ["git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=no"],
            cwd=repo,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}-dirty" if dirty else head


def machine_facts(client: Redis, repo: Path) -> dict[str, Any]:
    """CPU, cores, load, Python, Kafka and Redis versions, git commit and the date (UTC)."""
    info = client.info("server")
    load1, load5, load15 = os.getloadavg()
    return {
        "cpu_model": cpu_model(),
        "cores": os.cpu_count(),
        "load_average_at_start": [load1, load5, load15],
        "python": platform.python_version(),
        "platform": platform.platform(),
        "kafka_version": KAFKA_VERSION,
        "redis_version": str(info.get("redis_version", "unknown")),
        "git_commit": git_commit(repo),
        "date_utc": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }
