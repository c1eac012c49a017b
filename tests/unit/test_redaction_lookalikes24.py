"""Stop-24 look-alike fixes: a lone pronoun opening caseless chat, affixed English words that
open a sentence, counts and ratios after a number, and units of size and speed."""

from __future__ import annotations

import pytest

from processors.redaction import detect, redact
from processors.redaction.names import may_contain_names
from processors.redaction.person13_derived import derived_english


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "i need help with my order",
        "i got charged twice",
        "i have a question about billing",
        "k call me later",
        "hey. i need a refund",
        "a can of beans please",
        "irl can we meet",  # (chat shorthand, though a name list holds "Irl" and "Imo")
        "imo please dont buy this",
        "afaik you need admin rights",
        "ayy you made it",
    ],
)
def test_one_letter_opening_caseless_chat_is_no_name(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wayra ur mic is muted", "wayra"),
        ("sry wrong chat lol. stoyan ignore that", "stoyan"),
    ],
)
def test_an_unlisted_word_opening_caseless_chat_still_is(text: str, name: str) -> None:
    assert _found(text) == [(name, "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        "Reinstalled the app and it still crashes on launch.",
        "Preordered the blue one, when does it ship?",
        "Resubmitted the form, no reply yet.",
        "Screenshotted the error for you.",
        "Decodes the input strings from the iterator.",
        "Thanks for checking.\nReordered the same size and it fits.",
    ],
)
def test_an_affixed_english_word_opening_a_sentence_is_no_name(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fisher called me back", "Fisher"),  # (-er makes surnames: never taken as an affix)
        ("Hi Sanders, thanks for the help", "Sanders"),  # (not at a sentence's start)
        ("Declan will call you tomorrow", "Declan"),  # (a listed given name)
    ],
)
def test_names_that_look_affixed_stay_names(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


def test_derived_english_needs_a_listed_base_of_four_letters() -> None:
    assert derived_english("reinstalled")
    assert derived_english("screenshotted")
    assert derived_english("decodes")
    assert not derived_english("install")  # (a listed word itself)
    assert not derived_english("reza")  # ("re" + "za": too short a base)
    assert not derived_english("okonkwo")


@pytest.mark.parametrize(
    "text",
    [
        "lol i got 83 out of 100 on the quiz",
        "honestly 10 out of 10 would buy again",
        "rated it 4 of 5 stars",
        "truncates the file to 0 bytes, while the rest stays",
        "Suppose a car travels 40 km/hr for 5 km and then speeds up to 60 km/hr.",
    ],
)
def test_counts_ratios_and_units_are_no_addresses(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("ship to 12 oak st 4", "12 oak st 4"),
        ("my address is 12 harbour view 4", "12 harbour view 4"),
        ("we live at 60 Kms Road", "60 Kms Road"),
    ],
)
def test_addresses_with_a_number_after_a_word_still_count(text: str, street: str) -> None:
    assert _found(text) == [(street, "STREET_ADDRESS")]
    assert redact(redact(text).text).text == redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("talked to mrs. okafor about the refund", "okafor"),
        ("my landlord mr. castellanos never replies", "castellanos"),
        ("spoke with dr. adeyemi yesterday", "adeyemi"),
        ("ms. fujimoto was super helpful", "fujimoto"),
        ("Thanks! I talked to mrs okafor about it", "okafor"),  # (capitals elsewhere)
    ],
)
def test_a_name_after_a_lower_case_title(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)
    assert may_contain_names(text)
    assert redact(redact(text).text).text == redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "dr augustin orthodontist accepting new patients",
        "ms excel keeps crashing",
        "p99 latency 35 ms kafka lag 2",
        "14 orrisroot dr apt 12c",
    ],
)
def test_no_trade_street_type_or_unit_after_a_lower_case_title(text: str) -> None:
    found = _found(text)
    assert not any(value.endswith(("orthodontist", "excel", "kafka")) for value, _ in found)
    assert ("apt", "PERSON") not in found
    assert ("12c", "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my son dmitri loves it", "dmitri"),
        ("bought it for my husband rafael", "rafael"),
        ("our host gianluca was great", "gianluca"),
    ],
)
def test_a_kin_word_after_a_possessive_is_no_part_of_the_name(text: str, name: str) -> None:
    assert [value for value, kind in _found(text) if kind == "PERSON"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Tommy Hilfiger polo sale",
        "George Foreman grill replacement plate",
        "jack daniels whiskey gift set",
        "Harry Potter paperback collection",
    ],
)
def test_a_name_before_a_noun_of_goods_is_a_brand(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sehr freundlich, Frau Anyanwu hat mir alles erklärt.", "Anyanwu"),  # (German "hat")
        ("Priya Raghunathan will watch the stream", "Priya Raghunathan"),
        ("Kofi Mensah, your books are ready", "Kofi Mensah"),  # (a comma between)
        ("Radomir Okonjo watches the kids.", "Radomir Okonjo"),  # (a verb, not goods)
    ],
)
def test_a_name_before_other_words_stays(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "leaving the keys at 86 avenue jean jaurès, 76000 rouen.\ncheers",
            "86 avenue jean jaurès, 76000 rouen",
        ),
        (
            "Leaving the keys at 86 Avenue Jean Jaurès, 76000 Rouen.\nCheers",
            "86 Avenue Jean Jaurès, 76000 Rouen",
        ),
        ("I live at 4 Rue Victor Hugo, 69002 Lyon.\nThanks", "4 Rue Victor Hugo, 69002 Lyon"),
        ("send it to 12 main st.\nthx", "12 main st."),  # (an abbreviation keeps its dot)
    ],
)
def test_a_full_stop_before_a_line_break_ends_the_address(text: str, street: str) -> None:
    assert _found(text) == [(street, "STREET_ADDRESS")]


def test_a_road_word_before_goods_is_still_no_address() -> None:
    assert _found("2 Road Bikes for sale") == []
