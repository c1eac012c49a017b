"""Set 6 person rules (processors.redaction.name_fixes): a catch and a look-alike each."""

from __future__ import annotations

from processors.redaction.names import find_names, may_contain_names
from processors.redaction.redactor import detect


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


def test_label_value_in_capitals() -> None:
    text = "Payment details\nName on card: LATOYA ASHWORTH\nNumber: see file"
    assert _persons(text) == ["LATOYA ASHWORTH"]
    assert may_contain_names(text)
    assert _persons("Payment details\nName on card: SEE BELOW\n") == []


def test_label_on_the_next_line() -> None:
    assert _persons("SHIP TO:\nREN KOBAYASHI\nCAMINO DE RONDA\nESPAÑA") == ["REN KOBAYASHI"]


def test_surname_comma_given_is_one_name() -> None:
    text = '{"name": "Bamba, Adjoua", "city": "Abidjan"}'
    assert _persons(text) == ["Bamba, Adjoua"]
    assert _persons('{"name": "Blue, Large", "qty": 2}') == []


def test_vcard_n_field() -> None:
    text = "BEGIN:VCARD\nN:Levi;Avi;;;\nFN:Avi Levi\nEND:VCARD"
    assert _persons(text) == ["Levi", "Avi", "Avi Levi"]


def test_capitalised_run_in_mixed_text() -> None:
    assert _persons("A parcel came addressed to a MARIA ERGASHEV at my door") == ["MARIA ERGASHEV"]
    assert _persons("URGENT PLEASE READ the notice") == []


def test_title_is_left_out() -> None:
    assert _persons("Herr Bamba bittet um Rückruf.") == ["Bamba"]
    assert _persons("Electrician Sokha Rattanakorn did tidy work.") == ["Sokha Rattanakorn"]


def test_named_storm_is_no_person() -> None:
    assert _persons("arrived just before Storm Eunice hit, phew.") == []
    assert _persons("arrived just before Hurricane Beryl hit, phew.") == []


def test_english_word_alone_is_no_name() -> None:
    assert _persons("They stored my card in a plain email. Unacceptable.") == []
    assert _persons("Thanks,\nMei") == ["Mei"]


def test_chat_words_cut_from_lower_case_name() -> None:
    assert _persons("ok i'll ask kjersti lindholm tmrw") == ["kjersti lindholm"]
    assert [s for s in find_names("omg nusrat ur a lifesaver") if s.end - s.start > 6] == []


def test_more_single_name_cues() -> None:
    assert _persons("Helpful staff, especially Mykola at the counter.") == ["Mykola"]
    assert _persons("Our host Gianluca was amazing.") == ["Gianluca"]
    assert _persons("Helpful staff, especially Monday mornings.") == []


def test_greeting_left_out_and_month_is_no_name() -> None:
    assert _persons("Hola Jae-sung! te paso mi número") == ["Jae-sung"]
    assert _persons("Sep 24 03:14:45 mx1 postfix/smtp[76201]: status=sent") == []


def test_lower_case_surname_taken_back_after_chat_word() -> None:
    assert _persons("pls add kanya kacou to the channel") == ["kanya kacou"]
    assert _persons("pls add milk to the list") == []


def test_possessive_given_name() -> None:
    assert _persons("Five stars for Mirela's patience on the phone!") == ["Mirela"]
    assert _persons("Lunch at Wendy's was fine.") == []
    assert _persons("Five stars for Monday's delivery!") == []


def test_lower_case_pair_of_given_names() -> None:
    assert _persons("gm oğuz & ketevan landed safe") == ["oğuz", "ketevan"]
    assert _persons("salt & pepper on the side") == []


def test_lower_case_opener_before_chat_word() -> None:
    assert _persons("obinna dont post ur ssn in here") == ["obinna"]
