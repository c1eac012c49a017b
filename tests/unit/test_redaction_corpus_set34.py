"""Set 34 (``data/pii/set34.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII.

Checks on the committed file only (the redactor is neither imported nor run here): the shared
checks of ``tests/corpus_checks.py`` (the generator reproduces it byte for byte, every gold
span is sound and valid, the counts are the ones written in ``data/pii/README.md`` ("set34"),
both halves are varied and hold every type, look-alikes hold no person of the pools, the two
halves draw from disjoint pools, every culture of the person pools is named in both halves, the
name shapes occur in both halves and about half of the texts with PII also hold a look-alike).

The person pools name Hausa, Fulani, Amharic/Tigrinya, Somali, Zulu/Xhosa, Malagasy,
Polynesian, Quechua/Aymara, Mapuche, Kurdish, Pashto/Dari, Sindhi/Balochi, Nepali/Newar,
Sinhala, Khmer, Lao, Thai, Mongolian, Kyrgyz/Tajik, Azerbaijani, Albanian,
Bosnian/Croatian/Slovene, Lithuanian/Latvian, Estonian, Icelandic, Romani, Yiddish/Hebrew,
Greek, Maltese and Frisian people: each culture occurs in PERSON spans of each half.

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

from bench import redaction_corpus_set34 as set34
from bench import redaction_corpus_set34_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set34_places as places
from bench import redaction_corpus_set34_pools as pools
from bench import redaction_corpus_set34_templates as templates
from tests.corpus_checks import PII_DIR, CorpusChecks, CorpusSpec, LookAlikeSlotRule

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
LOOKALIKE_POOLS = (
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
)
# Each half holds at least this many PERSON spans of each shape (corpus_scans.name_shape_counts).
# Set 34 asks only for some lower-case name of one word and some of several (floors of 1).
NAME_SHAPE_FLOORS = {"lower": 75, "lower_multi": 1, "lower_one": 1, "caps": 30, "diacritics": 20}
SPEC = CorpusSpec(
    label="set 34",
    file=PII_DIR / "set34.jsonl",
    generator=set34,
    pools=pools,
    places=places,
    lookalike_pools=lookalike_pools,
    templates=templates,
    spans=SPANS,
    template_count=252,
    pii_template_count=126,
    lookalike_pool_names=LOOKALIKE_POOLS,
    person_names=(*set34.GIVEN, *set34.SURNAME, *pools.NICKS),
    templates_per_half_floor=7,
    spans_per_type_per_half_floor=None,
    lookalike_entries_unique=False,
    lookalike_slots=LookAlikeSlotRule(
        gold=frozenset({"title", "city", "postcode", "country", "emailr", "emailx", "email"}),
        plain=frozenset(
            {"n", "n3", "time", "emoji", "stars", "when", "ts", "port", "isodate", "isotime"}
        ),
        per_register=(8, 13),
        share=(0.5, 0.65),
    ),
    name_shape_floors=NAME_SHAPE_FLOORS,
    # Bangkok, Budapest, București and Cairo recur in their pools: shared by the halves on purpose.
    skip_shared_city_pools=True,
)


class TestSet34Corpus(CorpusChecks):
    spec = SPEC
