"""Pid files of the processes ``infra up`` started, so ``down`` stops only those."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

__all__ = ["read_pid", "stop_pid", "write_pid"]


def read_pid(path: Path, expect: str) -> int | None:
    """The pid in ``path`` if that process is alive and its command line contains ``expect``.

    Checking the command line keeps a stale pid file, whose pid the OS has since reused for
    an unrelated process, from making us signal that process.
    """
    try:
        pid = int(path.read_text(encoding="ascii").strip())
    except (FileNotFoundError, ValueError):
        return None
    if not pid_alive(pid):
        return None
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return None
    return pid if expect.encode() in cmdline else None


def pid_alive(pid: int) -> bool:
    """True if a process with this pid exists and is not a zombie."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return True
    # Field 3 is the state; a zombie has exited and only waits to be reaped.
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def write_pid(path: Path, pid: int) -> None:
    """Record ``pid`` in ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{pid}\n", encoding="ascii")


def stop_pid(path: Path, expect: str, timeout_s: float) -> bool:
    """SIGTERM the process in ``path``, wait for it to exit, SIGKILL after ``timeout_s``.

    Returns True if a live process was stopped. The pid file is removed either way.
    """
    pid = read_pid(path, expect)
    if pid is None:
        path.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    while pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if pid_alive(pid):
        os.kill(pid, signal.SIGKILL)
        while pid_alive(pid):
            time.sleep(0.1)
    path.unlink(missing_ok=True)
    return True
