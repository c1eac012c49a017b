"""redact's re-scan guard stays exact with the shortcuts it takes for speed.

redact passes the guard a copy of the redacted text with its placeholders in lower case, so
that the name guard need not look for them; the guard must answer as without it, and never
say "no" where a re-scan of the redacted text finds something.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction import detect, redactor
from processors.redaction.names import may_contain_names

_FRAGMENTS = [
    "Anna", "Lars Ek", "O'Brien", "Mr.", "Dear", "Hi", "thx", "said", "from", "cc:", "Name:",
    "Name on card:", "LATOYA ASHWORTH", "Bamba, Adjoua", "user=", "Best,\n", "- ", "\n", " ",
    ", ", ". ", "the", "Paris", "call", "at", "3am", "42", "Ste 4", "rue", "Main St", "::",
    "a@b.co", "SSN", "123-45-6789", "+44 20 7946 0958", "4111 1111 1111 1111", "10.0.0.1",
    "<PERSON>", "<PHONE_NUMBER>", "<STREET_ADDRESS>", "<", ">", "PERSON", "caf\u00e9",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_guard_with_lowered_placeholders_answers_as_without(text: str) -> None:
    spans = detect(text)
    redacted = redactor._replace(text, spans)
    lowered = redactor._replace(text, spans, redactor._LOWER_PLACEHOLDERS)
    assert may_contain_names(redacted, lowered) == may_contain_names(redacted)
    assert redactor._may_contain_pii(redacted, lowered) or not detect(redacted)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg called Lars about <PERSON>",  # a literal placeholder stays in capitals
        "Hi Anna, call 415-555-0132 then Lars Ek",
        "Customer Mitchell Boyes (SSN 123-45-6789) called.",
        "Name: Anna Berg\nPhone: +44 20 7946 0958\nBest,\nLars",
    ],
)
def test_redaction_guard_with_lowered_placeholders_on_examples(text: str) -> None:
    spans = detect(text)
    redacted = redactor._replace(text, spans)
    lowered = redactor._replace(text, spans, redactor._LOWER_PLACEHOLDERS)
    assert len(lowered) == len(redacted)
    assert lowered.lower() == redacted.lower()
    assert may_contain_names(redacted, lowered) == may_contain_names(redacted)
