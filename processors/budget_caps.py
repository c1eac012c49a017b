"""The cap store: caps per budget scope, and the one pure function that changes them.

Caps come from two places: the settings give a default per scope kind (``CapDefaults``), and
admin commands override them per tenant (``CapOverrides``, the state of the ``budget_caps``
table and of the Redis caps hash). A cap is a whole number (micros, or calls for ``expert``);
``UNCAPPED`` (-1) means no cap. ``reserve:<tenant>`` is not a cap but the share of the
tenant's daily cap kept for core calls, in parts per million (250000 = 25%).

    field           what it caps
    global          micros per day, all tenants
    tenant:<t>      micros per day of tenant t
    user:<t>        micros per hour of each user of tenant t
    expert:<t>      EXPERT-tier calls per day of tenant t
    reserve:<t>     ppm of tenant t's daily cap that expert calls may not use
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final

from processors.budget import Scope
from schemas.errors import ConfigError

__all__ = [
    "PPM",
    "UNCAPPED",
    "CapBook",
    "CapChange",
    "CapDefaults",
    "CapOverrides",
    "apply_cap_change",
]

UNCAPPED: Final = -1
"""A cap value meaning "no cap"."""
PPM: Final = 1_000_000
_KINDS: Final = ("global", "tenant", "user", "expert", "reserve")


@dataclass(frozen=True, slots=True)
class CapDefaults:
    """Caps of scopes no admin command has set (from the settings)."""

    global_daily_micros: int = UNCAPPED
    tenant_daily_micros: int = 100_000_000
    user_hourly_micros: int = 10_000_000
    expert_daily_calls: int = 20
    core_reserve_ppm: int = 250_000

    def for_kind(self, kind: str) -> int:
        """The default of a cap-book field kind."""
        return {
            "global": self.global_daily_micros,
            "tenant": self.tenant_daily_micros,
            "user": self.user_hourly_micros,
            "expert": self.expert_daily_calls,
            "reserve": self.core_reserve_ppm,
        }[kind]


@dataclass(frozen=True, slots=True)
class CapOverrides:
    """Caps set by admin commands, by cap-book field (the ``BudgetCaps`` state)."""

    field_to_value: Mapping[str, int] = field(default_factory=dict)
    """Cap-book field (``tenant:acme``) -> value; -1 is "no cap"."""
    version: int = 0
    """How many changes were applied; a change names the version it expects, if any."""

    def to_record(self) -> dict[str, Any]:
        """The ``BudgetCaps`` state record."""
        return {"field_to_value": dict(self.field_to_value), "version": self.version}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> CapOverrides:
        """Inverse of :meth:`to_record`."""
        return cls(dict(record["field_to_value"]), int(record["version"]))


@dataclass(frozen=True, slots=True)
class CapChange:
    """Set (``value``) or clear (``None``: back to the default) one cap-book field."""

    kind: str
    tenant: str | None
    value: int | None

    @property
    def field(self) -> str:
        """The cap-book field this change sets."""
        return "global" if self.kind == "global" else f"{self.kind}:{self.tenant}"


@dataclass(frozen=True, slots=True)
class CapBook:
    """Every cap in force: overrides over defaults."""

    defaults: CapDefaults = field(default_factory=CapDefaults)
    overrides: CapOverrides = field(default_factory=CapOverrides)

    def value(self, cap_field: str) -> int:
        """The value in force for a cap-book field (-1: no cap)."""
        stored = self.overrides.field_to_value.get(cap_field)
        return self.defaults.for_kind(cap_field.split(":", 1)[0]) if stored is None else stored

    def cap_of(self, scope: Scope) -> int | None:
        """The cap of ``scope``; ``None`` when uncapped."""
        value = self.value(scope.cap_field)
        return None if value == UNCAPPED else value


def apply_cap_change(overrides: CapOverrides, change: CapChange) -> CapOverrides:
    """The overrides after ``change``; raises ConfigError for a change that makes no sense.

    Pure: the caller stores the result (table), writes it to Redis (``BudgetCapsWrite``) and
    audits the before and after.
    """
    if change.kind not in _KINDS:
        raise ConfigError(f"unknown cap kind {change.kind!r}; expected one of {_KINDS}")
    if (change.kind == "global") != (change.tenant is None):
        raise ConfigError("the global cap takes no tenant; every other cap needs one")
    if change.value is not None:
        if change.value < UNCAPPED:
            raise ConfigError(f"a cap must be >= 0 (or -1 for none), got {change.value}")
        if change.kind == "reserve" and not 0 <= change.value <= PPM:
            raise ConfigError(f"a core reserve is 0..{PPM} ppm, got {change.value}")
    values = dict(overrides.field_to_value)
    if change.value is None:
        values.pop(change.field, None)
    else:
        values[change.field] = change.value
    return replace(overrides, field_to_value=values, version=overrides.version + 1)
