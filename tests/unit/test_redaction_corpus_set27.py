"""Set 27 (``data/pii/set27.jsonl``): a blind corpus of all eight PII types and look-alikes.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound, structured gold passes its
checksum (Luhn, mod 97) or parses (IPs), look-alikes have no spans and hold none of the pools'
persons, and the counts are the ones written in ``data/pii/README.md`` ("set27").
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set27 as set27
from bench.redaction_corpus_set27_values import fold
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

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set27.jsonl"
# data/pii/README.md, "set27".
SPANS = {
    "PERSON": 1119,
    "STREET_ADDRESS": 405,
    "PHONE_NUMBER": 379,
    "IP_ADDRESS": 310,
    "EMAIL_ADDRESS": 203,
    "US_SSN": 144,
    "CREDIT_CARD": 119,
    "IBAN_CODE": 119,
}
TEMPLATES = 252
PARTICLES = {"al", "el", "de", "la", "von", "dos", "lo", "abu", "ibn"}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def test_generator_reproduces_the_file() -> None:
    assert set27.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)
    for record in records:
        assert record["negative"] is (not record["spans"])


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set27.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set27.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_templates_are_split_evenly_per_register_and_kind(records: list[dict[str, Any]]) -> None:
    ids = Counter(
        (r["register"], r["negative"], r["template_id"] % 2)
        for r in {(r["template_id"], r["register"], r["negative"]): r for r in records}.values()
    )
    assert set(ids.values()) == {9}


def test_structured_gold_is_valid(records: list[dict[str, Any]]) -> None:
    assert_structured_gold_valid(records)
    assert all(luhn_ok(v) for v in gold_values(records, "CREDIT_CARD"))
    assert all(mod97_ok(v) for v in gold_values(records, "IBAN_CODE"))
    for value in gold_values(records, "IP_ADDRESS"):
        assert ipaddress.ip_address(value)
    v6 = [v for v in gold_values(records, "IP_ADDRESS") if ":" in v]
    assert 0.35 < len(v6) / len(gold_values(records, "IP_ADDRESS")) < 0.6


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    names = {w.lower() for n in set27.GIVEN + set27.SURNAME for w in re.findall(r"[^\W\d_]+", n)}
    names = (names | {fold(w) for w in names}) - PARTICLES
    assert_look_alikes_hold_no_email_nor_valid_iban(records)
    for record in records:
        if record["negative"]:
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", record["text"])}
            assert not words & names, record["text"]
            assert not {fold(w) for w in words} & names, record["text"]


def test_word_given_names_are_persons_and_words(records: list[dict[str, Any]]) -> None:
    persons = {w for v in gold_values(records, "PERSON") for w in v.split()}
    look_alike_words = {
        w.lower() for r in records if r["negative"] for w in re.findall(r"\w+", r["text"])
    }
    used_both = [g for g in set27.WORD_GIVEN if g in persons and g.lower() in look_alike_words]
    assert len(used_both) >= 6
