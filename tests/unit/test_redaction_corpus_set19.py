"""Set 19 (``data/pii/set19.jsonl``): a blind corpus of all eight types in natural sentences.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid for its type,
look-alikes have no spans and hold nothing PII-shaped nor a name of the person pools, and the
counts are the ones written in ``data/pii/README.md`` ("set19").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set19 as set19
from bench.redaction_corpus_set19_pools import WORD_GIVEN, all_given, all_surnames
from tests.corpus_records import (
    assert_counts,
    assert_every_type_in_both_halves,
    assert_halves_varied,
    assert_look_alikes_hold_no_email_nor_valid_iban,
    assert_spans_sound,
    assert_structured_gold_valid,
    luhn_ok,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set19.jsonl"
# data/pii/README.md, "set19".
SPANS = {
    "PERSON": 1061,
    "STREET_ADDRESS": 351,
    "PHONE_NUMBER": 344,
    "IP_ADDRESS": 300,
    "EMAIL_ADDRESS": 196,
    "US_SSN": 149,
    "CREDIT_CARD": 109,
    "IBAN_CODE": 107,
}
TEMPLATES = 280
# A 13-19 digit run, with single spaces or hyphens between digits allowed.
DIGIT_RUN = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)")
# Card brands by prefix and the lengths they are issued in (an IMEI, 15 digits from 35, is none).
CARD_SHAPE = re.compile(
    r"^(?:4\d{12}(?:\d{3}){0,2}|(?:5[1-5]|2[2-7])\d{14}|3[47]\d{13}|(?:6011|65\d\d|35\d\d)\d{12}"
    r"|36\d{12}|62\d{14,17})$"
)


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set19.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_structured_gold_is_valid(records: list[dict[str, Any]]) -> None:
    """Cards pass Luhn, IBANs mod 97, IPs parse with ``ipaddress``, SSNs could be issued."""
    assert_structured_gold_valid(records)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set19.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied_and_hold_every_type(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set19.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)


def test_look_alikes_hold_no_luhn_valid_card_shape(records: list[dict[str, Any]]) -> None:
    for record in records:
        if record.get("negative"):
            for run in DIGIT_RUN.findall(record["text"]):
                digits = re.sub(r"\D", "", run)
                assert not (CARD_SHAPE.match(digits) and luhn_ok(digits)), record["text"]


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    """Given names that are also English words (Brook, Peace, Carol...) are meant to occur in
    look-alikes as plain words; surname particles (van, Mac, Saint) are no names alone."""
    words = {w for name in all_given() + all_surnames() for w in re.split(r"[\s\-']+", name)}
    names = {w.lower() for w in words if len(w) >= 3} - {w.lower() for w in WORD_GIVEN}
    names -= set19.PARTICLES
    for record in records:
        if record.get("negative"):
            tokens = {w.strip(".,:;!?\"'()[]{}").lower() for w in record["text"].split()}
            assert not tokens & names, record["text"]
