"""Stop 45 rules, from set 43's tuning half (news, media, events and trade) and set 42's, each
with what it must leave alone: a room's number after an address cue, titles "Dame" and "Sir",
a correction's "should read <Name>", speaker labels in capitals, "Surname, Given" under more
keys and without a key, Incoterm places, venues named "<word> Hall", setlists, dates at a
line's end, film counters, reporting verbs after an address, music-trade identifiers, an SSN
before its 1099 form, and countries after Mexican and Turkish addresses; also the one table
rule that reads pipe tables with and without outer bars.
"""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.person45_surname_first import surname_comma_given
from processors.redaction.spans import PERSON, PHONE_NUMBER, STREET_ADDRESS, US_SSN


def _found(text: str, entity_type: str = PERSON) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == entity_type]


@pytest.mark.parametrize(
    "text",
    [
        "Hearing moved to Court 4, 2026-03-02 at 10:00.",
        "Hearing moved to Courtroom 7B, 12/05/2026 at 09:30.",
        "The panel moved to Committee Room 2, 3 Mar 2026 at 14:00.",
    ],
)
def test_a_room_number_after_an_address_cue_is_no_street(text: str) -> None:
    assert _found(text, STREET_ADDRESS) == []


def test_an_address_after_a_suite_and_a_cue_is_still_found() -> None:
    text = "Please deliver to Suite 5, 12 High Street, Leeds LS1 4AB."
    assert _found(text, STREET_ADDRESS) == ["Suite 5, 12 High Street, Leeds LS1 4AB"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A note from Dame Okonkwo: the panel is full", "Okonkwo"),
        ("Sir Tomasz Wojcik opened the fair", "Tomasz Wojcik"),
    ],
)
def test_dame_and_sir_are_trimmed_like_other_titles(text: str, name: str) -> None:
    assert _found(text) == [name]


def test_a_corrected_byline_keeps_its_name() -> None:
    text = "Correction: the byline on the flood story should read Ilse Vandermeulen, not ours."
    assert _found(text) == ["Ilse Vandermeulen"]


def test_a_book_after_should_read_is_still_a_title() -> None:
    assert _found("Everyone should read Jane Eyre once.") == []


def test_a_transcript_speaker_in_capitals_is_a_person() -> None:
    text = "[00:02:11:08] SIGRUN: the van is late.\n[00:02:15:00] HOST: thanks, Sigrun."
    assert _found(text) == ["SIGRUN", "Sigrun"]


def test_a_role_label_in_capitals_is_no_person() -> None:
    assert _found("[00:01:00:00] HOST: welcome back.\n[00:01:04:12] NOTE: music up.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('tickets.sale buyer="Oyelaran, Funmilayo" seat="Row C 12"', "Oyelaran, Funmilayo"),
        ('freight.entry consignee="Brzezinski, Wojciech" hs="8471.30"', "Brzezinski, Wojciech"),
    ],
)
def test_surname_first_under_the_keys_of_buyers_and_consignees(text: str, name: str) -> None:
    assert _found(text) == [name]


def test_a_firm_with_a_comma_is_no_surname_first_name() -> None:
    assert "Harbourlight, Inc" not in _found('author="Harbourlight, Inc" pages=212')


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("4556 7375 8689 9855 refund Oyelaran, Nnamdi Row C 12", "Oyelaran, Nnamdi"),
        ("over to the agent Brzezinski, Wojciech before noon", "Brzezinski, Wojciech"),
    ],
)
def test_surname_comma_given_without_a_key(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in surname_comma_given(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Watchers: Oyelaran, Funmilayo",  # two people of a list after a plural key
        "CC: Adaeze Oyelaran, Funmilayo Bello",  # the end of one name and the next
        "Lyon, Paris, Nice and Lille",  # a list of towns
        "Nutwood, Ivy Cottage, Ledbury",  # a house's name
        "Thanks, Funmilayo",  # an English word first
    ],
)
def test_surname_comma_given_leaves_lists_and_houses_alone(text: str) -> None:
    assert surname_comma_given(text) == []


@pytest.mark.parametrize(
    "text",
    ['{"incoterm": "CIF Rotterdam", "gross": "19 pallets"}', "priced FOB Shanghai, EXW Lyon"],
)
def test_an_incoterm_place_is_no_person(text: str) -> None:
    assert _found(text) == []


def test_a_venue_named_hall_is_no_person_but_a_given_name_hall_is() -> None:
    assert _found("Tickets for Cadogan Hall go on sale Friday.") == []
    assert _found("Tickets from Jerry Hall go on sale Friday.") == ["Jerry Hall"]


def test_a_one_line_setlist_names_songs_and_an_act() -> None:
    assert _found("Pink Floyd setlist: Angie, Hey Jude, encore at 22:10") == []


def test_a_person_after_the_word_playlist_in_prose_is_still_found() -> None:
    assert _found("my playlist is great, ask Maria Lopez") == ["Maria Lopez"]


def test_a_day_and_month_at_a_line_end_is_no_house_number() -> None:
    text = "EMBARGOED until 09:00 on 14 Jun\nthe Lowry announces its shortlist"
    assert _found(text, STREET_ADDRESS) == []


def test_film_counters_are_no_house_numbers() -> None:
    assert _found('{"scene": "Sc. 29A Tk 4", "camera": "B"}', STREET_ADDRESS) == []


def test_a_reporting_verb_ends_an_address() -> None:
    text = "consignee at 4 Rimu Grove, Rotorua 3003, says MSKU1234565 never arrived"
    assert _found(text, STREET_ADDRESS) == ["4 Rimu Grove, Rotorua 3003"]


def test_music_trade_numbers_are_no_phones() -> None:
    assert _found('{"ipi": "IPI 00319708987", "isni": "ISNI 0000000121032683"}', PHONE_NUMBER) == []


def test_an_ssn_before_its_1099_form_is_an_ssn() -> None:
    text = "OKAFOR Chidi 464 90 3224 1099 session musician"
    assert _found(text, US_SSN) == ["464 90 3224"]
    assert _found(text, PHONE_NUMBER) == []


def test_a_spaced_number_of_four_groups_is_still_no_ssn() -> None:
    assert _found("1Z YJ3 799 52 3230 318 2", US_SSN) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "ship to Calle Salitre 246 Int. 6, C.P. 34894 Durango, Dgo., Mexico, says the hub",
            "Calle Salitre 246 Int. 6, C.P. 34894 Durango, Dgo., Mexico",
        ),
        (
            "Consignee:\nEsentepe Mah. Bostan Sokak No: 58 D: 2\n"
            "34797 Kad\u0131k\u00f6y / İSTANBUL\nTürkiye\nNotify: same",
            "Esentepe Mah. Bostan Sokak No: 58 D: 2\n34797 Kad\u0131k\u00f6y / İSTANBUL\nTürkiye",
        ),
        (
            "ship to 44C Harakeke Way, Rotorua 3017, Aotearoa New Zealand, says the depot",
            "44C Harakeke Way, Rotorua 3017, Aotearoa New Zealand",
        ),
        (
            "consignee at 21-1395 Caribou Bend, Moncton (NB) E1N 3H2, says the depot",
            "21-1395 Caribou Bend, Moncton (NB) E1N 3H2",
        ),
    ],
)
def test_an_address_keeps_its_country_and_a_bend_is_a_street(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


def test_round_the_bend_is_no_street() -> None:
    assert _found("we drove round the bend 5 times", STREET_ADDRESS) == []


@pytest.mark.parametrize(
    "text",
    [
        "| Owner | Status |\n|---|---|\n| Ngatini | open |",  # with outer bars (was stop 34's)
        "Bapt. | Child | Father\n3 Feb 2027 | Ngatini | Sagit Korkmaz",  # without (stop 44's)
    ],
)
def test_one_table_rule_reads_both_pipe_tables(text: str) -> None:
    assert "Ngatini" in _found(text)
