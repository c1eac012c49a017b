"""Set-10 round person-recall rules (person_recall_names.py): a catch and a look-alike each,
with names, places and brands of our own (none from the corpora), and may_contain_names kept
exact."""

from __future__ import annotations

import pytest

from processors.redaction.names import find_names, may_contain_names
from processors.redaction.person_recall_keys_and_capitals import _person_key_values
from processors.redaction.redactor import detect
from processors.redaction.spans import PiiSpan


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


def _exact(text: str) -> None:
    """may_contain_names never says "no" where find_names finds a name."""
    assert may_contain_names(text) or not find_names(text), text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ottilie from billing sorted it out in a day.", ["Ottilie"]),  # before a function word
        ("Lovely stay! Radomir helped us carry the bags.", ["Radomir"]),  # a past-tense verb
        ("we met Zdenka at the pottery class", ["Zdenka"]),  # object of a verb, before "at"
        ("Ordered through Leocadia, who answered at once.", ["Leocadia"]),  # before a comma
        ("note: Wilhelmina and Radomir bring the chairs", ["Wilhelmina", "Radomir"]),  # a pair
    ],
)
def test_lone_capitalised_names_in_a_person_slot(text: str, names: list[str]) -> None:
    assert _persons(text) == names
    _exact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our flight to Valparaiso was late.",  # after a place preposition
        "Wilhelmina weather tomorrow",  # before a noun: a search for a place
        "time zone Radomir",  # a search ending in the word, one line
        "Cheaper than Zdenka and just as good.",  # after "than": a brand
        "Playlist\n1. Leocadia and the Lanterns",  # "X and the ...": a band
        "I'm at St. Ottilie now.",  # after "St." (a place), not a sentence start
        "Sales: Radomir, Zdenka",  # after a colon, a list of records
    ],
)
def test_lone_name_look_alikes(text: str) -> None:
    assert _persons(text) == []


def test_surname_given_after_a_lower_case_word() -> None:
    text = "Closed as duplicate of the case raised by Okonjo, Radomir; thanks."
    assert _persons(text) == ["Okonjo, Radomir"]
    _exact(text)
    # a street after a comma is no given name ("Calle" is one in some lists)
    assert "Vrabec, Calle" not in _persons("a parcel for someone Vrabec, Calle del Sol 4, Cádiz")
    # a country after a city: "Lagos, Nigeria" shape with a given-name country
    assert _persons("shipped from Kingston, Jamaica today") == []


def test_caps_surname_given() -> None:
    assert _persons('{"consignee": "OKONJO Radomir", "ref": "A1"}') == ["OKONJO Radomir"]
    assert _persons("Met with VRABEC Zdenka (surname first) today.") == ["VRABEC Zdenka"]
    assert _persons('{"brand": "IKEA Malm", "ref": "A1"}') == []  # a brand key
    _exact("Met with VRABEC Zdenka (surname first) today.")


def test_all_capitals_text_opening_with_a_name() -> None:
    assert _persons("RADOMIR VRABEC IS OUR BEST DRIVER") == ["RADOMIR VRABEC"]
    assert _persons("SUMMER SALE ENDS TODAY") == []  # English words, no listed given name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Phone Radomir again tomorrow.", ["Radomir"]),  # a sentence's first word, a verb
        ("Assigned to Zdenka. Priority: low.", ["Zdenka"]),
        (
            "Booked through Tsogbadrakh, who was quick.",
            ["Tsogbadrakh"],
        ),  # unlisted, after "through"
    ],
)
def test_openers_and_unlisted_names(text: str, names: list[str]) -> None:
    assert _persons(text) == names
    _exact(text)


@pytest.mark.parametrize(
    "text",
    [
        "He Radomir,+1 555 0100",  # a pronoun opening a line: a CSV "Surname Given" cell
        "Mount Zdenka is closed.",  # a place word before it
        "Changelog\nfixes",  # an unlisted word opening a text
        "card 4111 failed Kowalczykiewicz, retry",  # unlisted after a past participle
        "Mit freundlichen Grüßen\nAnna",  # unlisted after a word of no English list
    ],
)
def test_openers_and_unlisted_look_alikes(text: str) -> None:
    assert "Radomir" not in _persons(text)
    assert "Zdenka" not in _persons(text)
    assert "Changelog" not in _persons(text)
    assert "Kowalczykiewicz" not in _persons(text)
    assert "Grüßen" not in _persons(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hi radomir,\n\nthe keys are under the mat.\n\n- zdenka", ["radomir", "zdenka"]),
        ("Thanks for the ride!\nCheers\nwilhelmina", ["wilhelmina"]),  # after a closing line
        ("good luck tomorrow radomir 🍀", ["radomir"]),  # caseless chat, before an emoji
        ("so i told zdenka about the cake", ["zdenka"]),  # before a function word
        ("wilhelmina!! long time", ["wilhelmina"]),  # a text's first word, then "!!"
    ],
)
def test_lower_case_names(text: str, names: list[str]) -> None:
    assert _persons(text) == names
    _exact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi team,\n\nthe build is green.\n\n- ops",  # English words, no given name
        "Thanks for the ride!\nCheers\nlater",
        "radomir cell number zdenka",  # ends the text: a search
        "geo.update lat=1.5 lon=2.5",  # a dotted key
        "conn from [::1]:80 closed",  # a text's first word before a word
        "we got the mat for 20 euro",  # a three-letter listed name
    ],
)
def test_lower_case_look_alikes(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Morning! Did Tsogbadrakh call back?", ["Tsogbadrakh"]),  # after a question's auxiliary
        ("Oyunbileg from billing fixed it.", ["Oyunbileg"]),  # opening, before "from" + word
        ("Hi oyunbileg,\nthanks!", ["oyunbileg"]),  # unlisted, after a greeting
        ("radomir and oyunbileg are late again", ["radomir", "oyunbileg"]),  # a caseless pair
    ],
)
def test_stronger_slots_for_unlisted_names(text: str, names: list[str]) -> None:
    assert _persons(text) == names
    _exact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zalandoo shipped it fast.",  # opening an unlisted word, no "from"/"the"/"at" after it
        "Hi folks,\nthanks!",  # an English word after the greeting
        "salt and pepper are fine",  # a pair of English words
    ],
)
def test_stronger_slot_look_alikes(text: str) -> None:
    assert _persons(text) == []


def test_person_key_values() -> None:
    text = 'level=warn msg="refund" payee="Radomir Hill" amount=3'
    assert _persons(text) == ["Radomir Hill"]  # a listed given name, an English surname
    _exact(text)
    assert _persons('{"display": "Zdenka", "email": "z@example.org"}') == ["Zdenka"]
    # no listed given name: this rule leaves a product under a "name" key alone
    found: list[PiiSpan] = []
    _person_key_values('{"name": "Copper Kettle", "price": 12}', found)
    assert found == []


def test_surname_given_needs_a_whole_word_before() -> None:
    assert _persons("cc: Lars, Ingrid") == ["Lars", "Ingrid"]  # a list after a key
