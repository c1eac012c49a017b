"""Redaction over worker processes: same results, same order, as one process."""

from __future__ import annotations

import pickle

from processors.redaction import PiiSpan, Redaction, redact
from streams.redaction_pool import available_cores, redact_all, redaction_pool


def _round_trip(value: object) -> object:
    # (the pool's pipes pickle results; these bytes never leave this test)
    return pickle.loads(pickle.dumps(value))  # noqa: S301


def test_results_cross_processes_intact() -> None:
    result = redact("mail jo@example.com, Jane Roe")
    assert _round_trip(result) == result
    assert isinstance(_round_trip(result), Redaction)
    span = PiiSpan(1, 4, "PERSON")
    assert _round_trip(span) == span


def test_pool_redacts_like_one_process_in_input_order() -> None:
    texts = [f"ssn 123-45-{6000 + n} for Ana Lima, row {n}" for n in range(300)]
    with redaction_pool(2) as pool:
        assert redact_all(pool, texts, chunk=16) == [redact(text) for text in texts]


def test_available_cores_is_positive() -> None:
    assert available_cores() >= 1
