"""Budget periods: the hour and the day a cost falls in, in its tenant's time zone.

A tenant's days and hours start at local midnight and on the local hour of the zone the
``budget_time_zones`` setting gives it (``"UTC,acme=Europe/Paris"``: a bare zone is the default
for unlisted tenants and for the global scope). Periods are computed with ``zoneinfo`` from
UTC instants, so a day across a DST change is 23 or 25 hours long, and the repeated hour of a
fall-back change gets an id of its own (ids of hours carry the UTC offset).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from schemas.errors import ConfigError

__all__ = ["Period", "TimeZones", "day_of", "hour_of", "parse_time_zones"]

_HOUR = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Period:
    """One budget period: its id (part of counter keys) and when it ends (ms since the epoch)."""

    period_id: str
    end_ms: int


@dataclass(frozen=True, slots=True)
class TimeZones:
    """Which IANA time zone each tenant's budget periods follow."""

    default: str = "UTC"
    tenant_to_zone: tuple[tuple[str, str], ...] = ()

    def zone_for(self, tenant: str | None) -> ZoneInfo:
        """The zone of ``tenant``; ``None`` (the global scope) gets the default zone."""
        for name, zone in self.tenant_to_zone:
            if name == tenant:
                return ZoneInfo(zone)
        return ZoneInfo(self.default)


def parse_time_zones(text: str) -> TimeZones:
    """Parse ``"UTC"`` or ``"UTC,acme=Europe/Paris"``; raises ConfigError naming a bad entry."""
    default = "UTC"
    pairs: list[tuple[str, str]] = []
    for raw in text.split(","):
        entry = raw.strip()
        tenant, sep, zone = (part.strip() for part in entry.partition("="))
        name = zone if sep else tenant
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(f"unknown time zone {name!r} in {text!r}") from exc
        if not sep:
            default = tenant
        elif not tenant or tenant in (t for t, _ in pairs):
            raise ConfigError(f"time-zone entry {entry!r} needs a new tenant name")
        else:
            pairs.append((tenant, zone))
    return TimeZones(default, tuple(pairs))


def day_of(time_ms: int, zone: ZoneInfo) -> Period:
    """The local calendar day of ``time_ms``: id ``YYYY-MM-DD``, ending at the next midnight."""
    local = datetime.fromtimestamp(time_ms / 1000.0, tz=zone)
    next_day = local.date() + timedelta(days=1)
    end = datetime(next_day.year, next_day.month, next_day.day, tzinfo=zone)
    return Period(local.date().isoformat(), int(end.timestamp() * 1000))


def hour_of(time_ms: int, zone: ZoneInfo) -> Period:
    """The local hour of ``time_ms``: id ``YYYY-MM-DDTHH+hh:mm``, one real hour long."""
    local = datetime.fromtimestamp(time_ms / 1000.0, tz=zone)
    start = local.replace(minute=0, second=0, microsecond=0)
    # The end is an hour of real time later (wall-clock arithmetic would be wrong across DST).
    end = start.astimezone(UTC) + _HOUR
    return Period(start.isoformat(timespec="hours"), int(end.timestamp() * 1000))
