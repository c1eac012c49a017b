"""Set 32 (``data/pii/set32.jsonl``): all eight types in seven registers, and look-alikes.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid, the counts are the
ones written in ``data/pii/README.md`` ("set32"), both halves are varied and hold every type,
look-alikes hold no person of the pools, the two halves draw from disjoint pools, and every
culture of the person pools is named in both halves.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set32 as set32
from bench import redaction_corpus_set32_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set32_places as places
from bench import redaction_corpus_set32_pools as pools
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

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set32.jsonl"
# data/pii/README.md, "set32".
SPANS = {
    "PERSON": 1546,
    "STREET_ADDRESS": 452,
    "PHONE_NUMBER": 370,
    "EMAIL_ADDRESS": 299,
    "IP_ADDRESS": 344,
    "US_SSN": 177,
    "CREDIT_CARD": 119,
    "IBAN_CODE": 155,
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
    "VESSELS",
    "PRODUCTS",
    "PETS",
    "BOTS",
]
PARTICLES = set(pools.PARTICLE_WORDS)


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def _words(text: str) -> set[str]:
    return {set32.fold(w).lower() for w in re.findall(r"[^\W\d_]+", text)}


def test_generator_reproduces_the_file() -> None:
    assert set32.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound_and_valid(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)
    assert_structured_gold_valid(records)  # Luhn, mod 97, ipaddress, SSN areas


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set32.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied_and_hold_every_type(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set32.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    names = {w for n in set32.GIVEN + set32.SURNAME for w in _words(n)} - PARTICLES
    assert_look_alikes_hold_no_pool_name(records, names, _words)


def test_person_words_of_the_halves_are_disjoint(records: list[dict[str, Any]]) -> None:
    assert_person_words_of_halves_disjoint(records, _words, PARTICLES)


def test_every_culture_is_named_in_both_halves(records: list[dict[str, Any]]) -> None:
    """Set 32's emphasis: Korean, Hungarian, Icelandic, Dutch/Flemish, Somali/Amharic/Tigrinya,
    Hmong, Malagasy, Quechua/Aymara, Kurdish, Hawaiian/Māori/Samoan, Mongolian, Nepali, Sinhala,
    Khmer, Thai/Lao, Hausa/Fulani, Zulu/Xhosa, Romani, Frisian and invented names all occur in
    PERSON spans of each half."""
    for parity in (0, 1):
        words = {
            w
            for r in records
            if r["template_id"] % 2 == parity
            for s in r["spans"]
            if s["entity_type"] == "PERSON"
            for w in _words(s["value"])
        }
        for culture, (given, surnames) in pools.PERSONS.items():
            own = {w for n in pools.half(given + surnames, parity) for w in _words(n)}
            assert own & words, (culture, parity)


def test_lower_case_and_capitals_occur_in_both_halves(records: list[dict[str, Any]]) -> None:
    for parity in (0, 1):
        values = [
            s["value"]
            for r in records
            if r["template_id"] % 2 == parity
            for s in r["spans"]
            if s["entity_type"] == "PERSON"
        ]
        lower = [v for v in values if v == v.lower()]
        assert len(lower) >= 150
        assert any(" " in v for v in lower)
        assert any(" " not in v for v in lower)
        assert sum(1 for v in values if v == v.upper() and v != v.lower()) >= 30


def _pool_entries() -> list[tuple[str, ...]]:
    entries: list[tuple[str, ...]] = [
        *places.STREETS.values(),
        *(tuple(c for c, _, _ in cities) for cities in places.CITIES.values()),
        *places.AREAS.values(),
        pools.WORD_GIVEN,
        pools.NICKS,
    ]
    entries += [getattr(lookalike_pools, name) for name in LOOKALIKE_POOLS]
    return entries


def test_pool_entries_of_one_half_never_occur_in_the_other(
    records: list[dict[str, Any]],
) -> None:
    assert_pool_entries_stay_in_their_half(records, _pool_entries(), pools.half)
