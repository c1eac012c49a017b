"""A worker's read cache of each surface's bandit counts, popular items and examination theta.

The ranking stage ranks a user on the partition of the user's raw events, while bandit counts
are summed over every partition (each counted where its events are joined) and popularity is
kept per item, on whichever worker owns the item; both are materialized in Redis, so the
ranking stage reads them from there, at most once per ``refresh_s`` per surface.

Each surface's examination vector ``theta`` is estimated from those same counts by EM
(:mod:`processors.examination`) at most once per ``theta_refresh_s`` (EM over 10,000 items
takes milliseconds, too much for every refresh, and theta moves slowly); until the counts
identify theta, the surface uses the configured fallback. The estimate uses every item's
counts, retired ones included: what a retired item's clicks say about examination stays true.
Each re-estimate is also written to Redis for operators (:mod:`sinks.examination`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np
from redis.asyncio import Redis
from redis.exceptions import RedisError

from processors.bandit import BanditState
from processors.examination import ExaminationConfig, ThetaChoice, choose_theta
from processors.ranking import SurfaceModel
from schemas.errors import SinkError
from sinks.bandit import decode_counts
from sinks.examination import ExaminationSink, ExaminationWrite
from sinks.keys import KeyLayout

__all__ = ["SurfaceModels"]

POPULAR_CANDIDATES = 200
THETA_REFRESH_S = 60.0
"""Default seconds between two estimates of a surface's theta on one worker."""

Counts = tuple[tuple[int, ...], tuple[int, ...]]


class SurfaceModels:
    """Caches :class:`SurfaceModel` per (tenant, surface).

    ``fallback_theta`` is the configured theta (``Settings.examination``), used while a
    surface's counts do not identify theta; without it the fallback is 1.0 at every position
    (no position correction). ``clock`` (seconds, monotonic) is injectable for tests.
    """

    def __init__(
        self,
        client: Redis,
        keys: KeyLayout,
        *,
        positions: int,
        refresh_s: float,
        fallback_theta: Sequence[float] | None = None,
        theta_refresh_s: float = THETA_REFRESH_S,
        examination: ExaminationConfig | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        fallback = (1.0,) * positions if fallback_theta is None else tuple(fallback_theta)
        if len(fallback) != positions:
            raise ValueError(f"fallback_theta needs {positions} entries, got {len(fallback)}")
        self._client = client
        self._keys = keys
        self._positions = positions
        self._refresh_s = refresh_s
        self._fallback = tuple(float(x) for x in fallback)
        self._theta_refresh_s = theta_refresh_s
        self._examination = examination or ExaminationConfig()
        self._clock = clock
        self._sink = ExaminationSink(client, keys)
        self._models: dict[tuple[str, str], tuple[float, SurfaceModel]] = {}
        self._thetas: dict[tuple[str, str], tuple[float, ThetaChoice]] = {}

    async def get(self, tenant: str, surface: str) -> SurfaceModel:
        """The cached model, reloaded from Redis when older than ``refresh_s``.

        Raises :class:`SinkError` if Redis fails.
        """
        cached = self._models.get((tenant, surface))
        if cached is not None and self._clock() - cached[0] < self._refresh_s:
            return cached[1]
        try:
            async with self._client.pipeline(transaction=False) as pipe:
                pipe.hgetall(self._keys.bandit(tenant, surface))
                pipe.zrevrange(self._keys.popularity(tenant, surface), 0, POPULAR_CANDIDATES - 1)
                pipe.smembers(self._keys.retired(tenant))
                fields, popular, retired = await pipe.execute()
        except RedisError as exc:
            # A SinkError is what the flushes and the rebuild retry; anything else crashes
            # the worker (as the first read on a pooled connection after a restart did).
            raise SinkError(f"Redis did not return the surface model: {exc}") from exc
        decoded = {item: decode_counts(value) for item, value in fields.items()}
        all_counts = {
            item: (_fit(shown, self._positions), _fit(clicked, self._positions))
            for item, (shown, clicked) in decoded.items()
        }
        theta = await self._theta(tenant, surface, list(all_counts.values()))
        model = SurfaceModel(
            bandit=BanditState.from_counts(
                self._positions,
                {item.decode(): n for item, n in all_counts.items() if item not in retired},
            ),
            popular=tuple(item.decode() for item in popular if item not in retired),
            theta=theta.theta,
            theta_source=theta.source,
        )
        self._models[(tenant, surface)] = (self._clock(), model)
        return model

    def forget(self) -> None:
        """Drop every cached model and theta: the next :meth:`get` reads Redis again and
        re-estimates theta (after a rebuild, whose counts the cache has not seen)."""
        self._models.clear()
        self._thetas.clear()

    async def _theta(self, tenant: str, surface: str, counts: Sequence[Counts]) -> ThetaChoice:
        """The surface's theta, re-estimated when older than ``theta_refresh_s``."""
        cached = self._thetas.get((tenant, surface))
        now = self._clock()
        if cached is not None and now - cached[0] < self._theta_refresh_s:
            return cached[1]
        shape = (len(counts), self._positions)
        shown = np.array([s for s, _ in counts], dtype=np.int64).reshape(shape)
        clicked = np.array([c for _, c in counts], dtype=np.int64).reshape(shape)
        choice = choose_theta(shown, clicked, self._fallback, self._examination)
        # Cached before the write, so a failed write does not make every call re-estimate.
        self._thetas[(tenant, surface)] = (now, choice)
        if counts:
            version = int(shown.sum() + clicked.sum())
            await self._sink.write(ExaminationWrite.of(tenant, surface, choice, version))
        return choice


def _fit(values: tuple[int, ...], positions: int) -> tuple[int, ...]:
    """Counts by position, padded or pooled into ``positions`` slots."""
    head = [*values[: positions - 1], sum(values[positions - 1 :])]
    return tuple([*head, *([0] * (positions - len(head)))])
