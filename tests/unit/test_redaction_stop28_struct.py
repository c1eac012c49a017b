"""Stop-28 street and card rules: a value under a street key or CSV column is a street line."""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.address_columns import street_column_values, street_key


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in detect(text)]


def _streets(text: str) -> list[str]:
    return [value for value, kind in _found(text) if kind == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            'first_name,last_name,street,phone\nPetra,Olsen,"17 Larkspur Bay",021 116 8726',
            "17 Larkspur Bay",
        ),
        (
            'first_name,last_name,street,phone\nAnil,Rao,"12/4, Bellary Road, Hebbal",021 116 87',
            "12/4, Bellary Road, Hebbal",
        ),
        (
            "Name;Street Address;Zip\nKim Lee;Residence Kita 804, 3-1-9 Kita;1600023",
            "Residence Kita 804, 3-1-9 Kita",
        ),
        (
            '{"to": {"name": "A. Roy", "street": "Plot No. 88, 3rd Cross Road, Indiranagar"}}',
            "Plot No. 88, 3rd Cross Road, Indiranagar",
        ),
        ("address_line1='C-12, Sector 21' city='Noida'", "C-12, Sector 21"),
        ('{"deliveryAddress": "Villa Oranje 12, 4-2-7 Minato"}', "Villa Oranje 12, 4-2-7 Minato"),
    ],
)
def test_a_value_under_a_street_column_is_a_street(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"street_view": "Route 66"}',
        '{"street": "Route 66"}',
        '{"address": "5 stars"}',
        '{"ip_address": "10.0.0.1 port 8080"}',
        '{"wallet_address": "0xab12 cd34"}',
        '{"emailAddress": "ops team 2"}',
        "first_name,street,phone\nAna,Queen Victoria Street,0211\n",
        "Lives on Elm street, near the park\nversion 2.3.1, build 45",
        'id,street,order\n7,"v2.3.1",ORD-48812\n',
    ],
)
def test_lookalikes_under_a_street_column_stay_unflagged(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("name", "street"),
    [
        ("street", True),
        ("Street Address", True),
        ("shipping_address", True),
        ("billingAddress", True),
        ("address_line1", True),
        ("addr", True),
        ("ip_address", False),
        ("ipAddress", False),
        ("remote_addr", False),
        ("emailAddress", False),
        ("mac_address", False),
        ("street_view", False),
        ("phone", False),
    ],
)
def test_street_key(name: str, street: bool) -> None:
    assert street_key(name) is street


def test_csv_fields_keep_a_quoted_delimiter() -> None:
    text = 'name,street\nAna,"4 Rua Nova, apto 2"\nBo,"9 Long Row"'
    values = [text[a:b] for a, b in street_column_values(text, text.lower())]
    assert values == ["4 Rua Nova, apto 2", "9 Long Row"]


def test_a_row_of_another_width_is_no_value() -> None:
    text = "name,street\nAna,4 Rua Nova,extra\n"
    assert street_column_values(text, text.lower()) == []


def _cards(text: str) -> list[str]:
    return [value for value, kind in _found(text) if kind == "CREDIT_CARD"]


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("read my card number (4884 3703 74244) over the phone", "4884 3703 74244"),
        ("payment declined for 4550-0772-15473 again", "4550-0772-15473"),
        ("Name;Card;Expiry\nLi Wen;4730-3451-16568;09/28", "4730-3451-16568"),
        ("full card on file is 4730 3451 16568.", "4730 3451 16568"),
    ],
)
def test_a_13_digit_visa_printed_4_4_5_in_card_context(text: str, card: str) -> None:
    assert _cards(text) == [card]
    assert [value for value, kind in _found(text) if kind == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(
    "text",
    [
        "order ref 4884 3703 74244 shipped",  # no card context
        "waybill 4550-0772-15473 left the depot",
        "Name;Order;Expiry\nLi Wen;4730-3451-16568;09/28",  # not a card column
        "card declined: 4884 3703 74245",  # fails Luhn
        "card number 5884 3703 74244",  # not a Visa prefix
        "Name;Card;Expiry\nLi Wen;2028-09-30;09/28",  # a date
    ],
)
def test_4_4_5_lookalikes_are_no_card(text: str) -> None:
    assert _cards(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "IBAN GB55 BARC 5905 7887 3556 00 fails the checksum; customer to resend.",
        "iban: DE12 ABCD 4111 1111 1111 1111 rejected",
        "Konto AT61-BKAU-4111-1111-1111-1111 ungültig",
    ],
)
def test_digits_continuing_an_iban_are_no_card(text: str) -> None:
    assert _cards(text) == []


def test_a_card_after_an_iban_stays_a_card() -> None:
    text = "IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111"
    assert _cards(text) == ["4111 1111 1111 1111"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "new place is 2210-48 kestrel bay, selkirk mb r1a 2b3!! come by",
            "2210-48 kestrel bay, selkirk mb r1a 2b3",
        ),
        ("Ship to 77 Tamarack Crescent, Red Deer AB T4N 1A1 please", None),
        (
            "Ship to:\nAv. Brasil, 210, apto 4 - Centro\nJundiaí - SP\n13201-005\nThanks",
            "Av. Brasil, 210, apto 4 - Centro\nJundiaí - SP\n13201-005",
        ),
    ],
)
def test_canadian_and_brazilian_last_lines(text: str, street: str | None) -> None:
    streets = _streets(text)
    if street is None:  # (the cased form: found by the rules before stop 28 or by this one)
        assert len(streets) == 1
        assert streets[0].endswith("T4N 1A1")
    else:
        assert streets == [street]


@pytest.mark.parametrize(
    "text",
    [
        "ticket 12 shipped, mb r1a 2b3 is the build id",
        "version 3 notes, on a1b 2c3",
        "room 4 then, Brandon mb r7a 3k5",
    ],
)
def test_canadian_lookalikes_stay_unflagged(text: str) -> None:
    assert _streets(text) == []


def test_a_brazilian_tail_needs_the_uf_and_cep_lines() -> None:
    text = "Rua Augusta, 1500 - Consolação\nnotes - see below\n12345"
    assert all("notes" not in street for street in _streets(text))
