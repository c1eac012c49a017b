"""Set 9 person rules (name_not_persons.py, name_initials_and_roles.py) and the grouped UPS tail: a
catch and a look-alike each, with names and brands of our own (none from the corpora), and
may_contain_names kept exact."""

from __future__ import annotations

import pytest

from processors.redaction.names import find_names, may_contain_names
from processors.redaction.redactor import detect


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PHONE_NUMBER"]


def _exact(text: str) -> None:
    """may_contain_names never says "no" where find_names finds a name."""
    assert may_contain_names(text) or not find_names(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Winners of the Marcus Feld Award were announced",  # an award's head word
        '{"event": "Gordon Pike Cup", "year": 2021}',  # ... a cup's, after an event key
        "Parking on Oliver Tambo Drive is hard",  # a road's type after the run
        "Parking on Avenue Henri Dunant is hard",  # a street type before it
        "Carrier: Peter Kessler\nWaybill: 12345",  # a firm's key, after a space
        "Emma Lindqvist knockoff, returned it.",  # a word of goods after it
        "Changelog\nv2.4.1: Edgar Brandt support",  # a changelog line names a product
    ],
)
def test_capitalised_runs_that_are_no_persons(text: str) -> None:
    assert _persons(text) == []


def test_persons_next_to_those_cues_stay() -> None:
    assert _persons("I met Marcus Feld at the awards") == ["Marcus Feld"]
    assert _persons("Oliver Tambo drove us home") == ["Oliver Tambo"]


def test_initials_then_surname() -> None:
    for text, name in [
        ("Thanks,\nR.T. Okwuosa\nrto@example.org", "R.T. Okwuosa"),
        ("Q. Vandersloot publications", "Q. Vandersloot"),
    ]:
        assert _persons(text) == [name]
        _exact(text)
    assert _persons("The U.S. Army band played") == []
    assert _persons("We live at 12 W. Main Street") == []


def test_middle_initial_keeps_the_whole_name() -> None:
    assert _persons('user="Hortensia K. Vandersloot" action=login') == ["Hortensia K. Vandersloot"]


def test_user_key_with_a_lower_case_name() -> None:
    text = "{'user': 'tsegaye welde', 'mobile': '555 0100'}"
    assert _persons(text) == ["tsegaye welde"]
    _exact(text)
    assert _persons("{'user': 'guest account', 'mobile': '555 0100'}") == []


def test_surname_before_a_title_in_brackets() -> None:
    text = "Spoke with Vandersloot (title Mrs) about the parcel."
    assert _persons(text) == ["Vandersloot"]
    _exact(text)
    assert _persons("Sent to Finance (title missing) yesterday.") == []


def test_capitals_surname_before_a_given_name() -> None:
    text = "Requester OKWUOSA Chiamaka asked for a refund."
    assert _persons(text) == ["OKWUOSA Chiamaka"]
    _exact(text)
    assert _persons("Requester ACME Widgets asked for a refund.") == []


def test_grouped_ups_tracking_is_no_phone() -> None:
    assert _phones("tracking 1Z 999 AA1 01 2345 6784 is late") == []
    assert _phones("call me on +44 20 7946 0958 tonight") == ["+44 20 7946 0958"]


def test_a_chains_branch_is_no_person() -> None:
    assert _persons("Best Hal Brody's location in town.") == []
    assert _persons("Hal Brody's location is shared with me.") == ["Hal Brody"]


def test_lower_case_name_then_a_place_in_a_search() -> None:
    text = "tsegaye welde Lisbon dentist"
    assert _persons(text) == ["tsegaye welde"]
    _exact(text)
    assert _persons("cheap hotels Lisbon center") == []


def test_capitals_name_before_a_lower_case_verb() -> None:
    text = "[2024-01-01T00:00:00Z] TSEGAYE WELDEMARIAM signed the form"
    assert _persons(text) == ["TSEGAYE WELDEMARIAM"]
    _exact(text)
    assert _persons("[2024-01-01T00:00:00Z] ORDER SHIPPED to the depot") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our server Tsegaye remembered us.", "Tsegaye"),
        ("Note from Okwuosa: parcel resent.", "Okwuosa"),
        ("Ask for Chiamaka \u2014 she knows the menu.", "Chiamaka"),
        ("ok so tsegaye just texted me", "tsegaye"),
        ("gonna pick up chiamaka from the station", "chiamaka"),
    ],
)
def test_lone_names_after_service_and_message_cues(text: str, name: str) -> None:
    assert _persons(text) == [name]
    _exact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our server Room was cold.",
        "Note from Finance: budget approved.",
        "ok so mom just texted me",
        "gonna pick up groceries from the shop",
    ],
)
def test_lone_cues_before_english_words(text: str) -> None:
    assert _persons(text) == []


def test_dash_after_a_longer_name_keeps_it_whole() -> None:
    text = "spoke with Mrs Ó Briain \u2014 she moved"
    assert "Briain" not in _persons(text)
