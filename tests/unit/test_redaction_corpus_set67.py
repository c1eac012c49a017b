"""Sets 6 and 7 of the redaction corpus (``hard_tune6.jsonl``, ``hard_holdout7.jsonl``).

Cheap checks on the committed files: the gold spans are sound, and set 7 (never tuned on)
shares no name, street or template with set 6. Regenerating the files byte for byte is
``python -m bench.redaction_corpus_set67`` followed by ``git diff``; it is not run here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench import redaction_corpus_set67 as corpus

DATA = Path(__file__).resolve().parents[2] / "data" / "pii"
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


def _records(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="module")
def sets() -> dict[int, list[dict[str, Any]]]:
    return {number: _records(name) for number, name in corpus.FILES.items()}


def _spans(records: list[dict[str, Any]], kind: str) -> Iterator[str]:
    for record in records:
        for span in record["spans"]:
            if span["entity_type"] == kind:
                yield span["value"]


def _skeleton(record: dict[str, Any]) -> str:
    """The text with its spans replaced by their types and digits by '#'."""
    text = record["text"]
    for span in reversed(record["spans"]):
        text = text[: span["start"]] + f"<{span['entity_type']}>" + text[span["end"] :]
    return re.sub(r"\d", "#", text)


@pytest.mark.parametrize("number", [6, 7])
def test_records_are_well_formed(sets: dict[int, list[dict[str, Any]]], number: int) -> None:
    records = sets[number]
    assert len(records) == 3000
    assert [r["id"] for r in records] == list(range(3000))
    positives = [r for r in records if not r.get("negative")]
    negatives = [r for r in records if r.get("negative")]
    assert len(positives) == len(negatives) == 1500
    assert {r["register"] for r in records} == set(corpus.REGISTERS)
    assert all(r["negative"] is True and r["spans"] == [] for r in negatives)
    assert all(r["spans"] for r in positives)


@pytest.mark.parametrize("number", [6, 7])
def test_spans_match_their_text_and_do_not_overlap(
    sets: dict[int, list[dict[str, Any]]], number: int
) -> None:
    for record in sets[number]:
        text, end = record["text"], 0
        for span in record["spans"]:
            assert span["entity_type"] in TYPES
            assert text[span["start"] : span["end"]] == span["value"], record["id"]
            assert span["start"] >= end, record["id"]
            end = span["end"]


@pytest.mark.parametrize("number", [6, 7])
def test_checksummed_values_are_valid(sets: dict[int, list[dict[str, Any]]], number: int) -> None:
    records = sets[number]
    assert all(corpus.luhn_ok(v) for v in _spans(records, "CREDIT_CARD"))
    assert all(corpus.iban_ok(v) for v in _spans(records, "IBAN_CODE"))


def test_set7_names_are_not_in_set6(sets: dict[int, list[dict[str, Any]]]) -> None:
    tokens = {
        number: set().union(*(corpus.name_tokens(v) for v in _spans(records, "PERSON")))
        for number, records in sets.items()
    }
    assert len(tokens[7]) > 400
    assert not tokens[6] & tokens[7]


def test_set7_streets_are_not_in_set6(sets: dict[int, list[dict[str, Any]]]) -> None:
    addresses = "\n".join(_spans(sets[6], "STREET_ADDRESS")).lower()
    for street in corpus.street_names(1):
        assert not re.search(rf"(?<!\w){re.escape(street.lower())}(?!\w)", addresses), street


def test_set7_templates_are_not_in_set6(sets: dict[int, list[dict[str, Any]]]) -> None:
    corpus.check_templates()
    skeletons = {number: {_skeleton(r) for r in records} for number, records in sets.items()}
    assert not skeletons[6] & skeletons[7]
