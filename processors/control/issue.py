"""Issuing a command: the record an operator's CLI signs and publishes (pure)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from processors.control.roles import key_id_of
from processors.control.signing import public_key_of, sign

__all__ = ["OperatorKey", "signed_command"]


@dataclass(frozen=True)
class OperatorKey:
    """An operator's private key and who it belongs to (the CLI's key file)."""

    operator: str
    role: str
    private_key: bytes

    @property
    def public_key(self) -> bytes:
        """The raw public key."""
        return public_key_of(self.private_key)

    @property
    def key_id(self) -> str:
        """The key's id, as the pipeline looks it up."""
        return key_id_of(self.public_key)

    def __repr__(self) -> str:  # never print the private key
        return f"OperatorKey(operator={self.operator!r}, role={self.role!r}, key_id={self.key_id})"


def signed_command(
    key: OperatorKey,
    action: str,
    payload: Mapping[str, Any],
    *,
    now_ms: int,
    lifetime_ms: int,
    command_id: str | None = None,
    nonce: str | None = None,
) -> dict[str, Any]:
    """A ``ControlCommand`` record for ``action``, signed with ``key``."""
    record: dict[str, Any] = {
        "command_id": command_id or f"cmd-{secrets.token_hex(8)}",
        "issued_by": key.operator,
        "action": action,
        "payload_json": json.dumps(payload, sort_keys=True, separators=(",", ":")),
        "issued_at": now_ms,
        "nonce": nonce or secrets.token_hex(16),
        "expires_at": now_ms + lifetime_ms,
        "key_id": key.key_id,
        "signature": "",
    }
    record["signature"] = sign(record, key.private_key)
    return record
