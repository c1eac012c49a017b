"""Round 13 person rules (``person13_initials``, ``person13_lower``, ``person13_keys``)."""

from __future__ import annotations

import pytest

from processors.redaction import detect, redact
from processors.redaction.names import find_names, may_contain_names


def persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reopened by Hayato Takeuchi. Previous owner B.A. Kalita.", "B.A. Kalita"),
        ("Technician B.K. Shevchenko visited the site.", "B.K. Shevchenko"),
        ("Customer T. Lefèvre reports the package never arrived.", "T. Lefèvre"),
        ("Refund approved by A.E. McAllister for order 48213.", "A.E. McAllister"),
        ("Escalated: A. Khoury's account locked.", "A. Khoury"),
        ("Customer J. O'Rourke reports a late parcel.", "J. O'Rourke"),
        ('recipient="J.B. De Luca" template=welcome', "J.B. De Luca"),
        ("Hello D. Bexworth,\n\nyour appointment is confirmed.", "D. Bexworth"),
    ],
)
def test_initials_before_a_surname(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Army base reopened",
        "P.S. Thanks again for the help",
        "Dr. Martens boots on sale",
        "St. Louis trip next week",
        "A. Summary of the results",
    ],
)
def test_initials_look_alikes(text: str) -> None:
    assert persons(text) == []


def test_middle_initial_keeps_the_whole_name() -> None:
    assert persons("Nicole L. Parmentier called") == ["Nicole L. Parmentier"]


def test_house_number_before_initial_is_an_address() -> None:
    spans = detect("See you at 12 W. Main St today")
    assert [s.entity_type for s in spans] == ["STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Review by lusine m. manukyan (verified buyer): fits well", "lusine m. manukyan"),
        ("pls add niamh g. ó briain to the channel", "niamh g. ó briain"),
        ("pls add aigerim d. kamau to the group", "aigerim d. kamau"),
    ],
)
def test_lower_case_given_initial_surname(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", ["took vitamin d. later", "go with plan b. then", "see p. 12"])
def test_lower_case_initial_look_alikes(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thaís araújo carvalho contact details", "thaís araújo carvalho"),
        ("nam chee keong home phone number lookup", "nam chee keong"),
        ("mariam raghunathan and dragoș iñaki ter steege photos", "dragoș iñaki ter steege"),
    ],
)
def test_third_lower_case_word(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("liat dimitrov riga", "liat dimitrov"),
        ("ok i'll ask kanya naidu tmrw", "kanya naidu"),
        ("priya patel linkedin profile", "priya patel"),
    ],
)
def test_third_word_not_taken(text: str, name: str) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("approved_by=Tavish request=PTO-4471 days=3", "Tavish"),
        ('{"display": "Zaurbek", "phone": "n/a"}', "Zaurbek"),
        ('{"user": {"display_name": "xóchitl marchetti-vrane"}}', "xóchitl marchetti-vrane"),
        ('{"assignee": "Mary-Kate", "priority": "high"}', "Mary-Kate"),
        ("record 7\nowner=Kestrabel\nstatus=open", "Kestrabel"),
    ],
)
def test_person_key_values(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "owner=root job=nightly-export",
        '{"display": "OLED", "size": 6}',
        '{"display": "Retina"}',
        "owner=team-payments",
        "agent=Chrome/4.19.0 lang=en",
    ],
)
def test_person_key_look_alikes(text: str) -> None:
    assert persons(text) == []


def test_form_label_line_is_left_to_label_rules() -> None:
    text = "Account holder: Nizhoni Two Bulls\nIBAN: none"
    assert "Nizhoni" not in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Previous owner B.A. Kalita.",
        "Review by lusine m. manukyan (verified buyer)",
        "approved_by=Tavish request=PTO-4471",
        '{"display": "Zaurbek"}',
    ],
)
def test_prefilter_and_idempotence(text: str) -> None:
    assert find_names(text)
    assert may_contain_names(text)
    once = redact(text).text
    assert "<PERSON>" in once
    assert redact(once).text == once
