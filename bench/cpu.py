"""CPU time of this process's child processes (the bench worker), read from /proc (Linux)."""

from __future__ import annotations

import os
from pathlib import Path


def child_pids(proc: Path = Path("/proc")) -> list[int]:
    """Direct children of this process, from every thread's ``children`` file."""
    pids: set[int] = set()
    for children in (proc / str(os.getpid()) / "task").glob("*/children"):
        try:
            pids.update(int(pid) for pid in children.read_text().split())
        except OSError:
            continue
    return sorted(pids)


def cpu_seconds(pid: int, proc: Path = Path("/proc")) -> float:
    """User + system CPU seconds of ``pid`` (0.0 if it is gone)."""
    try:
        stat = (proc / str(pid) / "stat").read_text()
    except OSError:
        return 0.0
    # Fields after the parenthesized command name; utime and stime are fields 14 and 15.
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds() -> float:
    """Total CPU seconds used so far by this process's live children."""
    return sum(cpu_seconds(pid) for pid in child_pids())
