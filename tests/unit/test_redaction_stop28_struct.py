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
