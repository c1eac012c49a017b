"""Stop 41: surnames in capitals before a given name, as payroll and forms write them (after an
account number, which is no house number; two surnames; a frequent given name that is no
English word); a neighbourhood after a street's number and a dash at the end of the text;
"max" before what it limits is no person. From set 38's tuning half (community platforms):
lists of passengers, names to call, surnames first after a label, names in capitals after
FROM, names before a handle, clergy and Doña as titles, teams and tribute nights as no
persons; Irish and East African addresses without a number, prices and Swedish floors after
an address; someone's number is a phone, a listing's is not; nine digits before a background
check are an SSN.
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


# Set 38's tuning half: community platforms.


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            '{"driver": "Gangadhar Deshpande", "passengers": ["Radhakrishnan", "Massimo"]}',
            ["Gangadhar Deshpande", "Radhakrishnan", "Massimo"],
        ),
        ("Call Florante: (802) 624.4253", ["Florante"]),
        ("Gym membership: Cantoni, Gianluca contests the renewal", ["Cantoni, Gianluca"]),
        ("DO NOT BUY FROM VIVIAN KERSHAW. Took £2051 off me", ["VIVIAN KERSHAW"]),
        ("Possible takeover: Lyosha (fuzzbucket) says the logins aren't him.", ["Lyosha"]),
        ("Pastor Haverfield coached my lad to a pass", ["Haverfield"]),
        ("Doña Cifuentes coached my lad to a pass", ["Cifuentes"]),
        ("Landlord L. A. Dunnington wanted my social", ["L. A. Dunnington"]),
    ],
)
def test_community_forms(text: str, names: list[str]) -> None:
    assert _found(text, PERSON) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Owner: Polina | Watchers: Rutendo, Rebekka", ["Polina", "Rutendo", "Rebekka"]),
        ("I went to Paris, Texas last year", []),
        ("Call Support: 0800 123 456", []),
        ("traffic on avenida doña clementina is a nightmare again", []),
        ('{"fixture": "GW25", "home": "Red Sox", "away": "Harlequins"}', []),
        ("21:47:28 match.result Dynamo Kyiv 3-1 Red Sox match 3018", []),
        ("Receipt: Pink Floyd tribute night", []),
        ("Mon 9-5 Maria Lopez", ["Maria Lopez"]),  # hours, no score
    ],
)
def test_no_community_form_here(text: str, names: list[str]) -> None:
    assert _found(text, PERSON) == names


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Billing address: Muringa Road, after the speed bump, Lavington, Nairobi 00603",
            "Muringa Road, after the speed bump, Lavington, Nairobi 00603",
        ),
        (
            "flowers can go to Bramble Cottage, Coolnacaheragh, Dingle, Co. Kerry, V92 D8E3, "
            "Ireland, service is at noon",
            "Bramble Cottage, Coolnacaheragh, Dingle, Co. Kerry, V92 D8E3, Ireland",
        ),
        ("room to rent 62a cordwainers row 564 €/Monat", "62a cordwainers row"),
        ("room to rent hagtornsgatan 35, 3 tr £89 bills on top", "hagtornsgatan 35, 3 tr"),
        (
            "to dakota hathaway blk 35 lot 14, timog avenue, quezon city, metro manila 1121 €654",
            "blk 35 lot 14, timog avenue, quezon city, metro manila 1121",
        ),
    ],
)
def test_streets_of_set_38(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "Bank rejected transfer to DE05 3280 4365 6522 0379 68, check digits wrong.",
        "RESULTS\nNorthside Nomads 4\u20133 Celtic\nSporting CP 159/9 Sunday Strikers",
    ],
)
def test_no_street_in_a_bad_iban_or_a_score(text: str) -> None:
    assert _found(text, STREET_ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("who has number 802.543.8331 re ad 4707984954", "802.543.8331"),
        ("carpool Fri: driver's number (850) 797-4322", "(850) 797-4322"),
        ("carpool Fri: driver\u2019s number (850) 797-4322", "(850) 797-4322"),
    ],
)
def test_someones_number_is_a_phone_and_a_listing_is_not(text: str, phone: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text", ["Listing 5861677276 removed", "msg.sent listing=8256564537 from_user=x"]
)
def test_a_listing_number_is_no_phone(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


def test_nine_digits_before_a_background_check_are_an_ssn() -> None:
    assert _found("446420592 background check Holloman, Dequan", "US_SSN") == ["446420592"]
    assert _found("order 446420592 background check", "US_SSN") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"evt": "server_join", "player": "Zhenya", "ip": "99.33.82.6"}', ["Zhenya"]),
        ('{"player": "VLC"}', []),
        ("DO NOT BUY FROM BABATUNDE NWACHUKWU. Took 2047 TL off me", ["BABATUNDE NWACHUKWU"]),
        ("DO NOT BUY FROM ACME CORP.", []),
        (
            "Watchers: Rodion Popov, Toby Hollingworth",
            ["Rodion Popov", "Toby Hollingworth"],
        ),  # (a list of full names, no surname first)
        ("> On Tue, Almuth Mosbacher wrote:", ["Almuth Mosbacher"]),
        (
            "Gym membership: Kovalchuk, Gennady Borisovich contests the renewal",
            ["Kovalchuk, Gennady Borisovich"],
        ),
    ],
)
def test_more_community_names(text: str, names: list[str]) -> None:
    assert _found(text, PERSON) == names


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Address: Swallows Rest, Knockaderry, Macroom, Co. Cork, P12 S6V9\nAvailable: May",
            "Swallows Rest, Knockaderry, Macroom, Co. Cork, P12 S6V9",
        ),
        (
            "from:\nFlat 1185, Palm View Heights, Nungambakkam High Road, Alwarpet\n"
            "Chennai - 600 859\nTamil Nadu\nCall Isagani: +1 (734) 451 7195",
            "Flat 1185, Palm View Heights, Nungambakkam High Road, Alwarpet\n"
            "Chennai - 600 859\nTamil Nadu",
        ),
        (
            "at Flat 571, Creek Vista, Ring Road Phase 2, Mylapore, Chandigarh - 160 864, "
            "Chandigarh, India for 8 nights",
            "Flat 571, Creek Vista, Ring Road Phase 2, Mylapore, Chandigarh - 160 864, "
            "Chandigarh, India",
        ),
        (
            "from:\nVilla 28, Umm Suqeim Road, Al Reem Island\nDubai\nUAE\nCall Lakshmikant: x",
            "Villa 28, Umm Suqeim Road, Al Reem Island\nDubai\nUAE",
        ),
        (
            "Address:\nCalle del Olivo Viejo, s/n\n37292 Salamanca\n(Salamanca)\nTel: none",
            "Calle del Olivo Viejo, s/n\n37292 Salamanca\n(Salamanca)",
        ),
        (
            "Billing address: Rua das Pitangueiras Altas, s/n - Tirol, Natal - RN, 59083-753",
            "Rua das Pitangueiras Altas, s/n - Tirol, Natal - RN, 59083-753",
        ),
    ],
)
def test_more_streets_of_set_38(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


def test_a_serial_number_sign_is_no_street() -> None:
    assert _found("serial S/N 12345 on the via box", STREET_ADDRESS) == []


def test_capitals_after_from_only_inside_mixed_case_text() -> None:
    assert _found("RETURNS A CONTEXT FROM UNBOUNDED PRECISION.", PERSON) == []


# Set 39's tuning half: regulated paperwork.


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "IN THE COUNTY COURT AT TÜBINGEN\nMAREŠOVÁ v HEYDARI\nClaimant's address",
            ["MAREŠOVÁ", "HEYDARI"],
        ),
        (
            '{"witnesses": ["Lefebvre, Victorin", "Fotiou, Kyriakos", "Chalky"], "incident": "x"}',
            ["Lefebvre, Victorin", "Fotiou, Kyriakos", "Chalky"],
        ),
        ("POUDEL Bimal LT66 1830 0533 3174 7163 refund CLM-2026-16373", ["POUDEL Bimal"]),
    ],
)
def test_names_of_regulated_paperwork(text: str, names: list[str]) -> None:
    assert _found(text, PERSON) == names


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Claimant's address for service:\nc/o Rose Bank Cottage\nAm Flachsacker 26a\n"
            "72003 TÜBINGEN\nDeutschland",
            "c/o Rose Bank Cottage\nAm Flachsacker 26a\n72003 TÜBINGEN\nDeutschland",
        ),
        (
            "The GP surgery on c/o Nutwood, Am Holunderbusch 63c is chaos",
            "c/o Nutwood, Am Holunderbusch 63c",
        ),
        (
            "Re: patient\nKocatepe Mah.\nBegonvil Cad. No:20 Kat:7 Daire:9\n35001 Bornova/İZMIR\n"
            "TURKEY\n\nPlease see",
            "Kocatepe Mah.\nBegonvil Cad. No:20 Kat:7 Daire:9\n35001 Bornova/İZMIR\nTURKEY",
        ),
        (
            "who owns via dei carbonai, 29 land registry PIN 20-77-761-101-3181",
            "via dei carbonai, 29",
        ),
        (
            "of\nTravessa dos Umbuzeiros, 1236 - fundos\nValparaíso\nUberlândia/MG\nCEP 38439-661\n"
            "BRAZIL\nconfirm that",
            "Travessa dos Umbuzeiros, 1236 - fundos\nValparaíso\nUberlândia/MG\nCEP 38439-661\n"
            "BRAZIL",
        ),
        ("4/5 Smith Street, Sydney NSW 2000", "4/5 Smith Street, Sydney NSW 2000"),
    ],
)
def test_streets_of_regulated_paperwork(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "5/5 Dr Dozier at Royal Victoria Infirmary actually listened.",
        "Keeper change: Mahamed G. says vehicle RZ 57 UT 9246 went to Mumbua Ouma",
    ],
)
def test_a_rating_or_a_plate_is_no_street(text: str) -> None:
    assert _found(text, STREET_ADDRESS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Account UTR 88932 49986: Buthaina Zoghbi reports",
        '{"licence": "DL 950 141 296"}',
        'treasury.payout payee="X" scheme=17-6964-5311',
        '{"mrn": "CHI 4663124978"}',
    ],
)
def test_official_references_are_no_phones(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


def test_an_ssn_later_in_the_same_clause() -> None:
    text = "Anfisa, the lawyer wants ur SSN again for the affidavit thing, still 311486069?"
    assert _found(text, "US_SSN") == ["311486069"]
    assert _found("SSN on file. Order ref for the parcel is 311486069", "US_SSN") == []


def test_an_indian_state_is_no_person() -> None:
    text = (
        "summons for Daithí Quinlivan at RS Puram, Coimbatore 641 376, Tamil Nadu, India came back"
    )
    assert _found(text, PERSON) == ["Daithí Quinlivan"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "cards → 17607 N Deerberry Blvd, Unit D, Lynchburg, VA 24585, inquest 12/7/25",
            "17607 N Deerberry Blvd, Unit D, Lynchburg, VA 24585",
        ),
        (
            "→ Erf 6277, Protea Crescent, Stellenbosch, Western Cape, 7609, inquest 13 Sep 2026",
            "Erf 6277, Protea Crescent, Stellenbosch, Western Cape, 7609",
        ),
    ],
)
def test_a_dated_word_after_an_address_is_no_part_of_it(text: str, street: str) -> None:
    assert _found(text, STREET_ADDRESS) == [street]


def test_barrier_limit_is_the_next_barrier_start_or_the_default() -> None:
    from processors.redaction.spans import PiiSpan, barrier_limit

    barriers = [PiiSpan(2, 5, "PHONE_NUMBER"), PiiSpan(10, 12, "EMAIL_ADDRESS")]
    assert barrier_limit(barriers, 0, 20) == 2
    assert barrier_limit(barriers, 3, 20) == 10
    assert barrier_limit(barriers, 11, 20) == 20


def test_a_redacted_review_keeps_its_rating_and_title() -> None:
    from processors.redaction import redact

    text = "5/5 Dr Dozier at Royal Victoria Infirmary actually listened."
    assert redact(text).text == "5/5 Dr <PERSON> at Royal Victoria Infirmary actually listened."
