"""The shortcuts taken for speed by speed-struct answer exactly as the code they spare.

Each property checks, on texts built from the rules' own cue words and separators and on
random text, that a shortcut gives the same answer as the regex it stands in for (or that a
gate says "no" only where the regex cannot match), so the detectors' output is unchanged.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction import phone_id_cues, structured

_PIECES = [
    "order", "Order", "ID", "id", "no", "No.", "number", "SSN", "tracking", "says", "is", "the",
    "my", "phone", "Tel", "phone_number", "bookingRef", "contact_no", "contact_id", " ", "  ",
    "\t", "\n", "\u00a0", "\u2028", "\u3000", "\x1c", "\x85", '"', "'", "#", ":", "=", ".",
    ",", ";", "(", ")", "[", "]", "{", "}", "|", "-", "_", "x", "\u00e9", "\u0130", "42",
]  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=24).map("".join),
    st.text(max_size=60),
)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_TEXTS, st.integers(min_value=0, max_value=80))
def test_redaction_last_word_is_the_regexs_first_word(text: str, offset: int) -> None:
    start = min(offset, len(text))
    words = phone_id_cues._LAST_WORDS_REVERSED.match(text[max(0, start - 40) : start][::-1])
    expected = None if words is None else words.group(1)[::-1]
    assert phone_id_cues._last_word(text, start) == expected


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_id_cue_word_answers_as_the_regex_walk(text: str) -> None:
    for start in range(len(text) + 1):
        words = phone_id_cues._LAST_WORDS_REVERSED.match(text[max(0, start - 40) : start][::-1])
        expected = ""
        for index, reversed_word in enumerate(words.groups() if words is not None else ()):
            if reversed_word is None:
                break
            verdict = phone_id_cues._cue_verdict(
                text, start, reversed_word[::-1], is_last=index == 0
            )
            if verdict is not None:
                expected = verdict
                break
        assert phone_id_cues.id_cue_word(text, start) == expected


_IP_PIECES = [
    "v", "V", "ver", "version", "Release", "BUILD", "firmware", "sdk", "fw", "os", "OID", "\u212a",
    "\u017f", "SD\u212a", "o\u017f", "from", "at", "ip", " ", "  ", "\n", "\t", "\u00a0", '"', "'",
    ":", "=", "(", ".", "x", "-", "10.0.0.1", "1.2.3.4",
]  # fmt: skip


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.one_of(st.lists(st.sampled_from(_IP_PIECES), max_size=12).map("".join), st.text()))
def test_redaction_version_cue_gate_is_necessary(text: str) -> None:
    for start in range(len(text) + 1):
        if structured._VERSION_CUE.search(text, max(0, start - 16), start):
            assert structured._version_cue_may_end(text, start)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(
    st.one_of(
        st.sampled_from(["SSN", "IP", "ID", "DOB", "TEL", "NR", "\u00c9T\u00c9", "\u1e9e"]),
        st.text(),
    )
)
def test_redaction_capital_words_have_no_key_parts(word: str) -> None:
    # _cue_verdict skips the key split for a word in capitals: it would give the word alone.
    if word and word.isupper() and "_" not in word and "-" not in word:
        parts = phone_id_cues._KEY_PART.split(word)
        assert [part.lower() for part in parts if part] == [word.lower()]
