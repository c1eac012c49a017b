"""Stop 22 speed gates of the person-name side are exact: where a gate says "no", the rule it
guards finds nothing, and a scan of the lower-case-placeholder copy finds what a scan of the
text finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction import name_fixes, name_initials_and_roles, redactor
from processors.redaction.name_shapes import caps_names
from processors.redaction.names import _text_to_scan, may_contain_names
from processors.redaction.person_recall_capitalised import _lone_names
from processors.redaction.spans import PiiSpan

_FRAGMENTS = [
    "Anna", "Lars Ek", "O'Brien", "Dear", "Hi", "KWAME OSEI", "SHEN Mingxuan", "AB-C D",
    "IBAN GB13", "GB", "13", "_", "X", "Y.", "\u00c9MILE \u017dUPAN", "\u0160", "\u0101",
    "Name:", "for ", "opened by ", "Adomako, Ekow", " and ", "\n", " ", ", ", ". ", "the",
    "-", "'", '"', "(", "<PERSON>", "<PHONE_NUMBER>", "<", ">", "@", "7", "signed", "Kekoa",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map("".join)


def _lowered(text: str) -> str:
    """``text`` with its placeholders in lower case, or "" when it has no capital after its
    first character (as label_names is told)."""
    scanned = _text_to_scan(text)
    return "" if scanned is None else scanned


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_speed22_capitals_word_pair_gate_is_necessary(text: str) -> None:
    """Without a capital, a space and capitals not followed by a digit or "_", no capitals
    rule matches (so "IBAN GB13..." may skip them)."""
    if name_fixes._CAPITALS_WORD_PAIR.search(text) is None:
        found: list[PiiSpan] = []
        caps_names(text, found)
        assert found == []
        assert name_fixes._CAPS_RUN.search(text) is None
        assert name_initials_and_roles._CAPS_PAIR.search(text) is None
        assert name_initials_and_roles._CAPS_SURNAME_GIVEN.search(text) is None


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_speed22_recall_scan_of_the_copy(text: str) -> None:
    """The capitalised-word scan of person recall finds the same in the lowered copy, and at
    the start only when the copy has no capital after its first character."""
    expected: list[PiiSpan] = []
    _lone_names(text, expected)
    got: list[PiiSpan] = []
    _lone_names(text, got, _lowered(text))
    assert got == expected


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_speed22_guard_without_digits(text: str) -> None:
    """Told that the text has no digit and no "@", may_contain_names answers alike."""
    if "@" in text or redactor._has_digit(text):
        return
    lowered = _text_to_scan(text)
    assert may_contain_names(text, lowered, no_digit_or_at=True) == may_contain_names(text)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(
    st.lists(
        st.sampled_from([*_FRAGMENTS, "our server ", "Note from ", " \u2014 she"]), max_size=12
    ).map("".join)
)
def test_redaction_speed22_roles_need_a_later_capital(text: str) -> None:
    """Told that no capital follows the first character (but in placeholders), the role and
    "Note from" shapes are not looked for, and nothing changes."""
    if _text_to_scan(text) is not None:
        return
    expected: list[PiiSpan] = []
    name_initials_and_roles.initials_and_roles_names(text, expected, "")
    got: list[PiiSpan] = []
    name_initials_and_roles.initials_and_roles_names(text, got, "", later_capitals=False)
    assert got == expected
