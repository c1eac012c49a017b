"""Set 10 tuning half, structured types (struct10): each rule of structured10_cards,
structured10_ips, structured10_phone_ext and structured10_ssn with a catch and a look-alike
(values and phrasings of our own, not the corpus's)."""

from __future__ import annotations

import pytest

from processors.redaction.redactor import _may_contain_pii, detect, redact
from processors.redaction.structured10_ssn import may_contain_key_ssn_cue

P, S, IP, C = "PHONE_NUMBER", "US_SSN", "IP_ADDRESS", "CREDIT_CARD"
_STRUCTURED = frozenset([P, S, IP, C, "IBAN_CODE", "EMAIL_ADDRESS"])


def _structured(text: str) -> list[tuple[str, str]]:
    spans = detect(text)
    return [(text[s.start : s.end], s.entity_type) for s in spans if s.entity_type in _STRUCTURED]


CATCHES = [
    # cards: "number" described by a determiner or a word of completeness
    ("the entire number 4111 1111 1111 1111 is on the form.", [("4111 1111 1111 1111", C)]),
    ("full number 6011111111111117 copied in the note", [("6011111111111117", C)]),
    ("your 16-digit number 5555-5555-5555-4444 expired", [("5555-5555-5555-4444", C)]),
    ("the number 3782 822463 10005 was typed twice", [("3782 822463 10005", C)]),
    # cards: an expiry, a security code or a brand after the number
    ('{"number": "4111111111111111", "brand": "visa"}', [("4111111111111111", C)]),
    ("number 5555 5555 5555 4444 exp 04/27 cvv 123", [("5555 5555 5555 4444", C)]),
    # cards: groups of four and a short last group
    ("pay with 4222 2222 2222 2 please", [("4222 2222 2222 2", C)]),
    ("status=declined card=4222-2222-2222-2 code=51", [("4222-2222-2222-2", C)]),
    ("diners 3056 9309 0259 04 on file", [("3056 9309 0259 04", C)]),
    # IPv6 zone ids
    ("neighbor fe80::1c:2%eth0 reachable", [("fe80::1c:2%eth0", IP)]),
    ('{"peer": "fe80::a:b%7"}', [("fe80::a:b%7", IP)]),
    ("ssh -6 [fe80::9%wlan0]:2222", [("fe80::9%wlan0", IP)]),
    # phone extensions
    ("reach me on 0161 496 0321 x.44 after lunch", [("0161 496 0321 x.44", P)]),
    ("tel: +44 161 496 0321 extn. 7", [("+44 161 496 0321 extn. 7", P)]),
    ("desk 0161 496 0321 x-12", [("0161 496 0321 x-12", P)]),
    ("desk 0161 496 0321, x12", [("0161 496 0321, x12", P)]),
    # SSNs: spelled-out keys
    ('{"social_security_number": "512345678"}', [("512345678", S)]),
    ('{"employeeSocialSecurityNo": "512345678"}', [("512345678", S)]),
    ("soc_sec_no=512345678", [("512345678", S)]),
    ('{"ss_number": "512345678"}', [("512345678", S)]),
    # SSNs: records typed "SSN"
    ('{"id": "512345678", "id_type": "SSN"}', [("512345678", S)]),
    ('{"kind": "social security number", "cc": "US", "value": "512345678"}', [("512345678", S)]),
    ('<li data-doc-type="ssn" data-doc-number="512345678">', [("512345678", S)]),
    ("id_type=SSN id_number=512345678 ok=1", [("512345678", S)]),
]

LOOKALIKES = [
    # cards: an identifier noun names the number, or a key does
    "order number 4111 1111 1111 1111 shipped",
    "tracking no. 4111111111111111 at the depot",
    "order_number=4111111111111111",
    "order number 4111111111111111 expected Tuesday",
    "ref no 4111111111111111 exported to csv",
    # short last group after an IBAN head (a mistyped IBAN), and a plain 4-4-4-1 failing Luhn
    "got=FI44 3617 5603 6195 92",
    "pay with 4222 2222 2222 3 please",
    # quads that are versions
    "2024-01-01T00:00:00Z worker/3.7.12.4 started",
    "ua=okhttp/4.9.3.1",
    "Since the upgrade 4.1.0.2 the fan is loud.",
    "After update 7.2.19.88 everything lags.",
    "firmware update 2.1.3.4 bricked it",
    "object identifier 2.5.4.3 is commonName",
    "Firefox 115.0.2.1 on Linux",
    # SSNs: a record typing its identifier as something else
    '{"tax_id": "512345678", "tax_id_type": "EIN"}',
    '{"id": "512345678", "id_type": "passport"}',
    '{"address_no": "512345678"}',
    "class_no=512345678",
]

# What the look-alike rules must still leave to the IP finder.
ADDRESSES = [
    ("src ip/10.0.0.1 dropped", [("10.0.0.1", IP)]),
    ("route via gw/192.168.1.1 set", [("192.168.1.1", IP)]),
    ("proxy/10.1.2.3:8080 refused", [("10.1.2.3", IP)]),
    ("nat=net/10.9.8.7 applied", [("10.9.8.7", IP)]),
    ("please update 10.0.0.1 with the new image", [("10.0.0.1", IP)]),
    ("ping fe80::1% failed", [("fe80::1", IP)]),
]


@pytest.mark.parametrize(("text", "expected"), CATCHES + ADDRESSES)
def test_struct10_catches(text: str, expected: list[tuple[str, str]]) -> None:
    assert _structured(text) == expected


@pytest.mark.parametrize("text", LOOKALIKES)
def test_struct10_lookalikes(text: str) -> None:
    assert _structured(text) == []


def test_struct10_extension_not_taken_from_a_longer_run() -> None:
    assert _structured("call 0161 496 0321 x.44.5 now") == [("0161 496 0321", P)]


def test_struct10_generic_number_still_an_order_when_named() -> None:
    assert _structured("your order number is 4111 1111 1111 1111") == []


def test_struct10_type_of_the_record_not_the_id() -> None:
    # "type": "individual" types the record, not its tax id: the taxpayer cue still counts
    text = '{"type": "individual", "tax_id": "512345678"}'
    assert _structured(text) == [("512345678", S)]


@pytest.mark.parametrize(
    "text",
    ['{"soc_sec_no": "512345678"}', "ss_no=512345678", "socialSecurityNumber 512345678"],
)
def test_struct10_key_cue_gate(text: str) -> None:
    assert may_contain_key_ssn_cue(text)


@pytest.mark.parametrize("text", [text for text, _ in CATCHES])
def test_struct10_redact_idempotent(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once
    assert not detect(once) or _may_contain_pii(once)  # the re-scan guard never says "no"
