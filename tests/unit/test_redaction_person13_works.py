"""Stop-24 rules that take back names of holidays, works, songs, dishes and accounts."""

from __future__ import annotations

import pytest

from processors.redaction import detect


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "the office is closed for Martin Luther King Jr. Day.",
        'promo="Presidents\' Day" applied=true',
        "can't wait for Eid al-Fitr!!",
        "Romeo and Juliet cast",
        "Bridget Jones's Diary soundtrack",
        "Harry Potter and the Goblet of Fire cast",
        "Watched Oliver Twist on the March flight, screen was tiny.",
        "Watched Romeo and Juliet again.",
        "omg Jolene came on at the party",
        "Menu\nPeach Melba ... 12.50\nEarl Grey ... 9.00",
        '{"dish": "Tom Collins", "vegetarian": false}',
        '{"track": {"title": "Hey Jude", "duration": 241}}',
        '{"username": "pixelwizard", "role": "viewer"}',
        '{"username": "qa-lead", "role": "viewer"}',
        '{"username": "noreply", "role": "viewer"}',
        "The store ran out of Echo Dot units.",
    ],
)
def test_names_of_things_are_no_persons(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I watched Anna Kowalski play the final.", "Anna Kowalski"),
        ("Anna Kowalski came on Tuesday to fix the sink.", "Anna Kowalski"),
        ('{"username": "Priya Raghunathan", "role": "viewer"}', "Priya Raghunathan"),
        ("Customer name: Tomasz Wiśniewski", "Tomasz Wiśniewski"),
    ],
)
def test_people_in_nearby_shapes_stay(text: str, name: str) -> None:
    assert name in _persons(text)
