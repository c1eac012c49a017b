"""The dev corpus meets the targets: >= 0.99 P/R per structured type, >= 0.90 for the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.redaction_eval import load_corpus, score

CORPUS = Path(__file__).resolve().parents[2] / "data/pii/dev.jsonl"
TARGETS = {
    "EMAIL_ADDRESS": 0.99,
    "PHONE_NUMBER": 0.99,
    "CREDIT_CARD": 0.99,
    "US_SSN": 0.99,
    "IP_ADDRESS": 0.99,
    "IBAN_CODE": 0.99,
    "PERSON": 0.90,
    "STREET_ADDRESS": 0.90,
}


@pytest.fixture(scope="module")
def result() -> dict[str, dict[str, float]]:
    return score(load_corpus(CORPUS))


@pytest.mark.parametrize("entity_type", sorted(TARGETS))
def test_dev_corpus_targets(result: dict[str, dict[str, float]], entity_type: str) -> None:
    row = result[entity_type]
    assert row["precision"] >= TARGETS[entity_type], row
    assert row["recall"] >= TARGETS[entity_type], row
