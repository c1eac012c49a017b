"""Set 15 (``data/pii/set15.jsonl``): all eight entity types mixed in natural sentences.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid for its type (Luhn,
mod 97, ``ipaddress``), look-alikes have no spans and hold no person of the pools, and the
counts are the ones written in ``data/pii/README.md`` ("set15").
"""

from __future__ import annotations

import ipaddress
import json
import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set15 as set15
from bench.redaction_corpus_set15_pools import WORD_GIVEN
from tests.corpus_records import assert_counts, assert_halves_varied, assert_record_sound

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set15.jsonl"
# data/pii/README.md, "set15".
SPANS = {
    "PERSON": 942,
    "STREET_ADDRESS": 379,
    "PHONE_NUMBER": 356,
    "IP_ADDRESS": 263,
    "EMAIL_ADDRESS": 202,
    "US_SSN": 155,
    "CREDIT_CARD": 108,
    "IBAN_CODE": 107,
}
TEMPLATES = 252


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    with FILE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _gold(records: list[dict[str, Any]], entity_type: str) -> list[str]:
    return [s["value"] for r in records for s in r["spans"] if s["entity_type"] == entity_type]


def _luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = sum(
        d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(reversed(digits))
    )
    return total % 10 == 0


def _mod97_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def test_generator_reproduces_the_file() -> None:
    assert set15.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert_record_sound(record, SPANS)
        assert record["negative"] is (not record["spans"])
        for span in record["spans"]:
            assert span["value"] == span["value"].strip()


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set15.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set15.REGISTERS)


def test_every_card_passes_luhn(records: list[dict[str, Any]]) -> None:
    for value in _gold(records, "CREDIT_CARD"):
        assert re.fullmatch(r"\d[\d -]{11,21}\d", value), value
        assert _luhn_ok(value), value


def test_every_iban_passes_mod_97(records: list[dict[str, Any]]) -> None:
    for value in _gold(records, "IBAN_CODE"):
        assert _mod97_ok(value), value


def test_every_ip_parses(records: list[dict[str, Any]]) -> None:
    for value in _gold(records, "IP_ADDRESS"):
        ipaddress.ip_address(value)  # raises on anything that is not one address


def test_every_ssn_is_issuable(records: list[dict[str, Any]]) -> None:
    for value in _gold(records, "US_SSN"):
        digits = re.sub(r"\D", "", value)
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        assert len(digits) == 9, value
        assert area not in ("000", "666"), value
        assert area < "900", value
        assert group != "00", value
        assert serial != "0000", value


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    # Given names that are also English words (Will, Grace ...) stand in look-alikes as words;
    # lower-case particles (von, dos) are not names of their own.
    words = set(set15.GIVEN + set15.SURNAME) - set(WORD_GIVEN)
    names = {p.lower() for name in words for p in name.split() if len(p) > 2 and p[0].isupper()}
    for record in records:
        if record["negative"]:
            text_words = {w.strip(".,:;!?\"'()[]{}").lower() for w in record["text"].split()}
            assert not text_words & names, record["text"]


def test_look_alikes_hold_no_valid_structured_value(records: list[dict[str, Any]]) -> None:
    for record in records:
        if not record["negative"]:
            continue
        text = record["text"]
        assert "@" not in text
        for run in re.findall(r"\b\d(?:[ -]?\d){12,18}\b", text):
            digits = re.sub(r"\D", "", run)
            assert not (digits[0] in "3456" and _luhn_ok(digits)), text
        for iban in re.findall(
            r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text
        ):
            assert not _mod97_ok(iban), text
