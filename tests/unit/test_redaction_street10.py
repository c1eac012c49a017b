"""Street-address rules of the set-10 tuning round (street10_anchors.py, street10_ends.py): a
catch and a look-alike for each.

The examples are written for these tests (invented streets), not taken from the corpora.
"""

from __future__ import annotations

import pytest

from processors.redaction.redactor import detect, redact


def _streets(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A preposition of time or contrast ends the street line even before a number
        ("Engineer booked for 14 Heron Way between 8 and 10.", ["14 Heron Way"]),
        ("Lindenstraße 4b between 2 and 4 pm works", ["Lindenstraße 4b"]),
        ("it went to Via della Quercia, 12 instead of mine", ["Via della Quercia, 12"]),
        # A handling note after the postal line of a label is no town
        (
            "Deliver to\nCalle del Olmo, 8\n28010 Madrid\nHandle with care - keep dry",
            ["Calle del Olmo, 8\n28010 Madrid"],
        ),
        (
            "SHIP TO\n12 Kestrel Road\nDouglas IM1 1AB\nIsle of Man",
            ["12 Kestrel Road\nDouglas IM1 1AB\nIsle of Man"],
        ),
        # A Japanese postal code closes the address
        (
            "my flat is 2-3-4 ebisu, shibuya-ku, tokyo 150-0013, moving out friday",
            ["2-3-4 ebisu, shibuya-ku, tokyo 150-0013"],
        ),
        (
            "my flat is 2-3-4 ebisu, shibuya-ku, tokyo 150-0013, japan thanks",
            ["2-3-4 ebisu, shibuya-ku, tokyo 150-0013, japan"],
        ),
        # A caseless query after "postal code, town": the query words are no town
        ("lindenweg 3, 80331 munich zoopla sold prices", ["lindenweg 3, 80331 munich"]),
        ("via dei pini, 4, 50121 firenze fi zoopla", ["via dei pini, 4, 50121 firenze fi"]),
        ("calle sol 7, 28001 san lorenzo listings", ["calle sol 7, 28001 san lorenzo"]),
        ("rue du four 3, 75006 paris france flats", ["rue du four 3, 75006 paris france"]),
        # Number, comma, a street type written first and a particle
        ("Parcel left at 23, allée des Tilleuls.", ["23, allée des Tilleuls"]),
        (
            "Home: 7 bis, chemin du Moulin, 33000 Bordeaux",
            ["7 bis, chemin du Moulin, 33000 Bordeaux"],
        ),
        ("LABEL\n9, RUE DES ORMES\n44000 NANTES", ["9, RUE DES ORMES\n44000 NANTES"]),
        # Number, comma and a named road in any case (JSON value, lower case, capitals)
        ('{"line1": "18, Gulmohar Marg", "city": "Pune"}', ["18, Gulmohar Marg"]),
        ("drop it at 4, lotus marg, indore 452001 pls", ["4, lotus marg, indore 452001"]),
        # A type, a particle, a name, a comma and the number, whatever follows
        ("Rua das Acácias, 210 two bed flat", ["Rua das Acácias, 210"]),
        # Dutch compound and a floor or "bis" suffix
        ("Sent to Reigerpad 31-II, 2511 AB Den Haag.", ["Reigerpad 31-II, 2511 AB Den Haag"]),
        ("ATTN\nKIEVITSTRAAT 88BIS\n3511 KL UTRECHT", ["KIEVITSTRAAT 88BIS\n3511 KL UTRECHT"]),
        # US road words (USPS suffixes): Trail, Loop, Pike
        ("how long from 804 Sparrow Trail to downtown", ["804 Sparrow Trail"]),
        ("4410 Cedar Loop rent estimate", ["4410 Cedar Loop"]),
        # A counting word on the line before does not count a number on the next line
        (
            "Notes:\nuse the back gate\n52 Wren Avenue\nAkron, OH 44301",
            ["52 Wren Avenue\nAkron, OH 44301"],
        ),
    ],
)
def test_street10_catches(text: str, expected: list[str]) -> None:
    assert _streets(text) == expected
    once = redact(text).text
    assert redact(once).text == once


@pytest.mark.parametrize(
    "text",
    [
        "Open between 9 and 12 at Gate 4 on weekdays",
        "Chapter 12, rue de la Paix is a novel",
        "Via del Corso, 5 minutes from the station",
        "rooms near Place de la Concorde, 2 nights",
        "Boarding at gate\n12 minutes late",
        "we ran 5 trail loops and 3 laps",
        "score 12, road rage 4 times",
        "Rijksmuseum 3-II ticket",
    ],
)
def test_street10_lookalikes(text: str) -> None:
    assert _streets(text) == []
