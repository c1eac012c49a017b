"""Set 17 (``data/pii/set17.jsonl``): a blind corpus of all eight entity types in seven
registers, with look-alikes.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and its value valid (Luhn,
mod 97, ``ipaddress``), look-alikes have no spans, hold no person of the pools, no e-mail, no
valid IBAN and no Luhn-valid card number, and the counts are the ones written in
``data/pii/README.md`` ("set17").
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set17 as set17
from bench import redaction_corpus_set17_pools as pools
from tests.corpus_records import (
    assert_counts,
    assert_every_type_in_both_halves,
    assert_halves_varied,
    assert_look_alikes_hold_no_email_nor_valid_iban,
    assert_spans_sound,
    assert_structured_gold_valid,
    gold_values,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set17.jsonl"
# data/pii/README.md, "set17".
SPANS = {
    "PERSON": 1037,
    "STREET_ADDRESS": 331,
    "PHONE_NUMBER": 345,
    "EMAIL_ADDRESS": 190,
    "US_SSN": 142,
    "IP_ADDRESS": 252,
    "CREDIT_CARD": 107,
    "IBAN_CODE": 96,
}
TEMPLATES = 252


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set17.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set17.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set17.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_structured_gold_is_valid(records: list[dict[str, Any]]) -> None:
    assert_structured_gold_valid(records)  # (Luhn, mod 97, ipaddress, issuable SSNs)
    addresses = [ipaddress.ip_address(v) for v in gold_values(records, "IP_ADDRESS")]
    assert sum(a.version == 6 for a in addresses) >= 0.35 * len(addresses)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    # The given names that are English words ("clay pots", "miles away") are meant to occur.
    names = set17.name_words() - {w.lower() for w in pools.WORD_NAMES}
    for record in records:
        if record.get("negative"):
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", record["text"])}
            assert not words & names, record["text"]


def test_look_alikes_hold_no_email_iban_nor_card(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)
    for record in records:
        assert not set17.holds_card_outside_gold(record["text"], record["spans"]), record["text"]
