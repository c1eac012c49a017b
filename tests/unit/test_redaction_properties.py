"""Named invariants of redaction: idempotence, placeholders are inert, spans are consistent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction import ENTITY_TYPES, detect, placeholder, redact

_FRAGMENTS = [
    "Jane Roe", "jane roe", "Frits L van den Heuvel", "mail", "jo@example.com", "call",
    "+41 44 668 18 00", "(415) 555-0132", "4111 1111 1111 1111", "123-45-6789", "10.0.0.1",
    "2001:db8::1", "GB82WEST12345698765432", "47824 Pernilles vei 115 Suite 040",
    "the corner of", "and", "at", "to", "lives at", "Apt. 3", "\n", ",", ".", "Order #12345",
    "v1.2.3", "2024-03-15", "Dear", "Thanks", "Unit 3848 Box 3726", "DPO AE 51928", "12",
    "Main Street", "<PERSON>", "<", ">", "PERSON", "Rue du Niger",
]  # fmt: skip

_TEXTS = st.one_of(
    st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map(" ".join),
    st.text(max_size=80),
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once


@settings(max_examples=200, deadline=None, derandomize=True)
@given(_TEXTS)
def test_spans_are_sorted_disjoint_and_counted(text: str) -> None:
    result = redact(text)
    assert all(0 <= s.start < s.end <= len(text) for s in result.spans)
    assert all(a.end <= b.start for a, b in zip(result.spans, result.spans[1:], strict=False))
    assert sum(result.counts.values()) == len(result.spans)


def test_placeholders_are_never_detected() -> None:
    text = " ".join(placeholder(t) for t in ENTITY_TYPES)
    assert detect(text) == ()
    assert redact(text).text == text
    assert detect(f"Dear {placeholder('PERSON')}, call {placeholder('PHONE_NUMBER')}.") == ()


def test_redact_replaces_and_counts() -> None:
    result = redact("Mail jo@example.com or jo2@example.com, Jane Roe.")
    assert result.text == "Mail <EMAIL_ADDRESS> or <EMAIL_ADDRESS>, <PERSON>."
    assert result.counts == {"EMAIL_ADDRESS": 2, "PERSON": 1}
