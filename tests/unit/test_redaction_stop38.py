"""Stop-38 rules (docs/redaction.md, "The stop-38 rules"): eight or nine bare digits after a
phone key or word, and numbers under a CSV phone column."""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.lookalikes import csv_column_parts, csv_id_column, csv_phone_column


def _found(text: str, kind: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in detect(text) if s.entity_type == kind)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ('courier.pickup contact="T V" phone="88207554" addr="x"', "88207554"),
        ("phone=88207554 status=ok", "88207554"),
        ("TEL: 904609059", "904609059"),
        ('{"mobile": "98207554"}', "98207554"),
        ("first_name,last_name,phone\nRaffaele,Giordano,9573 8192", "9573 8192"),
        ("order_id,phone\n123,88207554", "88207554"),
        ("name,mobilePhone\nAna,88207554", "88207554"),
    ],
)
def test_stop38_cued_bare_phones(text: str, phone: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "call 20240115 times",  # a date, even after "call"
        "order 88207554 shipped",  # no phone word
        "order_id,qty\n88207554,2",  # an identifier column
        "sku,phone\n88207554,none",  # under the sku column, not the phone one
        "1,23456789 items",
        "date=20240115 phone=none",
    ],
)
def test_stop38_no_bare_phone(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []


def test_stop38_csv_column_parts() -> None:
    text = "orderId,contact_phone\n12,88207554"
    assert csv_column_parts(text, text.index("12")) == {"order", "id"}
    assert csv_column_parts(text, text.index("882")) == {"contact", "phone"}
    assert csv_column_parts("no header here", 3) == set()
    assert csv_id_column(text, text.index("12"))
    assert not csv_id_column(text, text.index("882"))
    assert csv_phone_column(text, text.index("882"))
    assert not csv_phone_column(text, text.index("12"))


@pytest.mark.parametrize(
    ("text", "address", "person"),
    [
        (
            "stayed at 397 kinnikinnick dr #35, muncie, in 47305, the host bronislaw jablonski "
            "was lovely",
            "397 kinnikinnick dr #35, muncie, in 47305",
            ["bronislaw jablonski"],
        ),
        (
            "41 greasewood rd, unit 26, roanoke, va 24011, usa, the host genowefa jablonski was "
            "lovely but the walls are thin.",
            "41 greasewood rd, unit 26, roanoke, va 24011, usa",
            ["genowefa jablonski"],
        ),
        (  # a city that opens with "the" stays
            "ship to 12 laan van meerdervoort, 2517 ab, the hague",
            "12 laan van meerdervoort, 2517 ab, the hague",
            [],
        ),
    ],
)
def test_stop38_lower_case_address_ends_before_a_clause(
    text: str, address: str, person: list[str]
) -> None:
    assert _found(text, "STREET_ADDRESS") == [address]
    assert _found(text, "PERSON") == person


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Guest called from +1 469-815-8286,,744 about the box.", "+1 469-815-8286,,744"),
        ("text 503-642-2740,,,182 for early check-in", "503-642-2740,,,182"),
        ("call 503-642-2740, 182 people came", "503-642-2740"),  # one comma: no pause
    ],
)
def test_stop38_pause_extension(text: str, phone: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "box came via 1Z DFD 720 33 9354 1567.",
        "track 1Z ATJ 490 91 3472 8204",
        '{"tracking":"1Z XMN 037 45 0598 1503"}',
        # a quoted field's commas do not move the tracking column
        'order_id,customer,ship_to,tracking\nW1,Ana Reyes,"1 Elm St, Dayton, OH 45402",8865977604',
    ],
)
def test_stop38_tracking_numbers_are_no_phone_or_street(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []
    assert _found(text, "STREET_ADDRESS") in ([], ["1 Elm St, Dayton, OH 45402"])


def test_stop38_csv_column_of_a_quoted_row() -> None:
    text = 'name,ship_to,phone\nAna,"1 Elm St, Dayton",88207554'
    assert csv_column_parts(text, text.index("882")) == {"phone"}
    assert csv_phone_column(text, text.index("882"))


@pytest.mark.parametrize(
    ("text", "echo"),
    [
        (
            'From: "Maren Kowalczyk" <m.kowalczyk@example.org>\n\nhi, the mug came chipped. maren',
            "maren",
        ),
        (  # a run of the name's words, particle inside, before its words alone
            "> On 12/08/2026, Josefina das Neves Barreto wrote:\n> ok\n\nThanks josefina das neves,"
            " paid today.",
            "josefina das neves",
        ),
    ],
)
def test_stop38_lower_case_echo_of_a_found_name(text: str, echo: str) -> None:
    assert echo in _found(text, "PERSON")


def test_stop38_lower_case_echo_of_one_word_names_only_when_listed() -> None:
    # a listed given name found once is a name in lower case too; an unlisted one-word name
    # may be a found word of code ("Blas", "Meta"), whose lower-case places are words
    assert _found("Thanks Kwabena! kwabena fixed it.", "PERSON") == ["Kwabena", "kwabena"]
    assert _found("Thanks Zorvath! the zorvath module works now.", "PERSON") == ["Zorvath"]


def test_stop38_quoted_chat_in_json_is_read_alone() -> None:
    text = '{"order":"W-118","gift_message":"happy bday tolulope! love, Giuseppe","qty":1}'
    assert _found(text, "PERSON") == ["Giuseppe", "tolulope"]
    # a quoted value with capitals but no lower-case name stays as the text's rules read it
    assert _found('{"note":"left at the Front Desk by the courier"}', "PERSON") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hello,\n\nI moved, the new address is below.\n\nbrock", ["brock"]),
        (
            "Hi Kendall,\n\nYour order has shipped.\n\nThanks,\nWei | Customer Care",
            ["Kendall", "Wei"],
        ),
        ("Thanks,\nMarisol - Billing team", ["Marisol"]),
        ("Best,\nSales | Customer Care", []),  # a team signs off
        ("Hello,\n\nthe box is fine.\n\nthanks", []),  # a lower-case last word of no list
    ],
)
def test_stop38_sign_offs(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("W-9\nName: LATOYA WHITFIELD\nTaxpayer ID (SSN): 263-03-6554", ["LATOYA WHITFIELD"]),
        ("Name: PAYMENT DECLINED", []),  # no given name
        ("Name: BLUE WHALE", []),
    ],
)
def test_stop38_label_value_in_capitals(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('{"user":"alessandro","devices":["::1"]}', ["alessandro"]),
        ("user=sleepyotter status=ok", []),  # a handle
        ("can u ask ayodele to call me back?", ["ayodele"]),
        ("Bought the polo for mimi, the pug loves it", ["mimi"]),
        ("thanks for coming, see you", []),
    ],
)
def test_stop38_frames(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("anabels order is still stuck near the bay", ["anabel"]),
        ("reply to this email or call us", []),  # "this" is no "thi"'s
        ("the kids order pizza", []),
    ],
)
def test_stop38_possessive_without_apostrophe(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("why is my card blocked on the Applebee's app", []),
        ("returned it at the Ollie's Bargain Outlet counter, thanks Putri", ["Putri"]),
        ("Update: Kohl's refunded me. Thanks Liz.", ["Liz"]),
        ("Sam's Club membership renewed", []),
        ("Wendy's phone is off", ["Wendy"]),  # a person's things
    ],
)
def test_stop38_possessive_brands(text: str, names: list[str]) -> None:
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize(
    "text", ["text 88207554 when you land", "sms: 904609059", "my number is 88207554"]
)
def test_stop38_every_cue_of_bare_digits_passes_the_gate(text: str) -> None:
    # the redactor's phone gate must let through every text the phone rule would read
    assert len(_found(text, "PHONE_NUMBER")) == 1
