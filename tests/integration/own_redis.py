"""A redis-server of the test's own, for tests that restart Redis.

The shared Redis (``personalize up``) serves every test and every other user of the machine,
so a test that loses Redis's data starts its own server: Debian's ``redis-server`` on a free
loopback port, in the test's temporary directory, without persistence (a restart comes back
empty, as after ``SHUTDOWN NOSAVE`` without AOF), or with an AOF fsynced at every write (a
restart keeps every key, as production's AOF keeps all but the last second). It is stopped by
its pid, never by name.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

from redis import Redis, RedisError

from streams.tools.ports import free_port


class OwnRedis:
    """One redis-server process on ``127.0.0.1:<port>``; :meth:`restart` loses every key
    unless it is persistent."""

    def __init__(self, directory: Path, *, persistent: bool = False) -> None:
        """``persistent``: keep the data across restarts (AOF, ``appendfsync always``)."""
        self.port = free_port()
        self.persistent = persistent
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._dir = directory
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 20.0) -> OwnRedis:
        """Start the server and wait until it answers PING."""
        server = shutil.which("redis-server")
        assert server is not None, "redis-server is not installed (personalize up installs it)"
        self._dir.mkdir(parents=True, exist_ok=True)
        command = [
            server,
            "--bind", "127.0.0.1",
            "--port", str(self.port),
            "--dir", str(self._dir),
            "--save", "",
            "--appendonly", "yes" if self.persistent else "no",
            "--appendfsync", "always",
            "--logfile", str(self._dir / "redis.log"),
        ]  # fmt: skip
        self._process = subprocess.Popen(command)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.answers():
                return self
            time.sleep(0.05)
        raise AssertionError(f"own redis-server did not answer within {timeout_s} s")

    def answers(self) -> bool:
        """True if the server answers PING."""
        client = Redis.from_url(self.url, socket_timeout=0.5, socket_connect_timeout=0.5)
        try:
            return bool(client.ping())
        except RedisError:
            return False
        finally:
            client.close()

    def stop(self) -> None:
        """Stop the server (without persistence its data is gone) and wait for it to exit."""
        if self._process is None:
            return
        self._process.terminate()  # SIGTERM: without save points or AOF nothing is saved
        self._process.wait(timeout=30)
        self._process = None

    def restart(self) -> float:
        """Stop, start again on the same port (empty unless persistent); returns when it
        answered (monotonic s)."""
        self.stop()
        self.start()
        return time.monotonic()
