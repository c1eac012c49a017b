"""Set-6 street-address rules: a catch and a look-alike for each."""

from __future__ import annotations

import pytest

from processors.redaction.redactor import detect


def _streets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation with a dot inside the address does not end it
        (
            "Send it to 12 Rizal Avenue, Brgy. San Isidro, Makati City 1200, thanks.",
            "12 Rizal Avenue, Brgy. San Isidro, Makati City 1200",
        ),
        # an ordinal floor "2. th." after the house number
        ("Bor på Nørregade 12, 3. tv., 8000 Aarhus.", "Nørregade 12, 3. tv., 8000 Aarhus"),
        # units and buildings before the house number
        (
            "unit 12, tower 3, 45 ayala avenue, makati city",
            "unit 12, tower 3, 45 ayala avenue, makati city",
        ),
        (
            "Ship to Unit 4, Harbour View, 12 Beach Road please",
            "Unit 4, Harbour View, 12 Beach Road",
        ),
        ("Flat 2B\n17 Mill Lane\nLeeds LS1 4AB", "Flat 2B\n17 Mill Lane\nLeeds LS1 4AB"),
        # a unit joined by a hyphen
        ("It went to 12-345 Main Street E by mistake.", "12-345 Main Street E"),
        # a street name and a number after an address cue, with "/" and a verb after it
        ("The flat at Husova 1203/7 was lovely.", "Husova 1203/7"),
        # Iberian/Italian "street, number"
        ("We stayed at Rua do Carmo, 51 and loved it.", "Rua do Carmo, 51"),
        ("cerca de Paseo de Gracia, 21, 08007 Barcelona", "Paseo de Gracia, 21, 08007 Barcelona"),
        # a field name ends the address
        ("Bill 9 Oak Street, Dayton OH 45402, VAT GB123456789.", "9 Oak Street, Dayton OH 45402"),
    ],
)
def test_set6_street_catches(text: str, expected: str) -> None:
    assert expected in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2025, Maria Lopez wrote: see you",
        "Reviewed in Canada on 16 August 2025.",
        "backoff=9h 55m order_id=5",
        "Recipe: bread\n200 g flour\n2 eggs\nBake 40 min",
        "Escalating to Tier 2.",
        "We waited at Gate 5 but nobody came.",
        "Room 12 was booked, 3 days later we left.",
        "Via Roma, 3 days later we left.",
    ],
)
def test_set6_street_lookalikes(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a search-query word after a lower-case address
        ("12 mill road opening hours", "12 mill road"),
        # a sentence dot before a blank line is not the address's; an abbreviation's dot is
        ("Hi,\n\nit goes to Lindenstr. 12.\n\nBye", "Lindenstr. 12"),
        ("Hi,\n\nit goes to\n8 Oak St.\n\nBye", "8 Oak St."),
        ("The room at 45 Elm St. was fine.", "45 Elm St."),
        # a dash before an Indian PIN code
        (
            "Bill to 75 Hill Road, Salt Lake, Kolkata - 700010, India",
            "75 Hill Road, Salt Lake, Kolkata - 700010, India",
        ),
        # a street type first, an address cue before it and "??" after
        ("It came addressed to me at Masarykova 75??", "Masarykova 75"),
        ("Send to Jl. Kemang Raya No. 12, Jakarta", "Jl. Kemang Raya No. 12, Jakarta"),
    ],
)
def test_set6_street_ends(text: str, expected: str) -> None:
    assert expected in _streets(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Billing address: Plot 12, Ahmadu Bello Way, Garki, Abuja",
            "Plot 12, Ahmadu Bello Way, Garki, Abuja",
        ),
        (
            "It went to B-12-3, Jalan Ampang, 50450 Kuala Lumpur today",
            "B-12-3, Jalan Ampang, 50450 Kuala Lumpur",
        ),
    ],
)
def test_set6_plot_or_unit_then_street(text: str, expected: str) -> None:
    assert expected in _streets(text)


@pytest.mark.parametrize("text", ["We bought lot 5, Sunny Acres was nice", "size M-12-3, Blue"])
def test_set6_plot_without_street_is_no_address(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ship to Karl Berg, Ringstraße 4bis, no wait", "Ringstraße 4bis"),
        ('{"address1": "Vondelstraat 112hs", "city": "X"}', "Vondelstraat 112hs"),
        ('{"address1": "Keizersgracht 287-II", "city": "X"}', "Keizersgracht 287-II"),
        ("Left at 3/14 Banksia Cres, MANLY NSW 2095 today", "3/14 Banksia Cres, MANLY NSW 2095"),
        ("Wohnt jetzt Im Winkel 5, 79098 Freiburg.", "Im Winkel 5, 79098 Freiburg"),
        ("Invoice to Ola Nord, Bygdøy allé 12, 0265 Oslo.", "Bygdøy allé 12, 0265 Oslo"),
    ],
)
def test_set6_number_shapes(text: str, expected: str) -> None:
    assert expected in _streets(text)


@pytest.mark.parametrize(
    "text", ["Mix 1/2 cup sugar with 3/4 Cup flour", "Score was 3/14 Banksia fans"]
)
def test_set6_fractions_are_no_unit(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("im outside jl. sudirman no. 12b where r u", "jl. sudirman no. 12b"),
        ('{"address1": "\u0218os. Pipera nr. 5", "city": "X"}', "\u0218os. Pipera nr. 5"),
        ("Ship to:\nPuistokatu 8 as. 3\n00100 Helsinki", "Puistokatu 8 as. 3\n00100 Helsinki"),
    ],
)
def test_set6_abbreviation_before_number(text: str, expected: str) -> None:
    assert expected in _streets(text)


def test_tel_line_still_ends_address() -> None:
    text = "Deliver to:\n5 Oak Cir\nBangor ME 04401\nTel. 028 9926 9578"
    assert _streets(text) == ["5 Oak Cir\nBangor ME 04401"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("address is 12 king st, toronto on m5v 2t6, ca", "12 king st, toronto on m5v 2t6, ca"),
        (
            "send it to 14 mahatma gandhi marg, hazratganj, lucknow",
            "14 mahatma gandhi marg, hazratganj, lucknow",
        ),
    ],
)
def test_set6_canadian_postcode_and_indian_street_words(text: str, expected: str) -> None:
    assert expected in _streets(text)


def test_province_without_postcode_is_a_terminator() -> None:
    assert _streets("address is 12 king st, toronto on monday") == ["12 king st, toronto"]


def test_dash_without_postcode_ends_address() -> None:
    assert _streets("Meet me at 12 Main Street - great coffee there") == ["12 Main Street"]


def test_label_with_hash_ends_address() -> None:
    text = "SHIP TO:\nJO KIM\n78 Dosan-daero\nSeoul 06622\nTRACKING #: 1Z999"
    assert _streets(text) == ["78 Dosan-daero\nSeoul 06622"]
