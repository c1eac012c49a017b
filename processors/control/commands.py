"""Verifying a command: every check that must pass before anything is applied.

The order is the security argument: the signature is checked before anything in the command
is trusted; the nonce is remembered only once the signature holds (unsigned junk cannot burn
an operator's nonces); the role and the payload are judged last. Every failure is a
:class:`Rejection` with a stable reason code (the metric label and the audit reason).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from processors.control.roles import Operator, OperatorBook, required_role
from processors.control.signing import signature_valid
from schemas.codec import decode
from schemas.errors import DecodeError

__all__ = [
    "REJECTION_REASONS",
    "Command",
    "Rejection",
    "VerifyLimits",
    "verify_command",
]

#: Every reason a command can be rejected for.
REJECTION_REASONS = (
    "malformed",
    "unsigned",
    "unknown_key",
    "revoked_key",
    "bad_signature",
    "expired",
    "not_yet_valid",
    "lifetime_too_long",
    "replayed_nonce",
    "forbidden_role",
    "unknown_action",
    "bad_payload",
)


@dataclass(frozen=True)
class VerifyLimits:
    """Time limits on commands."""

    max_lifetime_ms: int = 3_600_000
    """Longest allowed ``expires_at - issued_at``: nonces need only be kept this long."""
    max_clock_skew_ms: int = 60_000
    """How far in the future ``issued_at`` may lie (operator clocks drift)."""


@dataclass(frozen=True)
class Command:
    """A command whose signature, key, time and nonce checked out."""

    command_id: str
    operator: Operator
    action: str
    payload: Mapping[str, Any]
    issued_at: int
    expires_at: int
    nonce: str


@dataclass(frozen=True)
class Rejection:
    """Why a command was refused, and what is known of it (never trusted for anything)."""

    reason: str
    detail: str
    command_id: str = "unknown"
    issued_by: str = "unknown"
    action: str = "unknown"


def verify_command(
    value: bytes | None,
    *,
    operators: OperatorBook,
    revoked: Callable[[str], bool],
    nonce_seen: Callable[[str, str], bool],
    now_ms: int,
    limits: VerifyLimits = VerifyLimits(),
) -> Command | Rejection:
    """Check ``value`` (an encoded ``ControlCommand``) in order; the first failure decides."""
    if value is None:
        return Rejection("malformed", "an empty record")
    try:
        record = decode(value, expected="ControlCommand").record
    except DecodeError as exc:
        return Rejection("malformed", exc.message)
    known = {
        "command_id": record["command_id"],
        "issued_by": record["issued_by"],
        "action": record["action"],
    }
    problem = _authenticate(record, operators, revoked)
    if isinstance(problem, tuple):
        return Rejection(*problem, **known)
    operator = problem
    issued, expires = record["issued_at"], record["expires_at"]
    if expires <= now_ms:
        return Rejection("expired", f"expired {now_ms - expires} ms ago", **known)
    if issued > now_ms + limits.max_clock_skew_ms:
        return Rejection("not_yet_valid", "issued in the future beyond the clock skew", **known)
    if expires - issued > limits.max_lifetime_ms:
        return Rejection(
            "lifetime_too_long", f"lifetime above {limits.max_lifetime_ms} ms", **known
        )
    if not record["nonce"] or nonce_seen(operator.name, record["nonce"]):
        return Rejection("replayed_nonce", "this operator already used the nonce", **known)
    if operator.role < required_role(record["action"]):
        need = required_role(record["action"]).name.lower()
        return Rejection(
            "forbidden_role",
            f"{operator.role.name.lower()} may not {record['action']}; needs {need}",
            **known,
        )
    try:
        payload = json.loads(record["payload_json"])
    except json.JSONDecodeError:
        payload = None
    if not isinstance(payload, dict):
        return Rejection("bad_payload", "payload_json must be a JSON object", **known)
    return Command(
        record["command_id"], operator, record["action"], payload, issued, expires, record["nonce"]
    )


def _authenticate(
    record: Mapping[str, Any], operators: OperatorBook, revoked: Callable[[str], bool]
) -> Operator | tuple[str, str]:
    if not record["signature"]:
        return ("unsigned", "the command carries no signature")
    operator = operators.find(record["key_id"])
    if operator is None or operator.name != record["issued_by"]:
        return ("unknown_key", "no configured key of this operator has this key id")
    if revoked(operator.key_id):
        return ("revoked_key", "the key was revoked")
    if not signature_valid(record, operator.public_key):
        return ("bad_signature", "the signature does not match the command")
    return operator
