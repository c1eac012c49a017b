"""Stop 46 rules, read from the tuning halves of older sets, each with what it must leave
alone: a lone name opening a clause after a semicolon, a lower-case given name opening a chat
before a function word, "Surname, Given" right after a number, an address after "the" with a
town and a postal code, a Japanese building between the block numbers and the ward, the
particles and surname after a cued lone name, and a dash sign-off with a role after a comma.
"""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.spans import PERSON, STREET_ADDRESS


def _found(text: str, entity_type: str = PERSON) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == entity_type]


def test_a_listed_given_name_opening_a_clause_after_a_semicolon_is_a_person() -> None:
    assert _found("The parcel was soaked; Nabil swapped it at the desk.") == ["Nabil"]


@pytest.mark.parametrize(
    "text",
    ["Pack light; Ikea sells the rest.", "Bring boots; Kenya is hot in March."],
)
def test_a_brand_or_a_country_after_a_semicolon_is_no_person(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("anneliese the plumber says the boiler is fine", "anneliese"),
        ("ignatius from the garage rang about the clutch", "ignatius"),
    ],
)
def test_a_lower_case_given_name_opening_a_chat_before_a_function_word(
    text: str, name: str
) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "conn from the pool is flaky again",  # a short first word
        "lavender latte at the corner cafe is great",  # before no function word
    ],
)
def test_a_short_or_english_first_word_is_no_addressee(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "iban GB33 BUKB 2020 1555 5555 55 Abara, Ngozi donation",
        "card 4111 1111 1111 1111 Abara, Ngozi refund",
    ],
)
def test_surname_comma_given_right_after_a_number_is_a_person(text: str) -> None:
    assert _found(text) == ["Abara, Ngozi"]


def test_a_street_after_a_number_is_still_no_person() -> None:
    text = "deliver to 42 Baker Street, London NW1 6XE"
    assert _found(text) == []
    assert _found(text, STREET_ADDRESS) == ["42 Baker Street, London NW1 6XE"]


def test_an_address_after_the_with_a_town_and_a_postal_code_is_found() -> None:
    text = "I loved the front desk of the 2210 Larkspur Ave Suite 4, Dayton, OH 45402 location."
    assert _found(text, STREET_ADDRESS) == ["2210 Larkspur Ave Suite 4, Dayton, OH 45402"]


@pytest.mark.parametrize(
    "text",
    ["the 3 of us went to Leeds, 2024 was fun", "the 12 Days of Christmas, Leeds 2024"],
)
def test_a_count_after_the_is_still_no_house_number(text: str) -> None:
    assert _found(text, STREET_ADDRESS) == []


def test_a_japanese_building_between_the_block_numbers_and_the_ward() -> None:
    text = "sent the sheets to Higashiyama 3-4-12, Maison Sakura 105, Meguro-ku, Tokyo 153-0043"
    assert _found(text, STREET_ADDRESS) == [
        "Higashiyama 3-4-12, Maison Sakura 105, Meguro-ku, Tokyo 153-0043"
    ]


def test_a_chome_area_without_a_house_is_still_no_address() -> None:
    assert _found("Ginza 4-chome, Chuo-ku is busy", STREET_ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Case notes: spoke to Ingrid van der Berg at the desk.", "Ingrid van der Berg"),
        ("Escalated to Tomasz de la Cruz in billing.", "Tomasz de la Cruz"),
    ],
)
def test_a_lone_name_cue_keeps_the_particles_and_surname_after_the_name(
    text: str, name: str
) -> None:
    assert _found(text) == [name]


def test_a_dash_sign_off_with_a_role_after_a_comma_names_a_person() -> None:
    text = "Your statement is ready.\nAccount 4471 2210\n\u2014 Piers, revenues team"
    assert _found(text) == ["Piers"]


def test_a_bullet_with_a_comma_is_no_sign_off() -> None:
    assert _found("Packing list:\n- Florence, two nights\n- Milk, semi skimmed") == []
