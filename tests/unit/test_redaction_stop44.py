"""Stop 44 rules, from set 42's tuning half (civic, community and public life), each with what
it must leave alone: a counted plural before an IP, a card after "took", reference-number
cues (CRN, URN, UPRN), SURNAME Given before a number or after a comma, a town after a title's
surname, a second surname after initials, camel-case handles, match results, pipe tables of
a register, Surname, Given as a civic record's value, class marks and place keys, and the
street words added (Dutch -steeg, British alleys, Irish types).
"""

from __future__ import annotations

import pytest

from processors.redaction import detect, redact
from processors.redaction.person44_handles import handle_word
from processors.redaction.spans import (
    CREDIT_CARD,
    IP_ADDRESS,
    PERSON,
    PHONE_NUMBER,
    STREET_ADDRESS,
)


def _found(text: str, entity_type: str = PERSON) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == entity_type]


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("Petition flagged: 48 signatures from 81.2.69.160 within an hour", "81.2.69.160"),
        ("3 packages from 10.44.0.7 failed the checksum", "10.44.0.7"),
    ],
)
def test_a_counted_plural_before_an_ip_names_no_release(text: str, ip: str) -> None:
    assert _found(text, IP_ADDRESS) == [ip]


@pytest.mark.parametrize(
    "text",
    ["AV signatures 10.1.2.3 installed overnight", "drivers 31.0.15.3 fix the flicker"],
)
def test_a_software_noun_before_a_quad_still_names_a_version(text: str) -> None:
    assert _found(text, IP_ADDRESS) == []


def test_took_before_a_card_number_is_a_payment() -> None:
    text = "The box office took 4111 1111 1111 1111 for two seats and sent no tickets"
    assert _found(text, CREDIT_CARD) == ["4111 1111 1111 1111"]


def test_took_before_a_number_and_a_unit_is_an_elapsed_time() -> None:
    assert _found("query took 4111111111111111 ns on shard 3", CREDIT_CARD) == []


@pytest.mark.parametrize(
    "text",
    [
        '{"crime_ref": "CRN 49/382683/13"}',
        "Pupil URN 0171 2345678 moved school",
        "Streetlight out by the library; column ref UPRN 1004500635, reported today",
    ],
)
def test_reference_number_cues_are_no_phones(text: str) -> None:
    assert _found(text, PHONE_NUMBER) == []


def test_a_phone_beside_a_reference_number_is_still_found() -> None:
    text = "call me on 0171 2345678 re CRN 12/345678/90"
    assert _found(text, PHONE_NUMBER) == ["0171 2345678"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FAIRWEATHER Ottoline 219-09-4471 jury summons", "FAIRWEATHER Ottoline"),
        ("form wants ur ssn, QUISPE Rodrigo put it on paper", "QUISPE Rodrigo"),
    ],
)
def test_surname_in_capitals_then_given_name(text: str, name: str) -> None:
    assert name in _found(text)


def test_a_two_letter_acronym_before_a_given_name_and_a_comma_is_no_surname() -> None:
    assert _found("Our tutor got us through IB French, £55 an hour well spent") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cllr Vasquez Whitby council surgery phone", "Vasquez"),
        ("Mrs Okonkwo Polokwane surgery hours", "Okonkwo"),
    ],
)
def test_a_town_after_a_titled_surname_is_cut(text: str, name: str) -> None:
    assert _found(text) == [name]


def test_a_comma_between_a_titled_surname_and_the_next_word_keeps_both() -> None:
    assert _found("Coach Tekle, Idil: patient and fun") == ["Tekle, Idil"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The registrar, R. Quintero Ibarra, called back before noon", "R. Quintero Ibarra"),
        (
            "Complaint: L. Carvalho Pimenta at the corner says the light is out",
            "L. Carvalho Pimenta",
        ),
    ],
)
def test_a_second_surname_after_initials(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("R. Quintero Gdansk notary", "R. Quintero"),  # a short search: the town after it
        ("visit J. Smith Consulting Group today", None),  # a firm's name goes on
    ],
)
def test_no_second_surname_in_a_search_or_a_firm(text: str, name: str | None) -> None:
    found = _found(text)
    if name is None:
        assert all(" Consulting" not in value for value in found)
    else:
        assert found == [name]


@pytest.mark.parametrize("word", ["BigBrainBarista", "FrostbyteFox", "SilverOtter"])
def test_camel_case_handles(word: str) -> None:
    assert handle_word(word)


@pytest.mark.parametrize("word", ["McDonald", "MacKenzie", "DeShawn", "LaToya", "MaryAnn"])
def test_names_with_inner_capitals_are_no_handles(word: str) -> None:
    assert not handle_word(word)


def test_a_chat_speakers_handle_is_no_person() -> None:
    text = "<GlitterGoblin> ref for Saturday is Věra Kratochvílová, ring her at 7"
    assert _found(text) == ["Věra Kratochvílová"]


@pytest.mark.parametrize(
    "text",
    [
        "RESULTS\nAston Villa 3\u20134 (pens 5-5) Plymouth Argyle\nDone",
        "RESULTS\nHamilton Academical 2.5-1.5 Leyton Orient\nDone",
        "RESULTS\nBrigham Young 227/6 Kaizer Chiefs\nDone",
    ],
)
def test_sides_of_a_result_are_no_persons(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", ["Mon 9-5 Maria Lopez", "Thursday 12/3 Maria Lopez"])
def test_hours_and_dates_before_a_name_leave_it(text: str) -> None:
    assert _found(text) == ["Maria Lopez"]


def test_one_word_names_under_a_registers_person_columns() -> None:
    text = "Bapt. | Child | Father | Mother\n3 Feb 1871 | Wilhelmina | Josiah Pratt | Keziah"
    assert _found(text) == ["Wilhelmina", "Josiah Pratt", "Keziah"]
    assert redact(text).text.endswith("<PERSON> | <PERSON> | <PERSON>")


def test_a_pipe_tables_other_columns_are_left_alone() -> None:
    text = "Item | Qty | Colour\nMilk | 2 | Amber\nBread | 1 | Rose"
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'planning.comment commenter="Kulkarni, Ramakrishna" stance=object',
            "Kulkarni, Ramakrishna",
        ),
        ('grants.payout payee="Mak, Tsz-hin" scheme=hardship', "Mak, Tsz-hin"),
    ],
)
def test_surname_given_as_a_civic_records_value(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "dewey 911.4 local history",
        "NEW ACCESSIONS\nISBN 0-306-40615-2  Dewey Dewey 971.1",
        '{"application": "P/2023/8875", "ward": "Wilberforce Hall"}',
        "gg all, Donkey Kong carried the last round",
    ],
)
def test_class_marks_wards_and_game_characters_are_no_persons(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "visited Hoedenmakerssteeg 17 bis, 9442 XE Assen",
            "Hoedenmakerssteeg 17 bis, 9442 XE Assen",
        ),
        ("visited 138 Pinfold Ginnel, Leeds LS1 4AB", "138 Pinfold Ginnel, Leeds LS1 4AB"),
    ],
)
def test_street_words_of_dutch_and_british_alleys(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]
