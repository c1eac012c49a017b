"""Set 34 (``data/pii/set34.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound and valid, the counts are the
ones written in ``data/pii/README.md`` ("set34"), both halves are varied and hold every type,
look-alikes hold no person of the pools, the two halves draw from disjoint pools, every
culture of the person pools is named in both halves, and about half of the texts with PII
also hold a look-alike.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set34 as set34
from bench import redaction_corpus_set34_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set34_places as places
from bench import redaction_corpus_set34_pools as pools
from bench import redaction_corpus_set34_templates as templates
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

FILE = Path(__file__).resolve().parents[2] / "data" / "pii" / "set34.jsonl"
# data/pii/README.md, "set34".
SPANS = {
    "PERSON": 1452,
    "STREET_ADDRESS": 391,
    "PHONE_NUMBER": 358,
    "EMAIL_ADDRESS": 228,
    "IP_ADDRESS": 333,
    "US_SSN": 155,
    "CREDIT_CARD": 131,
    "IBAN_CODE": 178,
}
TEMPLATES = 252
LOOKALIKE_POOLS = [
    "FIRMS",
    "BRANDS",
    "PLACES",
    "STREETS_NN",
    "EPONYMS",
    "AWARDS",
    "VESSELS",
    "CHARACTERS",
    "DAYS",
    "TITLES",
    "DISHES",
    "BOTS",
    "PETS",
    "TEAMS",
    "USERS",
]
PARTICLES = set(pools.PARTICLE_WORDS)


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return read_records(FILE)


def _words(text: str) -> set[str]:
    return {set34.fold(w).lower() for w in re.findall(r"[^\W\d_]+", text)}


def _person_words() -> set[str]:
    names = set34.GIVEN + set34.SURNAME + list(pools.NICKS)
    return {w for n in names for w in _words(n)} - PARTICLES


def test_generator_reproduces_the_file() -> None:
    assert set34.lines() == FILE.read_text(encoding="utf-8")


def test_spans_are_sound_and_valid(records: list[dict[str, Any]]) -> None:
    assert_spans_sound(records, SPANS)
    assert_structured_gold_valid(records)  # Luhn, mod 97, ipaddress, SSN areas


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert_counts(records, set34.REGISTERS, SPANS, TEMPLATES)


def test_both_halves_are_varied_and_hold_every_type(records: list[dict[str, Any]]) -> None:
    assert_halves_varied(records, set34.REGISTERS)
    assert_every_type_in_both_halves(records, SPANS)


def test_look_alikes_hold_no_person_of_the_pools(records: list[dict[str, Any]]) -> None:
    assert_look_alikes_hold_no_pool_name(records, _person_words(), _words)


def test_look_alike_pools_hold_no_person_word() -> None:
    """Name-like look-alikes also stand in texts with PII; none holds a person's name word."""
    names = _person_words()
    for pool in LOOKALIKE_POOLS:
        entries = getattr(lookalike_pools, pool)
        assert len(entries) >= 24, pool
        for entry in entries:
            assert not _words(entry) & names, entry


def test_half_of_the_texts_with_pii_also_hold_a_look_alike() -> None:
    """Set 34's emphasis: about half of the PII templates of each register carry a look-alike
    slot (a name-like or number-like filler) next to the real PII."""
    gold = {"title", "city", "postcode", "country", "emailr", "emailx", "email"}
    gold |= set(set34.NAME_KINDS) | set(set34.ADDRESS_KINDS) | set(set34.GOLD)
    # Plain fillers and time stamps (scaffolding of a log line or a form) do not count.
    plain = {"n", "n3", "time", "emoji", "stars", "when", "ts", "port", "isodate", "isotime"}
    total = 0
    for register, rows in templates.TEMPLATES.items():
        mixed = 0
        for template in rows:
            slots = {m.group(1).removesuffix("_lc").removesuffix("_uc")
                     for m in set34.SLOT.finditer(template)}  # fmt: skip
            mixed += bool(slots - gold - plain)
        assert 8 <= mixed <= 13, register
        total += mixed
    assert 0.5 <= total / 126 <= 0.65


def test_person_words_of_the_halves_are_disjoint(records: list[dict[str, Any]]) -> None:
    assert_person_words_of_halves_disjoint(records, _words, PARTICLES)


def test_every_culture_is_named_in_both_halves(records: list[dict[str, Any]]) -> None:
    """Hausa, Fulani, Amharic/Tigrinya, Somali, Zulu/Xhosa, Malagasy, Polynesian,
    Quechua/Aymara, Mapuche, Kurdish, Pashto/Dari, Sindhi/Balochi, Nepali/Newar, Sinhala, Khmer,
    Lao, Thai, Mongolian, Kyrgyz/Tajik, Azerbaijani, Albanian, Bosnian/Croatian/Slovene,
    Lithuanian/Latvian, Estonian, Icelandic, Romani, Yiddish/Hebrew, Greek, Maltese and
    Frisian names all occur in PERSON spans of each half."""
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
            assert own - PARTICLES & words, (culture, parity)


def test_lower_case_capitals_and_diacritics_occur_in_both_halves(
    records: list[dict[str, Any]],
) -> None:
    for parity in (0, 1):
        values = [
            s["value"]
            for r in records
            if r["template_id"] % 2 == parity
            for s in r["spans"]
            if s["entity_type"] == "PERSON"
        ]
        lower = [v for v in values if v == v.lower()]
        assert len(lower) >= 75
        assert any(" " in v for v in lower)
        assert any(" " not in v for v in lower)
        assert sum(1 for v in values if v == v.upper() and v != v.lower()) >= 30
        assert sum(1 for v in values if set34.fold(v) != v) >= 20


def _pool_entries() -> list[tuple[str, ...]]:
    # Cities that recur in a pool (Bangkok, Budapest, București, Cairo) or that are also a
    # country name are left out: they are shared by the halves on purpose.
    country_names = {n for names in places.COUNTRY_NAMES.values() for n in names}
    cities = []
    for pool in places.CITIES.values():
        names = [c for c, _, _ in pool]
        if len(set(names)) == len(names) and not set(names) & country_names:
            cities.append(tuple(names))
    entries: list[tuple[str, ...]] = [
        *places.STREETS.values(),
        *cities,
        *places.AREAS.values(),
        pools.NICKS,
    ]
    entries += [getattr(lookalike_pools, name) for name in LOOKALIKE_POOLS]
    return entries


def test_pool_entries_of_one_half_never_occur_in_the_other(
    records: list[dict[str, Any]],
) -> None:
    assert_pool_entries_stay_in_their_half(records, _pool_entries(), pools.half)
