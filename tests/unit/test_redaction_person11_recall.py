"""Behaviour of the set-11 person-recall rules (``processors.redaction.person11_recall``)."""

from __future__ import annotations

import itertools

import pytest

from processors.redaction import detect, redact
from processors.redaction.names import find_names, may_contain_names
from processors.redaction.person11_recall import may_recall11


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Rev. Shim,\n\nyour card has been replaced.", ["Shim"]),
        ("Caller identified as Dr van der Meulen, verified.", ["van der Meulen"]),
        ("Caller identified as Mx. O'Mahony, verified.", ["O'Mahony"]),
        ("Dr. van 't Hof asked for the results.", ["van 't Hof"]),
        ("Coach Pawar's Saturday sessions are brilliant.", ["Pawar"]),
        ("coach van Wyk moved practice to 9:30 fyi", ["van Wyk"]),
        ("Mrs Du called about the damaged sofa.", ["Du"]),
        ("Attn: Ms Berhe\nRua das Goiabeiras, 2266\nNatal - RN, 59253-539", ["Berhe"]),
    ],
)
def test_a_title_or_role_before_a_surname_is_left_out(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dr Pepper customer service hours",
        "Dr. Martens outlet near me",
        'campaign="Dr. Martens" clicks=225',
        "lol Captain Morgan had a sale, got 351 things",
        "Reading list:\n1. Mrs. Robinson\n2. Billie Jean",
        "Reading Mrs. Robinson again for book club.",
        "Coach Class seats are cheaper.",
    ],
)
def test_brands_and_works_after_a_title_are_no_person(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('author="Bagheri, Sediqa" year="2026"', ["Bagheri, Sediqa"]),
        ("review approved by Sanz, Uxue change=A824CB17", ["Sanz, Uxue"]),
        (
            "Seating plan\n- Ghizlane Saidi\n- Benaissa, Faiza",
            ["Ghizlane Saidi", "Benaissa, Faiza"],
        ),
        ('ERROR vcard parse failed for "Okada, Nanami"', ["Okada, Nanami"]),
        ("Seating plan\n- van Rensburg, Navjot", ["van Rensburg, Navjot"]),
    ],
)
def test_surname_comma_given_in_a_slot(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Watchers: Riku Mori, Shadi Amini",  # two names in a list, not one inverted
        "We flew Coimbra, Portugal and back.",
        "Hi Anna, Maria here.",
    ],
)
def test_no_inverted_name_across_list_items_or_places(text: str) -> None:
    assert not any("," in name for name in _persons(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reporter: OMBATI Namubiru. Severity: 2.", ["OMBATI Namubiru"]),
        ("Passenger name as on passport: SHENOY Vijay; booking 020339821843.", ["SHENOY Vijay"]),
        (
            "SHIP TO / DESTINATAIRE:\nPARTH EL-GAMAL\nVIA DEL TUFO 72\n75180 MATERA",
            ["PARTH EL-GAMAL"],
        ),
        ("AVOID. GIACOMO FERRARA HUNG UP ON ME TWICE.", ["GIACOMO FERRARA"]),
    ],
)
def test_names_in_capitals(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


def test_a_capitals_line_that_is_a_place_is_no_name() -> None:
    text = "SHIP TO:\nJOHN DOE\n1 MAIN ST\nSOUTH KOREA"
    assert "SOUTH KOREA" not in _persons(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tip: message Torsten on 01632 441410 for late check-in.", ["Torsten"]),
        ("text kalonji on +55 (11) 93835-4526, he's got the tickets", ["kalonji"]),
        ("text hsin-yi on 0033 6 92 86 51 92, thanks", ["hsin-yi"]),
    ],
)
def test_a_name_between_a_contact_verb_and_a_number(text: str, expected: list[str]) -> None:
    assert [n for n in _persons(text) if n in expected] == expected


@pytest.mark.parametrize(
    "text",
    ["call reception on 0800 123 456", "text STOP on 12345 to opt out", "ring us at 0800 111 222"],
)
def test_no_contact_name_for_english_words(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ordered for Ebiere & Otgonbayar, both sizes fit.", ["Ebiere", "Otgonbayar"]),
        ("Ordered for Ehizogie & Kevin Alexis, both sizes fit.", ["Ehizogie", "Kevin Alexis"]),
        ("Shoutout to Balqis and Refilwe in the returns department.", ["Balqis", "Refilwe"]),
        ("Shout out to Chaltu in the bakery section!", ["Chaltu"]),
        ("Sequoyah and Soukaina made our wedding day perfect!", ["Sequoyah", "Soukaina"]),
    ],
)
def test_names_joined_or_thanked(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Order #5662583\nCarrier: Procter & Gamble\nWaybill: JD268795263513",
        "Belle and Sebastian tour 1999",
        "tickets for Marks & Spencer vouchers",
    ],
)
def test_no_pair_for_firms_or_without_a_cue(text: str) -> None:
    assert not may_recall11(text)  # (the older rules read "Belle and Sebastian" as two names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("joylyn hamzah obituary funeral notice Coimbra", ["joylyn hamzah"]),
        ("who tf invited mizanur khandaker to the bbq lmao", ["mizanur khandaker"]),
        ("who is asif iqbal boodram the potter", ["asif iqbal boodram"]),
        ("thanks to passang for the lift home!!", ["passang"]),
        ("told seonag to bring the speaker, no answer yet", ["seonag"]),
        ("coach lehtonen contact", ["lehtonen"]),
    ],
)
def test_lower_case_names(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "thanks to everyone for the help",
        "who is the manager today",
        "told him to bring the speaker",
        "coach tickets to London",
        "iban checker AT30 4886 3909 1049 6758 bank name",
    ],
)
def test_no_lower_case_name_in_plain_english(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dear Rev. Shim,\n\nyour card 4967 5481 8985 7 has been replaced.",
        "review approved by Sanz, Uxue change=A824CB17",
        "SHIP TO / DESTINATAIRE:\nPARTH EL-GAMAL\nVIA DEL TUFO 72",
        "who tf invited mizanur khandaker to the bbq lmao",
        "Ordered for Ebiere & Otgonbayar, both sizes fit.",
    ],
)
def test_redact_is_idempotent_and_the_prefilter_exact(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once
    if find_names(text):
        assert may_contain_names(text)


def test_spans_are_sorted_and_disjoint() -> None:
    text = 'author="Bagheri, Sediqa" and Coach Pawar\'s class, message Torsten on 01632 441410'
    spans = detect(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
