"""Set 42 (``data/pii/set42.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII, modelled on civic, community and public life (local government,
courts, tribunals and police non-emergency, elections and volunteering, local press and
newsletters, sports and hobby clubs, gaming and fan communities, libraries, museums, archives
and family history).

Checks on the committed file only (the redactor is neither imported nor run here): the shared
checks of ``tests/corpus_checks.py`` (the generator reproduces it byte for byte, every gold
span is sound and valid, the counts are the ones written in ``data/pii/README.md`` ("set42"),
both halves are varied and hold every type, look-alikes hold no person of the pools, the two
halves draw from disjoint pools, every culture of the person pools is named in both halves, the
name shapes occur in both halves and most texts with PII also hold a look-alike), and also: no
look-alike holds a valid card number, no text holds a documentation address, no gold phone is
of a range reserved for fiction nor any gold IP a loopback address, no PERSON span is a login
spelt from a name, speaker labels, titles, IRC nicks and quote markers stay outside every
span, no player handle, game character or eponym of the look-alike pools is gold, and every
census transcription names a person.

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

import re

from bench import redaction_corpus_set42 as set42
from bench import redaction_corpus_set42_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set42_places as places
from bench import redaction_corpus_set42_pools as pools
from bench import redaction_corpus_set42_templates as templates
from tests.corpus_checks import (
    PII_DIR,
    SHOWN,
    CorpusChecks,
    CorpusSpec,
    LookAlikeSlotRule,
    assert_gold_holds_no_fiction_phone_nor_loopback,
    assert_look_alikes_hold_no_valid_card_number,
    assert_no_card_number_outside_the_gold,
    assert_no_documentation_ip_range_anywhere,
)
from tests.corpus_scans import Records

# data/pii/README.md, "set42".
SPANS = {
    "PERSON": 1732,
    "STREET_ADDRESS": 212,
    "PHONE_NUMBER": 224,
    "EMAIL_ADDRESS": 256,
    "IP_ADDRESS": 210,
    "US_SSN": 210,
    "CREDIT_CARD": 210,
    "IBAN_CODE": 210,
}
LOOKALIKE_POOLS = (
    "EPONYMS",
    "TROPHIES",
    "CLUBS",
    "CHARACTERS",
    "HANDLES",
    "OPENINGS",
    "RULES",
    "OPENERS",
    "WORDS",
)
# Each half holds at least this many PERSON spans of each shape (corpus_scans.name_shape_counts).
NAME_SHAPE_FLOORS = {
    "lower": 100,
    "lower_multi": 50,
    "lower_one": 40,
    "caps": 25,
    "diacritics": 50,
    "last_first": 90,
    "initials": 50,
    "two_initials": 10,
    "hyphenated": 20,
    "caps_first": 40,
}
# A login spelt from a name: a given name, '.', '_' or '-', and a surname, in lower case.
LOGIN = re.compile(r"^([a-z]+)[._-]([a-z]+)$")
# What stays outside every span: speaker labels and titles of minutes, IRC nicks, quote
# markers, bracketed clock stamps.
OUTSIDE = re.compile(r"^(?:Cllr|Councillor|Judge|Sgt|PC|DC|Rev)\b|<[^>]*>|^>|\[\d\d:\d\d\]")
SPEC = CorpusSpec(
    label="set 42",
    file=PII_DIR / "set42.jsonl",
    generator=set42,
    pools=pools,
    places=places,
    lookalike_pools=lookalike_pools,
    templates=templates,
    spans=SPANS,
    template_count=196,
    pii_template_count=98,
    lookalike_pool_names=LOOKALIKE_POOLS,
    person_names=(*set42.GIVEN, *set42.SURNAME, *set42.MIDDLE, *pools.NICKS),
    templates_per_half_floor=7,
    spans_per_type_per_half_floor=100,
    lookalike_entries_unique=True,
    lookalike_slots=LookAlikeSlotRule(
        gold=frozenset({"title", "city", "postcode", "country", "emailr", *set42.MAIL_KINDS}),
        plain=frozenset({"n", "count", "clock", "stars", "amount", "date", "digits4"}),
        per_register=(7, 14),
        share=(0.75, 0.9),
    ),
    name_shape_floors=NAME_SHAPE_FLOORS,
    skip_shared_city_pools=False,
)
# Entries that must never be gold: handles, characters and eponyms (also inside a span).
NEVER_GOLD = (
    *lookalike_pools.HANDLES,
    *lookalike_pools.CHARACTERS,
    *lookalike_pools.EPONYMS,
    *lookalike_pools.TROPHIES,
)
# A census or parish-register transcription: the header row of a genealogy post.
CENSUS = re.compile(
    r"^(?:Sched \| Name \| Rel \| Age|Bapt\. \| Child \| Father \| Mother)$", re.MULTILINE
)


class TestSet42Corpus(CorpusChecks):
    spec = SPEC

    def test_look_alikes_hold_no_valid_card_number(self, records: Records) -> None:
        assert_look_alikes_hold_no_valid_card_number(records, set42.NUMBER_RUN)

    def test_texts_with_pii_hold_no_valid_card_number_outside_the_gold(
        self, records: Records
    ) -> None:
        """Barcodes, ISBN-13s and chat snowflakes next to the real PII fail Luhn too."""
        assert_no_card_number_outside_the_gold(records, set42.NUMBER_RUN)

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

    def test_labels_titles_nicks_and_quote_markers_stay_outside(self, records: Records) -> None:
        """No span holds a speaker label's colon, a title of minutes or listings, an IRC
        ``<nick>``, a quote marker or a clock stamp."""
        bad = [
            r["id"]
            for r in records
            for s in r["spans"]
            if OUTSIDE.search(s["value"])
            or "\n>" in s["value"]
            or (s["entity_type"] == "PERSON" and s["value"].endswith(":"))
        ]
        assert not bad, f"spans holding labels, titles, nicks or markers (ids): {bad[:SHOWN]}"

    def test_handles_characters_and_eponyms_are_never_gold(self, records: Records) -> None:
        """Player handles, game characters, trophies and places named after famous people
        are look-alikes: no span holds one."""
        bad = [
            r["id"]
            for r in records
            for s in r["spans"]
            if any(entry in s["value"] for entry in NEVER_GOLD)
        ]
        assert not bad, f"spans holding a handle, character or eponym (ids): {bad[:SHOWN]}"

    def test_census_transcriptions_name_persons(self, records: Records) -> None:
        """Private individuals in a census transcription are persons: every transcription
        row names one, and the transcriptions occur in both halves."""
        per_half = [0, 0]
        for r in records:
            if CENSUS.search(r["text"]):
                per_half[r["template_id"] % 2] += 1
                persons = sum(1 for s in r["spans"] if s["entity_type"] == "PERSON")
                assert persons >= 2, (r["id"], persons)
        assert min(per_half) >= 10, per_half


def _words(names: list[str]) -> frozenset[str]:
    return frozenset(SPEC.words(" ".join(names)))


GIVEN_WORDS = _words(set42.GIVEN)
SURNAME_WORDS = _words(set42.SURNAME)


def _login(value: str) -> bool:
    """``given.surname``, ``given_surname`` or ``given-surname`` in lower case, ASCII."""
    match = LOGIN.match(value)
    return match is not None and match.group(1) in GIVEN_WORDS and match.group(2) in SURNAME_WORDS
