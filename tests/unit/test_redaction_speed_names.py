"""The speed gates of the person-name detector are necessary conditions: where a gate says
"no", the rule it guards finds nothing, so the output is the same as without the gate."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction import name_fixes, name_initials_and_roles, redactor
from processors.redaction.name_fixes import label_names
from processors.redaction.name_initials_and_roles import initials_and_roles_names
from processors.redaction.names import _text_to_scan
from processors.redaction.spans import PiiSpan

_FRAGMENTS = [
    "Anna", "Lars Ek", "O'Brien", "Mr.", "Dear", "Hi", "KWAME OSEI", "SHEN Mingxuan", "AB-C D",
    "Name:", "LATOYA ASHWORTH", "Bamba, Adjoua", "\u00c9MILE \u017dUPAN", "\u0160", "K.W. ",
    "our server ", "Kalani", " \u2014 she", "Note from ", ":", "\n", " ", ", ", ". ", "the",
    "-", "<PERSON>", "<PHONE_NUMBER>", "<US_SSN>", "<", ">", "PERSON", "ON", "signed",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map("".join)


def _lowered(text: str) -> str:
    """``text`` with its placeholders in lower case, as redact and may_contain_names scan."""
    scanned = _text_to_scan(text)
    return "" if scanned is None else scanned


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_speed_names_capital_pair_gate_is_necessary(text: str) -> None:
    """No two capitals side by side: neither capitals gate matches (in the text or in its copy
    with lower-case placeholders, where they match alike)."""
    lowered = _lowered(text)
    for scan in (text, lowered):
        if name_fixes._CAPITAL_PAIR.search(scan) is None:
            assert name_fixes._CAPS_GATE.search(scan) is None
            assert name_initials_and_roles._TWO_CAPITALS.search(scan) is None
    if lowered:
        for gate in (name_fixes._CAPS_GATE, name_initials_and_roles._TWO_CAPITALS):
            assert [m.span() for m in gate.finditer(text) if "<" not in m.group()] == [
                m.span() for m in gate.finditer(lowered)
            ]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_speed_names_label_names_same_with_capitals_scan(text: str) -> None:
    """label_names answers alike with the lowered copy, or "" when it has no capitals."""
    assert label_names(text, _lowered(text)) == label_names(text)
    spans = redactor.detect(text)
    redacted = redactor._replace(text, spans)
    lowered = redactor._replace(text, spans, redactor._LOWER_PLACEHOLDERS)
    assert label_names(redacted, lowered) == label_names(redacted)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_speed_names_initials_and_roles_gate(text: str) -> None:
    found: list[PiiSpan] = []
    initials_and_roles_names(text, found)
    pair = name_fixes._CAPITAL_PAIR.search(text) is not None
    gated: list[PiiSpan] = []
    initials_and_roles_names(text, gated, text if pair else "")
    assert gated == found


def test_redaction_speed_names_capitals_rules_still_found() -> None:
    """A catch of each capitals rule with the gates in place, and a look-alike."""
    assert label_names("just saw KWAME OSEI on the news")
    assert label_names("Name on card: LATOYA ASHWORTH")
    assert not label_names("the USB cable broke")


_ROLE_TEXTS = st.lists(
    st.sampled_from(
        ["our", "Our", "my", "the", "Your", " ", "server", "waitress", "tutor", "nanny", "Kalani",
         "Ngozi", " remembered", ",", ".", "Note from ", ":", " \u2014 she", "\u2013", "Server"]
    ),
    max_size=10,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_ROLE_TEXTS)
def test_redaction_speed_names_role_gate_is_necessary(text: str) -> None:
    """Where the gate of the _LONE_CUES rule says no, _LONE_CUES matches nothing."""
    gate = (
        (" from " in text and ":" in text)
        or " \u2014 " in text
        or " \u2013 " in text
        or name_initials_and_roles._role_word(text)
    )
    if not gate:
        assert name_initials_and_roles._LONE_CUES.search(text) is None


def test_redaction_speed_names_role_rule_still_found() -> None:
    found: list[PiiSpan] = []
    initials_and_roles_names("our server Kalani remembered the order", found)
    assert [(s.start, s.end) for s in found] == [(11, 17)]
    initials_and_roles_names("the server crashed again", found := [])
    assert not found
