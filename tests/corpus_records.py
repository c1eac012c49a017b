"""Shared checks for the synthetic PII corpora's records (sets 10-15, 29-33, struct12)."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from pathlib import Path
from typing import Any

RECORD_FIELDS = {"id", "template_id", "text", "spans", "register", "negative"}


def assert_record_sound(record: dict[str, Any], entity_types: Container[str]) -> None:
    """Known fields; spans typed, sorted, non-empty, non-overlapping and equal to their value
    in the text; a look-alike ("negative") exactly when there is no span."""
    text, spans = record["text"], record["spans"]
    assert set(record) <= RECORD_FIELDS
    end = 0
    for span in spans:
        assert set(span) == {"start", "end", "entity_type", "value"}
        assert span["entity_type"] in entity_types
        assert text[span["start"] : span["end"]] == span["value"]
        assert span["start"] >= end  # sorted, no overlap
        assert span["end"] > span["start"]
        end = span["end"]
    assert bool(record.get("negative")) == (not spans)


def assert_counts(
    records: list[dict[str, Any]],
    registers: Sequence[str],
    spans: dict[str, int],
    templates: int,
) -> None:
    """3,000 records, half look-alikes, 214-215 of each register and kind, the documented span
    counts and number of templates, no text twice (sets 13 and struct12)."""
    assert [r["id"] for r in records] == list(range(3000))
    assert sum(1 for r in records if r.get("negative")) == 1500
    kinds = Counter((r["register"], bool(r.get("negative"))) for r in records)
    assert set(kinds) == {(reg, neg) for reg in registers for neg in (False, True)}
    assert set(kinds.values()) == {214, 215}
    assert dict(Counter(s["entity_type"] for r in records for s in r["spans"])) == spans
    assert len({r["template_id"] for r in records}) == templates
    assert len({r["text"] for r in records}) == 3000


def assert_halves_varied(records: list[dict[str, Any]], registers: Sequence[str]) -> None:
    """Each register and kind has at least 7 templates in each half (even and odd ids)."""
    for register in registers:
        for negative in (False, True):
            ids = {
                r["template_id"]
                for r in records
                if r["register"] == register and bool(r.get("negative")) == negative
            }
            assert min(sum(1 for i in ids if i % 2 == p) for p in (0, 1)) >= 7


def assert_every_type_in_both_halves(
    records: list[dict[str, Any]], entity_types: Iterable[str]
) -> None:
    """Both halves (even and odd template ids) hold a span of every one of ``entity_types``
    and of no other type."""
    for parity in (0, 1):
        types = {
            s["entity_type"] for r in records if r["template_id"] % 2 == parity for s in r["spans"]
        }
        assert types == set(entity_types)


# Independent checksums for the corpora's gold (not the detector's own code, nor a generator's).
IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def luhn_ok(number: str) -> bool:
    """The Luhn check of the digits of ``number`` (separators ignored)."""
    digits = [int(c) for c in number if c.isdigit()]
    total = sum(
        d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(reversed(digits))
    )
    return total % 10 == 0


def mod97_ok(iban: str) -> bool:
    """The ISO 13616 check of an IBAN written with or without spaces."""
    compact = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def gold_values(records: list[dict[str, Any]], entity_type: str) -> list[str]:
    return [s["value"] for r in records for s in r["spans"] if s["entity_type"] == entity_type]


def assert_structured_gold_valid(records: list[dict[str, Any]]) -> None:
    """Every card passes Luhn (13-19 digits), every IBAN mod 97, every IP parses as one address,
    and every SSN could be issued (no 000, 666 or 9xx area, no 00 group, no 0000 serial)."""
    for value in gold_values(records, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit(), value
        assert 13 <= len(digits) <= 19, value
        assert luhn_ok(digits), value
    for value in gold_values(records, "IBAN_CODE"):
        assert mod97_ok(value), value
    for value in gold_values(records, "IP_ADDRESS"):
        ipaddress.ip_address(value)  # raises on anything that is not one address
    for value in gold_values(records, "US_SSN"):
        digits = re.sub(r"\D", "", value)
        assert len(digits) == 9, value
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        assert area not in ("000", "666"), value
        assert area[0] != "9", value
        assert group != "00", value
        assert serial != "0000", value


def assert_look_alikes_hold_no_email_nor_valid_iban(records: list[dict[str, Any]]) -> None:
    for record in records:
        if record.get("negative"):
            assert "@" not in record["text"]
            for iban in IBAN_SHAPE.findall(record["text"]):
                assert not mod97_ok(iban), record["text"]


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a corpus file, one JSON object a line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def assert_spans_sound(records: list[dict[str, Any]], entity_types: Container[str]) -> None:
    """:func:`assert_record_sound` for every record, and no span value with blanks around it."""
    for record in records:
        assert_record_sound(record, entity_types)
        for span in record["spans"]:
            assert span["value"] == span["value"].strip()


def assert_look_alikes_hold_no_pool_name(
    records: list[dict[str, Any]], names: set[str], words: Callable[[str], set[str]]
) -> None:
    """No look-alike holds a word of ``names`` (the person pools' words, as ``words`` reads
    them), nor an e-mail or a valid IBAN (sets 29-33)."""
    for record in records:
        if record["negative"]:
            assert not words(record["text"]) & names, record["id"]
    assert_look_alikes_hold_no_email_nor_valid_iban(records)


def assert_person_words_of_halves_disjoint(
    records: list[dict[str, Any]], words: Callable[[str], set[str]], particles: set[str]
) -> None:
    """No PERSON word (initials and ``particles`` aside) occurs in both halves by template
    parity, and each half has some (sets 29-33)."""
    halves: list[set[str]] = [set(), set()]
    for record in records:
        for span in record["spans"]:
            if span["entity_type"] == "PERSON":
                found = {w for w in words(span["value"]) if len(w) > 1}  # not initials
                halves[record["template_id"] % 2] |= found - particles
    assert halves[0]
    assert halves[1]
    assert not halves[0] & halves[1]


def assert_pool_entries_stay_in_their_half(
    records: list[dict[str, Any]],
    entries: Iterable[tuple[str, ...]],
    half: Callable[[tuple[str, ...], int], Sequence[str]],
) -> None:
    """No entry of a pool's half (``half(pool, parity)``) occurs, as a whole word in any case,
    in a text of the other half (sets 29-33)."""
    texts = ["\n".join(r["text"] for r in records if r["template_id"] % 2 == p) for p in (0, 1)]
    pools = list(entries)
    for parity in (0, 1):
        own = [entry for pool in pools for entry in half(pool, parity)]
        if not whole_words(own).search(texts[1 - parity]):
            continue  # none occurs (see whole_words); else name the first that does
        for entry in own:
            assert not whole_words([entry]).search(texts[1 - parity]), entry


def whole_words(entries: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``entries`` as a whole word, in any case.

    A search for it finds a match exactly when one of the entries occurs (it tries every start
    and backtracks through every alternative), about ten times faster than one search per
    entry over a corpus half; entries are searched one by one only to name one that occurs.
    """
    alternatives = "|".join(re.escape(e) for e in entries)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
