"""Set 22 (``data/pii/set22.jsonl``): all eight entity types mixed in seven registers, and
as many look-alikes, written blind.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and its checksum holds, look-
alikes have no spans, and the counts are the ones written in ``data/pii/README.md`` ("set22").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set22 as set22
from bench import redaction_corpus_set22_pools as pools
from tests.corpus_records import (
    assert_counts,
    assert_every_type_in_both_halves,
    assert_halves_varied,
    assert_look_alikes_hold_no_email_nor_valid_iban,
    assert_spans_sound,
    assert_structured_gold_valid,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set22.jsonl"
# data/pii/README.md, "set22".
SPANS = {
    "PERSON": 1295,
    "STREET_ADDRESS": 333,
    "PHONE_NUMBER": 356,
    "EMAIL_ADDRESS": 204,
    "US_SSN": 142,
    "IP_ADDRESS": 274,
    "CREDIT_CARD": 108,
    "IBAN_CODE": 119,
}
TEMPLATES = 252


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set22.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set22.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set22.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_cards_pass_luhn_ibans_mod_97_and_ips_parse(records: list[dict[str, Any]]) -> None:
    assert_structured_gold_valid(records)


def test_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    # Word-names (Garnet, Sapphire) are plain words in look-alikes on purpose.
    names = pools.name_words()
    for record in records:
        if record["negative"]:
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", record["text"])}
            assert not words & names, record["text"]


def test_positives_are_marked(records: list[dict[str, Any]]) -> None:
    assert all(r["negative"] is (not r["spans"]) for r in records)
