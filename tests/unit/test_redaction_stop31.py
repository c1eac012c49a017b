"""Stop-31 rules (docs/redaction.md, "Set 26 even and the stop-31 rules"): two names opening a
sentence before a verb of people, minutes' list lines, a name asked about before "ever", names
after "esp.", a name after a greeting of Romance chat; streets, dishes, occasions, goods, bands
and firms that look like names; a German "Durchwahl" extension, a 13-digit Visa printed
4-3-3-3 under a "pan" key."""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.names import may_contain_names


def _found(text: str, kind: str = "PERSON") -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ottavine & brisefort are moving to leeds next month!!", ["ottavine", "brisefort"]),
        ("Quillane and Dervorra have booked the hall for June.", ["Quillane", "Dervorra"]),
        (
            "Attendees: Yselde Marwenna, Colbrant\nApologies: Perrinel\nNotes: budget agreed",
            ["Yselde Marwenna", "Colbrant", "Perrinel"],
        ),
        (
            "Minutes\nIn attendance: Quorvan Delisse, Brevikka\nNotes: ok",
            ["Quorvan Delisse", "Brevikka"],
        ),
        ("did thessaly-ann ever reply?? i sent two mails", ["thessaly-ann"]),
        ("Has Wendric even called back about the quote?", ["Wendric"]),
        ("Lovely shop, esp. Marisolde and Ebranke at the till.", ["Marisolde", "Ebranke"]),
        ("Great service, especially Tavrosh.", ["Tavrosh"]),
        ("oye quirinea, me pasas tu número? mañana te llamo", ["quirinea"]),
        (
            'card.check pan="4022-000-000-133" holder="Grace Oyelowo-Tamsin"',
            ["Grace Oyelowo-Tamsin"],
        ),
    ],
)
def test_a_person_in_a_frame_only_people_fill_is_found(text: str, names: list[str]) -> None:
    assert sorted(_found(text)) == sorted(names)
    assert may_contain_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "for free. NumPy and SciPy are easy to use",  # inner capitals: no name words
        "Sales and Marketing are on floor two",
        "Attendees: none\nApologies: all staff",
        "did anyone ever reply to the ticket?",
        "Great value, esp. Tuesday mornings.",
        "hola team, the build is green",
        "Store hours (Via dei Gelsomini Bianchi)\nMon-Fri 9-6",
        '{"store": "Rue des Hérons Cendrés", "opens": "09:00"}',
        'menu.item name="Salmon Ashworthy" price=€12.50',
        '{"dish": "Trout Lady Evandra", "allergens": []}',
        "Closed on King Aldemar's Birthday and on Weavers' Day",
        "SKU,name,qty\nSKU-1142-RED-M,Copper Wren,3\nHX-22010,Lantern Mini,1",
        "Gig list\nRusted Heron, Friday\nVelvet Orchard, Saturday",
        "Bramwick Joinery called about the quote, second visit next week",
        "our wedding venue San Ermenegildo is booked",
        "oye, tu número? el mío es nuevo",
    ],
)
def test_a_street_dish_occasion_goods_band_or_firm_is_no_person(text: str) -> None:
    assert _found(text) == [], text


def test_a_person_column_beside_goods_keeps_its_names() -> None:
    text = "sku,customer_name,qty\nSKU-1,Odalric Venhaugen,2"
    assert _found(text) == ["Odalric Venhaugen"]


def test_a_contraction_cuts_no_name() -> None:
    assert _found("pls tell me Harrowgate's lemma isn't on the exam") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("site contact 0171 1126387 Durchwahl 54, ask for the office", "0171 1126387 Durchwahl 54"),
        ("Refused until I rang 040/202809 twice.", "040/202809"),
    ],
)
def test_german_extensions_and_slashed_numbers_are_phones(text: str, phone: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [phone]


def test_a_thirteen_digit_visa_under_a_pan_key_is_a_card() -> None:
    text = 'fraud.flag pan="4021-874-886-551" ip=203.0.113.9'
    assert _found(text, "CREDIT_CARD") == ["4021-874-886-551"]
    assert _found(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    "text",
    [
        "shipment_id=+41 552 901 377 status=delivered",
        "Ref +93 118 406 552 - left with neighbour",
        "ticket +57 330 912 804 closed",
        "visitors: 418 205 337 this quarter",
        "EIN 318-204-577 on the invoice",
        "EAN 4006381333931",
        "ABA 021000021",
        "link/ether c4:9e:1f:0a:22:7b brd ff:ff:ff:ff:ff:ff",
    ],
)
def test_a_labelled_identifier_or_count_is_no_phone_or_person(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []
    assert _found(text) == []


def test_a_plus_number_after_a_phone_label_stays_a_phone() -> None:
    assert _found("support line: +44 20 7946 0958", "PHONE_NUMBER") == ["+44 20 7946 0958"]
    # a login may be a phone number: a bare id key keeps it
    assert _found("user_id=+44 20 7946 0958 login ok", "PHONE_NUMBER") == ["+44 20 7946 0958"]
    assert _found("case number +44 20 7946 0958", "PHONE_NUMBER") == ["+44 20 7946 0958"]


@pytest.mark.parametrize(
    ("text", "ssn"),
    [("S.S.N. 873805129 on file", "873805129"), ("my social is 830329744", "830329744")],
)
def test_dotted_and_spoken_ssn_cues_mark_nine_digits(text: str, ssn: str) -> None:
    assert _found(text, "US_SSN") == [ssn]


def test_a_social_event_is_no_ssn_cue() -> None:
    assert _found("the social is at 7, we expect 123456789 visitors", "US_SSN") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "return to (Corpo Hinode 307, 2-8-14 Shimoochiai, Kofu, Yamanashi 400-0032) asap",
            "Corpo Hinode 307, 2-8-14 Shimoochiai, Kofu, Yamanashi 400-0032",
        ),
        (
            "maison sakuragi 12, 4-1-9 higashiyama, morioka, iwate 020-0861 movers",
            "maison sakuragi 12, 4-1-9 higashiyama, morioka, iwate 020-0861",
        ),
    ],
)
def test_a_building_before_a_japanese_block_number_joins_the_address(
    text: str, address: str
) -> None:
    assert _found(text, "STREET_ADDRESS") == [address]


def test_a_capitals_name_with_a_middle_initial_is_found_in_mixed_case_text() -> None:
    text = "Parcel held. Recipient OSWALDINE R. KERVASSY must collect it."
    assert _found(text) == ["OSWALDINE R. KERVASSY"]
    assert _found("see SECTION A. RULES before filing") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dr van der merwezicht dentist reviews", "van der merwezicht"),
        ("Dott.ssa di Castelvarro wrote again about the refund", "di Castelvarro"),
        ("Mr de la Fuentevilla is waiting at reception", "de la Fuentevilla"),
    ],
)
def test_a_particle_surname_after_a_title_is_found_without_the_title(text: str, name: str) -> None:
    assert _found(text) == [name]


def test_a_latin_phrase_after_dr_is_no_surname() -> None:
    assert _found("the dr de facto rule applies") == []


def test_a_surname_between_dr_and_a_doctors_kind_is_found_even_when_english() -> None:
    assert _found("dr fields dermatologist opening hours") == ["fields"]
    assert _found("dr pepper reviews") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sendung 09710 224225 wurde zugestellt",
        "Colis n° 07126 405747 en cours",
        "pkg +86 640 477 465 arrived at sort facility",
        "[shipping] tracking_no=+31 417 601 969 eta=2d",
        "txn (126) 368 4131 settled",
    ],
)
def test_parcel_numbers_in_other_languages_and_bracketed_ids_are_no_pii(text: str) -> None:
    assert detect(text) == ()


def test_a_phone_after_a_number_sign_stays_a_phone() -> None:
    assert _found("Tél. n° 01 42 68 53 00", "PHONE_NUMBER") == ["01 42 68 53 00"]
    assert _found("call (415) 555 2671 now", "PHONE_NUMBER") == ["(415) 555 2671"]
