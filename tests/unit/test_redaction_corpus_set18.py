"""Set 18 (``data/pii/set18.jsonl``): all eight entity types in natural sentences, blind.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid by its own rules,
look-alikes have no spans and hold no person of the pools, and the counts are the ones written
in ``data/pii/README.md`` ("set18").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set18 as set18
from bench import redaction_corpus_set18_pools as pools
from tests.corpus_records import (
    assert_counts,
    assert_every_type_in_both_halves,
    assert_halves_varied,
    assert_look_alikes_hold_no_email_nor_valid_iban,
    assert_spans_sound,
    assert_structured_gold_valid,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set18.jsonl"
# data/pii/README.md, "set18".
SPANS = {
    "PERSON": 1010,
    "STREET_ADDRESS": 357,
    "PHONE_NUMBER": 346,
    "IP_ADDRESS": 298,
    "EMAIL_ADDRESS": 215,
    "US_SSN": 155,
    "IBAN_CODE": 119,
    "CREDIT_CARD": 119,
}
TEMPLATES = 252


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set18.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set18.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set18.REGISTERS)


def test_every_type_is_in_both_halves(records: list[dict[str, Any]]) -> None:
    assert_every_type_in_both_halves(records, SPANS)


def test_cards_pass_luhn_ibans_mod97_and_ips_parse(records: list[dict[str, Any]]) -> None:
    assert_structured_gold_valid(records)  # (Luhn, mod 97, ipaddress, issuable SSNs)


def test_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    names = set18.pool_words()
    assert not names & {w.lower() for w in pools.WORD_GIVEN}
    for record in records:
        if record.get("negative"):
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", record["text"])}
            assert not words & names, record["text"]
