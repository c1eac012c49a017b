"""Set 21 (``data/pii/set21.jsonl``): a blind corpus of all eight types in natural sentences.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid for its type (cards
pass Luhn, IBANs mod 97, IPs parse with ``ipaddress``), look-alikes have no spans and hold
nothing PII-shaped nor a name of the person pools, and the counts are the ones written in
``data/pii/README.md`` ("set21").
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set21 as set21
from bench.redaction_corpus_set21_pools import PARTICLES, WORD_GIVEN, all_given, all_surnames
from tests.corpus_records import (
    assert_counts,
    assert_every_type_in_both_halves,
    assert_halves_varied,
    assert_look_alikes_hold_no_email_nor_valid_iban,
    assert_spans_sound,
    assert_structured_gold_valid,
    gold_values,
    luhn_ok,
    mod97_ok,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set21.jsonl"
# data/pii/README.md, "set21".
SPANS = {
    "PERSON": 1118,
    "STREET_ADDRESS": 380,
    "PHONE_NUMBER": 358,
    "IP_ADDRESS": 285,
    "EMAIL_ADDRESS": 226,
    "US_SSN": 156,
    "IBAN_CODE": 119,
    "CREDIT_CARD": 118,
}
TEMPLATES = 252
# A 13-19 digit run, with single spaces or hyphens between digits allowed.
DIGIT_RUN = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)")
# Card brands by prefix and the lengths they are issued in.
CARD_SHAPE = re.compile(
    r"^(?:4\d{12}(?:\d{3}){0,2}|(?:5[1-5]|2[2-7])\d{14}|3[47]\d{13}|(?:6011|65\d\d|35\d\d)\d{12}"
    r"|36\d{12}|62\d{14,17})$"
)


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set21.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_structured_gold_is_valid(records: list[dict[str, Any]]) -> None:
    """Cards pass Luhn, IBANs mod 97, IPs parse with ``ipaddress``, SSNs could be issued."""
    assert_structured_gold_valid(records)
    assert all(luhn_ok(v) for v in gold_values(records, "CREDIT_CARD"))
    assert all(mod97_ok(v) for v in gold_values(records, "IBAN_CODE"))
    for value in gold_values(records, "IP_ADDRESS"):
        ipaddress.ip_address(value)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set21.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied_and_hold_every_type(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set21.REGISTERS)
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
    """Given names that are also English words (Haven, Briar, Jay...) are meant to occur in
    look-alikes as plain words; surname particles (zu, de, Ó) are no names alone."""
    words = {w for name in all_given() + all_surnames() for w in re.split(r"[\s\-']+", name)}
    names = {w.lower() for w in words if len(w) >= 3} - {w.lower() for w in WORD_GIVEN}
    names -= PARTICLES
    for record in records:
        if record.get("negative"):
            tokens = {w.strip(".,:;!?\"'()[]{}").lower() for w in record["text"].split()}
            assert not tokens & names, record["text"]
