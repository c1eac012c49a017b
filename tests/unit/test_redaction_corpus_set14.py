"""Set 14 (``data/pii/set14.jsonl``): all eight entity types and their look-alikes.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid (Luhn, mod 97,
``ipaddress``, an issuable SSN), look-alikes have no spans and no person of the pools, and the
counts are the ones written in ``data/pii/README.md`` ("set14").
"""

from __future__ import annotations

import ipaddress
import json
import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set14 as set14
from bench.redaction_corpus_set14_values import iban_ok, luhn_ok
from tests.corpus_records import assert_counts, assert_halves_varied, assert_record_sound

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
    with FILE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def spans_of(records: list[dict[str, Any]], entity_type: str) -> list[str]:
    return [s["value"] for r in records for s in r["spans"] if s["entity_type"] == entity_type]


def test_generator_reproduces_the_file() -> None:
    assert set14.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert_record_sound(record, SPANS)
        assert record["negative"] == (not record["spans"])
        for span in record["spans"]:
            assert span["value"] == span["value"].strip()


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set14.REGISTERS, SPANS, TEMPLATES)
    assert sum(":" in v for v in spans_of(records, "IP_ADDRESS")) == IPV6_SPANS


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set14.REGISTERS)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    names = set14.person_words()
    for record in records:
        if record["negative"]:
            words = set(re.findall(r"[^\W\d_]+", record["text"].lower()))
            assert not words & names, record["text"]


def test_every_card_passes_luhn(records: list[dict[str, Any]]) -> None:
    for value in spans_of(records, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit(), value
        assert 13 <= len(digits) <= 19, value
        assert luhn_ok(digits), value


def test_every_iban_passes_mod_97(records: list[dict[str, Any]]) -> None:
    for value in spans_of(records, "IBAN_CODE"):
        assert iban_ok(value), value


def test_every_ip_parses(records: list[dict[str, Any]]) -> None:
    for value in spans_of(records, "IP_ADDRESS"):
        ipaddress.ip_address(value)  # raises on anything that is not one address


def test_every_ssn_can_be_issued(records: list[dict[str, Any]]) -> None:
    for value in spans_of(records, "US_SSN"):
        digits = re.sub(r"\D", "", value)
        assert len(digits) == 9, value
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        assert area not in ("000", "666"), value
        assert area[0] != "9", value
        assert group != "00", value
        assert serial != "0000", value


def test_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    iban_like = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
    for record in records:
        if record["negative"]:
            assert "@" not in record["text"]
            assert not any(iban_ok(m) for m in iban_like.findall(record["text"])), record["text"]
