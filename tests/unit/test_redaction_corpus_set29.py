"""Set 29 (``data/pii/set29.jsonl``): all eight types in seven registers, and look-alikes.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid, the counts are the
ones written in ``data/pii/README.md`` ("set29"), both halves are varied and hold every type,
look-alikes hold no person of the pools, and the two halves draw from disjoint pools.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set29 as set29
from bench import redaction_corpus_set29_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set29_places as places
from bench import redaction_corpus_set29_pools as pools
from tests.corpus_records import (
    assert_counts,
    assert_every_type_in_both_halves,
    assert_halves_varied,
    assert_look_alikes_hold_no_pool_name,
    assert_person_words_of_halves_disjoint,
    assert_pool_entries_stay_in_their_half,
    assert_spans_sound,
    assert_structured_gold_valid,
    read_records,
)

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set29.jsonl"
# data/pii/README.md, "set29".
SPANS = {
    "PERSON": 1367,
    "STREET_ADDRESS": 440,
    "PHONE_NUMBER": 418,
    "EMAIL_ADDRESS": 261,
    "IP_ADDRESS": 297,
    "US_SSN": 144,
    "CREDIT_CARD": 108,
    "IBAN_CODE": 106,
}
TEMPLATES = 252
LOOKALIKE_POOLS = [
    "BRANDS",
    "FIRMS2",
    "FIRMS",
    "PLACES",
    "STREETS_NN",
    "TITLES",
    "EPONYMS",
    "DISHES",
    "DAYS",
    "USERS",
    "TEAMS",
]
PARTICLES = {"de", "van", "der", "von", "da", "di", "du", "al"}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def _words(text: str) -> set[str]:
    return {set29.fold(w).lower() for w in re.findall(r"[^\W\d_]+", text)}


def test_generator_reproduces_the_file() -> None:
    assert set29.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound_and_valid(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)
    assert_structured_gold_valid(records)  # Luhn, mod 97, ipaddress, SSN areas


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set29.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied_and_hold_every_type(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set29.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    names = {w for n in set29.GIVEN + set29.SURNAME for w in _words(n)} - PARTICLES
    assert_look_alikes_hold_no_pool_name(records, names, _words)


def test_person_words_of_the_halves_are_disjoint(records: list[dict[str, Any]]) -> None:
    assert_person_words_of_halves_disjoint(records, _words, PARTICLES)


def _pool_entries() -> list[tuple[str, ...]]:
    entries: list[tuple[str, ...]] = [
        *places.STREETS.values(),
        *(tuple(c for c, _, _ in cities) for k, cities in places.CITIES.items() if k != "sg"),
        *places.AREAS.values(),
        pools.WORD_GIVEN,
    ]
    entries += [getattr(lookalike_pools, name) for name in LOOKALIKE_POOLS]
    return entries


def test_pool_entries_of_one_half_never_occur_in_the_other(
    records: list[dict[str, Any]],
) -> None:
    assert_pool_entries_stay_in_their_half(records, _pool_entries(), pools.half)
