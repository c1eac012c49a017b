"""Set 10 of the redaction corpus (``data/pii/hard_holdout10.jsonl``), a blind held-out file.

Checks on the committed file only (the redactor is neither imported nor run here): the
generator reproduces it byte for byte, every gold span is sound, look-alikes have no spans,
and the counts are the ones written in ``data/pii/README.md`` ("Set 10").
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set10 as set10
from tests.corpus_records import assert_record_sound

SET10 = Path(__file__).resolve().parents[2] / "data" / "pii" / "hard_holdout10.jsonl"
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
# data/pii/README.md, "Set 10".
SPANS = {
    "PERSON": 1489,
    "STREET_ADDRESS": 902,
    "IP_ADDRESS": 489,
    "PHONE_NUMBER": 372,
    "EMAIL_ADDRESS": 235,
    "US_SSN": 177,
    "IBAN_CODE": 117,
    "CREDIT_CARD": 105,
}
TEXTS_WITH = {"PERSON": 1209, "STREET_ADDRESS": 887}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    with SET10.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_generator_reproduces_the_file() -> None:
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in set10.build()]
    assert "".join(lines) == SET10.read_text(encoding="utf-8")


def test_spans_are_sound(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert_record_sound(record, TYPES)
        if record.get("negative"):
            assert not set10.gold_like(record["text"])


def test_counts_are_as_documented(records: list[dict[str, Any]]) -> None:
    assert [r["id"] for r in records] == list(range(6000))
    kinds = Counter((r["register"], bool(r.get("negative"))) for r in records)
    for register in set10.REGISTERS:
        assert kinds[(register, False)] in (428, 429)
        assert kinds[(register, True)] in (428, 429)
    assert sum(1 for r in records if not r.get("negative")) == 3000
    spans = Counter(s["entity_type"] for r in records for s in r["spans"])
    assert dict(spans) == SPANS
    for etype, count in TEXTS_WITH.items():
        holding = [r for r in records if any(s["entity_type"] == etype for s in r["spans"])]
        assert len(holding) == count
    assert len({r["template_id"] for r in records}) == 315
    assert len({r["text"] for r in records}) == 6000


def test_pools_are_independent_of_earlier_files() -> None:
    set10.check_pools()  # raises if a name or street word is in an earlier gold span or pool
    given, family, _ = set10.filtered_pools()
    assert len(given) >= 400
    assert len(family) >= 400
    assert len(set(set10.all_streets())) >= 150
