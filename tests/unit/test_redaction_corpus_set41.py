"""Set 41 (``data/pii/set41.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII, modelled on people's own lives (schools, health care, family
events, dating, faith communities and charities) and on text relayed by machines and other
people (speech-to-text transcripts, OCR, forwarded and quoted e-mails, SMS exports, machine
translation).

Checks on the committed file only (the redactor is neither imported nor run here): the shared
checks of ``tests/corpus_checks.py`` (the generator reproduces it byte for byte, every gold
span is sound and valid, the counts are the ones written in ``data/pii/README.md`` ("set41"),
both halves are varied and hold every type, look-alikes hold no person of the pools, the two
halves draw from disjoint pools, every culture of the person pools is named in both halves, the
name shapes occur in both halves and most texts with PII also hold a look-alike), and also: no
look-alike holds a valid card number, no text holds a documentation address, no gold phone is
of a range reserved for fiction nor any gold IP a loopback address, no PERSON span is a login
spelt from a name, quote markers stand only inside multi-line address spans, and speaker
labels, SMS stamps and translation notes stay outside every span.

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

import re

from bench import redaction_corpus_set41 as set41
from bench import redaction_corpus_set41_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set41_places as places
from bench import redaction_corpus_set41_pools as pools
from bench import redaction_corpus_set41_templates as templates
from bench.redaction_corpus_set40_values import FICTION
from tests.corpus_checks import (
    PII_DIR,
    SHOWN,
    CorpusChecks,
    CorpusSpec,
    LookAlikeSlotRule,
    assert_look_alikes_hold_no_valid_card_number,
    assert_no_documentation_ip_range_anywhere,
)
from tests.corpus_scans import Records, parses_and_not_loopback

# data/pii/README.md, "set41".
SPANS = {
    "PERSON": 1975,
    "STREET_ADDRESS": 212,
    "PHONE_NUMBER": 224,
    "EMAIL_ADDRESS": 381,
    "IP_ADDRESS": 240,
    "US_SSN": 210,
    "CREDIT_CARD": 210,
    "IBAN_CODE": 210,
}
LOOKALIKE_POOLS = (
    "SAINTS",
    "INSTITUTIONS",
    "EPONYMS",
    "SCALES",
    "PETS",
    "HYMNS",
    "BRANDS",
    "OPENERS",
    "WORDS",
)
# Each half holds at least this many PERSON spans of each shape (corpus_scans.name_shape_counts).
NAME_SHAPE_FLOORS = {
    "lower": 100,
    "lower_multi": 40,
    "lower_one": 60,
    "caps": 25,
    "diacritics": 35,
    "last_first": 80,
    "initials": 35,
    "two_initials": 10,
    "hyphenated": 40,
    "caps_first": 35,
}
# A login spelt from a name: a given name, '.', '_' or '-', and a surname, in lower case.
LOGIN = re.compile(r"^([a-z]+)[._-]([a-z]+)$")
# What stays outside every span: speaker labels, SMS export stamps, translation notes.
OUTSIDE = re.compile(r"AGENT:|CALLER:|\[\d\d/\d\d/\d{4}, \d\d:\d\d\]|\[translated from")
SPEC = CorpusSpec(
    label="set 41",
    file=PII_DIR / "set41.jsonl",
    generator=set41,
    pools=pools,
    places=places,
    lookalike_pools=lookalike_pools,
    templates=templates,
    spans=SPANS,
    template_count=196,
    pii_template_count=98,
    lookalike_pool_names=LOOKALIKE_POOLS,
    person_names=(*set41.GIVEN, *set41.SURNAME, *set41.MIDDLE, *pools.NICKS),
    templates_per_half_floor=7,
    spans_per_type_per_half_floor=100,
    lookalike_entries_unique=True,
    lookalike_slots=LookAlikeSlotRule(
        gold=frozenset({"title", "city", "postcode", "country", "emailr", *set41.MAIL_KINDS}),
        plain=frozenset(
            {"n", "count", "clock", "stars", "amount", "drug", "lang", "age", "hymnno"}
            | {"msgid", "jobid", "ts"}
        ),
        per_register=(6, 14),
        share=(0.6, 0.85),
    ),
    name_shape_floors=NAME_SHAPE_FLOORS,
    skip_shared_city_pools=False,
)


class TestSet41Corpus(CorpusChecks):
    spec = SPEC

    def test_look_alikes_hold_no_valid_card_number(self, records: Records) -> None:
        assert_look_alikes_hold_no_valid_card_number(records, set41.NUMBER_RUN)

    def test_no_documentation_ip_range_anywhere(self, records: Records) -> None:
        assert_no_documentation_ip_range_anywhere(records)

    def test_gold_holds_no_fiction_phone_nor_loopback(self, records: Records) -> None:
        """Numbers of the ranges reserved for fiction are look-alikes here, never gold (also
        when read out digit by digit); no gold IP is a loopback address."""
        bad: list[int] = []
        for r in records:
            for s in r["spans"]:
                value = s["value"]
                if s["entity_type"] == "PHONE_NUMBER":
                    compact = re.sub(r"(?<=\d) (?=\d)", "", value) if _spelt(value) else value
                    if FICTION.search(value) or FICTION.search(compact):
                        bad.append(r["id"])
                if s["entity_type"] == "IP_ADDRESS" and not parses_and_not_loopback(value):
                    bad.append(r["id"])
        assert not bad, f"fiction phones or loopback IPs as gold (ids): {bad[:SHOWN]}"

    def test_no_person_span_is_a_login(self, records: Records) -> None:
        """Logins spelt from a name are not used in this set, as gold or otherwise."""
        bad = [
            r["id"]
            for r in records
            for s in r["spans"]
            if s["entity_type"] == "PERSON" and _login(s["value"])
        ]
        assert not bad, f"PERSON spans shaped like a login (ids): {bad[:SHOWN]}"

    def test_quote_markers_only_inside_multiline_addresses(self, records: Records) -> None:
        """A span holds a quote marker only after a line break of an address; no span holds a
        speaker label, an SMS export stamp or a translation note."""
        bad = []
        for r in records:
            for s in r["spans"]:
                value = s["value"]
                quoted = "\n>" in value
                if quoted and s["entity_type"] != "STREET_ADDRESS":
                    bad.append(r["id"])
                if value.startswith(">") or OUTSIDE.search(value):
                    bad.append(r["id"])
        assert not bad, f"spans with quote markers, labels or stamps (ids): {bad[:SHOWN]}"

    def test_digit_by_digit_phones_occur_in_both_halves(self, records: Records) -> None:
        for parity in (0, 1):
            spelt = sum(
                1
                for r in records
                if r["template_id"] % 2 == parity
                for s in r["spans"]
                if s["entity_type"] == "PHONE_NUMBER" and _spelt(s["value"])
            )
            assert spelt >= 10, (parity, spelt)


def _words(names: list[str]) -> frozenset[str]:
    return frozenset(SPEC.words(" ".join(names)))


GIVEN_WORDS = _words(set41.GIVEN)
SURNAME_WORDS = _words(set41.SURNAME)


def _login(value: str) -> bool:
    """``given.surname``, ``given_surname`` or ``given-surname`` in lower case, ASCII."""
    match = LOGIN.match(value)
    return match is not None and match.group(1) in GIVEN_WORDS and match.group(2) in SURNAME_WORDS


def _spelt(value: str) -> bool:
    """A phone read out digit by digit: single digits separated by spaces."""
    return re.fullmatch(r"\d( \d){6,}", value) is not None
