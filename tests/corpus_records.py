"""Shared checks for the synthetic PII corpora's records (sets 10, 11, 13 and struct12)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Sequence
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
