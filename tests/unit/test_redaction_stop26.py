"""Stop-26 rules (docs/redaction.md, "Set 16, set 17 and the stop-26 rules"): cities after a
name and multi-word cities, more honorifics, `Surname, Given` with particles, lines in
capitals, plural, surname and staff keys, `resolved by`, firmware versions, holidays, works
being finished, firms before their service, name echoes, lists under a heading of things and
Japanese buildings."""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.lexicon import is_named_city
from processors.redaction.name_echoes import _whole_words
from processors.redaction.person11_recall_slots import inverted_names
from processors.redaction.person26_caps_lines import capital_lines
from processors.redaction.spans import PiiSpan


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arjun Nair Duluth", "Arjun Nair"),
        ("Arjun Nair Duluth phone number", "Arjun Nair"),
        ("Frauke Krüger Bremen", "Frauke Krüger"),
        ("Francesca Di Stefano Freiburg im Breisgau", "Francesca Di Stefano"),
    ],
)
def test_a_city_after_a_full_name_is_no_part_of_it(text: str, name: str) -> None:
    assert _found(text) == [(name, "PERSON")]


@pytest.mark.parametrize(
    "name",
    [
        "Ivana E. Oliveira",  # a Faker surname: not in the city list
        "Tinhinane M. Blackwood",  # after an initial the city is a surname
        "Marguin D. de la Cruz",  # after a particle too
        "Sarah Jane Austin",  # a given name is never cut as a city
    ],
)
def test_a_surname_that_is_also_a_city_stays(name: str) -> None:
    assert (name, "PERSON") in _found(f"Refund approved by {name} for order 48213.")


def test_smaller_multi_word_cities_are_no_names() -> None:
    assert _found("they moved back to Santa Monica") == []
    assert is_named_city("santa barbara")
    # Every word a given name: a person as often as a place.
    assert not is_named_city("diego martin")


@pytest.mark.parametrize("title", ["Sig.", "Dott.", "Mevr.", "Shri"])
def test_more_honorifics_cue_a_surname(title: str) -> None:
    assert _found(f"ran into {title} Colombo at the store today") == [("Colombo", "PERSON")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("van 't Hek, Khalid", "van 't Hek, Khalid"),
        ("Invoice to:\nel-Sayed, Yuki\nLindenblütenallee 4b\n96047 Bamberg", "el-Sayed, Yuki"),
        ("von Ahlefeldt, Jörg, verified buyer. Fits true to size.", "von Ahlefeldt, Jörg"),
    ],
)
def test_surname_given_with_particles_or_a_trailing_clause(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


def test_a_comma_ends_the_slot_only_of_a_line_opening_name() -> None:
    # Mid-line, "Surname, Given, ..." may be a list ("by Sanz, Uxue, Omid and Lars").
    found: list[PiiSpan] = []
    inverted_names("approved by Sanz, Uxue, then closed", found)
    assert found == []
    inverted_names("Sanz, Uxue, verified buyer", found)
    assert found == [PiiSpan(0, 10, "PERSON")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BOGDAN D. DE LUCA IS THE BEST COACH EVER", "BOGDAN D. DE LUCA"),
        ("CONTACT CARD\nRODEL DE LA FUENTE\n0044 20 7575 8449", "RODEL DE LA FUENTE"),
        ("SHIP TO:\nA.D. BEN AMI\nKIEFERNALLEE 240\n21335 LÜNEBURG", "A.D. BEN AMI"),
    ],
)
def test_a_line_in_capitals_is_read_as_caseless_text(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


def test_a_code_line_in_capitals_is_no_name() -> None:
    assert capital_lines("Itinerary\nAC34 14:46 → Lagos\nPNR PGXLUZ") == []
    assert capital_lines("MR. JOHN SMITH") == [(0, "mr. john smith")]  # (a title is no code)
    assert _found("Itinerary\nAC34 14:46 → Lagos\nPNR PGXLUZ") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"reviewers": "Garrett and Colby"}', ["Garrett", "Colby"]),
        ('{"assignees": ["Jarrod", "Bolanle Egwu"], "status": "open"}', ["Jarrod", "Bolanle Egwu"]),
        ('{"owners": ["platform-team", "none"]}', []),
        ('{"members": "Design and Research"}', []),
    ],
)
def test_a_plural_person_key_holds_a_list_of_names(text: str, names: list[str]) -> None:
    assert [found for found, kind in _found(text) if kind == "PERSON"] == names


def test_who_resolved_a_ticket_is_a_person() -> None:
    text = "Resolved by Arantxa after the customer confirmed the new address."
    assert ("Arantxa", "PERSON") in _found(text)
    assert ("Finance", "PERSON") not in _found("Resolved by Finance after review.")


@pytest.mark.parametrize(
    "text", ["wifi died again, router firmware says 7.7.16.19 lol", "12.6.13.21 firmware changelog"]
)
def test_a_firmware_version_is_no_ip_address(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("holiday", ["Mardi Gras", "Candlemas", "Juneteenth", "Lammas"])
def test_holidays_are_no_names(holiday: str) -> None:
    assert _found(f"Bought this for {holiday}; the kids loved it.") == []


def test_a_surname_key_holds_a_surname() -> None:
    text = "{'first_name': 'Travis', 'last_name': 'Prewitt', 'ssn': '303-44-7948'}"
    assert ("Prewitt", "PERSON") in _found(text)
    assert _found('{"last_name": "none"}') == []


def test_a_staff_key_holds_a_listed_given_name_only() -> None:
    assert ("dietmar", "PERSON") in _found("dialed=8001 duration=132s agent=dietmar")
    assert _found('ua agent="curl/8.1"') == []
    assert _found("agent=support") == []


def test_an_inner_apostrophe_before_a_capital_stays_in_the_surname() -> None:
    assert _found("Please call Ludovica Dell'Acqua tomorrow") == [("Ludovica Dell'Acqua", "PERSON")]


def test_a_title_being_finished_is_a_work() -> None:
    assert _found("did u ever finish Ethan Frome? i gave up halfway") == []
    assert ("Anna Kowalski", "PERSON") in _found("I finished the report with Anna Kowalski today.")


@pytest.mark.parametrize(
    "address",
    [
        "Maison Aoba 205, 2-22-16 Nishiki, Naka-ku, Nagoya 460-2134",
        "Grand Forest 1110, 2-3-10 Tenjin, Chuo-ku, Fukuoka 810-6211, Japan",
        "Sakura Heights 324, 1-28-5 Nishiazabu\nMinato-ku, Tokyo 106-0942",
        "green court 403, 3-20-17 kitahorie, nishi-ku, osaka 550-7114",
    ],
)
def test_a_japanese_building_and_room_open_the_address(address: str) -> None:
    assert (address, "STREET_ADDRESS") in _found(f"the parcel for {address} never came")


def test_a_place_word_before_a_building_stays_out() -> None:
    text = "rent prices near grand forest 541, 3-21-11 kita-shinagawa, shinagawa-ku, tokyo"
    assert ("grand forest 541, 3-21-11 kita-shinagawa, shinagawa-ku, tokyo", "STREET_ADDRESS") in (
        _found(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Five stars because Knight Frank support actually answered within 24 minutes.",
        "Five stars because Hilton Hotels support actually answered.",
        "got Mary Kay stuff in the sale",
    ],
)
def test_a_firm_before_its_service_or_wares_is_no_person(text: str) -> None:
    assert _found(text) == []


def test_a_person_may_support_something() -> None:
    assert _found("Does Maria Lopez support this plan?") == [("Maria Lopez", "PERSON")]


def test_a_found_name_is_found_wherever_else_it_stands() -> None:
    text = "Our guide Robin knew every bird by its call. Thank you Robin!"
    assert _found(text) == [("Robin", "PERSON"), ("Robin", "PERSON")]
    # Not inside a longer word or an e-mail address.
    text = "Hi Anna, write to anna@example.com or Annabel."
    assert [found for found, kind in _found(text) if kind == "PERSON"] == ["Anna"]
    assert _whole_words("ping Anna.B", 5, 9) is False  # (a dotted handle)


def test_korean_given_names_with_a_hyphen_are_listed() -> None:
    assert ("seo-yeon", "PERSON") in _found("seo-yeon can u grab the keys from the desk")
    assert ("Chae-won", "PERSON") in _found("Assigned to Chae-won. Requester: Hafiz Kovács.")
    assert _found("that was an ah-ha moment") == []


def test_the_lines_under_a_heading_of_things_name_things() -> None:
    text = "Gift ideas:\n- Elizabeth Arden scarf\n- tickets to Ethan Frome"
    assert _found(text) == []
    assert _found("Store locations\nDam Square\nKönigsallee") == []
    # The heading's own line keeps its names, and the list ends at a blank line.
    text = "Gift ideas for Anna Kowalski:\n- a scarf"
    assert ("Anna Kowalski", "PERSON") in _found(text)
    text = "Reading list\n- Dorrie Vane\n\nThanks,\nIngrid Solberg"
    assert _found(text) == [("Ingrid Solberg", "PERSON")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear Mark,\nMark the box fragile please.", "Mark"),  # a line start, then an object
        ("Thanks Hope. Hope you are well", "Hope"),  # a sentence start
    ],
)
def test_an_english_word_name_is_not_echoed_where_it_reads_as_the_word(
    text: str, name: str
) -> None:
    assert [found for found, kind in _found(text) if kind == "PERSON"] == [name]
