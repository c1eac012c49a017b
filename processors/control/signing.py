"""Ed25519 signatures over a command's canonical bytes.

The signature covers every field of the command but itself: id, operator, action, payload,
issue time, nonce, expiry and key id, as one canonical JSON document (sorted keys, no
whitespace) after a domain tag, so a signature made for this purpose cannot be reused for
another. Verification needs only the public key: the pipeline and the readers hold no
secret that could forge a command.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

__all__ = ["SIGNED_FIELDS", "generate_private_key", "public_key_of", "sign", "signature_valid"]

DOMAIN = b"personalize.control.v1\n"
#: The command fields the signature covers (every field but ``signature``).
SIGNED_FIELDS = (
    "command_id",
    "issued_by",
    "action",
    "payload_json",
    "issued_at",
    "nonce",
    "expires_at",
    "key_id",
)


def signing_bytes(command: Mapping[str, Any]) -> bytes:
    """The canonical bytes a command's signature covers."""
    signed = {name: command[name] for name in SIGNED_FIELDS}
    return DOMAIN + json.dumps(signed, sort_keys=True, separators=(",", ":")).encode("utf-8")


def generate_private_key() -> bytes:
    """A new raw 32-byte Ed25519 private key."""
    from cryptography.hazmat.primitives import serialization

    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def public_key_of(private_key: bytes) -> bytes:
    """The raw 32-byte public key of a raw private key."""
    from cryptography.hazmat.primitives import serialization

    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def sign(command: Mapping[str, Any], private_key: bytes) -> str:
    """The lower-case hex signature of ``command`` with a raw private key."""
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    return key.sign(signing_bytes(command)).hex()


def signature_valid(command: Mapping[str, Any], public_key: bytes) -> bool:
    """Whether ``command["signature"]`` is a valid signature of it by ``public_key``."""
    try:
        signature = bytes.fromhex(command["signature"])
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, signing_bytes(command))
    except (ValueError, InvalidSignature):
        return False
    return True
