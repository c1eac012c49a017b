"""Set-8 street-address rules (address_layout.py): a catch and a look-alike for each.

The examples are written for these tests (invented streets), not taken from the corpora.
"""

from __future__ import annotations

import pytest

from processors.redaction.address_layout import (
    country_names,
    place_segments,
    region_in_brackets,
    road_evidence,
)
from processors.redaction.redactor import detect, redact


def _streets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A house, unit or plot word and its number lead the address (road word after)
        (
            "Invoice to:\nAna Lee\nNo. 42, Lotus Residency\nFlower Road\nPune 411001\nVAT: X1",
            "No. 42, Lotus Residency\nFlower Road\nPune 411001",
        ),
        ("Flat at House 9, Street 3, E-11/2 is lovely.", "House 9, Street 3, E-11/2"),
        (
            "H.No. 8-2-293, Road No. 12, Banjara Hills, Hyderabad 500034",
            "H.No. 8-2-293, Road No. 12, Banjara Hills, Hyderabad 500034",
        ),
        ("SHIP TO:\nANA LEE\nPLOT 14 JINJA ROAD\nKAMPALA", "PLOT 14 JINJA ROAD\nKAMPALA"),
        ("gửi tới Số 45 Phố Hàng Bài, Quận Hoàn Kiếm", "Số 45 Phố Hàng Bài, Quận Hoàn Kiếm"),
        (
            "Customer moved. Old address: House 27, Road 4, Banani, Dhaka 1213, Bangladesh.",
            "House 27, Road 4, Banani, Dhaka 1213, Bangladesh",
        ),
        # a dwelling and its number before place names, with no road word or postcode
        (
            "Tenant at Villa 22, Palm Gardens, Jumeirah 1, Dubai reports a leak.",
            "Villa 22, Palm Gardens, Jumeirah 1, Dubai",
        ),
        (
            "Apt 902, Coral Heights, Al Safa Street, Jumeirah 1, Dubai",
            "Apt 902, Coral Heights, Al Safa Street, Jumeirah 1, Dubai",
        ),
        # a lower-case unit-led address inside capitalised text
        ("Ship to: house 12, street 7, dha phase 5", "house 12, street 7, dha phase 5"),
        # Number, comma, street type first
        (
            "label printed for ANA LEE, 18, RUE NOTRE-DAME, L-2240 LUXEMBOURG",
            "18, RUE NOTRE-DAME, L-2240 LUXEMBOURG",
        ),
        (
            "Return address:\n402, boul. Lasalle\nVerdun QC  H4G 2B7",
            "402, boul. Lasalle\nVerdun QC  H4G 2B7",
        ),
        (
            "omw, address is 56, boulevard mohammed v, 20000 casablanca",
            "56, boulevard mohammed v, 20000 casablanca",
        ),
        # A street whose name begins with a number
        ("Flat at Av. 25 de Mayo 1420 is nice.", "Av. 25 de Mayo 1420"),
        # A region in brackets after the town
        (
            "a nombre de Ana Lee, Rúa da Raíña, 14, 27001 Lugo (Terra Chá).",
            "Rúa da Raíña, 14, 27001 Lugo (Terra Chá)",
        ),
        # Spanish particles in the street name; Portuguese floor after a dash
        (
            "¿me pasas la dirección? — Avenida de los Almendros, 7, 18012 Granada",
            "Avenida de los Almendros, 7, 18012 Granada",
        ),
        (
            "Kind regards,\n\nAna Lee\nRua das Flores, 88 - 2º\n4050-262 Porto\nPortugal",
            "Rua das Flores, 88 - 2º\n4050-262 Porto\nPortugal",
        ),
        # More street types: first (vul., prosp., rehov, soi, thanon, rúa) and apart
        ("CALLUM GOH\nvul. Franka, 17, kv. 4\nLviv, 79005", "vul. Franka, 17, kv. 4\nLviv, 79005"),
        ("send to prosp. Nauky, 41, Kharkiv, 61166 please", "prosp. Nauky, 41, Kharkiv, 61166"),
        (
            "Rehov Dizengoff 150, Apt 7\nTel Aviv-Yafo 6346203",
            "Rehov Dizengoff 150, Apt 7\nTel Aviv-Yafo 6346203",
        ),
        ("bakery on 88/9 Soi Thonglor 13 is great", "88/9 Soi Thonglor 13"),
        ('{"address": "Rävala pst 5-12, 10143 Tallinn"}', "Rävala pst 5-12, 10143 Tallinn"),
        (
            '{"address": "Konstitucijos pr. 7, LT-09308 Vilnius"}',
            "Konstitucijos pr. 7, LT-09308 Vilnius",
        ),
        ("ANA LEE\nDunajska cesta 21\n1000 Ljubljana", "Dunajska cesta 21\n1000 Ljubljana"),
        ("SHIP TO:\nANA LEE\nHerzl Blvd 14\nHaifa 3303122", "Herzl Blvd 14\nHaifa 3303122"),
        ("k see u at Hafnarstræti 97 at 12:31", "Hafnarstræti 97"),
        # Units before the house number: "Flat C, 8/F,", "5F.,", "Esc. 2"
        (
            "Flat C, 8/F, Lucky Building, 39 Wellington Street, Central",
            "Flat C, 8/F, Lucky Building, 39 Wellington Street, Central",
        ),
        ('{"address1": "Bât. A, Esc. 3, 12 rue des Lilas"}', "Bât. A, Esc. 3, 12 rue des Lilas"),
        # a Puerto Rican estate and a Taiwanese floor-unit before the street
        (
            "Ship to: Urb. Las Lomas, Calle 31 SO #789, San Juan, PR 00921",
            "Urb. Las Lomas, Calle 31 SO #789, San Juan, PR 00921",
        ),
        (
            "at 5F-2, No. 45, Ln. 12, Sec. 3, Roosevelt Rd., Taipei City 106 now",
            "5F-2, No. 45, Ln. 12, Sec. 3, Roosevelt Rd., Taipei City 106",
        ),
        # A street line, towns and a country
        (
            "Kind regards,\nAna Lee\nIlica 242\nZagreb\nCroatia\nTel 01 234 5678",
            "Ilica 242\nZagreb\nCroatia",
        ),
        (
            "We visited Knez Mihailova 14, Belgrade, Serbia yesterday",
            "Knez Mihailova 14, Belgrade, Serbia",
        ),
        # Estonian house and flat numbers before a postal code; Slovak building/letter
        ("ANA LEE\nKalevi 21-19\n10196 Tallinn", "Kalevi 21-19\n10196 Tallinn"),
        ("Mlynská 1234/7, 010 01 Žilina", "Mlynská 1234/7, 010 01 Žilina"),
        # "near" in a search query is an address cue
        ("houses for sale near ilica 242", "ilica 242"),
        # a search-query tail is no part of the address
        ("Rehov Dizengoff 150, Apt 7 zip code", "Rehov Dizengoff 150, Apt 7"),
    ],
)
def test_set8_catches(text: str, expected: str) -> None:
    assert _streets(text) == [expected]
    assert redact(redact(text).text).text == redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Order No. 5, Main Road store opens at 9",
        "Ranked No. 1, Road to Glory is the album",
        "Player No. 10, Street ball champion",
        "Use H.No. 5 Road",
        "Apt 3, Season 2, Episode 4",
        "Update to version 2, via the app",
        "Step 3, avenue for growth is next",
        "Chapter 12, Rue Morgue",
        "Windows 11, Redmond, USA",
        "Gate 5, Frankfurt, Germany",
        "Paris 2024, Lyon, France",
        "Room 12, London, UK",
        "Version 2\nBerlin\nGermany",
        "meet at Starbucks 5 at noon",
        "hotels near Wembley Stadium 2024",
        "cheap hotels near terminal 2",
        "restaurants near exit 5",
        "the house 5 stars review",
    ],
)
def test_set8_look_alikes(text: str) -> None:
    assert _streets(text) == []


def test_region_and_tel_boundaries() -> None:
    # a bracket of common English words is no region; "Tel" before digits is a phone label
    assert _streets("We met at 12 Main Street (Next Door) yesterday") == ["12 Main Street"]
    assert _streets("12 Main St\nLondon\nTel work 0207 123 4567") == ["12 Main St\nLondon"]
    assert region_in_brackets("(A Coruña)")
    assert not region_in_brackets("(Next Door)")


def test_road_evidence_needs_a_named_road() -> None:
    assert road_evidence("115, Sai Krupa Apts\nPark Street\nMumbai 400050")
    assert road_evidence("702, Street 12, G-9/4")
    assert road_evidence("27 ĐƯỜNG NGUYỄN HUỆ")
    assert road_evidence("8-2-293, Banjara Hills, Hyderabad 500034")
    assert not road_evidence("10, Street")
    assert not road_evidence("5 Road")
    assert place_segments("22, Palm Gardens, Jumeirah 1, Dubai", caseless=False)
    assert not place_segments("3, Season 2, Episode 4", caseless=False)


def test_country_names() -> None:
    names = country_names()
    assert {"croatia", "hrvatska", "sri lanka", "españa", "maroc"} <= names
    assert "us" not in names  # a pronoun in lower-case text
