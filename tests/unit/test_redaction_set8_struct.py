"""Set-8 structured rules: each with a catch and a look-alike it must not flag."""

from __future__ import annotations

import pytest

from processors.redaction.redactor import detect


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("tokenizing pan=4111.1111.1111.1111", "4111.1111.1111.1111"),
        ("check card 4111  1111  1111  1111 valid", "4111  1111  1111  1111"),
        ("card 4111 - 1111 - 1111 - 1111 declined", "4111 - 1111 - 1111 - 1111"),
        ("card 4111_1111_1111_1111 declined", "4111_1111_1111_1111"),
        ("my card (4111.1111.1111.1111.003) saved", "4111.1111.1111.1111.003"),
        ("amex 3782.822463.10005 on file", "3782.822463.10005"),
    ],
)
def test_cards_in_other_groupings(text: str, card: str) -> None:
    assert (card, "CREDIT_CARD") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "build 4111.1111.1111.1112 released",  # fails Luhn
        "order id 4111.1111.1111.1111 shipped",  # an identifier cue, no card cue
        "ratio 1234.5678.9012.3456 logged",
        "values 4111  1111  1111",  # too short
    ],
)
def test_card_groupings_lookalikes(text: str) -> None:
    assert not [t for _, t in _found(text) if t == "CREDIT_CARD"]


@pytest.mark.parametrize(
    ("text", "ssn"),
    [
        ("353281920 ssn valid?", "353281920"),
        ("is 478847527 my SSN or not", "478847527"),
        ('{"ssn": "815/61/1962", "dob": "04/05/2025"}', "815/61/1962"),
        ("Identity check failed: SSN 539/45/6347 does not match", "539/45/6347"),
        ("ssn: 539_45_6347", "539_45_6347"),
        ("539 / 45 / 6347 is the ssn", "539 / 45 / 6347"),
    ],
)
def test_ssn_forms(text: str, ssn: str) -> None:
    assert (ssn, "US_SSN") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "353281920 orders shipped",  # no cue
        "invoice 353281920 paid, ssn on file",  # an identifier noun before
        "ref 353281920. SSN verified separately",  # the cue is in the next sentence
        "000281920 ssn valid?",  # area 000 is never issued
        "order 815/61/1962 shipped",  # slashes, no cue
        "SSN 666/45/6347 rejected",  # area 666 is never issued
        "ssn check 12/05/1962 birth date",  # a date
    ],
)
def test_ssn_form_lookalikes(text: str) -> None:
    assert not [t for _, t in _found(text) if t == "US_SSN"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("callback requested by Nafisa at 020 - 607 46 41", "020 - 607 46 41"),
        ("nobody answers 052 030 3522, ext. 62.", "052 030 3522, ext. 62"),
        ('phone="+44 (0)1632 974968, ext. 7618"', "+44 (0)1632 974968, ext. 7618"),
        ("256702373770 whatsapp", "256702373770"),
        ("reach me 8613567842116 (mobile)", "8613567842116"),
        ("who owns 9645 2576", "9645 2576"),
        ("whats her number again? i only have 2922 5157", "2922 5157"),
    ],
)
def test_phone_forms(text: str, phone: str) -> None:
    assert (phone, "PHONE_NUMBER") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "kafka consumer lag=3494220176 partition=3",
        "flushed records=3494220176 in batch",
        "seasons 2019 - 2020 - 2021 archived",
        "256702373770 rows exported",  # no phone cue
        "the number of rows: 2922 5157",
        "order 1234 5678 shipped, ext. 12",
    ],
)
def test_phone_form_lookalikes(text: str) -> None:
    assert not [t for _, t in _found(text) if t == "PHONE_NUMBER"]
