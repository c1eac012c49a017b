"""Per-type positives, hard negatives and held-out-style sentences for the PII detector.

The sentences here are written by hand in phrasings the dev corpus does not use (lower case,
multi-line, chatty, log lines) so that they guard against overfitting to its templates.
"""

from __future__ import annotations

import itertools

import pytest

from processors.redaction import detect


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ping me: a.b-c+tag@mail.example.co.uk.", "a.b-c+tag@mail.example.co.uk"),
        ("EMAIL=JOHN_DOE@EXAMPLE.ORG", "JOHN_DOE@EXAMPLE.ORG"),
        ("cc'd ops@corp.io, thanks", "ops@corp.io"),
    ],
)
def test_email(text: str, value: str) -> None:
    assert (value, "EMAIL_ADDRESS") in found(text)


@pytest.mark.parametrize(
    "phone",
    [
        "+1 (415) 555-0132",
        "(415) 555-0132",
        "415-555-0132 ext. 12",
        "415.555.0132x4",
        "1-800-555-0199",
        "+44 20 7946 0958",
        "020 7946 0958",
        "07700 900123",
        "+49 30 12345678",
        "030 12345678",
        "0171 1234567",
        "+33 1 23 45 67 89",
        "01 23 45 67 89",
        "+91 98765 43210",
        "098765 43210",
        "+41 44 668 18 00",
        "044 668 18 00",
        "+46 8 123 456 78",
        "08-123 456 78",
        "+46 (0)8 750 047 43",
        "+447700900123",
    ],
)
def test_phone_formats(phone: str) -> None:
    text = f"you can call {phone} after lunch"
    assert found(text) == [(phone, "PHONE_NUMBER")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("paid with 4111 1111 1111 1111 yesterday", "4111 1111 1111 1111"),
        ("amex 3782-822463-10005 on file", "3782-822463-10005"),
        ("visa19=4111111111111111110", "4111111111111111110"),
        ("mc 2223003122003222.", "2223003122003222"),
        ("maestro 675964982648 works", "675964982648"),
        ("unionpay 6200000000000005!", "6200000000000005"),
        ("jcb: 3530111333300000", "3530111333300000"),
    ],
)
def test_cards(text: str, value: str) -> None:
    assert (value, "CREDIT_CARD") in found(text)


def test_ssn_forms() -> None:
    assert found("ssn 123-45-6789.") == [("123-45-6789", "US_SSN")]
    assert found("Social Security Number: 123456789") == [("123456789", "US_SSN")]
    assert found("her SSN is 123 45 6789") == [("123 45 6789", "US_SSN")]


@pytest.mark.parametrize(
    "ssn", ["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000"]
)
def test_invalid_ssns_pass_through(ssn: str) -> None:
    assert not [f for f in found(f"SSN {ssn} on the form") if f[1] == "US_SSN"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("GET / from 10.0.0.1:443", "10.0.0.1"),
        ("peer=2001:db8::8a2e:370:7334 closed", "2001:db8::8a2e:370:7334"),
        ("client ::1 and", "::1"),
        ("FE80::0202:B3FF:FE1E:8329 is link-local", "FE80::0202:B3FF:FE1E:8329"),
    ],
)
def test_ips(text: str, value: str) -> None:
    assert (value, "IP_ADDRESS") in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("iban DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00"),
        ("pay to fr1420041010050500013m02606.", "fr1420041010050500013m02606"),
        ("CH93 0076 2011 6238 5295 7", "CH93 0076 2011 6238 5295 7"),
    ],
)
def test_ibans(text: str, value: str) -> None:
    assert (value, "IBAN_CODE") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order #1234567890 shipped on 2024-03-15.",
        "order number 9876543210 is late",
        "SKU AB-12345-XL is back in stock",
        "request id 550e8400-e29b-41d4-a716-446655440000 failed",
        "at 2024-03-15T10:30:00Z the job ran",
        "timestamp 1700000000 in the log",
        "upgrade to version 1.2.3.4 today",
        "v2.10.3 and 10.0.19041.1234 are versions",
        "it costs $1,299.99 or 1.299,99 EUR",
        "tracking number 1Z999AA10123456784 via UPS",
        "USPS tracking 9400 1000 0000 0000 0000 00",
        "card 4111 1111 1111 1112 was declined",
        "number 1234567812345678 fails Luhn",
        "commit 3f786850e387550fdab836ed7e6dc881de23001b merged",
        "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "The meeting is at 10:30 in room 4 next to the kitchen.",
        "We sold 3 units in Q3 2023 and 12 in Q4.",
        "No personal data appears in this sentence at all.",
        "MAC 00:1A:2B:3C:4D:5E is not an IP",
        "Quarterly Revenue Report for the Board",
    ],
)
def test_hard_negatives_pass_through(text: str) -> None:
    assert found(text) == []


def test_heldout_style_sentences() -> None:
    text = (
        "hey, it's maria gonzalez - new number is 020 7946 0958,\n"
        "and mail goes to maria.g@example.com now"
    )
    assert found(text) == [
        ("maria gonzalez", "PERSON"),
        ("020 7946 0958", "PHONE_NUMBER"),
        ("maria.g@example.com", "EMAIL_ADDRESS"),
    ]
    text = "Please forward the parcel to 221 Baker Street, London NW1 6XE."
    assert ("221 Baker Street, London NW1 6XE", "STREET_ADDRESS") in found(text)
    text = "Attendees: Jonathan Whitfield, Priya Raman and Lars Nygaard."
    assert found(text) == [
        ("Jonathan Whitfield", "PERSON"),
        ("Priya Raman", "PERSON"),
        ("Lars Nygaard", "PERSON"),
    ]
    text = "2024-05-01 12:00:01 WARN login failed user=jsmith@corp.example src=203.0.113.9"
    assert found(text) == [
        ("jsmith@corp.example", "EMAIL_ADDRESS"),
        ("203.0.113.9", "IP_ADDRESS"),
    ]


def test_names_with_particles_initials_and_possessive() -> None:
    assert found("Frits L van den Heuvel's number") == [("Frits L van den Heuvel", "PERSON")]
    assert found("Thanks Nicole L. Parmentier, see you") == [("Nicole L. Parmentier", "PERSON")]
    assert found("Dear Seán O'Brien-McCarthy,") == [("Seán O'Brien-McCarthy", "PERSON")]


def test_address_shapes() -> None:
    assert found("she lives at 47824 Pernilles vei 115 Suite 040.") == [
        ("47824 Pernilles vei 115 Suite 040", "STREET_ADDRESS")
    ]
    assert found("ship to Unit 3848 Box 3726\nDPO AE 51928 asap") == [
        ("Unit 3848 Box 3726\nDPO AE 51928", "STREET_ADDRESS")
    ]
    assert found("meet at the corner of 5th Avenue 12 and Pine Street.") == [
        ("the corner of 5th Avenue 12 and Pine Street", "STREET_ADDRESS")
    ]
    multi = "Address: 12 Rue de la Paix\n Apt. 3\n Paris\n France 75002\nPhone: +33 1 23 45 67 89"
    assert found(multi) == [
        ("12 Rue de la Paix\n Apt. 3\n Paris\n France 75002", "STREET_ADDRESS"),
        ("+33 1 23 45 67 89", "PHONE_NUMBER"),
    ]


def test_spans_sorted_and_disjoint() -> None:
    spans = detect("Jane Roe, 123-45-6789, jane@roe.org, 10.1.2.3, +1 415 555 0132")
    assert list(spans) == sorted(spans, key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
