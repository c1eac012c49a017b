"""Set 37 (``data/pii/set37.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII, modelled on the traffic of workplaces and institutions (HR and
payroll, CRM, B2B support, developer tools, schools, public services, insurers, utilities,
charities and events, recruiting, property management).

Checks on the committed file only (the redactor is neither imported nor run here): the shared
checks of ``tests/corpus_checks.py`` (the generator reproduces it byte for byte, every gold
span is sound and valid, the counts are the ones written in ``data/pii/README.md`` ("set37"),
both halves are varied and hold every type, look-alikes hold no person of the pools, the two
halves draw from disjoint pools, every culture of the person pools is named in both halves, the
name shapes occur in both halves and most texts with PII also hold a look-alike), and also: no
look-alike holds a valid card number, no text holds a documentation address and git trailers
hold a PERSON and an EMAIL_ADDRESS span.

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

import re

from bench import redaction_corpus_set37 as set37
from bench import redaction_corpus_set37_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set37_places as places
from bench import redaction_corpus_set37_pools as pools
from bench import redaction_corpus_set37_templates as templates
from tests.corpus_checks import (
    PII_DIR,
    SHOWN,
    CorpusChecks,
    CorpusSpec,
    LookAlikeSlotRule,
    assert_look_alikes_hold_no_valid_card_number,
    assert_no_documentation_ip_range_anywhere,
)
from tests.corpus_scans import Records

# data/pii/README.md, "set37".
SPANS = {
    "PERSON": 1688,
    "STREET_ADDRESS": 297,
    "PHONE_NUMBER": 343,
    "EMAIL_ADDRESS": 357,
    "IP_ADDRESS": 274,
    "US_SSN": 168,
    "CREDIT_CARD": 168,
    "IBAN_CODE": 179,
}
LOOKALIKE_POOLS = (
    "SOFTWARE",
    "LAWS",
    "SCIENCE",
    "BUILDINGS",
    "FIRMS",
    "TITLES",
    "WORDS",
    "OPENERS",
    "HANDLES",
)
# Each half holds at least this many PERSON spans of each shape (corpus_scans.name_shape_counts).
NAME_SHAPE_FLOORS = {
    "lower": 40,
    "lower_multi": 20,
    "lower_one": 20,
    "caps": 30,
    "diacritics": 50,
    "last_first": 50,
    "initials": 40,
    "two_initials": 10,
    "hyphenated": 10,
    "caps_first": 20,
}
SPEC = CorpusSpec(
    label="set 37",
    file=PII_DIR / "set37.jsonl",
    generator=set37,
    pools=pools,
    places=places,
    lookalike_pools=lookalike_pools,
    templates=templates,
    spans=SPANS,
    template_count=252,
    pii_template_count=126,
    lookalike_pool_names=LOOKALIKE_POOLS,
    person_names=(*set37.GIVEN, *set37.SURNAME, *set37.MIDDLE, *pools.NICKS),
    templates_per_half_floor=9,
    spans_per_type_per_half_floor=60,
    lookalike_entries_unique=True,
    lookalike_slots=LookAlikeSlotRule(
        gold=frozenset({"title", "city", "postcode", "country", "emailr", "email", "wmail"}),
        plain=frozenset(
            {"n", "n2", "time", "emoji", "stars", "clock", "isots", "ms", "status", "port"}
        ),
        per_register=(8, 16),
        share=(0.55, 0.75),
    ),
    name_shape_floors=NAME_SHAPE_FLOORS,
    skip_shared_city_pools=False,
)
GIT_TRAILER = re.compile(r"^(?:Author|Signed-off-by|Co-authored-by): (.+) <([^>]+)>$", re.M)


class TestSet37Corpus(CorpusChecks):
    spec = SPEC

    def test_look_alikes_hold_no_valid_card_number(self, records: Records) -> None:
        assert_look_alikes_hold_no_valid_card_number(records, set37.NUMBER_RUN)

    def test_no_documentation_ip_range_anywhere(self, records: Records) -> None:
        """Earlier sets disagree on documentation addresses; set 37 uses none, as gold or not."""
        assert_no_documentation_ip_range_anywhere(records)

    def test_git_trailers_hold_a_person_and_an_email(self, records: Records) -> None:
        """``Author:``, ``Signed-off-by:`` and ``Co-authored-by:`` lines: the name is a PERSON
        span and the address in angle brackets an EMAIL_ADDRESS span."""
        seen, bad = 0, []
        for r in records:
            kinds = {(s["start"], s["end"]): s["entity_type"] for s in r["spans"]}
            for m in GIT_TRAILER.finditer(r["text"]):
                seen += 1
                if kinds.get(m.span(1)) != "PERSON" or kinds.get(m.span(2)) != "EMAIL_ADDRESS":
                    bad.append(r["id"])
        assert seen >= 30, seen
        assert not bad, f"trailers without their gold (ids): {bad[:SHOWN]}"
