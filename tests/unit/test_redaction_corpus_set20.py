"""Set 20 (``data/pii/set20.jsonl``): a tenth blind corpus of all eight types in natural text.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid for its type (cards
pass Luhn, IBANs mod 97, IPs parse with ``ipaddress``), look-alikes have no spans and hold
nothing PII-shaped nor a name of the person pools, and the counts are the ones written in
``data/pii/README.md`` ("set20").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set20 as set20
from tests.corpus_records import (
    assert_counts,
    assert_every_type_in_both_halves,
    assert_halves_varied,
    assert_look_alikes_hold_no_email_nor_valid_iban,
    assert_spans_sound,
    assert_structured_gold_valid,
    luhn_ok,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set20.jsonl"
# data/pii/README.md, "set20".
SPANS = {
    "PERSON": 1117,
    "STREET_ADDRESS": 368,
    "PHONE_NUMBER": 358,
    "IP_ADDRESS": 310,
    "EMAIL_ADDRESS": 214,
    "US_SSN": 141,
    "CREDIT_CARD": 131,
    "IBAN_CODE": 120,
}
TEMPLATES = 252
# A 13-19 digit run, with single spaces or hyphens between digits allowed.
DIGIT_RUN = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set20.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_structured_gold_is_valid(records: list[dict[str, Any]]) -> None:
    """Cards pass Luhn, IBANs mod 97, IPs parse with ``ipaddress``, SSNs could be issued."""
    assert_structured_gold_valid(records)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set20.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied_and_hold_every_type(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set20.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)


def test_look_alikes_hold_no_luhn_valid_digit_run(records: list[dict[str, Any]]) -> None:
    """Stricter than a card shape: no 13-19 digit run of a look-alike passes Luhn."""
    for record in records:
        if record.get("negative"):
            for run in DIGIT_RUN.findall(record["text"]):
                assert not luhn_ok(re.sub(r"\D", "", run)), record["text"]


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    """Given names that are also English words (Comfort, Liberty, Birdie...) are meant to occur
    in look-alikes as plain words; surname particles (van, ter, Mac) are no names alone."""
    words = {w for name in set20.GIVEN + set20.SURNAME for w in re.split(r"[\s\-]+", name)}
    names = {w.lower() for w in words if len(w) >= 3} - {w.lower() for w in set20.WORD_GIVEN_NAMES}
    names -= set20.PARTICLES
    for record in records:
        if record.get("negative"):
            tokens = {w.strip(".,:;!?\"'()[]{}").lower() for w in record["text"].split()}
            assert not tokens & names, record["text"]


def test_positives_are_marked_not_negative(records: list[dict[str, Any]]) -> None:
    assert all(r["negative"] is (not r["spans"]) for r in records)
