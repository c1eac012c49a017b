"""Behaviour of the round-12 cross-corpus person rules (``person12_cross``, ``person12_caps``)."""

from __future__ import annotations

import pytest

from processors.redaction import detect, redact
from processors.redaction.names import find_names, may_contain_names
from processors.redaction.person12_caps import caps_unknown_names
from processors.redaction.person12_cross import may_cross12


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("omg zanele's cat knocked over my plant", ["zanele"]),
        ("borrowed tsegaye's bike lol", ["tsegaye"]),
        ("brb, nomvula's at the gate", ["nomvula"]),
        ("omg zanele's cat\nknocked over my plant", ["zanele"]),
    ],
)
def test_a_lower_case_possessive_of_no_english_word_is_a_name(
    text: str, expected: list[str]
) -> None:
    assert _persons(text) == expected
    assert may_contain_names(text)
    assert may_cross12(text)


@pytest.mark.parametrize(
    "text",
    [
        "my uncle has parkinson's, so we stay in",
        "crohn's disease support group",
        "summer's almost over",
        "grabbed lunch at Wendy's",
        "Sjögren's syndrome forum",
        "Crohn's disease symptoms",
        "Customer service at Sainsbury's was useless.",
        "it's fine, that's what she said",
    ],
)
def test_eponyms_brands_and_english_words_before_an_s_are_no_name(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name does not start with a particle when a name word stands before it
        ("@ops pls add sanne van der veen to the channel", ["sanne van der veen"]),
        # ... nor end with one
        ("rematch: seosaimhin mac giolla vs bo chen", ["seosaimhin mac giolla", "bo chen"]),
        # a third lower-case word spelt beyond ASCII that is no English word
        ("fotini papadopoulou núñez dinner at 8", ["fotini papadopoulou núñez"]),
        ("fotini papadopoulou núñez\ndinner at 8", ["fotini papadopoulou núñez"]),
    ],
)
def test_name_boundaries_take_in_particles_and_foreign_name_words(
    text: str, expected: list[str]
) -> None:
    assert _persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fotini papadopoulou bogotá", ["fotini papadopoulou"]),  # (a place, folded)
        ("fotini papadopoulou kraków", ["fotini papadopoulou"]),
        ("fotini papadopoulou dinner at 8", ["fotini papadopoulou"]),
    ],
)
def test_a_place_or_english_word_after_a_name_stays_out(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TEMUULEN BATBAYAR INSTAGRAM FOLLOWERS", ["TEMUULEN BATBAYAR"]),
        ("AVOID. OLUWASEUN ADEYEMI NEVER SHOWED UP.", ["OLUWASEUN ADEYEMI"]),
        ("[2024-01-02T10:00:00Z] NGOZI ÒKAFỌ signed the form", ["NGOZI ÒKAFỌ"]),
        ("Parcel for\nNGOZI ÒKAFỌ, 12 Allen Avenue", ["NGOZI ÒKAFỌ"]),
    ],
)
def test_a_run_of_capitalised_unknown_words_is_a_name(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected
    assert may_contain_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "PNR QZXWTR",
        "Itinerary\nPNR BLAVEK\nSeat 2A",
        "NHS GP SURGERY HOURS",
        "GREETINGS FROM PORTUGAL",
        "CASA BATLLO TICKETS",
        "Name as shown: SRI WAHYUNI.",
        "temuulen batbayar instagram followers",
    ],
)
def test_codes_acronyms_and_known_words_in_capitals_are_no_caps_name(text: str) -> None:
    assert caps_unknown_names(text) == []


def test_redacted_text_gains_nothing_and_redact_is_idempotent() -> None:
    for text in [
        "omg zanele's cat knocked over my plant",
        "AVOID. OLUWASEUN ADEYEMI NEVER SHOWED UP.",
        "@ops pls add sanne van der veen to the channel",
    ]:
        once = redact(text).text
        assert redact(once).text == once
        assert all(once[s.start : s.end].startswith("<") for s in find_names(once))
