"""Set 28 (``data/pii/set28.jsonl``): all eight entity types and their look-alikes, written blind.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid (Luhn, mod 97,
``ipaddress``, issuable SSNs), look-alikes have no spans and hold no person of the pools, the
halves are varied and draw disjoint pools, and the counts are the ones written in
``data/pii/README.md`` ("set28").
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set28 as set28
from bench import redaction_corpus_set28_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set28_pools as pools
from bench.redaction_corpus_set28_values import fold
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

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set28.jsonl"
# data/pii/README.md, "set28".
SPANS = {
    "PERSON": 1299,
    "STREET_ADDRESS": 440,
    "PHONE_NUMBER": 418,
    "IP_ADDRESS": 330,
    "EMAIL_ADDRESS": 251,
    "US_SSN": 143,
    "IBAN_CODE": 131,
    "CREDIT_CARD": 120,
}
TEMPLATES = 252
PARTICLES = {"von", "van", "der", "de", "l", "abu", "al"}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def _words(text: str) -> set[str]:
    return {fold(w).lower() for w in re.findall(r"[^\W\d_]+", text)}


def test_generator_reproduces_the_file() -> None:
    assert set28.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set28.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set28.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_cards_pass_luhn_ibans_mod_97_and_ips_parse(records: list[dict[str, Any]]) -> None:
    assert all(luhn_ok(v) for v in gold_values(records, "CREDIT_CARD"))
    assert all(mod97_ok(v) for v in gold_values(records, "IBAN_CODE"))
    for value in gold_values(records, "IP_ADDRESS"):
        ipaddress.ip_address(value)
    assert_structured_gold_valid(records)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    names = set()
    for given, surnames in pools.PERSONS.values():
        for name in given + surnames:
            names |= _words(name)
    names -= PARTICLES
    for record in records:
        if record.get("negative"):
            assert not _words(record["text"]) & names, record["text"]
    assert_look_alikes_hold_no_email_nor_valid_iban(records)


def test_halves_share_no_person_word(records: list[dict[str, Any]]) -> None:
    halves: list[set[str]] = [set(), set()]
    for record in records:
        for span in record["spans"]:
            if span["entity_type"] == "PERSON":
                halves[record["template_id"] % 2] |= _words(span["value"])
    assert not (halves[0] & halves[1]) - PARTICLES


def test_halves_share_no_look_alike_pool_entry() -> None:
    for pool in (
        lookalike_pools.BRANDS,
        lookalike_pools.FIRMS,
        lookalike_pools.PLACES,
        lookalike_pools.STREETS_WITHOUT_NUMBER,
        lookalike_pools.TITLES,
        lookalike_pools.EPONYMS,
        lookalike_pools.DISHES,
        lookalike_pools.DAYS,
        lookalike_pools.BANDS,
        lookalike_pools.USER_NAMES,
        lookalike_pools.OPENERS,
        *pools.STREETS.values(),
    ):
        assert len(set(pool)) == len(pool)
        assert not set(pool[0::2]) & set(pool[1::2])
