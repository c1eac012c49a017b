"""Set 38 (``data/pii/set38.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII, modelled on people dealing with people through a platform
(classifieds, private lets, forums, clubs and leagues, faith groups, weddings and parties,
family notices, tutoring, childcare, pet-sitting, gaming chat, creators, crowdfunding,
lost-and-found, carpooling).

Checks on the committed file only (the redactor is neither imported nor run here): the shared
checks of ``tests/corpus_checks.py`` (the generator reproduces it byte for byte, every gold
span is sound and valid, the counts are the ones written in ``data/pii/README.md`` ("set38"),
both halves are varied and hold every type, look-alikes hold no person of the pools, the two
halves draw from disjoint pools, every culture of the person pools is named in both halves, the
name shapes occur in both halves and most texts with PII also hold a look-alike), and also: no
look-alike holds a valid card number and no text holds a documentation address.

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

from bench import redaction_corpus_set38 as set38
from bench import redaction_corpus_set38_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set38_places as places
from bench import redaction_corpus_set38_pools as pools
from bench import redaction_corpus_set38_templates as templates
from tests.corpus_checks import (
    PII_DIR,
    CorpusChecks,
    CorpusSpec,
    LookAlikeSlotRule,
    assert_look_alikes_hold_no_valid_card_number,
    assert_no_documentation_ip_range_anywhere,
)
from tests.corpus_scans import Records

# data/pii/README.md, "set38".
SPANS = {
    "PERSON": 1736,
    "STREET_ADDRESS": 298,
    "PHONE_NUMBER": 323,
    "EMAIL_ADDRESS": 309,
    "IP_ADDRESS": 260,
    "US_SSN": 168,
    "CREDIT_CARD": 188,
    "IBAN_CODE": 168,
}
LOOKALIKE_POOLS = (
    "TEAMS",
    "VENUES",
    "BANDS",
    "BRANDS",
    "PETS",
    "HANDLES",
    "PLACES",
    "OPENERS",
    "WORDS",
)
# Each half holds at least this many PERSON spans of each shape (corpus_scans.name_shape_counts).
NAME_SHAPE_FLOORS = {
    "lower": 50,
    "lower_multi": 20,
    "lower_one": 30,
    "caps": 30,
    "diacritics": 80,
    "last_first": 60,
    "initials": 30,
    "two_initials": 8,
    "hyphenated": 8,
    "caps_first": 10,
}
SPEC = CorpusSpec(
    label="set 38",
    file=PII_DIR / "set38.jsonl",
    generator=set38,
    pools=pools,
    places=places,
    lookalike_pools=lookalike_pools,
    templates=templates,
    spans=SPANS,
    template_count=252,
    pii_template_count=126,
    lookalike_pool_names=LOOKALIKE_POOLS,
    person_names=(*set38.GIVEN, *set38.SURNAME, *set38.MIDDLE, *pools.NICKS),
    templates_per_half_floor=9,
    spans_per_type_per_half_floor=60,
    lookalike_entries_unique=True,
    lookalike_slots=LookAlikeSlotRule(
        gold=frozenset({"title", "city", "postcode", "country", "emailr", "email", "cmail"}),
        plain=frozenset(
            {"n", "n2", "time", "emoji", "stars", "clock", "isots", "ms", "status", "port"}
        ),
        per_register=(8, 17),
        share=(0.55, 0.75),
    ),
    name_shape_floors=NAME_SHAPE_FLOORS,
    skip_shared_city_pools=False,
)


class TestSet38Corpus(CorpusChecks):
    spec = SPEC

    def test_look_alikes_hold_no_valid_card_number(self, records: Records) -> None:
        assert_look_alikes_hold_no_valid_card_number(records, set38.NUMBER_RUN)

    def test_no_documentation_ip_range_anywhere(self, records: Records) -> None:
        """Earlier sets disagree on documentation addresses; set 38 uses none, as gold or not."""
        assert_no_documentation_ip_range_anywhere(records)
