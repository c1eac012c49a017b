"""Set 13 (``data/pii/set13.jsonl``): persons, street addresses and their look-alikes.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound, look-alikes have no spans,
and the counts are the ones written in ``data/pii/README.md`` ("set13").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set13 as set13
from tests.corpus_records import (
    assert_counts,
    assert_halves_varied,
    assert_spans_sound,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set13.jsonl"
# data/pii/README.md, "set13".
SPANS = {"PERSON": 1450, "STREET_ADDRESS": 597, "PHONE_NUMBER": 131, "EMAIL_ADDRESS": 96}
TEMPLATES = 252


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set13.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set13.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set13.REGISTERS)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    names = {w.lower() for w in set13.GIVEN + set13.SURNAME}
    for record in records:
        if record.get("negative"):
            words = {w.strip(".,:;!?\"'()").lower() for w in record["text"].split()}
            assert not words & names, record["text"]
