"""Flags: mode, rollout, holdback and kill switch, per scope, and what they mean for one user.

Scopes are ``*`` (global), ``<tenant>`` and ``<tenant>/<surface>``. Resolution:

- the **kill switch** of every enclosing scope applies: a kill at the global or tenant scope
  stops every surface below it, whatever the narrower flags say;
- **mode, rollout and holdback** come from the most specific scope that has a flag, so a
  tenant can be at 10% while one of its surfaces is at 50%;
- with no flag at all, personalization is on for everyone (the behaviour before flags).

For one user, :meth:`FlagBook.decide` says whether to learn from their events and whether to
personalize what they are served, and if not, why (the reader's ``fallback_reason``):
``killed`` and ``off`` stop both; ``observe`` learns but serves the fallback; ``holdback``
and ``rollout`` (outside the rollout) learn but serve the fallback.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from processors.control.bucketing import in_percent

__all__ = [
    "GLOBAL_SCOPE",
    "MODES",
    "ROLLOUT_STAGES",
    "Flag",
    "FlagBook",
    "Serving",
    "scope_of",
]

GLOBAL_SCOPE = "*"
MODES = ("on", "observe", "off")
#: The documented staged-rollout path (docs/control-plane.md); any 0..100 is allowed.
ROLLOUT_STAGES = (0.0, 10.0, 25.0, 50.0, 100.0)


def scope_of(tenant: str | None, surface: str | None = None) -> str:
    """The scope name of a tenant (and surface); the global scope without a tenant."""
    if not tenant:
        return GLOBAL_SCOPE
    return f"{tenant}/{surface}" if surface else tenant


@dataclass(frozen=True, slots=True)
class Flag:
    """One scope's flag."""

    mode: str = "on"
    rollout_percent: float = 100.0
    holdback_percent: float = 0.0
    killed: bool = False
    rollout_history: tuple[float, ...] = ()
    """Earlier rollout percents, oldest first (where "back to the previous stage" goes)."""
    version: int = -1
    changed_ms: int = 0

    def with_rollout(self, percent: float) -> Flag:
        """This flag at a new rollout percent, remembering the old one if it changed."""
        if percent == self.rollout_percent:
            return self
        history = (*self.rollout_history, self.rollout_percent)[-20:]
        return replace(self, rollout_percent=percent, rollout_history=history)

    def to_json(self) -> dict[str, Any]:
        """The flag as a JSON object (Redis, audit before/after)."""
        return {
            "mode": self.mode,
            "rollout_percent": self.rollout_percent,
            "holdback_percent": self.holdback_percent,
            "killed": self.killed,
            "rollout_history": list(self.rollout_history),
            "version": self.version,
            "changed_ms": self.changed_ms,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Flag:
        """Inverse of :meth:`to_json`."""
        return cls(
            mode=str(data["mode"]),
            rollout_percent=float(data["rollout_percent"]),
            holdback_percent=float(data["holdback_percent"]),
            killed=bool(data["killed"]),
            rollout_history=tuple(float(x) for x in data.get("rollout_history", ())),
            version=int(data.get("version", -1)),
            changed_ms=int(data.get("changed_ms", 0)),
        )


@dataclass(frozen=True, slots=True)
class Serving:
    """What the flags say for one user on one surface."""

    learn: bool
    personalize: bool
    reason: str | None
    """Why not personalized: killed, off, observe, holdback or rollout; None if personalized."""
    scope: str
    """The scope whose flag decided (``*`` when no flag applies)."""


@dataclass(frozen=True)
class FlagBook:
    """Every scope's flag, immutable: a change makes a new book."""

    flags: Mapping[str, Flag] = field(default_factory=dict)

    def get(self, scope: str) -> Flag | None:
        """The flag set on exactly ``scope``, if any."""
        return self.flags.get(scope)

    def with_flag(self, scope: str, flag: Flag) -> FlagBook:
        """A book with ``scope`` set to ``flag``."""
        return FlagBook({**self.flags, scope: flag})

    def scopes(self, tenant: str, surface: str) -> tuple[str, str, str]:
        """The scopes enclosing a surface, most specific first."""
        return (f"{tenant}/{surface}", tenant, GLOBAL_SCOPE)

    def decide(self, tenant: str, surface: str, user_key: str) -> Serving:
        """Whether to learn from and personalize for this user on this surface."""
        governing = self._governing(tenant, surface)
        if governing is None:
            return _PERSONALIZED
        scope, flag = governing
        if flag.killed:
            return Serving(False, False, "killed", scope)
        return _serving(flag, scope, user_key)

    def learning(self, tenant: str, surface: str) -> bool:
        """Whether the stream learns on this surface at all (not killed, not off); per event
        on the learning path, so no user is bucketed for it."""
        governing = self._governing(tenant, surface)
        return governing is None or (not governing[1].killed and governing[1].mode != "off")

    def _governing(self, tenant: str, surface: str) -> tuple[str, Flag] | None:
        """The scope and flag that decide for a surface: a kill switch of any enclosing scope,
        else the most specific flag; None without any."""
        flags = self.flags
        if not flags:
            return None
        scopes = self.scopes(tenant, surface)
        for scope in scopes:
            flag = flags.get(scope)
            if flag is not None and flag.killed:
                return scope, flag
        for scope in scopes:
            flag = flags.get(scope)
            if flag is not None:
                return scope, flag
        return None

    def to_json(self) -> str:
        """The whole book as one JSON document (what Redis holds for readers)."""
        return json.dumps(
            {scope: flag.to_json() for scope, flag in sorted(self.flags.items())},
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> FlagBook:
        """Inverse of :meth:`to_json`."""
        data = json.loads(text)
        return cls({scope: Flag.from_json(flag) for scope, flag in data.items()})

    @classmethod
    def of(cls, items: Iterable[tuple[str, Flag]]) -> FlagBook:
        """A book of ``(scope, flag)`` pairs."""
        return cls(dict(items))


_PERSONALIZED = Serving(True, True, None, GLOBAL_SCOPE)


def _serving(flag: Flag, scope: str, user_key: str) -> Serving:
    if flag.mode == "off":
        return Serving(False, False, "off", scope)
    if flag.mode == "observe":
        return Serving(True, False, "observe", scope)
    if flag.holdback_percent > 0 and in_percent("holdback", scope, user_key, flag.holdback_percent):
        return Serving(True, False, "holdback", scope)
    if not in_percent("rollout", scope, user_key, flag.rollout_percent):
        return Serving(True, False, "rollout", scope)
    return Serving(True, True, None, scope)
