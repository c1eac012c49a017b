"""Signing and verification: every rejection reason, in the order the checks run."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from processors.control.commands import Command, Rejection, verify_command
from processors.control.roles import Role, parse_operators, required_role
from processors.control.signing import sign, signature_valid
from schemas.errors import ConfigError
from tests.operators import ADMIN, CONFIGURED, STRANGER, SUPERADMIN, VIEWER, command, encoded

NOW = 1_700_000_000_000
BOOK = parse_operators(CONFIGURED)


def verify(
    value: bytes | None, *, seen: bool = False, revoked: bool = False, now: int = NOW
) -> Any:
    return verify_command(
        value,
        operators=BOOK,
        revoked=lambda _key_id: revoked,
        nonce_seen=lambda _op, _nonce: seen,
        now_ms=now,
    )


def flag_set(**overrides: Any) -> dict[str, Any]:
    return command(ADMIN, "flag.set", {"tenant": "acme", "mode": "on"}, now_ms=NOW, **overrides)


def test_a_signed_admin_command_is_accepted() -> None:
    accepted = verify(encoded(flag_set()))
    assert isinstance(accepted, Command)
    assert accepted.operator.name == "alice"
    assert accepted.operator.role is Role.ADMIN
    assert accepted.payload == {"tenant": "acme", "mode": "on"}


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"not avro", "malformed"),
        (None, "malformed"),
        (encoded(flag_set(signature="")), "unsigned"),
        (encoded(command(STRANGER, "flag.set", {"tenant": "acme"}, now_ms=NOW)), "unknown_key"),
        (encoded(flag_set(issued_by="sam")), "unknown_key"),  # alice's key, claimed by sam
        (encoded(flag_set(payload_json='{"tenant":"acme","mode":"off"}')), "bad_signature"),
        (encoded(flag_set(signature="00" * 64)), "bad_signature"),
        (encoded(command(ADMIN, "flag.set", {}, now_ms=NOW - 400_000)), "expired"),
        (encoded(command(ADMIN, "flag.set", {}, now_ms=NOW + 120_000)), "not_yet_valid"),
        (
            encoded(command(ADMIN, "flag.set", {}, now_ms=NOW, lifetime_ms=7_200_000)),
            "lifetime_too_long",
        ),
        (encoded(command(VIEWER, "flag.set", {"tenant": "acme"}, now_ms=NOW)), "forbidden_role"),
        (encoded(command(ADMIN, "operator.revoke", {}, now_ms=NOW)), "forbidden_role"),
        (encoded(flag_set(payload_json="[1]", signature="")), "unsigned"),
    ],
)
def test_each_rejection_reason(value: bytes | None, reason: str) -> None:
    rejected = verify(value)
    assert isinstance(rejected, Rejection)
    assert rejected.reason == reason


def test_a_flipped_byte_anywhere_in_the_signature_is_rejected() -> None:
    record = flag_set()
    signature = bytearray(bytes.fromhex(record["signature"]))
    for index in (0, 31, 63):
        flipped = bytearray(signature)
        flipped[index] ^= 0x01
        rejected = verify(encoded({**record, "signature": flipped.hex()}))
        assert isinstance(rejected, Rejection)
        assert rejected.reason == "bad_signature"


def test_replayed_nonce_and_revoked_key_are_rejected_after_the_signature_holds() -> None:
    assert verify(encoded(flag_set()), seen=True).reason == "replayed_nonce"
    assert verify(encoded(flag_set()), revoked=True).reason == "revoked_key"
    # A forged signature is reported as such even when its nonce was seen: signature first.
    assert verify(encoded(flag_set(signature="00" * 64)), seen=True).reason == "bad_signature"


def test_a_payload_that_is_not_an_object_is_rejected_once_signed() -> None:
    record = flag_set(payload_json="[1, 2]", signature="")
    record["signature"] = sign(record, ADMIN.private_key)
    assert verify(encoded(record)).reason == "bad_payload"


@given(
    st.sampled_from(["payload_json", "action", "command_id", "nonce", "issued_by"]),
    st.text(min_size=1, max_size=20),
)
def test_changing_any_signed_field_breaks_the_signature(field: str, text: str) -> None:
    record = flag_set()
    if record[field] == text:
        return
    tampered = {**record, field: text}
    assert not signature_valid(tampered, ADMIN.public_key)


def test_superadmin_may_do_everything_an_admin_may() -> None:
    accepted = verify(encoded(command(SUPERADMIN, "kill_switch.set", {"tenant": "a"}, now_ms=NOW)))
    assert isinstance(accepted, Command)
    assert required_role("flag.set") is Role.ADMIN
    assert required_role("operator.revoke") is Role.SUPERADMIN
    assert required_role("no.such.thing") is Role.SUPERADMIN


@pytest.mark.parametrize(
    "text",
    ["alice", "alice:admin", "alice:chief:" + "00" * 32, "alice:admin:abcd", ":admin:" + "00" * 32],
)
def test_bad_operator_settings_are_one_plain_error(text: str) -> None:
    with pytest.raises(ConfigError):
        parse_operators(text)


def test_the_operator_key_never_prints_its_secret() -> None:
    assert ADMIN.private_key.hex() not in repr(ADMIN)
