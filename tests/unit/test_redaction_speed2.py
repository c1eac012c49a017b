"""The string-test gates added for speed after set 8 are necessary conditions of their regexes.

Each gate skips a regex only when a cheap test (``in``, one character) shows that it cannot
match; these properties check, on texts built from the regexes' own cue words and on random
text, that a match never occurs where its gate says "no" (so skipping changes no output).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction import (
    address_bounds,
    address_layout,
    ip_versions,
    name_placed,
    name_shapes,
    structured,
)
from processors.redaction.address_bounds import query_tail_start
from processors.redaction.ip_versions import is_version_context
from processors.redaction.substrings import holds_any

_CUES = [
    "firmware", "Version", "RELEASE", "build", "fw", "sdk", "SDK", "driver", "kernel", "bios",
    "patch", "hotfix", "changelog", "android", "iOS", "macos", "ver", "v", "V", "os", "oid",
    "updated", "upgrade", "rolled back", "to", "from", "old", "new", "Chrome/", "x/", "=", ":",
    '"', "'", "(", ".", " ", "  ", "\n", "\t", "\u00a0", "\u212a", "\u017f", "S\u212a", "sd\u212a",
    "parking", "floor plan", "ZIP code", "postal code", "map", "prices", "for sale", "photos",
    "reviews", "directions", "opening hours", "street view", ", ", "house", "flat", "plot",
    "villa", "no.", "h.no", "hno", "H.No", "apartment", "s\u1ed1", "nh\u00e0", "apt", "12",
    "Anna", "Lars", "+44", "(0", "a@b.co", "\u0663", "10.0.0.1", "1.2.3.4", "x", "\u0130",
]  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_CUES), max_size=10).map("".join),
    st.text(max_size=40),
)


def _ends_at(pattern: re.Pattern[str], text: str, window: int, end: int) -> bool:
    return pattern.search(text, max(0, window), end) is not None


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_version_cue_gates_are_necessary(text: str) -> None:
    for end in range(len(text) + 1):
        before = text[end - 1] if end > 0 else "\x00"
        if _ends_at(structured._VERSION_CUE, text, end - 16, end):
            assert before in structured._VERSION_CUE_LAST or before.isspace()
        spaced = before.isspace() or before in "vV"
        if _ends_at(ip_versions._SOFTWARE_TO, text, end - 30, end):
            assert spaced
        if _ends_at(ip_versions._UPDATE_TO, text, end - 30, end):
            assert spaced
        if _ends_at(ip_versions._PRODUCT, text, end - 30, end):
            assert before in "/\n"
        if _ends_at(ip_versions._KEY_BEFORE, text, end - 12, end):
            assert before.isspace() or before in "=:\"'"


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_query_tail_gate_is_necessary(text: str) -> None:
    for end in range(len(text) + 1):
        tail = address_bounds._QUERY_TAIL.search(text, max(0, end - 30), end)
        assert query_tail_start(text, 0, end) == (tail.start() if tail else end)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_unit_gate_and_contact_gates_are_necessary(text: str) -> None:
    lowered = text.lower()
    if address_layout._UNIT_GATE.search(lowered):
        assert holds_any(lowered, address_layout._UNIT_GATE_WORDS)
    for line in text.split("\n"):
        if name_placed._NAME_THEN_CONTACT.match(line):
            assert "@" in line or name_placed._ANY_DIGIT.search(line)


def _quad_version(text: str) -> bool:
    start = text.index("10.")
    return is_version_context(text, start, start + len("10.2.3.4"))


def test_redaction_gated_version_rules_still_fire() -> None:
    # catches: each cue still makes the quad a version
    assert _quad_version("Bumped firmware to 10.2.3.4")
    assert _quad_version("UA Chrome/10.2.3.4")
    assert _quad_version("firmware was updated to 10.2.3.4")
    assert _quad_version('firmware upgrade: new="10.2.3.4"')
    assert list(structured.find_ipv4s("version: 10.2.3.4")) == []
    assert list(structured.find_ipv4s("sd\u212a 10.2.3.4")) == []
    # look-alikes: an address after a plain word stays an address
    assert not _quad_version("gateway updated to 10.2.3.4")
    assert len(list(structured.find_ipv4s("host 10.2.3.4 down"))) == 1
    assert query_tail_start("12 Main St parking", 0, 18) == 10
    assert query_tail_start("12 Main St", 0, 10) == 10


# The former form of name_shapes._SURNAME_GIVEN (look-behind first), which the reordered one
# must match exactly.
_SURNAME_GIVEN_BEFORE = re.compile(
    rf"(?<![\w'\u2019-])({name_shapes._CAPW}(?: {name_shapes._CAPW})?), "
    rf"({name_shapes._CAPW}(?: {name_shapes._CAPW})?){name_shapes._END}"
)
_NAME_TEXTS = st.lists(
    st.sampled_from(
        ["Galli", "Alessio", "Chih-ming", "\u00de\u00f3r\u00f0ur", "O", "x", "'", "-", "\u2019",
         ", ", " ", "\n", "Ek", "MEMON", "memon", "1", '"', "\u0100na", "\u017f"]
    ),
    max_size=10,
).map("".join)  # fmt: skip


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_NAME_TEXTS)
def test_redaction_reordered_surname_given_matches_as_before(text: str) -> None:
    for pos in range(len(text) + 1):
        new = name_shapes._SURNAME_GIVEN.search(text, pos)
        old = _SURNAME_GIVEN_BEFORE.search(text, pos)
        assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))
