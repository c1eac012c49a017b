"""Set 44 (``data/pii/set44.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII, modelled on land, buildings, energy, vehicles and labs (farm
records, herd registers, vets, feed and seed, land rent, farm shops; meters, outages, tariffs,
solar installs, hardship applications; site diaries, planning objections, snagging, builders'
invoices, skips; viewings, tenancies, deposits, title and parcel numbers; roadside
assistance, dealer finance, recalls, tolls, fleet telematics; instrument bookings, core
facility invoices, stipends, conference abstracts).

Checks on the committed file only (the redactor is neither imported nor run here): the shared
checks of ``tests/corpus_checks.py`` (the generator reproduces it byte for byte, every gold
span is sound and valid, the counts are the ones written in ``data/pii/README.md`` ("set44"),
both halves are varied and hold every type, look-alikes hold no person of the pools, the two
halves draw from disjoint pools, every culture of the person pools is named in both halves, the
name shapes occur in both halves and most texts with PII also hold a look-alike), and also: no
look-alike holds a valid card number, no text holds a documentation address, no gold phone is
of a range reserved for fiction nor any gold IP a loopback address, no PERSON span is a login
spelt from a name, titles stay outside every span, every author of an abstract's author list
is a PERSON span (in both halves), no farm, machine, breed, variety, scientific eponym, car or
estate of the look-alike pools is gold (in any case), no span holds a VIN, an ORCID iD, a CAS
number, an MPAN or an ear tag, no dotted four-part string outside the gold parses as an IPv4
address, and no number shaped like a NANP phone number outside the gold could be dialled (its
area code starts with 0 or 1, or it is of a range reserved for fiction).

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

import re

from bench import redaction_corpus_set44 as set44
from bench import redaction_corpus_set44_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set44_places as places
from bench import redaction_corpus_set44_pools as pools
from bench import redaction_corpus_set44_templates as templates
from tests.corpus_checks import (
    PII_DIR,
    SHOWN,
    CorpusChecks,
    CorpusSpec,
    LookAlikeSlotRule,
    assert_gold_holds_no_fiction_phone_nor_loopback,
    assert_look_alikes_hold_no_valid_card_number,
    assert_no_card_number_outside_the_gold,
    assert_no_diallable_nanp_shape_outside_the_gold,
    assert_no_documentation_ip_range_anywhere,
    assert_no_dotted_quad_outside_the_gold_is_an_ip,
)
from tests.corpus_scans import Records, text_without_gold

# data/pii/README.md, "set44".
SPANS = {
    "PERSON": 1991,
    "STREET_ADDRESS": 306,
    "PHONE_NUMBER": 256,
    "EMAIL_ADDRESS": 256,
    "IP_ADDRESS": 210,
    "US_SSN": 210,
    "CREDIT_CARD": 210,
    "IBAN_CODE": 210,
}
LOOKALIKE_POOLS = (
    "FARMS",
    "MACHINES",
    "BREEDS",
    "VARIETIES",
    "SCIENCE",
    "CARS",
    "ESTATES",
    "OPENERS",
    "WORDS",
)
# Each half holds at least this many PERSON spans of each shape (corpus_scans.name_shape_counts).
NAME_SHAPE_FLOORS = {
    "lower": 120,
    "lower_multi": 55,
    "lower_one": 55,
    "caps": 85,
    "diacritics": 55,
    "last_first": 100,
    "initials": 65,
    "two_initials": 18,
    "hyphenated": 40,
    "caps_first": 50,
}
# A login spelt from a name: a given name, '.', '_' or '-', and a surname, in lower case.
LOGIN = re.compile(r"^([a-z]+)[._-]([a-z]+)$")
# What stays outside every span: titles.
OUTSIDE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\b")
SPEC = CorpusSpec(
    label="set 44",
    file=PII_DIR / "set44.jsonl",
    generator=set44,
    pools=pools,
    places=places,
    lookalike_pools=lookalike_pools,
    templates=templates,
    spans=SPANS,
    template_count=196,
    pii_template_count=98,
    lookalike_pool_names=LOOKALIKE_POOLS,
    person_names=(*set44.GIVEN, *set44.SURNAME, *set44.MIDDLE, *pools.NICKS),
    templates_per_half_floor=7,
    spans_per_type_per_half_floor=100,
    lookalike_entries_unique=True,
    lookalike_slots=LookAlikeSlotRule(
        gold=frozenset({"title", "city", "postcode", "country", "emailr", *set44.MAIL_KINDS}),
        plain=frozenset({"n", "count", "clock", "stars", "amount", "date"}),
        per_register=(10, 14),
        share=(0.85, 1.0),
    ),
    name_shape_floors=NAME_SHAPE_FLOORS,
    # Singapore's city is Singapore in both halves (and a country name).
    skip_shared_city_pools=True,
)
# Entries that must never be gold, in any case (also inside a span).
NEVER_GOLD = tuple(
    entry.lower() for name in LOOKALIKE_POOLS[:-2] for entry in getattr(lookalike_pools, name)
)
# Identifiers of vehicles, researchers, chemicals, meters and animals: never gold.
NOT_PII = re.compile(
    r"\b[A-HJ-NPR-Z0-9]{17}\b"  # a VIN
    r"|\b0000-000[0-9]-\d{4}-\d{3}[\dX]\b"  # an ORCID iD
    r"|\bCAS \d"  # a CAS number
    r"|(?i:\bmpan\b)|\bS 0\d 8\d\d"  # an MPAN
    r"|\bUK \d{6} \d{6}\b"  # an ear tag
)
# An author list of an abstract: the second line of a text starting "ABSTRACT".
ABSTRACT = re.compile(r"\AABSTRACT [^\n]*\n([^\n]+)\n")


class TestSet44Corpus(CorpusChecks):
    spec = SPEC

    def test_look_alikes_hold_no_valid_card_number(self, records: Records) -> None:
        assert_look_alikes_hold_no_valid_card_number(records, set44.NUMBER_RUN)

    def test_texts_with_pii_hold_no_valid_card_number_outside_the_gold(
        self, records: Records
    ) -> None:
        """MPANs, ESI-IDs, ORCID iDs and MOT numbers next to the real PII fail Luhn too."""
        assert_no_card_number_outside_the_gold(records, set44.NUMBER_RUN)

    def test_no_documentation_ip_range_anywhere(self, records: Records) -> None:
        assert_no_documentation_ip_range_anywhere(records)

    def test_gold_holds_no_fiction_phone_nor_loopback(self, records: Records) -> None:
        """Numbers of the ranges reserved for fiction are look-alikes here, never gold; no
        gold IP is a loopback address."""
        assert_gold_holds_no_fiction_phone_nor_loopback(records)

    def test_no_person_span_is_a_login(self, records: Records) -> None:
        """Logins spelt from a name are not used in this set, as gold or otherwise."""
        bad = [
            r["id"]
            for r in records
            for s in r["spans"]
            if s["entity_type"] == "PERSON" and _login(s["value"])
        ]
        assert not bad, f"PERSON spans shaped like a login (ids): {bad[:SHOWN]}"

    def test_titles_stay_outside(self, records: Records) -> None:
        bad = [r["id"] for r in records for s in r["spans"] if OUTSIDE.search(s["value"])]
        assert not bad, f"spans holding a title (ids): {bad[:SHOWN]}"

    def test_authors_of_an_abstract_are_person_spans(self, records: Records) -> None:
        """Every item of an abstract's author list is exactly a PERSON span (the commas
        outside); abstracts stand in both halves."""
        per_half = [0, 0]
        bad: list[int] = []
        for r in records:
            match = ABSTRACT.match(r["text"])
            if not match or r["negative"]:
                continue
            per_half[r["template_id"] % 2] += 1
            spans = {(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == "PERSON"}
            start = match.start(1)
            for item in match.group(1).split(", "):
                if (start, start + len(item)) not in spans:
                    bad.append(r["id"])
                start += len(item) + 2
        assert not bad, f"author list items that are not PERSON spans (ids): {bad[:SHOWN]}"
        assert min(per_half) >= 10, per_half

    def test_name_like_entries_are_never_gold(self, records: Records) -> None:
        """Farms, machines, breeds, varieties, scientific eponyms, cars and estates named after
        people are look-alikes: no span holds one, in any case."""
        bad = [
            r["id"]
            for r in records
            for s in r["spans"]
            if any(entry in s["value"].lower() for entry in NEVER_GOLD)
        ]
        assert not bad, f"spans holding a name-like look-alike (ids): {bad[:SHOWN]}"

    def test_identifiers_of_things_are_never_gold(self, records: Records) -> None:
        """VINs, ORCID iDs, CAS numbers, MPANs and ear tags stand in texts with PII but never
        inside a span; each stands in both halves."""
        bad = [r["id"] for r in records for s in r["spans"] if NOT_PII.search(s["value"])]
        assert not bad, f"spans holding an identifier of a thing (ids): {bad[:SHOWN]}"
        per_half = [0, 0]
        for r in records:
            if not r["negative"] and NOT_PII.search(text_without_gold(r)):
                per_half[r["template_id"] % 2] += 1
        assert min(per_half) >= 50, per_half

    def test_no_dotted_quad_outside_the_gold_is_an_ip(self, records: Records) -> None:
        """IP-like versions have a part over 255 or five parts: none parses as IPv4."""
        assert_no_dotted_quad_outside_the_gold_is_an_ip(records)

    def test_phone_shaped_registers_outside_the_gold_cannot_be_dialled(
        self, records: Records
    ) -> None:
        """A NANP-shaped number outside the gold (a smart-meter register) has an area code
        starting with 0 or 1, or is of a range reserved for fiction."""
        assert_no_diallable_nanp_shape_outside_the_gold(records)


def _words(names: list[str]) -> frozenset[str]:
    return frozenset(SPEC.words(" ".join(names)))


GIVEN_WORDS = _words(set44.GIVEN)
SURNAME_WORDS = _words(set44.SURNAME)


def _login(value: str) -> bool:
    """``given.surname``, ``given_surname`` or ``given-surname`` in lower case, ASCII."""
    match = LOGIN.match(value)
    return match is not None and match.group(1) in GIVEN_WORDS and match.group(2) in SURNAME_WORDS
