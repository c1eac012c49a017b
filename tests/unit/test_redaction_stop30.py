"""Stop-30 rules (docs/redaction.md, "Set 25 even and the stop-30 rules"): whose number it is,
a run of name words before a deed done to the writer or a home, who changed a record, minutes
naming who does what, a mail body opening with a name, a month that is a given name; places,
products, works and dishes named after people, street and handle keys; a Portuguese "n.º"
house number, an address ending at its country line, a CSV column of versions."""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.names import find_names, may_contain_names


def _found(text: str, kind: str = "PERSON") -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("new # for ragnhildur: +47 412 55 901", "ragnhildur"),
        ("Number for Thandiwe is 082 555 0142", "Thandiwe"),
        ("omg quang thuy just texted me from a new number", "quang thuy"),
        ("lol oyindamola called me twice", "oyindamola"),
        ("kwabenya osei and me are driving up friday", "kwabenya osei"),
        ("i think tadeusz wrzesniewski's new place is near the park", "tadeusz wrzesniewski"),
        ("audit: updated_by=dobromila field=email", "dobromila"),
        ('{"reviewed_by": "Aurelian Vasquez-Tobar", "ok": true}', "Aurelian Vasquez-Tobar"),
        ("Minutes:\n- Sigrunn to email the supplier\n- budget: agreed", "Sigrunn"),
        ("Subject: keys\n\nOlumide, please call me back about the flat.", "Olumide"),
        ("Change approved, requested by April Whitcombe-Oyelaran", "April Whitcombe-Oyelaran"),
        ('{"name": "May Ekwueme", "tier": "gold"}', "May Ekwueme"),
        ("highly recommend chidubem okafor-ibe!!! best roofer in town", "chidubem okafor-ibe"),
        ("HIGHLY RECOMMEND TEMITOPE ADEYEMO!!! best plumber", "TEMITOPE ADEYEMO"),
    ],
)
def test_a_person_in_a_frame_only_a_person_fills_is_found(text: str, name: str) -> None:
    assert name in _found(text)
    assert may_contain_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "audit: changed_by=system field=ssn",  # a process, not a person
        "new # for support: 0800 123 456",
        "See you in May, it will be warm",
        "May Day parade starts at noon",
        "Minutes:\n- Budget to be agreed next week",
        "anyone going to Villa Hortensia for the long weekend",
        "-- \nSent via Orbit Pad\nPowered by Tarrant Keeble",
        "Works with Lumen Hub out of the box. 4/5",
        "--\nnightjar_99 | Quill Slate owner since 2021",
        "Customer wants the soundtrack of Waltz for Ottilie added to the playlist.",
        "Great read if you liked Dear Rosamund.",
        "Great read if you liked Bertram Takes the Ferry.",
        '{"dish": "Gnocchi alla Zia Pasqualina", "allergens": []}',
        "The office is closed for Wenceslas Carnival next week.",
        '<span data-street="Cresswell Broadway" data-view="map"></span>',
        '{"username": "mossyfern", "karma": 12}',
        "grumpyotter twitch",
        "would recommend bosch dishwasher",
        "deliveries to 10115 Berlin paused",  # a postcode and a town: a locality, no street
    ],
)
def test_a_place_product_work_or_handle_is_no_person(text: str) -> None:
    assert _found(text) == [], text


def test_a_month_is_no_given_name_before_a_word_or_a_date() -> None:
    assert find_names("Payment due April 30, thanks") == []
    assert _found("Meet me in June Lisbon is lovely then") == []


def test_a_given_name_before_for_keeps_the_person_after_it() -> None:
    assert "Ottilie" in _found("A birthday gift from Maria for Ottilie arrived")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            'ship_to="Rua do Poço Velho, n.º 64, 3.º Dto., 7081-013 Évora"',
            "Rua do Poço Velho, n.º 64, 3.º Dto., 7081-013 Évora",
        ),
        (
            "moved to rua dos oleiros novos, nº 130, 7049-389 évora last week",
            "rua dos oleiros novos, nº 130, 7049-389 évora",
        ),
        (
            "will arrive at\nChäsmattstrasse 66\n6041 Luzern\nSwitzerland\nwithin 5 working days.",
            "Chäsmattstrasse 66\n6041 Luzern\nSwitzerland",
        ),
    ],
)
def test_portuguese_numbers_and_country_lines_bound_the_address(text: str, address: str) -> None:
    assert _found(text, "STREET_ADDRESS") == [address]
    assert _found(text) == []


def test_a_version_column_holds_no_ip_address() -> None:
    text = "version,build,sha\n12.1.5.66,966.6783.18,c34bb09\n4.24.35,22631.2118,2255a75"
    assert _found(text, "IP_ADDRESS") == []
    assert _found("host,ip\nweb1,10.1.5.66", "IP_ADDRESS") == ["10.1.5.66"]
