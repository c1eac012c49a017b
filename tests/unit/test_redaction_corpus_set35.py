"""Set 35 (``data/pii/set35.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII, modelled on the ordinary traffic of a consumer product.

Checks on the committed file only (the redactor is neither imported nor run here): the shared
checks of ``tests/corpus_checks.py`` (the generator reproduces it byte for byte, every gold
span is sound and valid, the counts are the ones written in ``data/pii/README.md`` ("set35"),
both halves are varied and hold every type, look-alikes hold no person of the pools, the two
halves draw from disjoint pools, every culture of the person pools is named in both halves, the
name shapes occur in both halves and about half of the texts with PII also hold a look-alike).

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

from bench import redaction_corpus_set35 as set35
from bench import redaction_corpus_set35_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set35_places as places
from bench import redaction_corpus_set35_pools as pools
from bench import redaction_corpus_set35_templates as templates
from tests.corpus_checks import PII_DIR, CorpusChecks, CorpusSpec, LookAlikeSlotRule

# data/pii/README.md, "set35".
SPANS = {
    "PERSON": 1487,
    "STREET_ADDRESS": 462,
    "PHONE_NUMBER": 310,
    "EMAIL_ADDRESS": 323,
    "IP_ADDRESS": 286,
    "US_SSN": 154,
    "CREDIT_CARD": 143,
    "IBAN_CODE": 131,
}
LOOKALIKE_POOLS = (
    "FIRMS",
    "BRANDS",
    "PLACES",
    "STREETS_NN",
    "TEAMS",
    "WORKS",
    "CHARACTERS",
    "BOTS",
    "PETS",
    "DISHES",
    "WORDS",
    "USERS",
)
# Each half holds at least this many PERSON spans of each shape (corpus_scans.name_shape_counts).
NAME_SHAPE_FLOORS = {
    "lower": 75,
    "lower_multi": 10,
    "lower_one": 10,
    "caps": 30,
    "diacritics": 20,
    "last_first": 10,
}
SPEC = CorpusSpec(
    label="set 35",
    file=PII_DIR / "set35.jsonl",
    generator=set35,
    pools=pools,
    places=places,
    lookalike_pools=lookalike_pools,
    templates=templates,
    spans=SPANS,
    template_count=252,
    pii_template_count=126,
    lookalike_pool_names=LOOKALIKE_POOLS,
    person_names=(*set35.GIVEN, *set35.SURNAME, *set35.MIDDLE, *pools.NICKS),
    templates_per_half_floor=7,
    spans_per_type_per_half_floor=None,
    lookalike_entries_unique=False,
    lookalike_slots=LookAlikeSlotRule(
        gold=frozenset({"title", "city", "postcode", "country", "emailr", "emailx", "email"}),
        plain=frozenset(
            {
                "n",
                "n3",
                "time",
                "emoji",
                "stars",
                "when",
                "clock",
                "isots",
                "epoch",
                "ms",
                "status",
                "port",
            }
        ),
        per_register=(8, 13),
        share=(0.5, 0.7),
    ),
    name_shape_floors=NAME_SHAPE_FLOORS,
    skip_shared_city_pools=True,  # as written for this set; no city pool is shared at present
)


class TestSet35Corpus(CorpusChecks):
    spec = SPEC
