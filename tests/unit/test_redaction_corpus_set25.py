"""Set 25 (``data/pii/set25.jsonl``): a blind corpus of all eight PII types and look-alikes.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound, structured gold passes its
checksum (Luhn, mod 97) or parses (IPs), look-alikes have no spans and hold none of the pools'
persons, and the counts are the ones written in ``data/pii/README.md`` ("set25").
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set25 as set25
from bench import redaction_corpus_set25_pools as pools
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

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set25.jsonl"
# data/pii/README.md, "set25".
SPANS = {
    "PERSON": 1061,
    "PHONE_NUMBER": 395,
    "STREET_ADDRESS": 383,
    "IP_ADDRESS": 288,
    "EMAIL_ADDRESS": 234,
    "US_SSN": 162,
    "CREDIT_CARD": 129,
    "IBAN_CODE": 108,
}
TEMPLATES = 280


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set25.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set25.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied_and_hold_every_type(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set25.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_cards_pass_luhn_and_ibans_mod_97(records: list[dict[str, Any]]) -> None:
    assert all(luhn_ok(v) for v in gold_values(records, "CREDIT_CARD"))
    assert all(mod97_ok(v) for v in gold_values(records, "IBAN_CODE"))
    assert_structured_gold_valid(records)


def test_every_ip_parses(records: list[dict[str, Any]]) -> None:
    for value in gold_values(records, "IP_ADDRESS"):
        ipaddress.ip_address(value)


def test_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    # The given names that are English words (May, River, Storm ...) are plain words there.
    names = {
        w.lower()
        for name in pools.all_given() + pools.all_surnames()
        for w in re.findall(r"[^\W\d_]+", name)
    } - pools.PARTICLES
    for record in records:
        if record["negative"]:
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", record["text"])}
            assert not words & names, record["text"]
