"""Stop 43: "Surname, Given" in the middle of a text, with no role word before it
("payout failed Cockcroft, Dennis 0x8007...", "Gym membership: Darko, Kofi contests ..."),
from set 38's and set 40's tuning halves; and what stays no person: places, titles,
lists of full names, a label's list of single names, two given names, an address after a
name.
"""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.spans import PERSON, PHONE_NUMBER, STREET_ADDRESS


def _found(text: str, entity_type: str = PERSON) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == entity_type]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BE59309395723020 payout failed Cockcroft, Dennis 0x80073F61", "Cockcroft, Dennis"),
        ("Gym membership: Darko, Kofi contests the renewal taken twice", "Darko, Kofi"),
        ("Fraud review PLAT-4725: Gautier, Gérard signed in from a new device", "Gautier, Gérard"),
        ("refund queued for Pokorný, Miroslav after the second charge", "Pokorný, Miroslav"),
    ],
)
def test_surname_comma_given_mid_text_is_a_person(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("We flew to Marion, Virginia last May", "Marion, Virginia"),  # places
        ("Bring: Rosamund, Rosamund scores", "Rosamund, Rosamund"),  # a title, one word twice
        ("offices in Lagos, Accra, Nairobi", "Accra, Nairobi"),  # a list goes on
        ("Watchers: Rodion Popov, Toby Hollingworth", "Rodion Popov, Toby"),  # full names
        ("Watchers: Chun Kit Lau, Lasha Gerber-Krause", "Lau, Lasha"),
        ("Watchers: Yindi, Bastien", "Yindi, Bastien"),  # a label's list of single names
        ("cc Emiliano, Ravindra — please confirm the replacement", "Emiliano, Ravindra"),
        ("label created for Kavitha Deshpande, Rua da Consolação, 831", "Deshpande, Rua"),
    ],
)
def test_lists_places_and_addresses_are_no_surname_comma_given(text: str, not_found: str) -> None:
    assert all(not_found not in span for span in _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("★★★★★ Alessandro at the Trader Joe's counter was amazing, ask for him", "Alessandro"),
        ("★★★★★ Kavitha at the Wendy's counter was amazing", "Kavitha"),
    ],
)
def test_a_lone_given_name_the_scorer_is_sure_of_is_a_person(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("Author: Siri[bot]\nDate: Wed Jun 24 18:49", "Siri"),  # glued to code
        ("Grace at the front desk was lovely", "Grace"),  # an English word too
        ("the Kafka consumer lag alert fired again", "Kafka"),
    ],
)
def test_a_lone_word_glued_to_code_or_english_is_no_lone_name(text: str, not_found: str) -> None:
    assert not_found not in _found(text)


def test_lone_given_names_with_no_spans_finds_a_superset() -> None:
    from processors.redaction.person43_lone import lone_given_names
    from processors.redaction.spans import PiiSpan

    text = "★★★★★ Alessandro at the Trader Joe's counter was amazing"
    alone = lone_given_names(text, ())
    assert [text[s.start : s.end] for s in alone] == ["Alessandro"]
    assert lone_given_names(text, (PiiSpan(6, 16, PERSON),)) == []


@pytest.mark.parametrize(
    ("text", "animal_or_thing"),
    [
        ("12:10 vet.chipscan 985494214737080 species=canine name=Alfie", "Alfie"),
        ("Ziggy has his jabs at the vets tmrw, microchip 985626552271511 is on the card", "Ziggy"),
        ("Monty has his jabs at the vets tmrw", "Monty"),
        ("Kinder Bueno recall LOT EJ2AM", "Bueno"),
        ("Tommee Tippee recall LOT S896F", "Tommee Tippee"),
        ("Cicely Saunders ward visiting hours Year 2", "Cicely Saunders"),
        ("Sue Ryder hospice visiting hours", "Sue Ryder"),
    ],
)
def test_pets_products_and_wards_named_like_people_are_no_persons(
    text: str, animal_or_thing: str
) -> None:
    assert all(animal_or_thing not in span for span in _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Priya has her jabs tomorrow so she is off", "Priya"),  # people have jabs too
        ("Ask Priya about the refund, she has her jabs tomorrow", "Priya"),
    ],
)
def test_a_person_with_jabs_away_from_the_vet_stays_a_person(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Telehealth no-show APT-EU6PCG: Imam Murakami says she was in the waiting room",
            "Murakami",
        ),
        ("says ur joining from 192.168.8.15?? Rabbi Skrzypczak is waiting in room 3", "Skrzypczak"),
        ("dr bhasin vet near ul. kołodziejska 8 m. 3", "bhasin"),  # a trade after the name
        ("mr arguello abrego vet near 7 allée des tisserands", "arguello abrego"),
    ],
)
def test_faith_titles_and_trades_stay_outside_the_name(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "CALLER: kyalo gitonga uh my number is 6 3 9 5 0 2 1 2 6 8 9 0 | confidence 0.99",
            "6 3 9 5 0 2 1 2 6 8 9 0",
        ),
        (
            "voicemail: call me back on + 4 4 7 9 1 1 1 2 3 4 5 6 thanks",
            "+ 4 4 7 9 1 1 1 2 3 4 5 6",
        ),
        ("Miss Aclan Eraslan dentist Rzeszów phone (902) 355.1919", "(902) 355.1919"),
        ("call me at (802)884.3365 after six", "(802)884.3365"),
    ],
)
def test_phones_read_out_digit_by_digit_and_bracketed_dotted(text: str, phone: str) -> None:
    assert _found(text, PHONE_NUMBER) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "lottery line 1 2 3 4 5 6 7 8 9 0 tonight",  # no phone word before it
        "my number is 1 2 3 4 5 6 7 8 9 10 11",  # a count, not single digits
        "version (2.1) 884.3365",
    ],
)
def test_spaced_digits_without_a_phone_word_are_no_phone(text: str) -> None:
    assert _found(text, PHONE_NUMBER) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Funeral then back to\n691 N Tourmaline Road Apt 17\nCHATTANOOGA TN 37489\n"
            "Ave Maria will be sung.",
            "691 N Tourmaline Road Apt 17\nCHATTANOOGA TN 37489",
        ),
        (  # a country line before prose stays the address's
            "Naho moved to 237 Dalmatinova 37\n Suite 997\n Voličina\n Slovenia last month.",
            "237 Dalmatinova 37\n Suite 997\n Voličina\n Slovenia",
        ),
        (  # prose on a line of its own leaves the region line alone
            "Deliver to: Fanja\nC-23-8, Persiaran Gurney\n10743 George Town\nPulau Pinang\n"
            "Tel. 0399-6107186",
            "C-23-8, Persiaran Gurney\n10743 George Town\nPulau Pinang",
        ),
    ],
)
def test_a_line_of_prose_after_an_address_is_not_its_line(text: str, address: str) -> None:
    assert _found(text, STREET_ADDRESS) == [address]


def test_an_italian_house_number_with_a_letter_after_a_slash() -> None:
    text = "the vicar wants the proof posted to Via dei Cestai, 29/C, 06098 Perugia (PG). Thanks"
    assert _found(text, STREET_ADDRESS) == ["Via dei Cestai, 29/C, 06098 Perugia (PG)"]


def test_a_rating_opening_a_review_is_no_house_number() -> None:
    assert _found("1/5 St Chad's primary: kind teachers, chaotic car park", STREET_ADDRESS) == []
    assert _found("Unit 4/5 Smith Street, Carlton VIC 3053", STREET_ADDRESS) != []


def test_a_street_line_key_holds_a_street() -> None:
    text = '{"patient": {"name": "BERGDAHL Assar", "street_line": "Plot 83, Agodi GRA"}}'
    assert _found(text, STREET_ADDRESS) == ["Plot 83, Agodi GRA"]


def test_speakers_of_an_exported_chat_with_dates_in_the_brackets() -> None:
    text = (
        "Fwd from the family group\n[03/03/2023, 03:30] Dae-sik: landed, can you pick me up?\n"
        "[03/03/2023, 03:32] Tsz-lok K.: yes call me on 011 15-5492-5836"
    )
    assert _found(text) == ["Dae-sik", "Tsz-lok K."]


def test_kin_speaking_in_an_exported_chat_are_no_names() -> None:
    text = "[05/07/2024, 19:53] nana: Hope it helps\n[04/01/2024, 06:53] grandad: the ivy"
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("only Kianoush on nights was kind to mum. Alzheimer's unit understaffed.", "Alzheimer"),
        ("she was diagnosed with Bell's palsy last year", "Bell"),
        ("49803 ANGERS\nHail Mary will be sung.", "Hail Mary"),
    ],
)
def test_diseases_and_prayers_named_after_people_are_no_persons(text: str, not_found: str) -> None:
    assert all(not_found not in span for span in _found(text))


def test_a_surname_that_names_a_disease_too_stays_a_person_elsewhere() -> None:
    assert _found("Mr Bell's car was towed") == ["Bell"]
    assert _found("ask Wilson's mum about it") == ["Wilson"]


def test_a_romanised_district_before_a_japanese_block_opens_the_address() -> None:
    text = 'value="Nishikamata 2-23-4 Residence Hinoki 208, Nerima-ku, Tokyo 177-0217"'
    assert _found(text, STREET_ADDRESS) == [
        "Nishikamata 2-23-4 Residence Hinoki 208, Nerima-ku, Tokyo 177-0217"
    ]
    assert _found("Fitness 1-2-3 Sakae, Naka-ku, Nagoya 460-0008", STREET_ADDRESS) == [
        "1-2-3 Sakae, Naka-ku, Nagoya 460-0008"
    ]


def test_a_booking_code_after_a_number_is_no_unit() -> None:
    text = "12:00 telehealth ip=192.168.80.113 room=Ward 6 APT-QCKH7T"
    assert _found(text, STREET_ADDRESS) == []


def test_no_lone_name_where_the_only_capitals_open_sentences() -> None:
    from processors.redaction.person43_lone import lone_given_names

    assert lone_given_names("Alessandro at the counter was amazing", ()) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nana's carer is Sampath, her mobile is (21) 94281-8840", "Sampath"),
        ("our tutor is Fikru, he is great", "Fikru"),
        ("the landlord is Chiranjeevi and he never answers", "Chiranjeevi"),
    ],
)
def test_whose_role_a_lone_name_plays(text: str, name: str) -> None:
    assert name in _found(text)


def test_a_firm_in_a_role_is_no_name() -> None:
    assert _found("the host is Amazon Web Services") == []
