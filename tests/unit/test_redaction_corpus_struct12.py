"""Struct 12 (``data/pii/struct12.jsonl``): structured PII and look-alike numbers.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound, look-alikes have no spans,
and the counts are the ones written in ``data/pii/README.md`` ("struct12").
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_struct12 as struct12
from tests.corpus_records import assert_counts, assert_halves_varied, assert_record_sound

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "struct12.jsonl"
# data/pii/README.md, "struct12".
SPANS = {"IP_ADDRESS": 689, "PHONE_NUMBER": 666, "US_SSN": 216, "CREDIT_CARD": 155}
TEMPLATES = 224


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    with FILE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_generator_reproduces_the_file() -> None:
    assert struct12.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert_record_sound(record, SPANS)
        for span in record["spans"]:
            assert span["value"] == span["value"].strip()


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, struct12.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, struct12.REGISTERS)


def test_look_alikes_hold_no_checksum_valid_card(records: list[dict[str, Any]]) -> None:
    for record in records:
        if record.get("negative"):
            for run in re.findall(r"(?<![\w.])\d{13,19}(?![\w.])", record["text"]):
                assert not struct12.luhn_ok(run) or not run.startswith(("3", "4", "5", "6"))
