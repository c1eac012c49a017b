"""Shared checks for the synthetic PII corpora written like sets 34-39: eight entity types in
seven registers, 3,000 records, look-alikes also inside texts with PII, two halves (even and
odd template ids) that draw from disjoint halves of the pools.

A set's test file describes its corpus in a :class:`CorpusSpec` (its generator modules,
documented counts, pools and floors) and subclasses :class:`CorpusChecks`; pytest then runs
every check below on that set. Checks that only some sets run are the ``assert_*`` functions
at the end, which a set's test class calls from methods of its own.

The corpora are blind to the people who tune the redactor: every assertion message names
record ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import ClassVar

import pytest

from bench.redaction_corpus_set40_values import FICTION
from tests.corpus_records import IBAN_SHAPE, RECORD_FIELDS, mod97_ok, read_records
from tests.corpus_scans import (
    NamedPool,
    Record,
    Records,
    card_number_ids_outside_the_gold,
    documentation_address_ids,
    look_alike_ids_with_a_card_number,
    name_shape_counts,
    parses_and_not_loopback,
    person_values,
    pool_entries_in_the_other_half,
    structured_gold_ok,
    text_without_gold,
)

PII_DIR = Path(__file__).resolve().parents[1] / "data" / "pii"
RECORDS = 3000
SPAN_FIELDS = {"start", "end", "entity_type", "value"}
SHOWN = 20  # failing ids or pool positions listed in a message, at most


@dataclass(frozen=True)
class LookAlikeSlotRule:
    """Which templates count as PII templates that also hold a look-alike: those with a slot
    that is neither gold (``gold`` and the generator's name, address and gold kinds) nor a
    plain filler or log scaffolding (``plain``); how many per register, what share of all."""

    gold: frozenset[str]
    plain: frozenset[str]
    per_register: tuple[int, int]  # inclusive bounds
    share: tuple[float, float]  # inclusive bounds, of CorpusSpec.pii_template_count


@dataclass(frozen=True)
class CorpusSpec:
    """One corpus set, as its checks need it.

    The modules are the set's own ``bench.redaction_corpus_setNN*``: ``generator`` gives
    ``lines``, ``fold``, ``REGISTERS``, ``SLOT``, ``NAME_KINDS``, ``ADDRESS_KINDS`` and
    ``GOLD``; ``pools`` gives ``PERSONS``, ``NICKS``, ``PARTICLE_WORDS`` and ``half``;
    ``places`` gives ``CITIES``, ``STREETS``, ``AREAS`` and ``COUNTRY_NAMES``; ``templates``
    gives ``TEMPLATES``; ``lookalike_pools`` holds the pools named in ``lookalike_pool_names``.
    """

    label: str  # "set 36", for the records' repr
    file: Path
    generator: ModuleType
    pools: ModuleType
    places: ModuleType
    lookalike_pools: ModuleType
    templates: ModuleType
    spans: Mapping[str, int]  # span count per entity type, as data/pii/README.md documents
    template_count: int
    pii_template_count: int  # the share of LookAlikeSlotRule is of this many templates
    lookalike_pool_names: tuple[str, ...]
    person_names: tuple[str, ...]  # no word of these stands in a look-alike
    templates_per_half_floor: int  # per register and kind (PII or look-alike)
    spans_per_type_per_half_floor: int | None  # None: each type need only occur in each half
    lookalike_entries_unique: bool  # no look-alike pool holds an entry twice
    lookalike_slots: LookAlikeSlotRule
    name_shape_floors: Mapping[str, int]  # keys of name_shape_counts; each half, each floor
    # Leave out the city pools whose halves may share a city on purpose (a city twice in one
    # pool, or a city that is also a country name).
    skip_shared_city_pools: bool

    def words(self, text: str) -> set[str]:
        """The letter runs of ``text``, folded as the generator folds them, in lower case."""
        return {self.generator.fold(w).lower() for w in re.findall(r"[^\W\d_]+", text)}

    @cached_property
    def particles(self) -> frozenset[str]:
        return frozenset(self.pools.PARTICLE_WORDS)

    @cached_property
    def person_words(self) -> frozenset[str]:
        return frozenset(w for n in self.person_names for w in self.words(n)) - self.particles

    def lookalike_pool(self, name: str) -> tuple[str, ...]:
        return tuple(getattr(self.lookalike_pools, name))

    def half_bound_pools(self) -> list[NamedPool]:
        """The pools whose even positions serve the even half and odd positions the odd."""
        country_names = {n for names in self.places.COUNTRY_NAMES.values() for n in names}
        pools: list[NamedPool] = []
        for country, rows in self.places.CITIES.items():
            cities = tuple(city for city, _, _ in rows)
            shared = len(set(cities)) != len(cities) or bool(set(cities) & country_names)
            if not (self.skip_shared_city_pools and shared):
                pools.append((f"CITIES[{country}]", cities))
        pools += [(f"STREETS[{c}]", tuple(p)) for c, p in self.places.STREETS.items()]
        pools += [(f"AREAS[{k}]", tuple(p)) for k, p in self.places.AREAS.items()]
        pools.append(("NICKS", tuple(self.pools.NICKS)))
        pools += [(name, self.lookalike_pool(name)) for name in self.lookalike_pool_names]
        return pools


def _digest(text: str) -> str:
    # Compared as digests so that pytest never prints the corpus text in a failing diff.
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class CorpusChecks:
    """The checks every set of this kind runs; a subclass named ``Test...`` sets ``spec``."""

    spec: ClassVar[CorpusSpec]

    @pytest.fixture(scope="class")
    def records(self) -> Records:
        # Read once per set: every check of the class shares the records.
        return Records(read_records(self.spec.file), self.spec.label)

    def test_generator_reproduces_the_file(self) -> None:
        generated = self.spec.generator.lines()
        assert _digest(generated) == _digest(self.spec.file.read_text(encoding="utf-8"))

    def test_spans_are_sound(self, records: Records) -> None:
        """Known fields, spans typed, sorted, non-overlapping and equal to their (stripped)
        value in the text; a look-alike exactly when there is no span."""
        bad = []
        for r in records:
            end, ok = 0, set(r) == RECORD_FIELDS and bool(r["negative"]) == (not r["spans"])
            for s in r["spans"]:
                ok = ok and set(s) == SPAN_FIELDS and s["entity_type"] in self.spec.spans
                ok = ok and s["start"] >= end and s["end"] > s["start"]
                ok = ok and r["text"][s["start"] : s["end"]] == s["value"] == s["value"].strip()
                end = s["end"]
            if not ok:
                bad.append(r["id"])
        assert not bad, f"unsound records (ids): {bad[:SHOWN]}"

    def test_structured_gold_is_valid(self, records: Records) -> None:
        bad = [
            r["id"]
            for r in records
            for s in r["spans"]
            if not structured_gold_ok(s["entity_type"], s["value"])
        ]
        assert not bad, f"invalid gold (ids): {bad[:SHOWN]}"

    def test_counts_are_as_documented(self, records: Records) -> None:
        """3,000 records, half look-alikes, 214-215 of each register and kind, the documented
        span counts and number of templates."""
        assert [r["id"] for r in records] == list(range(RECORDS))
        assert sum(1 for r in records if r["negative"]) == RECORDS // 2
        kinds = Counter((r["register"], r["negative"]) for r in records)
        registers = self.spec.generator.REGISTERS
        assert set(kinds) == {(g, n) for g in registers for n in (False, True)}
        assert set(kinds.values()) == {214, 215}
        counts = dict(Counter(s["entity_type"] for r in records for s in r["spans"]))
        assert counts == self.spec.spans, f"span counts {counts}"
        assert len({r["template_id"] for r in records}) == self.spec.template_count

    def test_no_text_occurs_twice(self, records: Records) -> None:
        distinct = len({r["text"] for r in records})  # a count: pytest shows no text
        assert distinct == RECORDS, distinct

    def test_both_halves_are_varied_and_hold_every_type(self, records: Records) -> None:
        templates_floor = self.spec.templates_per_half_floor
        for register in self.spec.generator.REGISTERS:
            for negative in (False, True):
                ids = {
                    r["template_id"]
                    for r in records
                    if r["register"] == register and r["negative"] == negative
                }
                per_half = [sum(1 for i in ids if i % 2 == p) for p in (0, 1)]
                assert min(per_half) >= templates_floor, (register, negative, per_half)
        spans_floor = self.spec.spans_per_type_per_half_floor
        for parity in (0, 1):
            counts = Counter(
                s["entity_type"]
                for r in records
                if r["template_id"] % 2 == parity
                for s in r["spans"]
            )
            assert set(counts) == set(self.spec.spans), parity
            if spans_floor is not None:
                assert min(counts.values()) >= spans_floor, (parity, dict(counts))

    def test_look_alikes_hold_no_person_email_or_valid_iban(self, records: Records) -> None:
        names = self.spec.person_words
        bad = []
        for r in records:
            if not r["negative"]:
                continue
            text = r["text"]
            iban = any(mod97_ok(m) for m in IBAN_SHAPE.findall(text))
            if self.spec.words(text) & names or "@" in text or iban:
                bad.append(r["id"])
        assert not bad, (
            f"look-alikes with a person word, an e-mail or a valid IBAN (ids): {bad[:SHOWN]}"
        )

    def test_look_alike_pools_hold_no_person_word(self) -> None:
        """Name-like look-alikes also stand in texts with PII; none holds a person's name word."""
        names = self.spec.person_words
        for pool in self.spec.lookalike_pool_names:
            entries = self.spec.lookalike_pool(pool)
            size, distinct = len(entries), len(set(entries))  # counts: pytest shows no entry
            assert size >= 24, (pool, size)
            if self.spec.lookalike_entries_unique:
                assert distinct == size, (pool, distinct, size)
            bad = [i for i, entry in enumerate(entries) if self.spec.words(entry) & names]
            assert not bad, f"{pool}: positions {bad}"

    def test_texts_with_pii_also_hold_a_look_alike(self) -> None:
        """A look-alike slot (name-like or number-like, not a plain number or log scaffolding)
        stands next to the real PII in a share of the PII templates of every register."""
        rule, generator = self.spec.lookalike_slots, self.spec.generator
        gold = set(rule.gold) | set(generator.NAME_KINDS) | set(generator.ADDRESS_KINDS)
        gold |= set(generator.GOLD)
        low, high = rule.per_register
        total = 0
        for register, rows in self.spec.templates.TEMPLATES.items():
            mixed = 0
            for template in rows:
                slots = {m.group(1).removesuffix("_lc").removesuffix("_uc")
                         for m in generator.SLOT.finditer(template)}  # fmt: skip
                mixed += bool(slots - gold - rule.plain)
            assert low <= mixed <= high, (register, mixed)
            total += mixed
        share_low, share_high = rule.share
        assert share_low <= total / self.spec.pii_template_count <= share_high, total

    def test_person_words_of_the_halves_are_disjoint(self, records: Records) -> None:
        halves: list[set[str]] = [set(), set()]
        for r in records:
            for s in r["spans"]:
                if s["entity_type"] == "PERSON":
                    found = {w for w in self.spec.words(s["value"]) if len(w) > 1}  # no initials
                    halves[r["template_id"] % 2] |= found - self.spec.particles
        assert halves[0]
        assert halves[1]
        shared = len(halves[0] & halves[1])
        assert shared == 0, f"{shared} PERSON words occur in both halves"

    def test_every_culture_is_named_in_both_halves(self, records: Records) -> None:
        pools = self.spec.pools
        for parity in (0, 1):
            words = {w for v in person_values(records, parity) for w in self.spec.words(v)}
            for culture, (given, surnames) in pools.PERSONS.items():
                own = {w for n in pools.half(given + surnames, parity) for w in self.spec.words(n)}
                named = bool(own - self.spec.particles & words)  # pytest shows no word
                assert named, (culture, parity)

    def test_name_shapes_occur_in_both_halves(self, records: Records) -> None:
        """Lower case (one word and several), capitals, diacritics and the other shapes of
        ``name_shape_counts`` reach the set's floors in each half."""
        for parity in (0, 1):
            counts = name_shape_counts(person_values(records, parity), self.spec.generator.fold)
            low = {
                shape: counts[shape]
                for shape, floor in self.spec.name_shape_floors.items()
                if counts[shape] < floor
            }
            assert not low, (parity, low)

    def test_pool_entries_of_one_half_never_occur_in_the_other(self, records: Records) -> None:
        bad = pool_entries_in_the_other_half(records, self.spec.half_bound_pools())
        assert not bad, f"pool entries (pool, position) found in the other half: {bad[:SHOWN]}"


# Checks that only some sets run: a set's test class calls them from methods of its own.


def assert_no_documentation_ip_range_anywhere(records: Iterable[Record]) -> None:
    """No address of the documentation ranges (RFC 5737, RFC 3849), as gold or not."""
    bad = documentation_address_ids(records)
    assert not bad, f"documentation addresses (ids): {bad[:SHOWN]}"


def assert_look_alikes_hold_no_valid_card_number(
    records: Iterable[Record], number_run: re.Pattern[str]
) -> None:
    """No run of digits (``number_run``, the generator's) in a look-alike is a Luhn-valid
    13-19 digit number."""
    bad = look_alike_ids_with_a_card_number(records, number_run)
    assert not bad, f"look-alikes with a Luhn-valid 13-19 digit run (ids): {bad[:SHOWN]}"


def assert_no_card_number_outside_the_gold(
    records: Iterable[Record], number_run: re.Pattern[str]
) -> None:
    """No run of digits (``number_run``, the generator's) outside the gold of any record is a
    Luhn-valid 13-19 digit number."""
    bad = card_number_ids_outside_the_gold(records, number_run)
    assert not bad, f"Luhn-valid runs outside the gold (ids): {bad[:SHOWN]}"


def assert_gold_holds_no_fiction_phone_nor_loopback(records: Iterable[Record]) -> None:
    """No gold phone is of a range reserved for fiction, and every gold IP parses and is no
    loopback address."""
    bad: list[int] = []
    for r in records:
        for s in r["spans"]:
            value = s["value"]
            if s["entity_type"] == "PHONE_NUMBER" and FICTION.search(value):
                bad.append(r["id"])
            if s["entity_type"] == "IP_ADDRESS" and not parses_and_not_loopback(value):
                bad.append(r["id"])
    assert not bad, f"fiction phones or loopback IPs as gold (ids): {bad[:SHOWN]}"


DOTTED_QUAD = re.compile(r"(?<![\d.])\d+\.\d+\.\d+\.\d+(?![\d.])")
NANP_SHAPE = re.compile(r"(?<!\d)\(?(\d{3})\)?[ .-]\d{3}[ .-]\d{4}(?!\d)")


def assert_no_dotted_quad_outside_the_gold_is_an_ip(records: Iterable[Record]) -> None:
    """No dotted four-part string outside the gold parses as an IP address (other than a
    loopback one)."""
    bad = [
        r["id"]
        for r in records
        for quad in DOTTED_QUAD.findall(text_without_gold(r))
        if parses_and_not_loopback(quad)
    ]
    assert not bad, f"dotted quads outside the gold that parse as IPs (ids): {bad[:SHOWN]}"


def assert_no_diallable_nanp_shape_outside_the_gold(records: Iterable[Record]) -> None:
    """A NANP-shaped number outside the gold has an area code starting with 0 or 1, or is of
    a range reserved for fiction."""
    bad = [
        r["id"]
        for r in records
        for m in NANP_SHAPE.finditer(text_without_gold(r))
        if m.group(1)[0] not in "01" and not FICTION.search(m.group(0))
    ]
    assert not bad, f"diallable NANP shapes outside the gold (ids): {bad[:SHOWN]}"
