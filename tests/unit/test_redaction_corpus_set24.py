"""Set 24 (``data/pii/set24.jsonl``): all eight PII types and their look-alikes, written blind.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid (Luhn, mod 97,
``ipaddress``, issuable SSNs), look-alikes have no spans and hold no person of the pools, and the
counts are the ones written in ``data/pii/README.md`` ("set24").
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set24 as set24
from bench import redaction_corpus_set24_pools as pools
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

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set24.jsonl"
# data/pii/README.md, "set24".
SPANS = {
    "PERSON": 1071,
    "STREET_ADDRESS": 354,
    "PHONE_NUMBER": 352,
    "IP_ADDRESS": 266,
    "EMAIL_ADDRESS": 191,
    "US_SSN": 149,
    "CREDIT_CARD": 117,
    "IBAN_CODE": 107,
}
TEMPLATES = 280


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set24.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set24.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied_and_hold_every_type(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set24.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_structured_gold_is_valid(records: list[dict[str, Any]]) -> None:
    assert_structured_gold_valid(records)
    assert all(luhn_ok(v) for v in gold_values(records, "CREDIT_CARD"))
    assert all(mod97_ok(v) for v in gold_values(records, "IBAN_CODE"))
    for value in gold_values(records, "IP_ADDRESS"):
        ipaddress.ip_address(value)


def test_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    # The English-word given names (Sunny, Sage, Kit ...) are words in look-alikes by design.
    names = {
        w.lower() for name in set24.GIVEN + set24.SURNAME for w in re.findall(r"[^\W\d_]+", name)
    } - pools.PARTICLES
    for record in records:
        if record.get("negative"):
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", record["text"])}
            assert not words & names, record["text"]


def test_look_alikes_hold_no_luhn_valid_card_run(records: list[dict[str, Any]]) -> None:
    for record in records:
        if record.get("negative"):
            joined = re.sub(r"(?<=\d)[ -](?=\d)", "", record["text"])
            for run in re.findall(r"(?<![\d.])[2-6]\d{12,18}(?![\d.])", joined):
                assert not luhn_ok(run), record["text"]
