"""Set 23 (``data/pii/set23.jsonl``): all eight entity types and their look-alikes, seven registers.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid for its type,
look-alikes have no spans, and the counts are the ones written in ``data/pii/README.md``
("set23").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set23 as set23
from tests.corpus_records import (
    assert_counts,
    assert_every_type_in_both_halves,
    assert_halves_varied,
    assert_look_alikes_hold_no_email_nor_valid_iban,
    assert_spans_sound,
    assert_structured_gold_valid,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set23.jsonl"
# data/pii/README.md, "set23".
SPANS = {
    "PERSON": 1097,
    "STREET_ADDRESS": 354,
    "PHONE_NUMBER": 288,
    "EMAIL_ADDRESS": 162,
    "US_SSN": 135,
    "IP_ADDRESS": 270,
    "CREDIT_CARD": 126,
    "IBAN_CODE": 81,
}
TEMPLATES = 308


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set23.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set23.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set23.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_structured_gold_is_valid(records: list[dict[str, Any]]) -> None:
    """Cards pass Luhn, IBANs mod 97, IPs parse with ``ipaddress``, SSNs could be issued."""
    assert_structured_gold_valid(records)


def test_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    # WORD_GIVEN (Lilac, Ivory, ...) is left out on purpose: look-alikes use those as words.
    names = {w.lower() for w in set23.GIVEN + set23.SURNAME}
    for record in records:
        if record.get("negative"):
            words = {w.strip(".,:;!?\"'()[]{}").lower() for w in record["text"].split()}
            assert not words & names, record["text"]
