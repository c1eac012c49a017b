"""Set-6 rules for phones, SSNs, IP addresses and cards: one catch and one look-alike each."""

from __future__ import annotations

import pytest

from processors.redaction import detect


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nine-digit national numbers in three or more groups
        ("te paso mi número: 93 550 56 33", ("93 550 56 33", "PHONE_NUMBER")),
        ("ping her on 271 161 197, she knows", ("271 161 197", "PHONE_NUMBER")),
        ('{"phone": "03-792-5740"}', ("03-792-5740", "PHONE_NUMBER")),
        # eight digits as 4-4 and bare 12-13 digits after a phone cue
        ("who called me from 2967-6912", ("2967-6912", "PHONE_NUMBER")),
        ('{"msisdn": "254791015809", "opt_in": true}', ("254791015809", "PHONE_NUMBER")),
        # "number" owned by a phone word; "Ext." in capitals
        ("The support number 04 95 91 70 77 is dead.", ("04 95 91 70 77", "PHONE_NUMBER")),
        ("callback number: 011 081 2508 Ext. 6127 (after 5pm)", None),
        # SSNs with en dashes or spaced dashes
        ('{"ssn": "743\u201333\u20135730"}', ("743\u201333\u20135730", "US_SSN")),
        ("SSN: 479 - 30 - 4077", ("479 - 30 - 4077", "US_SSN")),
        # IPv4-mapped IPv6 in full form (six colons)
        (
            "is 0:0:0:0:0:ffff:195.218.230.190 private",
            ("0:0:0:0:0:ffff:195.218.230.190", "IP_ADDRESS"),
        ),
        # Mir and Troy cards; a card form's bare "Number:" line under "Name on card:"
        ("visa 2204-9281-9219-2674 declined", ("2204-9281-9219-2674", "CREDIT_CARD")),
        ("card on file 9792 0626 3039 7878 expired", ("9792 0626 3039 7878", "CREDIT_CARD")),
        (
            "Name on card: JANE ROE\nNumber: 4751 3256 5592 5109\n",
            ("4751 3256 5592 5109", "CREDIT_CARD"),
        ),
    ],
)
def test_catches(text: str, expected: tuple[str, str] | None) -> None:
    found = _found(text)
    if expected is None:
        assert ("011 081 2508 Ext. 6127", "PHONE_NUMBER") in found
    else:
        assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "shipped via FedEx 9818 2111 3225 today",
        "Shipping: UPS 8139 3136 0317",
        "the app shows it as 89-96-15-94-92-83.",
        '{"iban": "NL29 KNAB 0304 1700 08", "valid": false}',
        "VAT GB 707 4350 39.",
        "SSN: 173 33 2066",  # the SSN itself, not a 3-2-4 phone
        "stock discrepancy on pallet 256-87-0705.",
        "Came with firmware 2.15.37.215, updated to 17.0.14.101 without issues.",
        "Bumped firmware to 18.12.92.228",
        "lmk if 18.0.92.121 fixes the crash",
        "9.25.38.19 changelog",
        "firmware_update device=X1 from=9.9.0.23 to=19.25.79.37 result=success",
        "ua=Mozilla/5.0 Chrome/122.0.0.0 Safari/537.36",
        '{"test_card": "6363 6894 1812 7196", "expect": "luhn_error"}',
        "the total was 12 345 678 units",
        "call at 10:30 on 2024-05-01",
    ],
)
def test_look_alikes(text: str) -> None:
    found = _found(text)
    bad = [f for f in found if f[1] in ("PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD")]
    if text.startswith("SSN"):
        assert found == [("173 33 2066", "US_SSN")]
    else:
        assert bad == []
        assert not any(t == "US_SSN" for _, t in found)


def test_addresses_still_found_after_context() -> None:
    assert ("10.1.2.3", "IP_ADDRESS") in _found("client from=10.1.2.3 to=10.1.2.4 denied")
    assert ("10.0.0.1", "IP_ADDRESS") in _found("fw=edge1 app=ssh from=10.0.0.1 to=10.0.0.2")
    assert ("10.0.0.1", "IP_ADDRESS") in _found("gateway updated to 10.0.0.1 yesterday")
    assert ("10.1.2.3", "IP_ADDRESS") in _found("GET /api/hosts/10.1.2.3 200")


@pytest.mark.parametrize(
    "text",
    [
        "Total: 123 456 789 VND",
        "Total: \u20ab123 456 789",
        "a population of 331 900 000",
        "routing 021 000 021",
    ],
)
def test_thousands_and_routing_are_not_phones(text: str) -> None:
    assert not any(t == "PHONE_NUMBER" for _, t in _found(text))


def test_thousands_shape_is_a_phone_after_a_cue() -> None:
    text = "call me on 620 158 674 tomorrow"
    assert ("620 158 674", "PHONE_NUMBER") in _found(text)
    assert ("10.1.2.4", "IP_ADDRESS") in _found("moved the server to 10.1.2.4 last night")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call 415\u2013555\u20130134 now", ("415\u2013555\u20130134", "PHONE_NUMBER")),
        (
            "ring +44\u00a020\u00a07946\u00a00958",
            ("+44\u00a020\u00a07946\u00a00958", "PHONE_NUMBER"),
        ),
        ("SSN 123\u201445\u20146789", ("123\u201445\u20146789", "US_SSN")),
        ("SSN 123\u00a045\u00a06789", ("123\u00a045\u00a06789", "US_SSN")),
        (
            "paid with 4111\u00a01111\u00a01111\u00a01111",
            ("4111\u00a01111\u00a01111\u00a01111", "CREDIT_CARD"),
        ),
    ],
)
def test_unicode_separators(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text", ["order 415\u2013555\u20130134", "driver 31.0.15.3 crashes", "10.2.3.4 is out now"]
)
def test_unicode_and_version_look_alikes(text: str) -> None:
    assert not any(t in ("PHONE_NUMBER", "IP_ADDRESS") for _, t in _found(text))
