"""The gate's memo of PII-free strings: same answers as the detector, never holds PII."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from processors import gate
from processors.gate import CleanMemo
from processors.redaction import detect, redact
from streams.stages import core
from streams.stages.core import redact_text


def test_the_oldest_string_goes_first_once_the_memo_is_full() -> None:
    memo = CleanMemo(2)
    for text in ("a", "b", "c"):
        memo.add(text)
    assert "a" not in memo
    assert "b" in memo
    assert "c" in memo


def test_an_id_with_pii_is_refused_every_time_and_never_remembered() -> None:
    for _ in range(3):
        assert gate._repeated_id_holds_pii("req-jane.doe@example.com")
    assert "req-jane.doe@example.com" not in gate._CLEAN_IDS
    assert not gate._repeated_id_holds_pii("req-20261202-000017")
    assert "req-20261202-000017" in gate._CLEAN_IDS


_SHORT_TEXTS = [
    "mobile",
    "en-US",
    "call 555-867-5309",
    "jane@example.com",
    "Jane Smith",
    "checkout",
    "",
]
_SHORT_TEXT = st.sampled_from(_SHORT_TEXTS)


@pytest.fixture(scope="module", autouse=True)
def _word_lists_loaded() -> None:
    """The redactor reads its word lists on first use (a quarter second or more on a loaded
    host: the fresh-clone CI run at ddfc79e failed so, 259 ms against hypothesis's 200 ms
    deadline, on the first example). Read them before hypothesis times its examples."""
    for text in _SHORT_TEXTS:
        redact(text)


@given(st.lists(_SHORT_TEXT, max_size=12))
def test_memoized_redaction_answers_as_the_redactor_does(texts: list[str]) -> None:
    for text in texts:
        result = redact(text)
        assert redact_text(text) == (result.text, dict(result.counts))
        if detect(text):
            assert text not in core._CLEAN_TEXT


def test_a_uuid_event_id_skips_the_detector_and_a_phone_in_an_id_does_not() -> None:
    assert not gate._identifier_may_hold_pii("3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718")
    assert not gate._holds_pii("event_id", "3F2A9C1E-8B7D-4E6F-A1B2-C3D4E5F60718")
    assert gate._holds_pii("event_id", "+1-555-867-5309")
    assert gate._holds_pii("event_id", "3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718-jane@example.com")


def test_pii_glued_to_an_id_prefix_is_refused_and_plain_numbered_ids_are_not() -> None:
    for glued in ("evt_4111111111111111", "evt-078-05-1120", "req_DE89370400440532013000"):
        assert gate.identifier_holds_pii(glued), glued
        assert gate._holds_pii("event_id", glued), glued
        assert gate._repeated_id_holds_pii(glued), glued
    for plain in (
        "order-2026120123",
        "evt_20261202_000017",
        "sku-4111111111111112",
        "v2-build-19045",
    ):
        assert not gate.identifier_holds_pii(plain), plain


def test_the_gate_redactor_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> object:
        raise IndexError("a redactor bug")

    monkeypatch.setattr(core, "redact", broken)
    text = "Jane Smith lives at 12 Main St, a text never seen before"
    assert redact_text(text) == ("<REDACTION_FAILED>", {core.REDACTION_FAILED: 1})
    assert text not in core._CLEAN_TEXT
