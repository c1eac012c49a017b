"""Set 39 (``data/pii/set39.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII, modelled on the paperwork of regulated services (immigration, tax,
benefits and pensions, courts and legal aid, police, driving and vehicles, hospitals, GPs,
pharmacies and labs, mortgages and KYC, land registry, utilities, elections, jury service).

Checks on the committed file only (the redactor is neither imported nor run here): the shared
checks of ``tests/corpus_checks.py`` (the generator reproduces it byte for byte, every gold
span is sound and valid, the counts are the ones written in ``data/pii/README.md`` ("set39"),
both halves are varied and hold every type, look-alikes hold no person of the pools, the two
halves draw from disjoint pools, every culture of the person pools is named in both halves, the
name shapes occur in both halves and most texts with PII also hold a look-alike), and also: no
look-alike holds a valid card number and no text holds a documentation address.

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

from bench import redaction_corpus_set39 as set39
from bench import redaction_corpus_set39_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set39_places as places
from bench import redaction_corpus_set39_pools as pools
from bench import redaction_corpus_set39_templates as templates
from tests.corpus_checks import (
    PII_DIR,
    CorpusChecks,
    CorpusSpec,
    LookAlikeSlotRule,
    assert_look_alikes_hold_no_valid_card_number,
    assert_no_documentation_ip_range_anywhere,
)
from tests.corpus_scans import Records

# data/pii/README.md, "set39".
SPANS = {
    "PERSON": 1709,
    "STREET_ADDRESS": 335,
    "PHONE_NUMBER": 281,
    "EMAIL_ADDRESS": 262,
    "IP_ADDRESS": 216,
    "US_SSN": 168,
    "CREDIT_CARD": 168,
    "IBAN_CODE": 168,
}
LOOKALIKE_POOLS = (
    "LAWS",
    "CASES",
    "HOSPITALS",
    "DRUGS",
    "EPONYMS",
    "AGENCIES",
    "LANDMARKS",
    "OPENERS",
    "WORDS",
)
# Each half holds at least this many PERSON spans of each shape (corpus_scans.name_shape_counts).
NAME_SHAPE_FLOORS = {
    "lower": 50,
    "lower_multi": 20,
    "lower_one": 30,
    "caps": 20,
    "diacritics": 50,
    "last_first": 60,
    "initials": 20,
    "two_initials": 5,
    "hyphenated": 8,
    "caps_first": 20,
}
SPEC = CorpusSpec(
    label="set 39",
    file=PII_DIR / "set39.jsonl",
    generator=set39,
    pools=pools,
    places=places,
    lookalike_pools=lookalike_pools,
    templates=templates,
    spans=SPANS,
    template_count=252,
    pii_template_count=126,
    lookalike_pool_names=LOOKALIKE_POOLS,
    person_names=(*set39.GIVEN, *set39.SURNAME, *set39.MIDDLE, *pools.NICKS),
    templates_per_half_floor=9,
    spans_per_type_per_half_floor=60,
    lookalike_entries_unique=True,
    lookalike_slots=LookAlikeSlotRule(
        gold=frozenset({"title", "city", "postcode", "country", "emailr", "email", "cmail"}),
        plain=frozenset({"n", "time", "stars", "clock", "isots", "ms", "status", "port"}),
        per_register=(8, 17),
        share=(0.55, 0.75),
    ),
    name_shape_floors=NAME_SHAPE_FLOORS,
    skip_shared_city_pools=False,
)


class TestSet39Corpus(CorpusChecks):
    spec = SPEC

    def test_look_alikes_hold_no_valid_card_number(self, records: Records) -> None:
        assert_look_alikes_hold_no_valid_card_number(records, set39.NUMBER_RUN)

    def test_no_documentation_ip_range_anywhere(self, records: Records) -> None:
        """Earlier sets disagree on documentation addresses; set 39 uses none, as gold or not."""
        assert_no_documentation_ip_range_anywhere(records)
