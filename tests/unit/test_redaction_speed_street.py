"""The speed changes of the address and structured rules of the set-10 round keep their output
(branch ``speed-street``).

Each rewritten function is pinned to its former definition (copied here) by a hypothesis
property over texts built of the pieces its patterns read: a cheap gate put in front of a rule
must be a necessary condition of the rule, never a guess.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction import street10_anchors as s10

_PIECES = [
    "12", "117", "43 bis", "4B", "5", " ", ", ", ",", "\n", ": ", '"', "'", "=", "place",
    "PLACE", "des", "DES", "de la", "du", "Lilas", "ROSES", "route", "Moulin", "Via", "del",
    "Pino", "Paseo", "de las", "Rosas", "Kamal", "Marg", "neem", "marg", "road", "Road", "St",
    "Chapter", "minutes", "nights", "d'", "x", "٣", "²", "Vinkenpad", "153-II", "bis", "did",
    "Drive", "avda.", "c/", "lives at", "kochi",
]  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=16).map(" ".join),
    st.lists(st.sampled_from(_PIECES), max_size=16).map("".join),
    st.text(alphabet=st.sampled_from(list("12 ,dD\nabPlace'")), max_size=40),
)


def _street10_anchors_before_change(text: str, lowered: str) -> list[tuple[int, int, bool]]:
    """``street10_anchors`` as it was before the change (regex scans of the whole text)."""
    found: list[tuple[int, int, bool]] = []
    for comma in re.finditer(r"\d, ", text) if ", " in text else ():
        number_end = comma.start() + 1
        window_start = max(0, number_end - 9)
        for pattern in (s10._NUMBER_COMMA_TYPED, s10._NUMBER_COMMA_NAMED):
            match = pattern.search(text, window_start, comma.end() + 80)
            if match is None or match.start() >= number_end or s10._counted(text, match.start()):
                continue
            if pattern is s10._NUMBER_COMMA_TYPED:
                found.append((match.start(), match.end(), False))
            elif s10._same_case(match.group()):
                found.append((match.start(), match.end(), True))
    for comma in re.finditer(r", \d", text) if ", " in text else ():
        window_end = comma.end() + 12
        match = s10._TYPED_NAME_NUMBER.search(text, max(0, comma.start() - 70), window_end)
        while match is not None and match.end() <= comma.start():
            match = s10._TYPED_NAME_NUMBER.search(text, match.end(), window_end)
        if (
            match is not None
            and s10._same_case(match.group())
            and not s10._measure_after(text, match.end())
        ):
            found.append((match.start(), match.end(), False))
    if "-ii" in lowered or "bis" in lowered or "-iv" in lowered:
        for match in s10._DUTCH_NUMBER.finditer(text):
            if match.group()[:1].isupper() or text.islower():
                found.append((match.start(), match.end(), False))
    return found


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_street10_anchors_match_the_former_scans(text: str) -> None:
    lowered = text.lower()
    assert s10.street10_anchors(text, lowered) == _street10_anchors_before_change(text, lowered)


def test_street10_anchors_examples() -> None:
    for text in (
        "117, place des Lilas",
        "ship to 43 bis, route du Moulin",
        '{"addr": "40, Kamal Marg"}',
        "Via del Pino, 58 please",
        "Chapter 12, rue de la Paix",
        "Via del Corso, 5 minutes",
        ", 12, , 3, Via de la X, 4",
    ):
        lowered = text.lower()
        assert s10.street10_anchors(text, lowered) == _street10_anchors_before_change(
            text, lowered
        ), text
