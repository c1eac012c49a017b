"""Operators, their roles and what each role may do (the seeds' access matrix).

- ``viewer`` and ``monitor`` read state and the audit trail; they may not change anything.
- ``admin`` creates and changes experiments, flags, rollouts, the kill switch and budgets.
- ``superadmin`` may do all an admin may, and also manage operators (revoke a key).

Operators come from the ``operators`` setting: entries ``name:role:public_key_hex``
separated by commas or whitespace. An operator may have several keys (rotation: add the new
key, switch the key file, then remove the old entry); each key is told apart by its key id.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from schemas.errors import ConfigError

__all__ = [
    "Operator",
    "OperatorBook",
    "Role",
    "key_id_of",
    "parse_operators",
    "required_role",
]


class Role(enum.IntEnum):
    """Roles, ordered: each may do what the ones below it may."""

    VIEWER = 0
    MONITOR = 1
    ADMIN = 2
    SUPERADMIN = 3

    @classmethod
    def parse(cls, text: str) -> Role:
        """The role named ``text`` (case-insensitive); ConfigError if there is none."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            names = ", ".join(r.name.lower() for r in cls)
            raise ConfigError(f"unknown role {text!r}; use one of {names}") from None


#: Action name prefix -> the least role that may issue it. Unknown actions need superadmin
#: (and are then refused as unknown by the stage), so a typo never lowers the bar.
_ACTION_ROLES: Mapping[str, Role] = {
    "flag.": Role.ADMIN,
    "kill_switch.": Role.ADMIN,
    "rollout.": Role.ADMIN,
    "experiment.": Role.ADMIN,
    "budget.": Role.ADMIN,
    "operator.": Role.SUPERADMIN,
}


def required_role(action: str) -> Role:
    """The least role allowed to issue ``action``."""
    for prefix, role in _ACTION_ROLES.items():
        if action.startswith(prefix):
            return role
    return Role.SUPERADMIN


def key_id_of(public_key: bytes) -> str:
    """A public key's id: the first 16 hex digits of SHA-256 of its raw 32 bytes."""
    return hashlib.sha256(public_key).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Operator:
    """One operator key: who holds it, with which role."""

    name: str
    role: Role
    public_key: bytes
    """Raw 32-byte Ed25519 public key."""

    @property
    def key_id(self) -> str:
        """This key's id (see :func:`key_id_of`)."""
        return key_id_of(self.public_key)

    def settings_entry(self) -> str:
        """The ``operators`` setting entry for this key."""
        return f"{self.name}:{self.role.name.lower()}:{self.public_key.hex()}"


@dataclass(frozen=True)
class OperatorBook:
    """Every configured operator key, by key id."""

    by_key_id: Mapping[str, Operator]

    @classmethod
    def of(cls, operators: Iterable[Operator]) -> OperatorBook:
        """A book of ``operators``."""
        return cls({op.key_id: op for op in operators})

    def find(self, key_id: str) -> Operator | None:
        """The operator key with id ``key_id``, if configured."""
        return self.by_key_id.get(key_id)


def parse_operators(text: str) -> OperatorBook:
    """Parse the ``operators`` setting; ConfigError naming the bad entry."""
    operators = []
    for entry in text.replace(",", " ").split():
        parts = entry.split(":")
        if len(parts) != 3 or not parts[0]:
            raise ConfigError(f"operators entry {entry[:40]!r} must be name:role:public_key_hex")
        name, role, key_hex = parts
        try:
            key = bytes.fromhex(key_hex)
        except ValueError:
            key = b""
        if len(key) != 32:
            raise ConfigError(f"operator {name}: the public key must be 64 hex digits")
        operators.append(Operator(name, Role.parse(role), key))
    return OperatorBook.of(operators)
