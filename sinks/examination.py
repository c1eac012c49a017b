"""Publishes each surface's examination vector (theta) next to its bandit hash.

    <prefix>:{<tenant>}:bandit:<surface>:examination   HASH
        theta            "1.0,0.61,0.39": the surface's SurfaceModel.theta, first 1.0 if estimated
        source           "estimated" (from the surface's counts) or "configured" (the fallback
                         theta the worker's SurfaceModels was given)
        verdict          "identified", or why the counts did not identify theta
                         (processors.examination: "positions_not_linked", ...)
        impressions      impressions the estimate was fitted on (items at 2+ positions, clicked)
        clicks           clicks it was fitted on
        standard_errors  "0.0,0.03,0.04": of log(theta_k / theta_1); empty if EM did not run
        version          impressions + clicks of the whole bandit hash the fit read

Workers (``sinks.surface_models``) write it each time they re-estimate a surface. The rankings
do not read it back: it is for operators and for readers in other languages. Counts only grow,
so the Lua script writes only when ``version`` is at least the stored one: a worker that read
older counts cannot replace a newer estimate, and writing the same estimate twice is harmless.
The key gets the bandit hash's expiry instant, so the two expire together; if the bandit hash is
gone, nothing is written. Whoever deletes a bandit hash by hand should delete this key too (a
stored ``version`` above the new counts would hold back writes until the counts catch up).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import RedisError

from processors.examination import ThetaChoice, ThetaSource
from schemas.errors import SinkError
from sinks.keys import KeyLayout

__all__ = ["ExaminationSink", "ExaminationWrite"]

# KEYS[1] = examination hash, KEYS[2] = the surface's bandit hash (same tenant slot).
# ARGV[1] = version, then field, value pairs. Returns 1 if written, 0 if not.
# The bandit hash's absolute expiry is copied (PEXPIRETIME then PEXPIREAT, Redis 7): copying
# its remaining PTTL with PEXPIRE could land one millisecond apart when the clock ticks between
# the two calls, and the two keys must expire at the same instant.
_PUT_IF_NOT_OLDER_LUA = """
local expires_at = redis.call('PEXPIRETIME', KEYS[2])
if expires_at == -2 then
  return 0
end
local stored = tonumber(redis.call('HGET', KEYS[1], 'version') or '-1')
if tonumber(ARGV[1]) < stored then
  return 0
end
redis.call('HSET', KEYS[1], 'version', ARGV[1], unpack(ARGV, 2))
if expires_at > 0 then
  redis.call('PEXPIREAT', KEYS[1], expires_at)
else
  redis.call('PERSIST', KEYS[1])
end
return 1
"""


@dataclass(frozen=True, slots=True)
class ExaminationWrite:
    """The examination vector one surface uses and what it rests on (see module doc)."""

    tenant: str
    surface: str
    theta: tuple[float, ...]
    source: ThetaSource
    verdict: str
    impressions: int
    clicks: int
    standard_errors: tuple[float, ...]
    version: int

    @classmethod
    def of(cls, tenant: str, surface: str, choice: ThetaChoice, version: int) -> ExaminationWrite:
        """The record of a :class:`ThetaChoice`, fitted on counts totalling ``version``."""
        assessment = choice.assessment
        fit = assessment.fit
        return cls(
            tenant=tenant,
            surface=surface,
            theta=choice.theta,
            source=choice.source,
            verdict=assessment.verdict,
            impressions=assessment.impressions,
            clicks=assessment.clicks,
            standard_errors=fit.standard_errors if fit is not None else (),
            version=version,
        )

    def fields(self) -> dict[str, str]:
        """The hash fields other than ``version``, as text."""
        return {
            "theta": ",".join(repr(x) for x in self.theta),
            "source": self.source,
            "verdict": self.verdict,
            "impressions": str(self.impressions),
            "clicks": str(self.clicks),
            "standard_errors": ",".join(repr(x) for x in self.standard_errors),
        }

    @classmethod
    def from_fields(
        cls, tenant: str, surface: str, fields: Mapping[bytes, bytes] | Mapping[str, str]
    ) -> ExaminationWrite:
        """Inverse of :meth:`fields` (plus ``version``), e.g. from ``HGETALL``."""
        text = {
            (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
            for k, v in fields.items()
        }
        source = text["source"]
        if source not in ("estimated", "configured"):
            raise ValueError(f"unknown theta source {source!r}")
        return cls(
            tenant=tenant,
            surface=surface,
            theta=_floats(text["theta"]),
            source=cast(ThetaSource, source),
            verdict=text["verdict"],
            impressions=int(text["impressions"]),
            clicks=int(text["clicks"]),
            standard_errors=_floats(text["standard_errors"]),
            version=int(text["version"]),
        )


def _floats(text: str) -> tuple[float, ...]:
    return tuple(float(x) for x in text.split(",")) if text else ()


class ExaminationSink:
    """Writes :class:`ExaminationWrite` records (one script call each; they are rare)."""

    def __init__(self, client: Redis, keys: KeyLayout) -> None:
        self._keys = keys
        self._script = client.register_script(_PUT_IF_NOT_OLDER_LUA)

    async def write(self, write: ExaminationWrite) -> bool:
        """Store one surface's record; False if not newer or the bandit hash is gone.

        Raises SinkError when Redis fails.
        """
        args: list[str | int] = [write.version]
        for field, value in write.fields().items():
            args.extend((field, value))
        keys = [
            self._keys.examination(write.tenant, write.surface),
            self._keys.bandit(write.tenant, write.surface),
        ]
        try:
            written = await self._script(keys=keys, args=args)
        except RedisError as exc:
            raise SinkError(f"Redis rejected an examination record: {exc}") from exc
        return bool(written)
