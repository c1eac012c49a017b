"""Checksum and issuance-rule edge cases (Luhn, IBAN mod-97, SSN rules, card brands)."""

from __future__ import annotations

import pytest

from processors.redaction.cards import is_card_number
from processors.redaction.checksums import iban_valid, luhn_valid, ssn_valid


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("4111111111111111", True),
        ("4111111111111112", False),
        ("79927398713", True),
        ("79927398710", False),
        ("0", False),
        ("", False),
        ("41111111111111a1", False),
        ("\uff14\uff11\uff11\uff11", False),  # full-width digits are not ASCII
    ],
)
def test_luhn(digits: str, expected: bool) -> None:
    assert luhn_valid(digits) is expected


@pytest.mark.parametrize(
    ("iban", "expected"),
    [
        ("GB82WEST12345698765432", True),
        ("gb82west12345698765432", True),
        ("DE89370400440532013000", True),
        ("FR1420041010050500013M02606", True),
        ("CH9300762011623852957", True),
        ("SE4550000000058398257466", True),
        ("GB82WEST12345698765433", False),  # checksum
        ("GB82WEST1234569876543", False),  # one short for GB
        ("XX82WEST12345698765432", False),  # unknown country
        ("GB8XWEST12345698765432", False),  # check digits not digits
    ],
)
def test_iban(iban: str, expected: bool) -> None:
    assert iban_valid(iban) is expected


@pytest.mark.parametrize(
    ("ssn", "expected"),
    [
        ("123-45-6789", True),
        ("000-12-3456", False),
        ("666-12-3456", False),
        ("900-12-3456", False),
        ("999-12-3456", False),
        ("123-00-4567", False),
        ("123-45-0000", False),
        ("899-99-9999", True),
    ],
)
def test_ssn_rules(ssn: str, expected: bool) -> None:
    area, group, serial = ssn.split("-")
    assert ssn_valid(area, group, serial) is expected


@pytest.mark.parametrize(
    "number",
    [
        "4111111111111111",  # Visa 16
        "4222222222222",  # Visa 13
        "4111111111111111110",  # Visa 19
        "5555555555554444",  # Mastercard
        "2223003122003222",  # Mastercard 2-series
        "378282246310005",  # Amex
        "6011111111111117",  # Discover
        "3530111333300000",  # JCB
        "30569309025904",  # Diners 14
        "6200000000000005",  # UnionPay
        "6759649826438453",  # Maestro 16
        "675964982648",  # Maestro 12
    ],
)
def test_card_brands(number: str) -> None:
    assert luhn_valid(number), number
    assert is_card_number(number)


@pytest.mark.parametrize(
    "number",
    [
        "4111111111111112",  # Luhn fails
        "1234567812345670",  # Luhn passes, no brand starts with 1 at 16 digits
        "9111111111111111",  # no brand
        "41111111111",  # too short
    ],
)
def test_not_cards(number: str) -> None:
    assert not is_card_number(number)
