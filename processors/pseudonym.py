"""Pseudonymous ids: a keyed hash of a raw id, scoped to its tenant.

``pseudonymize`` is HMAC-SHA256 over ``tenant 0x1F raw_id`` with the secret from settings,
truncated to 128 bits and hex-encoded (32 characters). Tenant scoping means the same person in
two tenants gets unrelated pseudonyms, so tenants cannot join their users through us.
The function is deterministic, so the reader library can compute a pseudonym from a raw id and
nobody downstream ever needs the raw id. Rotation is described in docs/privacy.md.
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["PSEUDONYM_HEX_CHARS", "Pseudonymizer", "pseudonymize"]

PSEUDONYM_HEX_CHARS = 32
_SEPARATOR = b"\x1f"


def pseudonymize(secret: bytes, tenant: str, raw_id: str) -> str:
    """Return the 32-hex-character pseudonym of ``raw_id`` within ``tenant``."""
    message = tenant.encode("utf-8") + _SEPARATOR + raw_id.encode("utf-8")
    digest = hmac.new(secret, message, hashlib.sha256).hexdigest()
    return digest[:PSEUDONYM_HEX_CHARS]


class Pseudonymizer:
    """``pseudonymize`` bound to one secret, for hot loops (the key is prepared once)."""

    __slots__ = ("_hmac",)

    def __init__(self, secret: bytes) -> None:
        if not secret:
            raise ValueError("the pseudonym secret must not be empty")
        self._hmac = hmac.new(secret, digestmod=hashlib.sha256)

    def __call__(self, tenant: str, raw_id: str) -> str:
        mac = self._hmac.copy()
        mac.update(tenant.encode("utf-8") + _SEPARATOR + raw_id.encode("utf-8"))
        return mac.hexdigest()[:PSEUDONYM_HEX_CHARS]
