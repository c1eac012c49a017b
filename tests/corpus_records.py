"""Shared checks for the synthetic PII corpora's records (sets 10, 11 and struct12)."""

from __future__ import annotations

from collections.abc import Container
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
