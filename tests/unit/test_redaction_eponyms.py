"""The eponym gazetteer (``data/eponyms.txt``, ``person25_eponyms``): brands, firms, works,
dishes, prizes and diseases named after people are no person; full names of people stay."""

from __future__ import annotations

from importlib import resources

import pytest

from processors.redaction import detect
from processors.redaction.lexicon import eponym_names, first_names, surname_words
from processors.redaction.person25_eponyms import eponym


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


def _lines() -> list[str]:
    text = resources.files("processors.redaction").joinpath("data", "eponyms.txt")
    return text.read_text("utf-8").splitlines()


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Lockheed Martin rose 3% after the contract news.",
        "Northrop Grumman won the tender.",
        "Baillie Gifford cut its stake last quarter.",
        "Procter & Gamble reported earnings on Tuesday.",
        "We watched Boris Godunov at the opera house.",
        "Titus Andronicus is the bloodiest of the plays.",
        "Freshfields Bruckhaus Deringer advised on the deal.",
        "A bottle of Jack Daniel's Tennessee Whiskey, please.",
        "She read Uncle Tom's Cabin in school.",
    ],
)
def test_a_name_of_the_gazetteer_is_no_person(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We met Raymond James at the station.", "Raymond James"),
        ("Edward Jones called about the invoice.", "Edward Jones"),
        ("Ask Paul Smith about the keys.", "Paul Smith"),
        ("Tom Ford will join the call.", "Tom Ford"),
    ],
)
def test_a_listed_given_name_and_surname_stays_a_person(text: str, name: str) -> None:
    assert name in _persons(text)
    assert name.lower() not in eponym_names()


def test_a_possessive_ends_a_name_only_inside_the_entry() -> None:
    whiskey = "Jack Daniel's Tennessee Whiskey"
    assert eponym(whiskey, 0, len("Jack Daniel"))
    car = "Jack Daniel's car is outside"  # the entry "jack daniel's" ends there: no cut
    assert not eponym(car, 0, len("Jack Daniel"))


def test_the_data_file_has_lower_case_entries_of_two_words_or_more_once() -> None:
    entries = [line for line in _lines() if line and not line.startswith("#")]
    assert entries == list(eponym_names())
    assert len(entries) == len(set(entries))
    assert all(entry == entry.lower() for entry in entries)
    assert all(len(entry.replace("-", " ").split()) >= 2 for entry in entries)


def test_entries_added_after_stop_25_are_no_given_name_and_surname() -> None:
    """(The stop-25 section, the first, keeps its few such pairs: "james bond".)"""
    given, surnames = first_names(), surname_words()
    stop25_and_after = "\n".join(_lines()).split("\n# stop 25", 1)[1]
    added = stop25_and_after.split("\n#", 1)[1].splitlines()[1:]
    pairs = [line.split(" ") for line in added if line.count(" ") == 1]
    assert len(added) > 1000
    assert [p for p in pairs if p[0] in given and p[1] in surnames] == []
