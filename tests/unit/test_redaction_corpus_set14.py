"""Set 14 (``data/pii/set14.jsonl``): all eight entity types and their look-alikes.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid (Luhn, mod 97,
``ipaddress``, an issuable SSN), look-alikes have no spans and no person of the pools, and the
counts are the ones written in ``data/pii/README.md`` ("set14").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set14 as set14
from tests.corpus_records import (
    assert_counts,
    assert_halves_varied,
    assert_look_alikes_hold_no_email_nor_valid_iban,
    assert_spans_sound,
    assert_structured_gold_valid,
    gold_values,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set14.jsonl"
# data/pii/README.md, "set14".
SPANS = {
    "PERSON": 1012,
    "PHONE_NUMBER": 356,
    "STREET_ADDRESS": 347,
    "IP_ADDRESS": 285,
    "EMAIL_ADDRESS": 226,
    "US_SSN": 155,
    "CREDIT_CARD": 119,
    "IBAN_CODE": 108,
}
IPV6_SPANS = 130
TEMPLATES = 252


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set14.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set14.REGISTERS, SPANS, TEMPLATES)
    assert sum(":" in v for v in gold_values(records, "IP_ADDRESS")) == IPV6_SPANS


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set14.REGISTERS)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    names = set14.person_words()
    for record in records:
        if record["negative"]:
            words = set(re.findall(r"[^\W\d_]+", record["text"].lower()))
            assert not words & names, record["text"]


def test_structured_gold_is_valid(records: list[dict[str, Any]]) -> None:
    assert_structured_gold_valid(records)  # Luhn, mod 97, ipaddress, an issuable SSN


def test_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)
