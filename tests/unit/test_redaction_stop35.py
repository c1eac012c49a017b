"""Stop-35 rules (docs/redaction.md, "The stop-35 rules"): lower-case names before the cue of an
identity number, a person key's value of several words up to the next key, a name called by a
Vietnamese word of kin before "ơi" (the kin word kept out), service roles before "Surname,
Given", chat spellings and Vietnamese particles that are no names; the capitals branch's cued
spans pass the look-alike filters; one hyphened-team check."""

from __future__ import annotations

import pytest

from processors.redaction import detect
from processors.redaction.names import find_names, may_contain_names
from processors.redaction.person33_lower import english_shaped
from processors.redaction.person35_teams import hyphened_team


def _found(text: str, kind: str = "PERSON") -> list[str]:
    return sorted(text[s.start : s.end] for s in detect(text) if s.entity_type == kind)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("wrong thread sorry — quelvoro ambriseta, ss no. 212382860, for the form", None),
        ("ondravel tessquine, SSN 687-61-3335", ["ondravel tessquine"]),
        ("Applicant: marvoleth quintabe, dob 04/11/1988", ["marvoleth quintabe"]),
        ("audit: actor=torvelia damasquin action=export target=c.csv", ["torvelia damasquin"]),
        ("evt=transfer owner=quorvani ostrabel ok=1", ["quorvani ostrabel"]),
        ("Anh quelvin ơi, số em là 0912 345 678 nhé", ["quelvin"]),
        ("chị ambrosetta valquire ơi, call me back", ["ambrosetta valquire"]),
        ("Tutor Quenvirell, Ostavio: patient, clear, punctual.", ["Quenvirell, Ostavio"]),
        ("Coach Damvarek, Ilsora: tough but fair.", ["Damvarek, Ilsora"]),
        # (set 32 even: greetings of other languages, shouted names, joined names)
        ("Cześć quorvelin, mój nowy adres to ...", ["quorvelin"]),
        ("Dzięki tharvolin! numer do hydraulika: 555 0101", ["tharvolin"]),
        ("Sawasdee khun ostravina, parcel goes out today", ["ostravina"]),
        ("Annyeong velmoria! new number soon", ["velmoria"]),
        ("QUELVORA where is my charger 😤", ["QUELVORA"]),
        ("reminder: tavorin quesmarin and ulvera dostrane owe rent", None),
        ("Kiosk offline since 4:43; Vorquelle is on site.", ["Vorquelle"]),
        ("They charged me twice and Ostravin just shrugged.", ["Ostravin"]),
        ('notify sms sent to=+82 51 631 3636 user="Quelvarin"', ["Quelvarin"]),
        ("kernel: dropped 10.7.183.107 (rule owner ostrevil)", ["ostrevil"]),
        ("Coach Vorquelin G.: patient and fun.", ["Vorquelin G."]),
    ],
)
def test_stop35_names_found(text: str, names: list[str] | None) -> None:
    found = _found(text)
    if names is None:
        assert found  # (a name is found; its exact bounds are the older rules')
    else:
        assert found == sorted(names)
    assert may_contain_names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Spoke to Talbot yesterday, he agreed", ["Talbot"]),
        ("Khun Ostravel called twice about the deposit", ["Ostravel"]),
        ("Kana Velmorin instagram ceramics", ["Kana Velmorin"]),
    ],
)
def test_stop35_people_kept(text: str, names: list[str]) -> None:
    assert _found(text) == names


def test_stop35_joined_names_both_found() -> None:
    text = "reminder: tavorin quesmarin and ulvera dostrane owe rent"
    assert _found(text) == ["tavorin quesmarin", "ulvera dostrane"]


def test_stop35_id_cue_name_is_whole() -> None:
    text = "wrong thread sorry — quelvoro ambriseta, ss no. 212382860, for the form"
    assert "quelvoro ambriseta" in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Happy bday!! 🎂 cake at privada 370 tonite",
        "gọi em ltr nhé",
        "em yêu ơi",
        "status=ok owner=data platform team=core",
        "audit: actor=system action=rotate target=keys",
        "Recipe, dob 2020",
        "Tutor Maths, English: patient and clear.",
        "Merhaba herkes, the sale starts today",
        "ARIMA model with additive seasonal effects",
        "XFAIL the currently running test.",
        "NOOO where did it go",
        "bread and butter pudding is back",
        # (set 32 even: bots, pets, runs of Swahili, Polish and Dutch)
        "lol Velmira the HR bot just answered in the middle of the call",
        "this is Quorvabot confirming your slot",
        "Our cat Captain Whiskerfell loves this scratching post.",
        '{"pet": {"name": "Tamborin", "chip": "664-8810-135"}}',
        "Habari zenu, bakery iko wazi leo?",
        "Beste buren,\n\nDe markt valt dit jaar op 26.11.",
        "Our cat Miss Purrvelle loves this scratching post.",
        "Voicemail: this is Rosie from billing (a bot) confirming your slot.",
        "The box label said\nQUARTIER GUELVIZ\n40805 MARRAKECH",
        "anyone tried quorvel ostrabane mustard? saw an ad",
        "audit user=root action=login",
    ],
)
def test_stop35_lookalikes_stay(text: str) -> None:
    assert _found(text) == []


def test_stop35_capitals_cued_spans_pass_the_lookalike_filters() -> None:
    # a line of prose in capitals: the cued rules read it in lower case, and their spans go
    # through the same look-alike filters as the text's other spans
    text = "CHEERS, PAYROLL-UK. REASSIGNED TO LEGAL-OPS, SHE KNOWS IT"
    assert "LEGAL-OPS" not in _found(text)


@pytest.mark.parametrize(
    ("value", "team"),
    [
        ("CX-Nights", True),
        ("Tier2-EMEA", True),
        ("Falcon-Squad", True),
        ("Frontdesk-Day", True),
        ("Mary-Kate", False),
        ("SAINT-FLEUR", False),
        ("Boateng-Price", False),
    ],
)
def test_stop35_one_hyphened_team_check(value: str, team: bool) -> None:
    assert hyphened_team(value) is team


@pytest.mark.parametrize(
    ("word", "shaped"),
    [("residuals", True), ("boxes", True), ("kwargs", True), ("tomos", False), ("quelvin", False)],
)
def test_stop35_english_shaped(word: str, shaped: bool) -> None:
    assert english_shaped(word) is shaped


def test_stop35_guard_holds_on_redacted_text() -> None:
    text = "ondravel tessquine, SSN 687-61-3335"
    assert find_names(text)
    assert may_contain_names(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Dzięki! numer do hydraulika: 019 452 356 wew. 887", "019 452 356 wew. 887"),
        ("callback +48 22 123 45 67 lok. 93.", "+48 22 123 45 67 lok. 93"),
    ],
)
def test_stop35_polish_phone_cues_and_extensions(text: str, phone: str) -> None:
    assert _found(text, "PHONE_NUMBER") == [phone]


def test_stop35_pet_chip_is_no_phone() -> None:
    assert _found('{"pet": {"name": "Tamborin", "chip": "664-8810-135"}}', "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The tattoo artist quorvand did an amazing job.", ["quorvand"]),
        ("My daughter velmisa loves it, worth every penny.", ["velmisa"]),
        ("Review by tyler quorvandel (verified buyer): fits well", ["tyler quorvandel"]),
        ("Charged twice for order SO2366. Customer: ostrevin, quelmara.", ["ostrevin, quelmara"]),
    ],
)
def test_stop35_cued_lower_case_names(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Spoke with support by phone; they will retry tomorrow.",
        "# import math from Cython from libc cimport math",
        "To truncate datetime values, use the accessor.",
        "Gave it to my sister for her birthday.",
    ],
)
def test_stop35_cued_lookalikes_stay(text: str) -> None:
    assert _found(text) == []


def test_stop35_cued_name_never_cut_short() -> None:
    # the surname is in an English list: the rule leaves the name whole to the others
    found = _found("My son's tutor, eoin quorvaulay macaulay, is patient.")
    assert "eoin" not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("AS DISCUSSED WITH KIRAN QUORVELLI, THE BOX SHIPS ON MONDAY.", ["KIRAN QUORVELLI"]),
        ("THE TATTOO ARTIST QUORVAND DID AN AMAZING JOB.", ["QUORVAND"]),
    ],
)
def test_stop35_cued_names_in_a_line_of_capitals(text: str, names: list[str]) -> None:
    assert _found(text) == names
    assert may_contain_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Invoice INV00-803561\nSupplier: Quellgrave Ostrander Notaris\nTotal 2932",
        "Invoice 2024-06059\nSupplier: Everwick & Quorvelan\nTotal 6393",
        "Invoice Factuur 2026-73679\nDue 2026/08/19",
        "?q=pudding lady quorvelle&sort=rating",
        "The Kuchen Frau Quorvel here is the best I've had.",
        "Plover Cottage\nguest book, 14.3.2025",
        "Kasteel Quorvelsburg hostel",
        "quorvane ostrelli couriers insolvency",
        "THX QUELBY LLP!! GOT UR MAIL",
    ],
)
def test_stop35_firms_dishes_and_houses_stay(text: str) -> None:
    assert _found(text) == []


def test_stop35_reporting_verb_is_no_part_of_a_caseless_name() -> None:
    text = "cardholder quorvane ostrellik disputes $1188.98 on the card ending 1285."
    assert _found(text) == ["quorvane ostrellik"]


def test_stop35_writer_of_a_quoted_reply_in_lower_case() -> None:
    text = "> on 2025-02-18, quorvane ostrellik wrote:\n> the charge isn't mine\nrefund issued."
    assert _found(text) == ["quorvane ostrellik"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Firewall rule added for 4b81:68b1::7fa1 by angus stuart.", ["angus stuart"]),
        ('ERROR vcard parse failed for "quorvanski, bartosz"', ["quorvanski, bartosz"]),
    ],
)
def test_stop35_cued_given_name_then_listed_surname(text: str, names: list[str]) -> None:
    assert sorted(n for n in _found(text)) == names


def test_stop35_cued_frequent_word_is_no_given_name() -> None:
    assert _found("IBAN rejected (check digits). Customer will resend.") == []


def test_stop35_one_letter_name_at_a_line_end_does_not_crash() -> None:
    # (found by the street35 helper: an IndexError in person13_initials.cross13)
    spans = detect("EMPLOYEE: X\nADDR: 12 Elm St")
    assert all(0 <= s.start < s.end <= 28 for s in spans)


def test_stop35_grouped_mistyped_card_after_its_label_is_no_phone() -> None:
    text = "RECEIPT\nIronbridge Freight\nCARD 4710 7784 06078\nDECLINED"
    assert _found(text, "PHONE_NUMBER") == []


def test_stop35_invalid_ssn_after_its_word_is_no_phone() -> None:
    assert _found("INFO ssn_check rejected value=036.31.0000 (never issued)", "PHONE_NUMBER") == []


def test_stop35_subject_who_set_something_up() -> None:
    text = "ok so quorvane ostrellik set up the vpn box, it's fe80::3190:843f%eth1 on the lan"
    assert _found(text) == ["quorvane ostrellik"]
