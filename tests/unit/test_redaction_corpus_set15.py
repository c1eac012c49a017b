"""Set 15 (``data/pii/set15.jsonl``): all eight entity types mixed in natural sentences.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid for its type (Luhn,
mod 97, ``ipaddress``), look-alikes have no spans and hold no person of the pools, and the
counts are the ones written in ``data/pii/README.md`` ("set15").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set15 as set15
from bench.redaction_corpus_set15_pools import WORD_GIVEN
from tests.corpus_records import (
    assert_counts,
    assert_halves_varied,
    assert_look_alikes_hold_no_email_nor_valid_iban,
    assert_spans_sound,
    assert_structured_gold_valid,
    luhn_ok,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set15.jsonl"
# data/pii/README.md, "set15".
SPANS = {
    "PERSON": 942,
    "STREET_ADDRESS": 379,
    "PHONE_NUMBER": 356,
    "IP_ADDRESS": 263,
    "EMAIL_ADDRESS": 202,
    "US_SSN": 155,
    "CREDIT_CARD": 108,
    "IBAN_CODE": 107,
}
TEMPLATES = 252


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set15.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set15.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set15.REGISTERS)


def test_structured_gold_is_valid(records: list[dict[str, Any]]) -> None:
    assert_structured_gold_valid(records)  # Luhn, mod 97, ipaddress, an issuable SSN


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    # Given names that are also English words (Will, Grace ...) stand in look-alikes as words;
    # lower-case particles (von, dos) are not names of their own.
    words = set(set15.GIVEN + set15.SURNAME) - set(WORD_GIVEN)
    names = {p.lower() for name in words for p in name.split() if len(p) > 2 and p[0].isupper()}
    for record in records:
        if record["negative"]:
            text_words = {w.strip(".,:;!?\"'()[]{}").lower() for w in record["text"].split()}
            assert not text_words & names, record["text"]


def test_look_alikes_hold_no_valid_structured_value(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)
    for record in records:
        if record["negative"]:
            for run in re.findall(r"\b\d(?:[ -]?\d){12,18}\b", record["text"]):
                digits = re.sub(r"\D", "", run)
                assert not (digits[0] in "3456" and luhn_ok(digits)), record["text"]
