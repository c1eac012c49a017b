"""Set 11 of the redaction corpus (``data/pii/hard_holdout11.jsonl``), a blind held-out file.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound, look-alikes have no spans,
and the counts are the ones written in ``data/pii/README.md`` ("Set 11").
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set11 as set11
from tests.corpus_records import assert_record_sound

SET11 = Path(__file__).resolve().parents[2] / "data" / "pii" / "hard_holdout11.jsonl"
TYPES = {
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IP_ADDRESS",
    "IBAN_CODE",
    "STREET_ADDRESS",
}
# data/pii/README.md, "Set 11".
SPANS = {
    "PERSON": 1522,
    "STREET_ADDRESS": 508,
    "IP_ADDRESS": 337,
    "PHONE_NUMBER": 233,
    "EMAIL_ADDRESS": 167,
    "US_SSN": 110,
    "CREDIT_CARD": 93,
    "IBAN_CODE": 85,
}
TEXTS_WITH = {"PERSON": 1224, "STREET_ADDRESS": 489}
TEMPLATES = 442


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    with SET11.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_generator_reproduces_the_file() -> None:
    # build() also runs check_pools, check_templates, check_record and check_novelty.
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in set11.build()]
    assert "".join(lines) == SET11.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert_record_sound(record, TYPES)


def test_look_alikes_have_no_spans(records: list[dict[str, Any]]) -> None:
    negatives = [r for r in records if r.get("negative")]
    assert len(negatives) == 2100
    for record in negatives:
        assert record["negative"] is True
        assert record["spans"] == []
        assert not set11.lookalike_findings(record["text"])


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert [r["id"] for r in records] == list(range(4200))
    kinds = Counter((r["register"], bool(r.get("negative"))) for r in records)
    assert set(kinds) == {(reg, neg) for reg in set11.REGISTERS for neg in (False, True)}
    assert set(kinds.values()) == {300}
    spans = Counter(s["entity_type"] for r in records for s in r["spans"])
    assert dict(spans) == SPANS
    for etype, count in TEXTS_WITH.items():
        holding = [r for r in records if any(s["entity_type"] == etype for s in r["spans"])]
        assert len(holding) == count
    assert len({r["text"] for r in records}) == 4200


def test_templates_are_varied_per_register(records: list[dict[str, Any]]) -> None:
    assert len({r["template_id"] for r in records}) == TEMPLATES
    for register in set11.REGISTERS:
        for negative in (False, True):
            ids = {
                r["template_id"]
                for r in records
                if r["register"] == register and bool(r.get("negative")) == negative
            }
            assert len(ids) >= set11.MIN_TEMPLATES
            # a split by template parity leaves both halves varied
            assert min(sum(1 for i in ids if i % 2 == p) for p in (0, 1)) >= 15
