"""Set 43 (``data/pii/set43.jsonl``): all eight types in seven registers, and look-alikes,
also inside texts with PII, modelled on news, media, the creative trades, events and
business-to-business trade (newsrooms and tips, press releases, podcasts, interview and
meeting transcripts, subtitles, publishing, ticketing, weddings and catering, venues and trade
shows, photography and film crews, music royalties, purchasing, freight and customs).

Checks on the committed file only (the redactor is neither imported nor run here): the shared
checks of ``tests/corpus_checks.py`` (the generator reproduces it byte for byte, every gold
span is sound and valid, the counts are the ones written in ``data/pii/README.md`` ("set43"),
both halves are varied and hold every type, look-alikes hold no person of the pools, the two
halves draw from disjoint pools, every culture of the person pools is named in both halves, the
name shapes occur in both halves and most texts with PII also hold a look-alike), and also: no
look-alike holds a valid card number, no text holds a documentation address, no gold phone is
of a range reserved for fiction nor any gold IP a loopback address, no PERSON span is a login
spelt from a name, timecodes, speaker-label colons, role labels, brackets and titles stay
outside every span, every speaker label of a transcript names a person span (in both halves),
no brand, venue, award, character, band, song, work or gear of the look-alike pools is gold
(in any case), no dotted four-part string outside the gold parses as an IPv4 address, and no number
shaped like a NANP phone number outside the gold could be dialled (its area code starts with 0
or 1, or it is of a range reserved for fiction).

The corpus is blind to the people who tune the redactor: every assertion message names record
ids, template ids, pool names, positions and counts, never a span value or a text.
"""

from __future__ import annotations

import re

from bench import redaction_corpus_set43 as set43
from bench import redaction_corpus_set43_lookalike_pools as lookalike_pools
from bench import redaction_corpus_set43_places as places
from bench import redaction_corpus_set43_pools as pools
from bench import redaction_corpus_set43_templates as templates
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
from tests.corpus_scans import Records

# data/pii/README.md, "set43".
SPANS = {
    "PERSON": 2053,
    "STREET_ADDRESS": 212,
    "PHONE_NUMBER": 287,
    "EMAIL_ADDRESS": 288,
    "IP_ADDRESS": 210,
    "US_SSN": 210,
    "CREDIT_CARD": 210,
    "IBAN_CODE": 210,
}
LOOKALIKE_POOLS = (
    "BRANDS",
    "VENUES",
    "AWARDS",
    "CHARACTERS",
    "BANDS",
    "SONGS",
    "WORKS",
    "GEAR",
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
    "two_initials": 20,
    "hyphenated": 40,
    "caps_first": 40,
}
# A login spelt from a name: a given name, '.', '_' or '-', and a surname, in lower case.
LOGIN = re.compile(r"^([a-z]+)[._-]([a-z]+)$")
# What stays outside every span: titles, role labels, brackets, timecodes and SRT timings.
OUTSIDE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\b|\bHOST\b|[\[\]]|-->")
# A timecode or an SRT time (looked for in every span but IP addresses).
TIMECODE = re.compile(r"\b\d\d:\d\d:\d\d[:;,]\d\d")
SPEC = CorpusSpec(
    label="set 43",
    file=PII_DIR / "set43.jsonl",
    generator=set43,
    pools=pools,
    places=places,
    lookalike_pools=lookalike_pools,
    templates=templates,
    spans=SPANS,
    template_count=196,
    pii_template_count=98,
    lookalike_pool_names=LOOKALIKE_POOLS,
    person_names=(*set43.GIVEN, *set43.SURNAME, *set43.MIDDLE, *pools.NICKS),
    templates_per_half_floor=7,
    spans_per_type_per_half_floor=100,
    lookalike_entries_unique=True,
    lookalike_slots=LookAlikeSlotRule(
        gold=frozenset({"title", "city", "postcode", "country", "emailr", *set43.MAIL_KINDS}),
        plain=frozenset({"n", "count", "clock", "stars", "amount", "date"}),
        per_register=(10, 14),
        share=(0.85, 1.0),
    ),
    name_shape_floors=NAME_SHAPE_FLOORS,
    skip_shared_city_pools=False,
)
# Entries that must never be gold, in any case (also inside a span).
NEVER_GOLD = tuple(
    entry.lower() for name in LOOKALIKE_POOLS[:-2] for entry in getattr(lookalike_pools, name)
)
# A speaker label of a transcript: a timecode in brackets and a name in capitals, or a name in
# capitals alone on a meeting note's line, then a colon.
CAPS_WORD = r"[^\W\d_a-z][^\W\d_a-z'-]*"
SPEAKER = re.compile(
    rf"^(?:\[\d\d:\d\d:\d\d[:;]\d\d\] )?({CAPS_WORD}(?: {CAPS_WORD})*): ", re.MULTILINE
)
# Labels of forms and roles, not speakers.
ROLE_LABELS = frozenset({"HOST", "SSN", "IBAN", "ISRC", "HS", "HTS", "AWB"})


class TestSet43Corpus(CorpusChecks):
    spec = SPEC

    def test_look_alikes_hold_no_valid_card_number(self, records: Records) -> None:
        assert_look_alikes_hold_no_valid_card_number(records, set43.NUMBER_RUN)

    def test_texts_with_pii_hold_no_valid_card_number_outside_the_gold(
        self, records: Records
    ) -> None:
        """ISBN-13s, EAN-13s and ticket barcodes next to the real PII fail Luhn too."""
        assert_no_card_number_outside_the_gold(records, set43.NUMBER_RUN)

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

    def test_labels_titles_brackets_and_timecodes_stay_outside(self, records: Records) -> None:
        """No span holds a title, a role label, a speaker label's colon or brackets, a
        timecode or an SRT timing."""
        bad = [
            r["id"]
            for r in records
            for s in r["spans"]
            if OUTSIDE.search(s["value"])
            or (s["entity_type"] != "IP_ADDRESS" and TIMECODE.search(s["value"]))
            or (s["entity_type"] == "PERSON" and s["value"].endswith(":"))
        ]
        assert not bad, f"spans holding labels, titles, brackets or timecodes (ids): {bad[:SHOWN]}"

    def test_speaker_labels_of_transcripts_are_person_spans(self, records: Records) -> None:
        """In a transcript with PII every speaker label but a role is exactly a PERSON span
        (the colon and the timecode outside); in a look-alike every speaker label is a
        character of the pools (never a person); transcripts with persons stand in both
        halves."""
        characters = {c.upper() for c in lookalike_pools.CHARACTERS}
        per_half = [0, 0]
        bad: list[int] = []
        for r in records:
            spans = {(s["start"], s["end"]) for s in r["spans"] if s["entity_type"] == "PERSON"}
            labels = [m for m in SPEAKER.finditer(r["text"]) if m.group(1) not in ROLE_LABELS]
            if labels and not r["negative"]:
                per_half[r["template_id"] % 2] += 1
            for m in labels:
                ok = m.group(1) in characters if r["negative"] else m.span(1) in spans
                if not ok:
                    bad.append(r["id"])
        assert not bad, f"speaker labels that are not what they should be (ids): {bad[:SHOWN]}"
        assert min(per_half) >= 10, per_half

    def test_name_like_entries_are_never_gold(self, records: Records) -> None:
        """Brands, venues, awards, characters, bands, songs, works and gear named after people
        are look-alikes: no span holds one, in any case."""
        bad = [
            r["id"]
            for r in records
            for s in r["spans"]
            if any(entry in s["value"].lower() for entry in NEVER_GOLD)
        ]
        assert not bad, f"spans holding a name-like look-alike (ids): {bad[:SHOWN]}"

    def test_no_dotted_quad_outside_the_gold_is_an_ip(self, records: Records) -> None:
        """IP-like versions have a part over 255 or five parts: none parses as IPv4."""
        assert_no_dotted_quad_outside_the_gold_is_an_ip(records)

    def test_phone_shaped_references_outside_the_gold_cannot_be_dialled(
        self, records: Records
    ) -> None:
        """A NANP-shaped number outside the gold (a press-line reference) has an area code
        starting with 0 or 1, or is of a range reserved for fiction."""
        assert_no_diallable_nanp_shape_outside_the_gold(records)


def _words(names: list[str]) -> frozenset[str]:
    return frozenset(SPEC.words(" ".join(names)))


GIVEN_WORDS = _words(set43.GIVEN)
SURNAME_WORDS = _words(set43.SURNAME)


def _login(value: str) -> bool:
    """``given.surname``, ``given_surname`` or ``given-surname`` in lower case, ASCII."""
    match = LOGIN.match(value)
    return match is not None and match.group(1) in GIVEN_WORDS and match.group(2) in SURNAME_WORDS
