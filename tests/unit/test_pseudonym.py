"""Pseudonyms: keyed, tenant-scoped, deterministic, and the bound form agrees with the function."""

from __future__ import annotations

import hashlib
import hmac

from hypothesis import given
from hypothesis import strategies as st

from processors.pseudonym import PSEUDONYM_HEX_CHARS, Pseudonymizer, pseudonymize


def test_matches_hmac_sha256_reference() -> None:
    expected = hmac.new(b"k", b"acme\x1fuser-1", hashlib.sha256).hexdigest()[:32]
    assert pseudonymize(b"k", "acme", "user-1") == expected


def test_tenant_and_secret_change_the_pseudonym() -> None:
    base = pseudonymize(b"k", "acme", "u")
    assert pseudonymize(b"k", "other", "u") != base
    assert pseudonymize(b"k2", "acme", "u") != base


@given(st.text(), st.text())
def test_bound_form_equals_function(tenant: str, raw_id: str) -> None:
    value = Pseudonymizer(b"secret")(tenant, raw_id)
    assert value == pseudonymize(b"secret", tenant, raw_id)
    assert len(value) == PSEUDONYM_HEX_CHARS
    assert all(c in "0123456789abcdef" for c in value)
