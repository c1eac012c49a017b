"""Hand-written forms the issue names: SSNs in all written forms, IPv6 in every form, phones
with prefixes, lone and lower-case names, addresses in several national formats, and look-alike
numbers in context. None of these sentences is in a corpus; they check rules, not memory.
"""

from __future__ import annotations

import pytest

from processors.redaction import detect, redact


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SSNs: dashes, spaces, dots, and nine bare digits after a cue
        ("SSN: 123456789", "123456789"),
        ("my ssn is 296262548 if u need it", "296262548"),
        ("social security no. 123.45.6789", "123.45.6789"),
        ("ssn 123 45 6789", "123 45 6789"),
        ('{"ssn": "762.70.5960"}', "762.70.5960"),
        ('kyc.ssn="078-05-1120" ok', "078-05-1120"),
    ],
)
def test_ssn_forms(text: str, expected: str) -> None:
    assert found(text) == [(expected, "US_SSN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[2001:db8::1]:8080 refused", "2001:db8::1"),
        ("addr ::ffff:192.0.2.128 seen", "::ffff:192.0.2.128"),
        ("2001:0DB8:0000:0000:0000:FF00:0042:8329", "2001:0DB8:0000:0000:0000:FF00:0042:8329"),
        ("from fe80::1ff:fe23:4567:890a", "fe80::1ff:fe23:4567:890a"),
        ("src=64:ff9b::203.0.113.7 ok", "64:ff9b::203.0.113.7"),
        ("client 203.0.113.7:443 ok", "203.0.113.7"),
    ],
)
def test_ip_forms(text: str, expected: str) -> None:
    assert found(text) == [(expected, "IP_ADDRESS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tel:+14155550132", "+14155550132"),
        ("ph: (+44) 20 7946 0958", "(+44) 20 7946 0958"),
        ("call 0044 20 7946 0958 now", "0044 20 7946 0958"),
        ("mobile: +49 (0) 171 1234567", "+49 (0) 171 1234567"),
        ("name,email,phone\nWei Chen,wc@example.com,747 835 4015", "747 835 4015"),
        ("name,phone\nAna,06-43293609", "06-43293609"),
        ("contact: +81-3-1234-5678", "+81-3-1234-5678"),
    ],
)
def test_phone_forms(text: str, expected: str) -> None:
    assert (expected, "PHONE_NUMBER") in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Anna, thanks for the update.", "Anna"),
        ("Best regards,\nMaria", "Maria"),
        ("thx james!! see u sat", "james"),
        ("Dear Mr. Okonkwo,", "Okonkwo"),
        ("Please ask Siobhan to call back", "Siobhan"),
        ("Great product, will buy again. - Sarah K.", "Sarah K."),
        ('{"first_name": "Yerlan", "tier": "gold"}', "Yerlan"),
        ("track package for searlait lebatelier", "searlait lebatelier"),
        ("{'customer': 'Thandiwe Castillo', 'note': 'leave at door'}", "Thandiwe Castillo"),
        ("customer says her name is maría josé garcía", "maría josé garcía"),
        ("Driver: Kwame — left parcel with the neighbour", "Kwame"),
        ("cc: Lars, Ingrid", "Ingrid"),
        ('rating=5 reviewer="Olu A." comment="great"', "Olu A."),
    ],
)
def test_names_alone_and_lower_case(text: str, expected: str) -> None:
    assert (expected, "PERSON") in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shipping to 10 Downing Street, London SW1A 2AA", "10 Downing Street, London SW1A 2AA"),
        ("Flat 3, 12 High Street, Oxford OX1 4AA", "Flat 3, 12 High Street, Oxford OX1 4AA"),
        ("Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
        ("ul. Nowy Świat 12/4, 00-001 Warszawa", "ul. Nowy Świat 12/4, 00-001 Warszawa"),
        ("Via Roma 10, 00100 Roma RM", "Via Roma 10, 00100 Roma RM"),
        ("P.O. Box 1234, Springfield, IL 62704", "P.O. Box 1234, Springfield, IL 62704"),
        ("Keizersgracht 123\n1015 CJ Amsterdam", "Keizersgracht 123\n1015 CJ Amsterdam"),
        (
            "Arrived damaged at 18 boulevard de la Paix, 73810 Paris, replacement took two weeks.",
            "18 boulevard de la Paix, 73810 Paris",
        ),
        ("ok sending it to 9244 maple ln tmrw", "9244 maple ln"),
        ("Adresse: Rue de la Loi 16, 1000 Bruxelles", "Rue de la Loi 16, 1000 Bruxelles"),
    ],
)
def test_address_formats(text: str, expected: str) -> None:
    assert (expected, "STREET_ADDRESS") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "waybill 5594 7032 6491 says out for delivery",
        '{"waybill": "3527 760 7061", "carrier": "GLS"}',
        "Shipment\nWaybill: 092 2669 3838\nWeight: 2.4 kg",
        "order 598-1899077-4107825 still not here",
        "span_id=2419379489031236 trace_flags=01",
        '{"version": "17.7.4.4", "sha": "ba82a31e402119ac737c6982f1daace09264a335"}',
        "build=6.7.67.27 commit=b8909425e3e9baafe07402adcd54d4a3e3499c16",
        "1709634151 epoch",
        "Took 5 weeks via FedEx, tracking 068812419268.",
        "Chapter 12 Section 3",
        "page 12 of 40",
        "Gate 12 Terminal 3",
        "listen on :: and port 80",
        "The Bose QuietComfort is worth it, battery lasts 7 hours.",
        "Galaxy Buds Pro vs Air Zoom Pegasus",
        "meet at 3:25 by the Buenos Aires sign",
        "lat=52.520008 lon=13.404954 acc=12",
        "mac=00:1a:2b:3c:4d:5e rssi=-60",
        "Call 1 800 FLOWERS",
        "HTTP/1.1 200 OK Content-Length: 5120",
    ],
)
def test_look_alikes_in_context(text: str) -> None:
    assert found(text) == []
    assert redact(text).text == text


def test_an_acronym_after_a_name_is_no_name() -> None:
    text = "Account holder: Roderick M. Grant, IBAN: GB73RKRH65185971889194"
    assert [t for t, kind in found(text) if kind == "PERSON"] == ["Roderick M. Grant"]
