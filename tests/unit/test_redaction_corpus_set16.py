"""Set 16 (``data/pii/set16.jsonl``): all eight PII types mixed in seven registers, blind.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid (Luhn, mod 97,
``ipaddress``, issuable SSNs), look-alikes have no spans and hold no pool person, no e-mail,
no valid IBAN and no Luhn-valid card number, and the counts are the ones written in
``data/pii/README.md`` ("set16").
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set16 as set16
from bench.redaction_corpus_set16_templates import REGISTERS
from tests.corpus_records import (
    assert_counts,
    assert_every_type_in_both_halves,
    assert_halves_varied,
    assert_look_alikes_hold_no_email_nor_valid_iban,
    assert_spans_sound,
    assert_structured_gold_valid,
    gold_values,
    luhn_ok,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set16.jsonl"
# data/pii/README.md, "set16".
SPANS = {
    "PERSON": 964,
    "PHONE_NUMBER": 357,
    "STREET_ADDRESS": 346,
    "IP_ADDRESS": 281,
    "EMAIL_ADDRESS": 203,
    "US_SSN": 143,
    "CREDIT_CARD": 119,
    "IBAN_CODE": 96,
}
IPV6 = 117
# Particles and one-letter pieces of the pool surnames (van, de, al-, O', N', D' ...).
PARTICLES = {"de", "la", "von", "van", "ter", "dos", "lo", "le", "ní", "ó", "al", "abu", "bar"}
PARTICLES |= {"d", "l", "n", "o"}
TEMPLATES = 252
# A whole run of 13-19 digits (single spaces or hyphens between them), not part of a longer
# run nor of a word such as an IBAN's ``PT38``.
CARD_RUN = re.compile(r"(?<![\w])(?<!\d[ -])\d(?:[ -]?\d){12,18}(?![\w])(?![ -]\d)")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set16.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, REGISTERS, SPANS, TEMPLATES)
    ips = gold_values(records, "IP_ADDRESS")
    assert sum(1 for ip in ips if ipaddress.ip_address(ip).version == 6) == IPV6


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_every_gold_card_iban_ip_and_ssn_is_valid(records: list[dict[str, Any]]) -> None:
    assert_structured_gold_valid(records)  # (Luhn, mod 97, ipaddress, issuable SSNs)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    words_of = re.compile(r"[^\W\d_]+")
    names = {w.lower() for name in set16.GIVEN + set16.SURNAME for w in words_of.findall(name)}
    names -= PARTICLES
    for record in records:
        if record.get("negative"):
            words = {w.lower() for w in words_of.findall(record["text"])}
            assert not words & names, record["text"]


def test_look_alikes_hold_no_email_valid_iban_nor_card(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_email_nor_valid_iban(records)
    for record in records:
        if record.get("negative"):
            for run in CARD_RUN.findall(record["text"]):
                digits = re.sub(r"\D", "", run)
                assert not (digits[0] in "3456" and luhn_ok(digits)), record["text"]
