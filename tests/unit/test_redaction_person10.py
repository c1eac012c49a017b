"""Set 10 person rules (person10_not_persons.py, person10_caseless.py): for each rule a text it
must clear (or trim) and a look-alike where the person stays, with names and brands of our own
(none from the corpora)."""

from __future__ import annotations

import pytest

from processors.redaction.names import find_names, may_contain_names
from processors.redaction.redactor import detect


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Pembry near me open late",  # a search for a place or shop
        "lol Hattie Quill's near me",  # ... a possessive shop
        "ugh Marla Venn had a huge sale, bought 3 things",  # a shop's sale
        "Colour: Ruby Tamsin, true to the photos",  # a product variant of a review
        "Shade is Dear Rowena, a bit darker than shown",  # ... with a word of its own before
        "met up on Olav Brekkes gate at noon",  # a street word after the run
        "Reading Lorna Pike again this winter.",  # a title after a reading verb
        "listening to Song for Tilda Marsh on repeat",  # ... ending a longer title
        "Playlist:\n1. Emmy Lou Harte\n2. Sweet Nadine Fox",  # the items of a list of works
        "Labels:\n22 Wenlock Grove\nLedbury",  # a street after a house number
        "we stopped at Auntie Mabel's for pies",  # a shop: an English word before the possessive
        "queued outside Skipper Tobin's for an hour",  # ... kept in the span
    ],
)
def test_slots_that_hold_no_person(text: str) -> None:
    assert _persons(text) == [], text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gordon Pembry said he is near me now", "Gordon Pembry"),  # no query shape
        ("Colour was fine, Ruby Tamsin from sales helped", "Ruby Tamsin"),  # no variant slot
        ("Reading Lorna Pike's letter tonight", "Lorna Pike"),  # a person's possessive
        ("Playlist: ask Emmy Harte for the list", "Emmy Harte"),  # no list item
        ("Call Mara Hollis on 22 March", "Mara Hollis"),  # no street word
        ("borrowed my Uncle Teodor's car", "Teodor"),  # a possessive determiner: kin
        ("Talk to Dr Brennick's office", "Brennick"),  # a title, not a shop
    ],
)
def test_persons_beside_the_same_words_stay(text: str, person: str) -> None:
    assert person in _persons(text), text


def test_a_care_job_word_is_trimmed_off_the_name() -> None:
    assert _persons("dr vanterpool dermatologist near downtown") == ["vanterpool"]
    # a surname that merely ends in -ist is kept whole
    assert _persons("Call Ingrid Bergqvist today") == ["Ingrid Bergqvist"]


@pytest.mark.parametrize(
    "text",
    [
        "router ip keeps changing",  # a given name that is frequent English + an English word
        "pingz lookup 10.20.30.40 isp",  # an unlisted word + an English word before an IP
        "hashx mismatch key=abc rejected",  # ... before a key=
    ],
)
def test_caseless_english_pairs_are_no_names(text: str) -> None:
    assert _persons(text) == [], text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("ask marta kowalczyk about it", "marta kowalczyk"),  # a given name, a surname
        ("nguyen vantrel 27 baker lane", "nguyen vantrel"),  # unlisted, no technical value
    ],
)
def test_caseless_name_pairs_stay(text: str, person: str) -> None:
    assert person in _persons(text), text


@pytest.mark.parametrize(
    "text",
    ["Gordon Pembry near me open late", "router ip keeps changing", "Labels:\n22 Wenlock Grove"],
)
def test_guard_stays_exact(text: str) -> None:
    assert may_contain_names(text) or not find_names(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("tbh velka from support sorted it out", "velka"),  # a lower-case name before a team
        ("Ondine from the billing team called back", "Ondine"),  # capitalised, text-initial
        ("zoryana moved to 14 Elm Street last spring", "zoryana"),  # before moving house
        ("all good. teodor just moved to 9 Oak Lane", "teodor"),  # ... opening a sentence
    ],
)
def test_a_name_word_in_a_person_slot(text: str, person: str) -> None:
    assert person in _persons(text), text
    assert may_contain_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "an email from support came today",  # an English word before the team
        "Update from the billing team: invoices are late",  # ... capitalised
        "mom moved to 14 Elm Street last spring",  # an English word moves house
        "the office moved to 9 Oak Lane",  # no sentence start
    ],
)
def test_words_in_the_same_slots_that_are_no_names(text: str) -> None:
    assert _persons(text) == [], text
