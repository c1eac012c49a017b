"""Behaviour of the struct12 phone rules (:mod:`processors.redaction.structured12_phones`)."""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.structured12_phones import called_number, exit_dialled, not_a_phone


def _phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "number",
    [
        "00 44 20 7946 0958",
        "011 49 30 21743058",
        "00 1 435 654 8780",
        "00 33 1 60 35 55 02",
        "011 81 3 2777 5728",
        "00 91 98361 30530",
        "00-39-06-6774-1916",
    ],
)
def test_exit_code_then_country_code_is_a_phone(number: str) -> None:
    assert exit_dialled(number)
    assert _phones(f"please call me on {number} tomorrow") == [number]
    assert _phones(f"Contact\nMobile: {number}\nThanks") == [number]


@pytest.mark.parametrize(
    "number",
    [
        "00 2092 7562",  # no country-code group: a waybill
        "011 2613 1349",  # Delhi's area code, not the NANP exit code
        "00 12 34 56 78 90",  # 12 is no country code
        "00 1 435 654 878",  # nine digits after +1
        "00 44 20 79",  # too short
        "0044 20 7946 0958",  # joined exit codes are the older shape rule's
    ],
)
def test_exit_dialled_needs_a_country_code_and_a_national_number(number: str) -> None:
    assert not exit_dialled(number)


def test_extension_after_an_exit_dialled_number_is_kept() -> None:
    text = "hey can u call me back on 00 33 1 60 35 55 02 x4452 when ur free"
    assert _phones(text) == ["00 33 1 60 35 55 02 x4452"]


@pytest.mark.parametrize(
    "text",
    [
        "unknown number 021 141 8476 keeps calling",
        "Unknown number 083-305-1572 keeps calling",
        "the number 03-7416-9883 called me twice",
        "missed number: 094976 16539",
        "WITHHELD NUMBER 63912 43631",
        "got a text\nfrom an unrecognised number 71 93854-5996",
    ],
)
def test_number_that_calls_is_a_phone(text: str) -> None:
    (phone,) = _phones(text)
    start = text.index(phone)
    assert called_number(text, start, start + len(phone))


@pytest.mark.parametrize(
    "text",
    [
        "number 021 141 8476 on the form",
        "order number 021 141 8476 was called off",
        "case number 083-305-1572",
        "the lucky number 2112 3456 won",
    ],
)
def test_number_as_identifier_stays_one(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "1735787480 INFO forwarded call to 020 8264 1029 via trunk 42",
        "1718390243 WARN sms to +1-583-322-2937 failed",
        "[1718390243] ERROR callback queue full",
        "1782259119402 DEBUG phone lookup",
    ],
)
def test_epoch_opening_a_log_line_is_no_phone(text: str) -> None:
    stamp = text.lstrip("[").split(" ")[0].rstrip("]")
    assert stamp not in _phones(text)
    start = text.index(stamp)
    assert not_a_phone(text, start, start + len(stamp))


def test_epoch_without_log_level_after_a_phone_cue_is_still_a_phone() -> None:
    assert _phones("call me on 1718390243 please") == ["1718390243"]


@pytest.mark.parametrize(
    "text",
    [
        "Order 8421725033 split in two parcels, waybills 7803 8613 7466 and 3220220420.",
        "waybills JD758273546705590581 and 022-35703689",
        "tracking numbers 1Z6055B21112767289, 00 2092 7562",
        "orders SO228668654 / 9862945131 are late",
        "Return request\nOrder ORD-2025-597007\nLabel 0199 8151 4332",
        "print the return label 670-47263848 please",
    ],
)
def test_listed_identifiers_and_labels_are_no_phones(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("call 0412 345 678 or 0498 765 432", ["0412 345 678", "0498 765 432"]),
        ("order 12345 shipped; phone 020 8264 1029", ["020 8264 1029"]),
        ("my number is 020 8264 1029, and 07700 900123", ["020 8264 1029", "07700 900123"]),
        ("label: +44 20 7946 0958", ["+44 20 7946 0958"]),
        ("Tel label\nphone 020 8264 1029", ["020 8264 1029"]),
    ],
)
def test_phones_near_those_cues_are_kept(text: str, phones: list[str]) -> None:
    assert _phones(text) == phones


@pytest.mark.parametrize(
    "text",
    [
        "meter reading 0412 345 678 kWh",
        "population 12 345 678 people",
        "budget: 041 234 5678 EUR",
        "employee 041-234-5678 badge printed",
        "Chassis: 1234 5678 901",
        "MPAN 12 3456 7890 123",
        "Meter no. 0123 4567 890\nread on 2024-03-05",
    ],
)
def test_quantities_and_record_numbers_are_no_phones(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("call the employee on 041-234-5678", ["041-234-5678"]),
        ("0412 345 678 mobile", ["0412 345 678"]),
        ("ring 0412 345 678 m.", ["0412 345 678"]),
        ("T 0412 345 678\nM 0498 765 432", ["0412 345 678", "0498 765 432"]),
    ],
)
def test_phones_next_to_units_or_record_nouns_are_kept(text: str, phones: list[str]) -> None:
    assert _phones(text) == phones


def _ips(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "IP_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "ips"),
    [
        ("netmask 255.255.255.0", []),
        ("inet 10.0.0.5 netmask 255.255.240.0 broadcast 10.0.15.255", ["10.0.0.5", "10.0.15.255"]),
        ("MASK 255.0.0.0\nGW 10.0.0.1", ["10.0.0.1"]),
        ("limited broadcast 255.255.255.255", []),
        ("odd host 255.255.1.0", ["255.255.1.0"]),  # not contiguous: no mask
        ("host 255.1.2.3", ["255.1.2.3"]),
        ("255.255.254.0/23 covers it", []),
    ],
)
def test_subnet_masks_are_no_addresses(text: str, ips: list[str]) -> None:
    assert _ips(text) == ips


def test_is_netmask_follows_the_mask_layout() -> None:
    from processors.redaction.structured12_ips import is_netmask

    assert is_netmask("255.255.255.128")
    assert is_netmask("255.192.0.0")
    assert not is_netmask("255.192.0.1")
    assert not is_netmask("255.0.255.0")
    assert not is_netmask("10.255.255.0")


def _cards(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "CREDIT_CARD"]


@pytest.mark.parametrize(
    "card",
    [
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "3790 842549 36153",
        "3059 649411 1389",
        "4804 7986 1538 2",
        "4364-6004-9566-3349-795",
        "4111111111111111",
    ],
)
def test_printed_card_layouts_are_cards(card: str) -> None:
    assert _cards(f"card number {card} please refund") == [card]
    assert _cards(f"Payment\nCard: {card}\nExp: 04/27") == [card]


@pytest.mark.parametrize(
    "text",
    [
        "saw 601-3879150-9415454 today",  # an order id (3-7-7) that passes Luhn by chance
        "saw 41111 11111 11111 1 today",
        "saw 411-1111-1111-1111 today",
    ],
)
def test_other_groupings_are_no_cards(text: str) -> None:
    assert _cards(text) == []


def test_card_layout_ok() -> None:
    from processors.redaction.structured12_cards import card_layout_ok

    assert card_layout_ok(["4111", "1111", "1111", "1111"])
    assert card_layout_ok(["3790", "842549", "36153"])
    assert not card_layout_ok(["601", "3879150", "9415454"])
    assert not card_layout_ok(["4111", "11111", "1111", "111"])


@pytest.mark.parametrize(
    "number",
    [
        "020\u20117946\u20110958",  # non-breaking hyphens
        "415\u2012555\u20122671",  # figure dashes
        "+44\u202f20\u202f7946\u202f0958",  # narrow no-break spaces
        "+1\u2009415\u2009555\u20092671",  # thin spaces
        "06\u202f12\u202f34\u202f56\u202f78",
    ],
)
def test_typographic_joiners_join_phone_groups(number: str) -> None:
    assert _phones(f"call me at {number} pls") == [number]
    assert _phones(f"Tel.\n{number}") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "100\u202f000\u202f000 \u20ac",
        "100\u202f000\u202f000\u202f\u20ac",
        "budget 1\u202f234\u202f567\u202f890",
        "pop. 12\u00a0345\u00a0678 people",
        "on 2024\u201103\u201105",
    ],
)
def test_typographic_thousands_and_dates_are_no_phones(text: str) -> None:
    assert _phones(text) == []


def test_typographic_thousands_after_a_phone_cue_is_a_phone() -> None:
    assert _phones("tel 612\u202f345\u202f678") == ["612\u202f345\u202f678"]


@pytest.mark.parametrize(
    "text",
    [
        "Please call about invoice 592-502-2548 today",
        "sms sent for tracking 0412 345 678",
        "phone support: ticket 415-555-2671",
        "callback for waybill 0412 345 678",
        "PHONE ORDER NO. 0412 345 678",
        "Call log\nre booking #415-555-2671",
    ],
)
def test_document_noun_right_before_wins_over_a_phone_word(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("phone number 415-555-2671", ["415-555-2671"]),
        ("call order line 415-555-2671", ["415-555-2671"]),
        ("call me re: order 12345 at 415-555-2671", ["415-555-2671"]),
        ("call customer 0412 345 678", ["0412 345 678"]),
        ("Please call about invoice +1 592-502-2548", ["+1 592-502-2548"]),
    ],
)
def test_phones_after_other_words_are_kept(text: str, phones: list[str]) -> None:
    assert _phones(text) == phones


@pytest.mark.parametrize(
    "text",
    [
        "kernel: 5.15.0.91",
        '"kernel_version": "5.15.0.91"',
        "driver=31.0.15.3",
        "rev 1.0.0.4",
        "Python 3.11.4.1",
        "patch level 2.3.4.5",
        "SW_VER=1.2.3.4",
        "Host report\npkg 1.2.3.4 pinned",
    ],
)
def test_quads_after_software_words_are_versions(text: str) -> None:
    assert _ips(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "SNMP agent 10.0.0.5",
        "node 10.0.0.5 down",
        "from 10.0.0.5 kernel: panic",
        "dev.python 10.0.0.1",
        "ssh 10.0.0.1",
    ],
)
def test_quads_after_host_words_stay_addresses(text: str) -> None:
    assert len(_ips(text)) == 1
