"""Free loopback ports for the workers that tests and benchmarks start."""

from __future__ import annotations

import random
import socket

__all__ = ["free_port"]

#: Ports handed out come from below Linux's ephemeral range (32768-60999): a port the kernel
#: picked there could be taken by any outgoing connection (Kafka clients open many) before the
#: worker binds it, which failed a worker's start in one CI run.
_PORTS = range(20_000, 32_000, 2)


def free_port() -> int:
    """A TCP port on 127.0.0.1, with the one after it, that nobody listens on right now.

    The next port is free too because a caller may start a second worker on ``port + 1``.
    """
    chooser = random.SystemRandom()
    for _ in range(200):
        port = chooser.choice(_PORTS)
        if _bindable(port) and _bindable(port + 1):
            return port
    raise RuntimeError("no free pair of TCP ports between 20000 and 32000")


def _bindable(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
