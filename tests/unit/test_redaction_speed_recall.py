"""The shortcuts taken for speed in the person rules of the set-10 round (person10_*,
person_recall_*, person_neg_*) answer exactly as the code they spare.

Each property checks, on texts built from the rules' own cue words and on random text, that
a rewritten regex finds what the original finds (or that a gate says "no" only where the
original cannot match), so the detectors' output is unchanged.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction import person10_not_persons

_PIECES = [
    "colour", "Color", "COLOUR", "COLOR", "shade", "Shade", "flavor", "Flavour", "scent",
    "fragrance", "Finish", "pattern", "Variant", "read", "Reading", "listen", "Humming",
    "sing", "Sing", "olo", "ing", "col", "Re", "C", "s", "S", "F", "h", " ", "\n", ":", "=",
    "-", "'", "Ana", "\u00e9", "\u0130", "42",
]  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=24).map("".join),
    st.text(max_size=60),
)
# The cue regex of ``refit_person10`` as it was written before its speed rewrite.
_SLOT_CUE_BEFORE = re.compile(
    r"[Cc]olou?r|[Ss]hade|[Ff]lavou?r|[Ss]cent|[Ff]ragrance|[Ff]inish|[Pp]attern|[Vv]ariant"
    r"|COLOU?R|[Rr]ead|[Ll]isten|[Hh]umm|[Ss]ing"
)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_TEXTS, st.integers(min_value=0, max_value=80), st.integers(min_value=0, max_value=80))
def test_redaction_slot_cue_finds_what_the_plain_alternation_finds(
    text: str, low: int, high: int
) -> None:
    low, high = min(low, high), max(low, high)
    new = person10_not_persons._SLOT_CUE.search(text, low, high)
    old = _SLOT_CUE_BEFORE.search(text, low, high)
    assert (new is None) == (old is None)
    if new is not None and old is not None:
        assert new.span() == old.span()


def test_redaction_slot_cue_catches_each_cue_and_skips_plain_words() -> None:
    cue = person10_not_persons._SLOT_CUE
    for word in ("Colour: ", "COLOR", "shade is", "Flavour", "reading", "singing", "Humming"):
        assert cue.search(word) is not None
    assert cue.search("thanks Tom and Ana, great job") is None
