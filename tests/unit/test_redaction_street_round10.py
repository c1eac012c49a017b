"""Set-10 round street-address rules (street_ends.py, street_starts.py, street_lookalikes.py):
a catch and a look-alike for each.

The examples are written for these tests (invented streets), not taken from the corpora.
"""

from __future__ import annotations

import pytest

from processors.redaction.redactor import detect, redact
from processors.redaction.street_lookalikes import firm_named_after_street
from processors.redaction.street_starts import extra_road_word, road_number


def _streets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a postal code written last, only a country may follow in its part
        ("12 lark rise, dubbo nsw 2830 realestate", "12 lark rise, dubbo nsw 2830"),
        ("9 fern st, hamilton, oh 45011 usa", "9 fern st, hamilton, oh 45011 usa"),
        ("44 elm road, york yo1 7hh valuation", "44 elm road, york yo1 7hh"),
        ("Toscana 12, 10115 Berlin, Germany", "Toscana 12, 10115 Berlin, Germany"),
        # After a postal code written first: a lower-case word in cased text ends the town
        ("Envoyez à 7 rue Pasteur, 69007 Lyon svp", "7 rue Pasteur, 69007 Lyon"),
        (
            "Calle Mayor 5, 28801 Alcalá de Henares por favor",
            "Calle Mayor 5, 28801 Alcalá de Henares",
        ),
        ("Via Dante 8, 20121 Milano (MI) entro venerdì", "Via Dante 8, 20121 Milano (MI)"),
        # ... and in a caseless query, a common English word or a word after a one-word town
        ("eichenweg 4, 79098 freiburg noise map", "eichenweg 4, 79098 freiburg"),
        ("calle sol 7, 41001 sevilla idealista", "calle sol 7, 41001 sevilla"),
        ("calle sol 7, 20001 san sebastián", "calle sol 7, 20001 san sebastián"),
        ("kerkstraat 3, 1017 gb amsterdam", "kerkstraat 3, 1017 gb amsterdam"),
        ("8 rue vauban 69006 lyon horaires", "8 rue vauban 69006 lyon"),
        ("calle sol 7 20001 san sebastián", "calle sol 7 20001 san sebastián"),
        ("calle sol 7, 41001 sevilla, spain rent", "calle sol 7, 41001 sevilla, spain"),
        (
            "rua x 5, 1234, curitiba - pr, 80010-010 preço",
            "rua x 5, 1234, curitiba - pr, 80010-010",
        ),
        # A comma part of English words after the postal part is no address
        ("leave it at 3 oak lane, leeds, ls6 2qp, gate code is 12", "3 oak lane, leeds, ls6 2qp"),
        (
            "Sent to 5 Birch Rd, Pasig City 1603, Metro Manila",
            "5 Birch Rd, Pasig City 1603, Metro Manila",
        ),
        # The line after the postal part: a signature after a one-line address, a label
        ("Hi,\nmy address: Eichenweg 4, 79098 Freiburg\nJonas", "Eichenweg 4, 79098 Freiburg"),
        ("ATTN: A. LEE\n9 Fern Street\nLeeds LS6 2QP\nURGENT", "9 Fern Street\nLeeds LS6 2QP"),
        ("No. 5, Jalan Mawar\n30450 Ipoh\nPerak", "No. 5, Jalan Mawar\n30450 Ipoh\nPerak"),
        ("Lindenweg 18\n35037 Marburg\nDE", "Lindenweg 18\n35037 Marburg\nDE"),
        ("Plot 9 Jinja Road, Kololo, Kampala\nAmani", "Plot 9 Jinja Road, Kololo, Kampala"),
        # Anchors: an Australian unit/number, an elided street name, a key's value
        ("Leave it at U4/17 Banksia Parade; ring twice", "U4/17 Banksia Parade"),
        ("ship to 8, Rue d'Italie, L-1234 Luxembourg", "8, Rue d'Italie, L-1234 Luxembourg"),
        (
            "to 210-118, boul. Laurier, Québec, QC G1V 2L8.",
            "210-118, boul. Laurier, Québec, QC G1V 2L8",
        ),
        ('{"line1": "14 Cnoc Ard", "city": "Galway"}', "14 Cnoc Ard"),
        # The start: a key's value, a house name, a bare street name, a unit word
        (
            '{"home_address": "Jose Pedro Varela 2210, 11300 Montevideo"}',
            "Jose Pedro Varela 2210, 11300 Montevideo",
        ),
        (
            "To:\nA. Lee\nRose Cottage\n4 Mill Lane\nLeeds LS6 2QP",
            "Rose Cottage\n4 Mill Lane\nLeeds LS6 2QP",
        ),
        (
            "Ship to:\nBrusselsesteenweg 12 bus 4\n3000 Leuven",
            "Brusselsesteenweg 12 bus 4\n3000 Leuven",
        ),
        ("Shop 3, 45 Beach Rd, Bondi NSW 2026", "Shop 3, 45 Beach Rd, Bondi NSW 2026"),
        # An identifier word before a comma is no cue: "Les Pins, 48 rue ..."
        (
            "Bât. A, Résidence Les Pins, 48 rue Vauban, 86000 Poitiers",
            "Bât. A, Résidence Les Pins, 48 rue Vauban, 86000 Poitiers",
        ),
        (
            "Unit 23/73 Otterburn Tce, Toowoomba QLD 4350",
            "Unit 23/73 Otterburn Tce, Toowoomba QLD 4350",
        ),
        # A floor before the street line; a number, a comma and a named road; a new sentence
        ("Office: 2nd Floor, 9 Quay Street, Galway", "2nd Floor, 9 Quay Street, Galway"),
        ("courier to 7, Lake View Road, Pune - 411001. Thanks", "7, Lake View Road, Pune - 411001"),
        ("We live at 8 Elm Rd. It's the blue door.", "8 Elm Rd"),
        ("We live at 8 Elm Rd. The blue door.", "8 Elm Rd"),
    ],
)
def test_street_round10_catches(text: str, expected: str) -> None:
    assert _streets(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Is 5 Main Street Capital a good fund?",
        "100 Pine Street Partners announced a deal",
        "Highway 1 road trip, California",
        "Route 9 diner, best pancakes, New Jersey",
        "Take Route 66 to Platform 9",
        "Building 4 cafeteria closes at 5",
        "Upgrade to version 2.3 Main release",
        "Windows 11 Pro, 2024 Edition, Microsoft",
        '{"address": "5 stars"}',
        '{"ip_address": "10 Main"}',
        "Gate 12, Terminal 2, Frankfurt",
        "my pin is 4432, 5 digits",
        "Shop 3, 12 items left",
        "Office 5, 2 chairs, Lot 7",
        "Buy 2 Road Bikes, Size 54",
        "Chapter 12, Abbey Road Studios",
    ],
)
def test_street_round10_lookalikes(text: str) -> None:
    assert _streets(text) == []


def test_round10_word_helpers() -> None:
    assert extra_road_word(["banksia", "parade"])
    assert not extra_road_word(["banksia", "parade"][:1])
    assert road_number("take Highway 1 north", 13)
    assert not road_number("take Highway 1234 north", 13)
    assert firm_named_after_street("5 Main Street Capital")
    assert not firm_named_after_street("5 Main Street, Capital City")


@pytest.mark.parametrize(
    "text",
    [
        "calle sol 7, 41001 sevilla, spain rent 4 oak lane, leeds, ls6 2qp, gate code is 12",
        "Hi,\nmy address: Eichenweg 4, 79098 Freiburg\nJonas\nU4/17 Banksia Parade",
        '{"home_address": "Jose Pedro Varela 2210, 11300 Montevideo", "line1": "14 Cnoc Ard"}',
    ],
)
def test_round10_idempotent(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once
