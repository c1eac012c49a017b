"""Set 10 round, structured types: each rule of structured_phone_cues, structured_ssn_cues and
structured_versions with a catch and a look-alike, and two adversarial lists of our own (no
value or phrasing from the corpora): PII in many national and written forms that must be found
exactly, and look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from processors.redaction.redactor import _may_contain_pii, detect, redact
from processors.redaction.structured_ssn_cues import may_contain_extra_ssn_cue

P, S, IP, C, B, E = (
    "PHONE_NUMBER",
    "US_SSN",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "EMAIL_ADDRESS",
)
_STRUCTURED = frozenset([P, S, IP, C, B, E])


def _structured(text: str) -> list[tuple[str, str]]:
    spans = detect(text)
    return [(text[s.start : s.end], s.entity_type) for s in spans if s.entity_type in _STRUCTURED]


# --- one catch and one look-alike per rule -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "number" described by a plain word after a determiner is the person's phone
        ("she gave an old number, 02 811 94 16.", [("02 811 94 16", P)]),
        ("try the other number: 0412 345 678", [("0412 345 678", P)]),
        # "333.1234567" after a phone cue
        ("il mio numero è 333.1234567", [("333.1234567", P)]),
        # " #123" extension kept in the span
        ("call +1 415 555 2671 #12 now", [("+1 415 555 2671 #12", P)]),
        # tax_id, taxpayer id, TIN, key suffix, abbreviations: nine bare digits are an SSN
        ('{"tax_id": "512345678", "employee": "A B"}', [("512345678", S)]),
        ("patient_ssn=512345678", [("512345678", S)]),
        ("SS No. 512345678", [("512345678", S)]),
        ("Soc Sec # 512345678", [("512345678", S)]),
        # a delimited column whose header names an SSN
        ("ssn,dob\n512345678,1980-01-01", [("512345678", S)]),
        ("id|tax_id\n7|512345678", [("512345678", S)]),
        # an IBAN whose BBAN holds few digits (the gate needs only the check digits)
        ("it's LV37HABAXQZRPLMNTWKVB right?", [("LV37HABAXQZRPLMNTWKVB", B)]),  # two digits
        # a 13-digit run under a phone key is a phone though it passes Luhn
        ("msisdn=4915112345678", [("4915112345678", P)]),
        ("card: 4222222222222", [("4222222222222", C)]),
    ],
)
def test_round10_catches(text: str, expected: list[tuple[str, str]]) -> None:
    assert _structured(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the order number 0412 345 678 shipped",  # an identifier noun before "number"
        "the total number 4155552671 of rows",  # a count
        "price 333.1234567 EUR",  # a decimal, no phone cue
        "IBAN: NO17 2207 9038 061 (invalid)",  # the tail of a failing IBAN
        "The number entered (4578544840398) fails validation",  # a mistyped card
        "scores 10 20 30 40 50",  # five pairs without a trunk 0
        "DUNS 15-048-3782",  # 2-3-4 without a trunk 0
        "Doc 2023-123-4567",  # led by a year
        "printed on 2023 10 05 14 30",  # a date and time
        "Ordernummer: 0412 345 678",  # a compound identifier noun
        "martin 512345678",  # "tin" inside a word is no cue
        "name,order\nAna,512345678",  # a column that names no SSN
        "session=4155552671 user=bob",  # a log key naming a session, not a phone
        '{"price_cents": 4155552671}',  # ... a price
        "the build is 23.4.6.195 now",  # a version word and a copula
        "the 1.2.0.5 update drains battery",  # a release noun after, a determiner before
        "Updated the app to 2.4.1.0 last night",  # a software noun as the object
        "after updating to 3.1.0.12 the camera broke",  # the gerund without an object
        "latest 5.4.3.2 is buggy",
        "fixed in 2.2.0.1",
        "7.1.2.3 (build 42)",
        "Upgrade from 2.1.0.0 to 2.2.0.0",  # a quad joined to a version
        "error in Abc::Def() at line 3",  # a code path with no digit
        "use a::b in rust",
    ],
)
def test_round10_lookalikes(text: str) -> None:
    assert _structured(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Telefonnummer: 0412 345 678", [("0412 345 678", P)]),  # a phone compound
        ("call Milano 02 1234 5678", [("02 1234 5678", P)]),  # "no" needs its dot
        ("phone 15-048-3782", [("15-048-3782", P)]),  # a cue rescues a cue-needing shape
        ("sessionPhone=4155552671", [("4155552671", P)]),  # a phone part keeps the key's value
        ('{"caller_id": "4155552671"}', [("4155552671", P)]),
        ("gateway updated to 10.0.0.1", [("10.0.0.1", IP)]),  # a setting, not a version
        ("the server 10.0.0.5 update failed", [("10.0.0.5", IP)]),  # a host noun before
        ("route from 10.0.0.1 to 10.0.0.2", [("10.0.0.1", IP), ("10.0.0.2", IP)]),
        ("src fe80::1 dst ff02::1", [("fe80::1", IP), ("ff02::1", IP)]),
    ],
)
def test_round10_rules_leave_pii_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert _structured(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\u017f\u017fn 512345678",
        "TAX ID 512345678",
        "T\u0131n 512345678",
        "SOC SEC 512345678",
        "name,employee_tin\nAna,512345678",
        "id;TaxId\n7;512345678",
    ],
)
def test_extra_ssn_gate_is_exact(text: str) -> None:
    """may_contain_extra_ssn_cue never says "no" where an SSN is found through its cues."""
    assert may_contain_extra_ssn_cue(text) or not [s for s in detect(text) if s.entity_type == S]


# --- adversarial lists ----------------------------------------------------------------------

ADVERSARIAL_PII: list[tuple[str, list[tuple[str, str]]]] = [
    # phones: international (+, 00, (0)) and national forms of many countries, extensions
    ("Call me on +44 20 7946 0958 tomorrow", [("+44 20 7946 0958", P)]),
    ("my mobile is +44 (0)7700 900123", [("+44 (0)7700 900123", P)]),
    ("Tel: 0044 20 7946 0958", [("0044 20 7946 0958", P)]),
    ("Telefon: 030 12345678", [("030 12345678", P)]),
    ("Tél : 01 42 68 53 00", [("01 42 68 53 00", P)]),
    ("appelez le 06.12.34.56.78", [("06.12.34.56.78", P)]),
    ("+33 6 12 34 56 78 is my cell", [("+33 6 12 34 56 78", P)]),
    ("chiamami al 347 123 4567", [("347 123 4567", P)]),
    ("llámame al 612 34 56 78", [("612 34 56 78", P)]),
    ("Tel +31 (0)20 123 4567", [("+31 (0)20 123 4567", P)]),
    ("ring 08-123 456 78 for support", [("08-123 456 78", P)]),
    ("call (02) 9876 5432 anytime", [("(02) 9876 5432", P)]),
    ("whatsapp +91 98765 43210", [("+91 98765 43210", P)]),
    ("phone: (415) 555-2671 ext. 204", [("(415) 555-2671 ext. 204", P)]),
    ("reach me at 415-555-2671 x12", [("415-555-2671 x12", P)]),
    ("office: 1-800-555-0199", [("1-800-555-0199", P)]),
    ("Tel +81 3-1234-5678", [("+81 3-1234-5678", P)]),
    ("cel: (11) 91234-5678", [("(11) 91234-5678", P)]),
    ("звоните 8 (495) 123-45-67", [("8 (495) 123-45-67", P)]),
    ("Tel: +41 44 668 18 00", [("+41 44 668 18 00", P)]),
    ("call me 9123 4567", [("9123 4567", P)]),
    ("+972-54-123-4567 mobile", [("+972-54-123-4567", P)]),
    ('{"phone": "4155552671"}', [("4155552671", P)]),
    ("caller=447700900123 status=ok", [("447700900123", P)]),
    ("my old number was 0171 6377961", [("0171 6377961", P)]),
    ("T 020 7946 0958 | M 07700 900123", [("020 7946 0958", P), ("07700 900123", P)]),
    ("0412 345 678 call me when ur out", [("0412 345 678", P)]),
    ("Fax: +49 (0)89 1234567-99", [("+49 (0)89 1234567-99", P)]),
    ("Tel.: +49 (0) 89 / 12 34 56", [("+49 (0) 89 / 12 34 56", P)]),
    ("ok 138-0013-8000 then", [("138-0013-8000", P)]),
    ("ok 8 800 555 35 35 then", [("8 800 555 35 35", P)]),
    ("name,phone\nAna,+351 912 345 678", [("+351 912 345 678", P)]),
    # SSNs: dashes, spaces, dots, non-breaking hyphens, spaced dashes, bare after a cue
    ("SSN: 123-45-6789", [("123-45-6789", S)]),
    ("SSN 123.45.6789 on file", [("123.45.6789", S)]),
    ("social security number 123456789", [("123456789", S)]),
    ("123456789 is my ssn", [("123456789", S)]),
    ("SSN 512\u201134\u20115678", [("512\u201134\u20115678", S)]),
    ("ssn 512 - 34 - 5678", [("512 - 34 - 5678", S)]),
    ("Social Security No.: 512 34 5678", [("512 34 5678", S)]),
    ("TIN: 512345678", [("512345678", S)]),
    # IPs: v4 with port/brackets/CIDR, v6 in every form (zone id, port, prefix left out)
    ("from 192.168.1.20:8080 denied", [("192.168.1.20", IP)]),
    # (stop 37: a network block, "subnet 10.20.0.0/16", is no address; see ip37_networks)
    ("subnet 10.20.0.9/16 allowed", [("10.20.0.9", IP)]),
    (
        "host 2001:0db8:0000:0000:0000:ff00:0042:8329 up",
        [("2001:0db8:0000:0000:0000:ff00:0042:8329", IP)],
    ),
    ("mapped ::ffff:192.0.2.128 ok", [("::ffff:192.0.2.128", IP)]),
    ("curl http://[2001:db8::42]:8080/health", [("2001:db8::42", IP)]),
    ("route 2001:db8:abcd::7/48 via eth0", [("2001:db8:abcd::7", IP)]),
    ("peer fe80::1ff:fe23:4567:890a%eth0 down", [("fe80::1ff:fe23:4567:890a%eth0", IP)]),
    ("nat64 64:ff9b::192.0.2.33", [("64:ff9b::192.0.2.33", IP)]),
    ("0:0:0:0:0:ffff:192.0.2.1 legacy", [("0:0:0:0:0:ffff:192.0.2.1", IP)]),
    ("ADDR 2001:DB8::ABCD", [("2001:DB8::ABCD", IP)]),
    # cards and IBANs
    ("amex 3782 822463 10005", [("3782 822463 10005", C)]),
    ("card 4111.1111.1111.1111", [("4111.1111.1111.1111", C)]),
    ("IBAN DE89 3704 0044 0532 0130 00", [("DE89 3704 0044 0532 0130 00", B)]),
    ("iban gb82west12345698765432", [("gb82west12345698765432", B)]),
]

ADVERSARIAL_LOOKALIKES: list[str] = [
    "Order #112-3456789-1234567 shipped",
    "tracking 1Z 999 AA1 01 2345 6784",
    "waybill 020 7946 0958 delivered",
    '{"awb": "0412 345 678"}',
    "Your DHL parcel 0412 345 678 arrives today",
    "Sendungsnummer 0151 23456789",
    "the package id is 3791 476 4506",
    "order_id,qty\n4155552671,3",
    "version 10.2.3.4 released",
    "firmware v2.0.0.1 fixes the bug",
    "Mozilla/5.0 (X11) Chrome/120.0.0.0 Safari/537.36",
    "at 2023-10-05 14:22:31.123456 UTC",
    "epoch 1696512151 and 1696512151123 ms",
    "uuid 123e4567-e89b-12d3-a456-426614174000",
    "mac 00:1a:2b:3c:4d:5e",
    "eui64 02:1a:2b:ff:fe:3c:4d:5e",
    "ISBN 978-0-306-40615-7",
    "coords 40.712776, -74.005974",
    "card 4111 1111 1111 1112 declined",
    "SSN 666-12-3456",
    "SSN: ***-**-6789",
    "SSN ending 6789",
    "routing 021000021",
    "zip 94105-1234",
    "OID 1.3.6.1.4.1.2021.10.1",
    "price 1,234,567,890 VND",
    "population 331 900 000 people",
    "see section 1.2.3.4 of the RFC",
    "IMEI 490154203237518",
    "Ticket #4155552671 resolved",
    "phone masked (***) ***-2671",
    "ITIN 912-70-1234",
    "Windows 10.0.19045.3693 build",
]


@pytest.mark.parametrize(("text", "expected"), ADVERSARIAL_PII)
def test_adversarial_pii_found_exactly(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(_structured(text)) == sorted(expected)


@pytest.mark.parametrize("text", ADVERSARIAL_LOOKALIKES)
def test_adversarial_lookalikes_not_flagged(text: str) -> None:
    assert _structured(text) == []


@pytest.mark.parametrize("text", [t for t, _ in ADVERSARIAL_PII[:12]] + ADVERSARIAL_LOOKALIKES[:6])
def test_adversarial_redaction_is_idempotent(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once
    assert _may_contain_pii(text) or not detect(text)
