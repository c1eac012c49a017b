"""Set 40 (``data/pii/set40.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII, modelled on machine-written and technical text and the people
inside it (logs, stack traces, CI and deploy output, incident tickets and post-mortems, git
commits and trailers, CSV/TSV exports and SQL results, mail headers, calendar invites and
vCards, webhook and API payloads, config snippets, chat-ops, security alerts, data-subject
requests).

Checks on the committed file only (the redactor is neither imported nor run here): the shared
checks of ``tests/corpus_checks.py`` (the generator reproduces it byte for byte, every gold
span is sound and valid, the counts are the ones written in ``data/pii/README.md`` ("set40"),
both halves are varied and hold every type, look-alikes hold no person of the pools, the two
halves draw from disjoint pools, every culture of the person pools is named in both halves, the
name shapes occur in both halves and most texts with PII also hold a look-alike), and also: no
look-alike holds a valid card number, no text holds a documentation address, logins spelt from
a name occur in both halves, and no gold phone is of a range reserved for fiction nor any gold
IP a loopback address.

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

import re

from bench import redaction_corpus_set40 as set40
from bench import redaction_corpus_set40_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set40_places as places
from bench import redaction_corpus_set40_pools as pools
from bench import redaction_corpus_set40_templates as templates
from tests.corpus_checks import (
    PII_DIR,
    CorpusChecks,
    CorpusSpec,
    LookAlikeSlotRule,
    assert_gold_holds_no_fiction_phone_nor_loopback,
    assert_look_alikes_hold_no_valid_card_number,
    assert_no_documentation_ip_range_anywhere,
)
from tests.corpus_scans import Records, person_values

# data/pii/README.md, "set40".
SPANS = {
    "PERSON": 1722,
    "STREET_ADDRESS": 331,
    "PHONE_NUMBER": 287,
    "EMAIL_ADDRESS": 500,
    "IP_ADDRESS": 393,
    "US_SSN": 168,
    "CREDIT_CARD": 168,
    "IBAN_CODE": 166,
}
LOOKALIKE_POOLS = (
    "SOFTWARE",
    "ALGORITHMS",
    "IDENTIFIERS",
    "BOTS",
    "HOSTS",
    "CODENAMES",
    "LAWS",
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
# A login spelt from a name: one lower-case word with '.', '_' or '-' between letters.
LOGIN = re.compile(r"[a-z][._-][a-z]")
LOGIN_FLOOR = 30  # PERSON spans that are logins, in each half
SPEC = CorpusSpec(
    label="set 40",
    file=PII_DIR / "set40.jsonl",
    generator=set40,
    pools=pools,
    places=places,
    lookalike_pools=lookalike_pools,
    templates=templates,
    spans=SPANS,
    template_count=252,
    pii_template_count=126,
    lookalike_pool_names=LOOKALIKE_POOLS,
    person_names=(*set40.GIVEN, *set40.SURNAME, *set40.MIDDLE, *pools.NICKS),
    templates_per_half_floor=9,
    spans_per_type_per_half_floor=60,
    lookalike_entries_unique=True,
    lookalike_slots=LookAlikeSlotRule(
        gold=frozenset({"title", "city", "postcode", "country", "emailr", *set40.MAIL_KINDS}),
        plain=frozenset(
            {"n", "stars", "clock", "isots", "ms", "status", "port", "count", "date"}
            | {"gitdate", "rfcdate", "clfts", "lineno", "pyfile", "jsfile", "func"}
            | {"commitmsg", "b64"}
        ),
        per_register=(8, 17),
        share=(0.55, 0.75),
    ),
    name_shape_floors=NAME_SHAPE_FLOORS,
    skip_shared_city_pools=False,
)


class TestSet40Corpus(CorpusChecks):
    spec = SPEC

    def test_look_alikes_hold_no_valid_card_number(self, records: Records) -> None:
        assert_look_alikes_hold_no_valid_card_number(records, set40.NUMBER_RUN)

    def test_no_documentation_ip_range_anywhere(self, records: Records) -> None:
        """Earlier sets disagree on documentation addresses; set 40 uses none, as gold or not."""
        assert_no_documentation_ip_range_anywhere(records)

    def test_logins_spelt_from_a_name_occur_in_both_halves(self, records: Records) -> None:
        for parity in (0, 1):
            logins = sum(
                1
                for v in person_values(records, parity)
                if v == v.lower() and " " not in v and LOGIN.search(v)
            )
            assert logins >= LOGIN_FLOOR, (parity, {"login": logins})

    def test_gold_holds_no_fiction_phone_nor_loopback(self, records: Records) -> None:
        """Numbers of the ranges reserved for fiction are fixtures here, never gold; no gold IP
        is a loopback address (nor fails to parse, which would otherwise show its value)."""
        assert_gold_holds_no_fiction_phone_nor_loopback(records)
