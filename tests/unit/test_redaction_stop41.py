"""Stop 41: surnames in capitals before a given name, as payroll and forms write them (after an
account number, which is no house number; two surnames; a frequent given name that is no
English word); a neighbourhood after a street's number and a dash at the end of the text;
"max" before what it limits is no person.
"""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.spans import PERSON, STREET_ADDRESS


def _found(text: str, entity_type: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == entity_type]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BE34 9505 4327 8446 QUARMBY Lyle payroll", "QUARMBY Lyle"),
        ("FR29 6837 9643 726S UOA6 KDVT X28 ODDIE Stuart payroll", "ODDIE Stuart"),
        ("customer MOTTRAM Stuart wants a call on 828-363-5070", "MOTTRAM Stuart"),
        ("ES78 2689 8652 7146 5609 0243 LEDEZMA QUIROGA Joaquín pay", "LEDEZMA QUIROGA Joaquín"),
        ("customer AMARAL FALCÃO Jefferson wants a call", "AMARAL FALCÃO Jefferson"),
    ],
)
def test_surnames_in_capitals_before_a_given_name(text: str, name: str) -> None:
    assert _found(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "the HR IT Stuart team",  # role acronyms are no surnames
        "ask the NOTE Summer sale",  # a common word in capitals, a given name that is English
        "customer SUMMER Sale starts today",
    ],
)
def test_no_person_in_these(text: str) -> None:
    assert _found(text, PERSON) == []


def test_a_house_number_still_opens_a_street_of_a_name() -> None:
    text = "deliver to 12 Lyle Street, Leeds LS1 4AB please"
    assert _found(text, PERSON) == []
    assert _found(text, STREET_ADDRESS) != []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("council tax band rua dos buritis, 11 - trindade", "rua dos buritis, 11 - trindade"),
        (
            "council tax band Avenida das Paineiras, 512 - Lagoa da Conceição",
            "Avenida das Paineiras, 512 - Lagoa da Conceição",
        ),
        ("she lives at Rua dos Buritis, 11 - Trindade", "Rua dos Buritis, 11 - Trindade"),
    ],
)
def test_a_neighbourhood_after_the_number_and_a_dash_ends_the_street(
    text: str, street: str
) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Rua dos Buritis, 11 - thanks", "Rua dos Buritis, 11"),  # an English word
        ("Rua dos Buritis, 11 - Trindade please", "Rua dos Buritis, 11"),  # not at the end
    ],
)
def test_no_dash_piece_but_at_the_end_and_of_no_english_word(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


@pytest.mark.parametrize("text", ["max retries", "max qty reached meaning", "max tokens exceeded"])
def test_max_of_something_is_no_person(text: str) -> None:
    assert _found(text, PERSON) == []


@pytest.mark.parametrize(("text", "name"), [("max verstappen won again", "max verstappen")])
def test_max_before_a_surname_stays_a_person(text: str, name: str) -> None:
    assert _found(text, PERSON) == [name]
