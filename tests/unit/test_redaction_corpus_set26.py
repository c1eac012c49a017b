"""Set 26 (``data/pii/set26.jsonl``): a blind corpus of all eight PII types and look-alikes.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound, structured gold passes its
checksum (Luhn, mod 97) or parses (IPs), look-alikes have no spans and hold none of the pools'
persons, and the counts are the ones written in ``data/pii/README.md`` ("set26").
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set26 as set26
from bench import redaction_corpus_set26_pools as pools
from bench.redaction_corpus_set26_values import fold
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

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set26.jsonl"
# data/pii/README.md, "set26".
SPANS = {
    "PERSON": 1036,
    "PHONE_NUMBER": 354,
    "STREET_ADDRESS": 345,
    "IP_ADDRESS": 287,
    "EMAIL_ADDRESS": 228,
    "US_SSN": 154,
    "CREDIT_CARD": 117,
    "IBAN_CODE": 108,
}
TEMPLATES = 252


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set26.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)
    for record in records:
        assert record["negative"] is (not record["spans"])


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set26.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied_and_hold_every_type(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set26.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_cards_pass_luhn_and_ibans_mod_97(records: list[dict[str, Any]]) -> None:
    assert all(luhn_ok(v) for v in gold_values(records, "CREDIT_CARD"))
    assert all(mod97_ok(v) for v in gold_values(records, "IBAN_CODE"))
    assert_structured_gold_valid(records)


def test_every_ip_parses(records: list[dict[str, Any]]) -> None:
    values = gold_values(records, "IP_ADDRESS")
    for value in values:
        ipaddress.ip_address(value)
    assert 0.35 < sum(":" in v for v in values) / len(values) < 0.5  # about 40% IPv6


def test_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    # The given names that are English words (Frost, Honor, Lane ...) are plain words there.
    words_of = re.compile(r"[^\W\d_]+")
    names = {
        w.lower() for name in pools.given_names() + pools.surnames() for w in words_of.findall(name)
    } - pools.PARTICLES
    names |= {fold(n) for n in names}
    for record in records:
        if record["negative"]:
            words = {w.lower() for w in words_of.findall(record["text"])}
            assert not words & names, record["text"]


def test_english_word_given_names_are_never_lower_case_persons(
    records: list[dict[str, Any]],
) -> None:
    word_names = {w.lower() for w in pools.WORD_GIVEN}
    for value in gold_values(records, "PERSON"):
        if value == value.lower():
            assert not set(value.split()) & word_names, value
