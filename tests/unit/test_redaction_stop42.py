"""Stop 42, from set 39's tuning half (regulated paperwork) and set 40's (machine-written text):
"can u venmo me" asks for a deed, it names no one; a listed given name before a person's deed
("rang back", "on reception") is a person; a lab result's units and a statute's code after a
number make no house number; a residential building named inside an address is taken in; a
Costa Rican address given by directions opens at its landmark. From set 40's: numbers kept
for fiction (555-01xx, Ofcom's drama numbers, ACMA's) and CI runs and date-stamped builds are
no phones; addresses in calendar invites, CSV fields, geocoder logs and queries.
"""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.spans import PERSON, STREET_ADDRESS


def _found(text: str, entity_type: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == entity_type]


@pytest.mark.parametrize(
    "text",
    [
        "can u venmo me? or just wire it, my iban is FI3988255179208095",
        "can u zelle me the money",
        "could u gcash it tonight",
        "did u interac him already?",
    ],
)
def test_a_deed_asked_of_u_names_no_one(text: str) -> None:
    assert _found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("miss u jaspreet", "jaspreet"),  # after "miss u" a name is spoken to
        ("the clerk found the file, and Georgiana rang back as promised", "Georgiana"),
        ("the GP surgery is chaos, Anuradha on reception is the only one who helps", "Anuradha"),
        ("jury carpool: Feliciana gets picked up at 16:40", "Feliciana"),
        ("Walid phoned twice about the form", "Walid"),
    ],
)
def test_a_listed_given_name_before_a_persons_deed(text: str, name: str) -> None:
    assert _found(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Uber drives me mad",  # no listed given name: a brand's deed
        "Kasarani helped with the parking",
        "Bluetooth answered nothing",
    ],
)
def test_an_unlisted_word_before_a_deed_is_no_person(text: str) -> None:
    assert _found(text, PERSON) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lab report\nhosp no. L0300451\nHb 155 g/L\nHb 111 g/L\nCoded ICD-10 M65",
        "BP 129/76\nHb 147 g/L\nCoded ICD-10 C91",
        "HbA1c 83 mmol/mol\nTSH 5.31\nCoded ICD-10 G46",
        "Prescription\nKeppra 1 tab twice daily\nscript XS08860",
        "Form D1 returned: section 4 unsigned, 28 U.S.C. § 256 applies.",
        "see 21 CFR 820 for the device rules",
    ],
)
def test_units_and_statutes_after_a_number_are_no_street(text: str) -> None:
    assert _found(text, STREET_ADDRESS) == []


def test_mg_road_is_still_a_street() -> None:
    text = "homes for sale near 70 MG Road, Indiranagar, Bengaluru 560025"
    assert _found(text, STREET_ADDRESS) == ["70 MG Road, Indiranagar, Bengaluru 560025"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "now living at 1A, Meadowview Court, Lalbagh Fort Road, Panchavati, Mysuru 570 112,"
            " Karnataka. VIN 7V1CXZ5H6FBX682GG",
            "1A, Meadowview Court, Lalbagh Fort Road, Panchavati, Mysuru 570 112, Karnataka",
        ),
        (
            "cards to Amberleaf Heights, Flat B7, Mkungu Road, Kisumu 40174, Kisumu County",
            "Amberleaf Heights, Flat B7, Mkungu Road, Kisumu 40174, Kisumu County",
        ),
        (
            "I, the sponsor, of\nUnit 47, Skyline Vista 3\n141 Wild Olive Crescent\nBloemfontein"
            "\nFree State\n9341\nconfirm that I will pay",
            "Unit 47, Skyline Vista 3\n141 Wild Olive Crescent\nBloemfontein\nFree State\n9341",
        ),
    ],
)
def test_a_building_named_inside_an_address_is_taken_in(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


def test_a_building_alone_is_no_address() -> None:
    assert _found("the meeting is at Meadowview Court, Room 4, Tuesday", STREET_ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "im outside del ebais de curridabat, 300 metros al norte, portón café with the logbook",
            "del ebais de curridabat, 300 metros al norte, portón café",
        ),
        (
            "who owns del palí de san pedro 200 metros al sur y 50 al sur land registry",
            "del palí de san pedro 200 metros al sur y 50 al sur",
        ),
        (
            "Re: the patient\ndel Ebais de Curridabat, 100 metros al sur, portón café\n"
            "San Pedro de Montes de Oca, San José\n11586\nCosta Rica\n\nPlease see",
            "del Ebais de Curridabat, 100 metros al sur, portón café\n"
            "San Pedro de Montes de Oca, San José\n11586\nCosta Rica",
        ),
        (
            "entregar: de la Iglesia Católica 200 m sur y 50 m oeste, casa esquinera",
            "de la Iglesia Católica 200 m sur y 50 m oeste, casa esquinera",
        ),
        (
            "vivo del Banco Nacional, 300 sur, portón negro",
            "del Banco Nacional, 300 sur, portón negro",
        ),
    ],
)
def test_an_address_by_directions_opens_at_its_landmark(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


def test_a_range_of_numbers_names_no_landmark() -> None:
    assert "del 2 al 5 sur" not in _found("del 2 al 5 sur", STREET_ADDRESS)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("suman is hands down the top coach", "suman"),
        ("Priya was a brilliant dog-sitter, would book again", "Priya"),
        ("the flat is ok, Chelsea was the best landlord", "Chelsea"),
    ],
)
def test_a_listed_given_name_that_plays_a_persons_role(text: str, name: str) -> None:
    assert _found(text, PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia is a great host city",  # the role word is part of a compound
        "Rusty was a great dog",  # no role of a person
        "honestly Kasarani was a brilliant venue",
    ],
)
def test_a_role_phrase_that_names_no_person(text: str) -> None:
    assert _found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "cards can go to Nishi-Ogikubo 1-25-19, Creek Vista 366, Setagaya-ku, Tokyo"
            " 155-9483, Japan, service is at ten",
            "Nishi-Ogikubo 1-25-19, Creek Vista 366, Setagaya-ku, Tokyo 155-9483, Japan",
        ),
        (
            "stayed at #369, Ring Road Phase 2, Sector 35-B, Chennai - 600 705, Tamil Nadu for"
            " 9 nights",
            "#369, Ring Road Phase 2, Sector 35-B, Chennai - 600 705, Tamil Nadu",
        ),
        (
            "Address: del Palí de Moravia, 200 m norte, segunda casa a mano izquierda, Cartago,"
            " Cartago 30443, Costa Rica\nAvailable: 2026-09-06",
            "del Palí de Moravia, 200 m norte, segunda casa a mano izquierda, Cartago, Cartago"
            " 30443, Costa Rica",
        ),
    ],
)
def test_more_buildings_hashes_and_directions(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


def test_an_order_number_after_a_hash_is_no_street() -> None:
    assert _found("order #3691, Blue widget, shipped", STREET_ADDRESS) == []


def test_a_unit_after_a_street_is_no_house_number() -> None:
    text = "the front desk of the 4085 Turtlehead Blvd #57, Asheville, NC 28870 location"
    assert "Turtlehead Blvd #57, Asheville, NC 28870" not in _found(text, STREET_ADDRESS)


@pytest.mark.parametrize(
    "text",
    [
        "test number for the sms flow is 07700 900671, not a real one",
        "test number for the sms flow is +44 7700 900893, not a real one",
        "the test line is (202) 555-0140",  # NANP 555-0100 to 555-0199
        "ring 01632 960264 for the demo",
        "try 020 7946 0879 in the mock script",
        "the AU fixture is 0491 570 110",
        "[ci] run 8076154963 failed on 239bbb43ab2f",
        '{"schedule": "5 8 * * *", "job": "run 3088784574"}',
        "Subject: [Thanos] 2026031418 failed",  # a build stamped with its date
        "release codename=bookworm version=0.24.8+build.171 2025030616",
    ],
)
def test_fictional_numbers_and_build_ids_are_no_phones(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("call me on (202) 555-0240", "(202) 555-0240"),  # outside the fictional block
        ("call me on (202) 555-0140", "(202) 555-0140"),  # nothing says it is a test
        ("call 2025030616 now", "2025030616"),  # a phone cue: a DC number
        ("mobile 07700 901234", "07700 901234"),
    ],
)
def test_real_looking_numbers_stay_phones(text: str, phone: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "BEGIN:VEVENT\nSUMMARY:Postmortem INFRA-16180\nLOCATION:183 Fynbos Close, Bayswater,"
            " Pietermaritzburg, 3238\nEND:VEVENT",
            "183 Fynbos Close, Bayswater, Pietermaritzburg, 3238",
        ),
        (
            'id,name,address\n1,"Kaul, N",'
            '"Plaza del Lavadero 5, esc. 1, 3º\n44263 Teruel\n(Teruel)"',
            "Plaza del Lavadero 5, esc. 1, 3º\n44263 Teruel\n(Teruel)",
        ),
        (
            "Site access: the loading bay at 1-15-14-287 Kami-Ikebukuro, Shinjuku-ku, Tokyo"
            " 161-8748; on-site contact",
            "1-15-14-287 Kami-Ikebukuro, Shinjuku-ku, Tokyo 161-8748",
        ),
        (
            'geocoder.miss query="Erf 213, Kiepersol Avenue, Universitas" requested_by=x',
            "Erf 213, Kiepersol Avenue, Universitas",
        ),
        (
            "address (39B Enugu Close, off Oke-Ilewo, Jos, Plateau State) as unparseable",
            "39B Enugu Close, off Oke-Ilewo, Jos, Plateau State",
        ),
        (
            "am eulenhorst 79, app. 11 geocode returns null eu-central-1",
            "am eulenhorst 79, app. 11",
        ),
        (
            "qing geocoder keeps choking on 2684 rue des harfangs, wants a unit number? see #71321",
            "2684 rue des harfangs",
        ),
    ],
)
def test_addresses_in_machine_written_text(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "oak-lane-replica grafana",  # a service named in kebab case
        "Ruby nightly failed again, build 20261109.23, the log alone is 777K",
        "Aurora build 29486 is red",
        "commit aa94\nAuthor: Mergify[bot]\n\n    feat: add retry jitter to payout worker",
    ],
)
def test_words_of_software_are_no_names(text: str) -> None:
    assert _found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ask jean-luc about it", "jean-luc"),  # one hyphen: a name
        ("thanks Ruby, the build is green", "Ruby"),  # no software noun right after
    ],
)
def test_names_beside_software_words_stay(text: str, name: str) -> None:
    assert _found(text, PERSON) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Geocoding pipeline 4155454 dropped MEMON Irfan's address as unparseable",
            ["MEMON Irfan"],
        ),
        (
            "Chotu why does the seed fixture hold an ssn beside the test user?? revert pls",
            ["Chotu"],
        ),
        ("vinh was that you on the bastion from the office? fail2ban banned it", ["vinh"]),
        (
            "| id | last_name | first_name | ssn |\n|---|---|---|---|\n| 26494 | Yoo | Doyun | x |",
            ["Yoo", "Doyun"],
        ),
        (
            "mysql> SELECT id, last_name, first_name FROM employees WHERE id = 38277;\n"
            "+------+-----------+------------+\n| 26494 | Yoo | Doyun |\n"
            "+------+-----------+------------+\n1 row in set (0.06 sec)",
            ["Yoo", "Doyun"],
        ),
        (
            'id,display_name,mail\n29225,"Kaul, Nagarjuna",x\n7002,"Miah, Shahana",y',
            ["Kaul, Nagarjuna", "Miah, Shahana"],
        ),
    ],
)
def test_names_in_machine_written_text(text: str, names: list[str]) -> None:
    assert _found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "verbena how to spot fake 2026",  # a search's "how to" speaks to no one
        "Enum can be subclassed to add members",  # no question mark: a statement
        "Filename can be None, what then?",  # "can be" asks no one
        "the NASA Jordan's office",  # an acronym before a given name
        "| sku | name | qty |\n|---|---|---|\n| 12 | Harbor Mini | 3 |",  # goods
    ],
)
def test_no_names_in_these_tables_and_queries(text: str) -> None:
    assert _found(text, PERSON) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mergify says SRE-14587 sits with the platform rota", []),  # a bot
        ("Errbot says the deploy is done", []),
        ("Ingrid says the deploy is done", ["Ingrid"]),  # a listed given name
        ("Errbot said it twice", ["Errbot"]),  # "said" still makes a person
    ],
)
def test_says_after_an_unlisted_word_names_a_tool(text: str, names: list[str]) -> None:
    assert _found(text, PERSON) == names


@pytest.mark.parametrize(
    "text",
    [
        "Release notes v5.14.7\n- f6bb483d\n- fixed timeout on Thurgood Marshall Courthouse export",
        "★★★☆☆ Royal Victoria Infirmary A&E: 9 hours wait, staff kind though",
    ],
)
def test_an_institution_named_after_a_person_is_no_person(text: str) -> None:
    assert _found(text, PERSON) == []


def test_a_surname_that_names_buildings_stays_a_name() -> None:
    assert _found("I met Anna Church yesterday", PERSON) == ["Anna Church"]
