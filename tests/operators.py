"""Operator keys and signed commands for tests (deterministic keys, never real ones)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from processors.control.issue import OperatorKey, signed_command
from processors.control.roles import Operator, Role
from schemas.codec import encode


def key(name: str, role: str) -> OperatorKey:
    """A deterministic key for ``name`` (its private key is a hash of the name)."""
    return OperatorKey(name, role, hashlib.sha256(f"test-key:{name}".encode()).digest())


ADMIN = key("alice", "admin")
VIEWER = key("victor", "viewer")
SUPERADMIN = key("sam", "superadmin")
STRANGER = key("mallory", "admin")  # never configured


def operators_setting(*keys: OperatorKey) -> str:
    """The ``operators`` setting that configures ``keys``."""
    return ",".join(
        Operator(k.operator, Role.parse(k.role), k.public_key).settings_entry() for k in keys
    )


CONFIGURED = operators_setting(ADMIN, VIEWER, SUPERADMIN)


def command(
    signer: OperatorKey,
    action: str,
    payload: Mapping[str, Any],
    *,
    now_ms: int,
    lifetime_ms: int = 300_000,
    **overrides: Any,
) -> dict[str, Any]:
    """A signed command record; ``overrides`` replace fields after signing (tampering)."""
    record = signed_command(signer, action, payload, now_ms=now_ms, lifetime_ms=lifetime_ms)
    record.update(overrides)
    return record


def encoded(record: Mapping[str, Any]) -> bytes:
    """``record`` as a ``ControlCommand`` single object."""
    return encode("ControlCommand", record)
