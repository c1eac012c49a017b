"""Set 8 person rules (name_shapes.py, name_not_persons.py and the cue additions): a catch and a
look-alike each, with names and brands of our own (none from the corpora), and may_contain_names
kept exact."""

from __future__ import annotations

import pytest

from processors.redaction.names import find_names, may_contain_names
from processors.redaction.redactor import detect, redact


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


def _exact(text: str) -> None:
    """may_contain_names never says "no" where find_names finds a name."""
    assert may_contain_names(text) or not find_names(text), text


def test_surname_given_after_a_role_word() -> None:
    text = "Escalated. Tenant Okonjo, Chidera, phone 555 0101."
    assert _persons(text) == ["Okonjo, Chidera"]
    _exact(text)
    assert _persons("Escalated. Tenant Paris, please call back.") == []


def test_surname_given_as_a_person_key_value() -> None:
    text = '{"patient": "Wojcikowska, Bronisława", "ward": "B"}'
    assert _persons(text) == ["Wojcikowska, Bronisława"]
    _exact(text)
    assert _persons('{"route": "Kreuzberg, Tempelhof", "ward": "B"}') == []


def test_surname_given_opening_a_search() -> None:
    text = "Oyelaran, Folasade obituary"
    assert _persons(text) == ["Oyelaran, Folasade"]
    _exact(text)
    assert _persons("Lisbon, Portugal hotels") == []


def test_two_names_joined_by_and() -> None:
    text = "Radomir and Oluwaseun fixed the sink in an hour!"
    assert _persons(text) == ["Radomir", "Oluwaseun"]
    _exact(text)
    assert _persons("Salt and Pepper make everything better") == []


def test_name_before_a_phone_after_call_or_contact() -> None:
    for text, name in (
        ("pls call Radomir back on 0161 496 0000", "Radomir"),
        ("Contact Oluwaseun at +44 20 7946 0011 for keys.", "Oluwaseun"),
        ("Dobrila (+385 91 555 0101) is bringing the cake", "Dobrila"),
    ):
        assert name in _persons(text), text
        _exact(text)
    assert _persons("call Support back on 0161 496 0000") == []


def test_key_and_trade_cues() -> None:
    for text, names in (
        ("Owner: Radomir | Watchers: Oluwaseun, Dobrila", ["Radomir", "Oluwaseun", "Dobrila"]),
        ("Parcel left.\nContact: Oluwaseun, +44 20 7946 0011", ["Oluwaseun"]),
        ("my plumber radomir is a legend", ["radomir"]),
        ("Verified with last name Okonjo and the PIN.", ["Okonjo"]),
        ('{"doctor": "Dr. Oyelaran"}', ["Oyelaran"]),
        ("ok cya tmrw dobrila", ["dobrila"]),
        ("Radomir is out today, back Monday.", ["Radomir"]),
        ("Oluwaseun \u2014 can you call the bank back?", ["Oluwaseun"]),
    ):
        assert _persons(text) == names, text
        _exact(text)
    assert _persons("Owner: Finance | Watchers: Legal") == []
    assert _persons("Bluetooth is off, Autopay is out of date.") == []
    assert _persons("Update \u2014 can you call the bank back?") == []
    assert _persons("Sandra 0161 496 0000") == ["Sandra"]
    assert _persons("cya tmrw morning") == []
    assert _persons('{"brand": "Mrs. Meyer\'s", "size": "L"}') == []


def test_names_in_capitals() -> None:
    for text, name in (
        ("OYELARAN Folasade contact", "OYELARAN Folasade"),
        ("DOBRILA KOVACEVIC\n14 Elm Road\nLeeds LS1 4AB", "DOBRILA KOVACEVIC"),
        ("label printed for RADOMIR OKONJO, 14 ELM ROAD, LEEDS", "RADOMIR OKONJO"),
        ("Name as shown: DOBRILA KOVACEVIC.", "DOBRILA KOVACEVIC"),
    ):
        assert name in _persons(text), text
        _exact(text)
    for text, name in (
        ("Sender:\nRADOMIR OKONJO\n14 ELM ROAD\nLEEDS LS1 4AB", "RADOMIR OKONJO"),
        ("Got a stranger's parcel: DOBRILA KOVACEVIC, 14 Elm Road.", "DOBRILA KOVACEVIC"),
    ):
        assert name in _persons(text), text
        _exact(text)
    assert _persons("Status: PAYMENT FAILED, retry later") == []
    assert _persons("label printed for PRIORITY MAIL, 14 ELM ROAD") == []
    assert _persons("ORDER SUMMARY\n2 items, 14.99") == []


def test_spanish_vocative_and_possessives() -> None:
    for text, name in (
        ("¿Radomir me pasas la dirección?", "Radomir"),
        ("Great stay. Dobrila's cooking is worth the trip.", "Dobrila"),
        ("whats oluwaseun's number again", "oluwaseun"),
    ):
        assert _persons(text) == [name], text
        _exact(text)
    assert _persons("¿Dónde me dejas el paquete?") == []
    assert _persons("Great stay. The cooking is worth the trip.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Love my new Radomir Okonjo handbag, fits everything.",
        "Does Radomir Okonjo's outlet take returns?",
        "Customer asks whether Radomir Okonjo items can be returned.",
        "Cheaper than Radomir Okonjo and just as good.",
        "Customer service at Radomir Okonjo was useless.",
        "omg Radomir Okonjo just laid off half the team",
        "Played Radomir Okonjo on it, the bass is great.",
        "Radomir Okonjo's syndrome early signs",
        "Radomir Okonjo Band tickets",
        "meet at Okonjo Prospekt? everyone knows it",
        "No. 12, Radomir Okonjo Marg, Pune",
        "12 Thanon Radomir Okonjo, Bangkok",
        "Dr Pepper outlet",
        "found my card its expired anyway",
        "house 19, radomir okonjo avenue, dhaka",
        '{"msisdn": "447700900123", "op": "Royal Mail"}',
        "Calle Mayor 3, 15777 Radomir Okonjo (A Coruña)",
        "omg Okonjo & Young just laid off half the team",
        "Rua Nova 12\nSandra 4065700",
        "Tastes like Radomir Okonjo but half the price.",
        "Better than my old Radomir Okonjo by a mile.",
        "the Dr. Okonjo sale ends sunday",
        "Radomir Okonjo sounds amazing on these.",
        "anyone been to Radomir Okonjo? thinking of going",
        "Radomir Okonjo's customer service hours",
    ],
)
def test_brand_eponym_street_contexts_are_no_person(text: str) -> None:
    assert _persons(text) == [], text


def test_people_still_found_near_the_new_contexts() -> None:
    assert _persons("I met Radomir Okonjo yesterday.") == ["Radomir Okonjo"]
    assert _persons("Radomir Okonjo's bag was left on the bus.") == ["Radomir Okonjo"]
    assert _persons("Booked with Dr. Okonjo for Monday.") == ["Okonjo"]
    assert _persons("Party at Radomir Okonjo's tonight!") == ["Radomir Okonjo"]
    assert _persons("Radomir Okonjo watches the kids.") == ["Radomir Okonjo"]
    assert _persons("Frits L van den Heuvel's number") == ["Frits L van den Heuvel"]
    assert _persons("Hello Radomir & Dobrila,\nthe keys are in the box.") == [
        "Radomir",
        "Dobrila",
    ]


def test_redact_idempotent_on_new_shapes() -> None:
    for text in (
        "Tenant Okonjo, Chidera, phone 555 0101.",
        "Radomir and Oluwaseun fixed the sink",
        "OYELARAN Folasade contact",
        "pls call Radomir back on 0161 496 0000",
        "Owner: Radomir | Watchers: Oluwaseun, Dobrila",
    ):
        once = redact(text).text
        assert redact(once).text == once, text
        _exact(once)
