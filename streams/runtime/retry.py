"""The worker's one retry policy for effects that Redis or the broker refused.

A flush (``streams.runtime.batching``) and a rare agent's apply (``streams.runtime.agents``)
hold their input's offsets until their effects are applied. When a sink refuses them,
:class:`SinkError` (Redis down or restarting, or the first command on a connection pooled
before a restart, which redis-py does not retry) or :class:`PublishError` (a delivery that
timed out), they apply the same effects again, every ``delay_s``, until it succeeds. The
stream stalls rather than committing past an unapplied effect, and every sink is idempotent,
so repeating an apply that half succeeded leaves Redis as one success would.

Anything else (a bug) is not retried: it propagates, and the record stays unacked.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from schemas.errors import PublishError, SinkError

__all__ = ["SinkRetry"]

T = TypeVar("T")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SinkRetry:
    """Retries an apply until the sinks accept it; logs and reports every failed attempt."""

    delay_s: float = 0.2
    """Seconds between a failed attempt and the next one."""
    on_failed: Callable[[str], None] | None = None
    """Called with the sink's name after each failed attempt (the worker counts them in
    ``personalize_sink_errors_total``)."""

    async def until_applied(self, sink: str, apply: Callable[[], Awaitable[T]]) -> T:
        """``await apply()`` until it raises neither ``SinkError`` nor ``PublishError``."""
        while True:
            try:
                return await apply()
            except (SinkError, PublishError) as exc:
                # Our errors' messages name what failed, never a record's values.
                log.warning("sink flush failed; retrying", extra={"sink": sink, "reason": str(exc)})
                if self.on_failed is not None:
                    self.on_failed(sink)
                await asyncio.sleep(self.delay_s)
