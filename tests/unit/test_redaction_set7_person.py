"""Set 7 person rules: a catch and a look-alike each, and may_contain_names kept exact."""

from __future__ import annotations

from processors.redaction.names import find_names, may_contain_names
from processors.redaction.redactor import detect


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.entity_type == "PERSON"]


def _exact(text: str) -> None:
    """may_contain_names never says "no" where find_names finds a name."""
    assert may_contain_names(text) or not find_names(text)


def test_caseless_sentence_end_then_name_from() -> None:
    text = "... today. pierre from acme will call back"
    assert _persons(text) == ["pierre"]
    assert may_contain_names(text)
    assert _persons("we ordered from acme will call back") == []


def test_caseless_stretched_cue_word() -> None:
    for text in ("dearrr anna", "hellooo anna", "hi: anna"):
        assert _persons(text) == ["anna"], text
        _exact(text)
    assert _persons("dearrr all") == []


def test_cue_look_back_does_not_cut_a_word() -> None:
    assert _persons("blahhi" + " " * 30 + "Anna") == []
    assert _persons("hi" + " " * 31 + "Anna") == ["Anna"]
    _exact("hi" + " " * 31 + "Anna")


def test_cue_word_after_a_quote() -> None:
    text = '{"text": "thanks Snježana!"}'
    assert _persons(text) == ["Snježana"]
    assert may_contain_names(text)
    assert _persons('{"text": "thanks Unacceptable!"}') == []


def test_screen_is_exact_for_keys_and_speech() -> None:
    for text in ("author=ingrid", "then lucía said to call", "love it -eleni", "x ~eleni"):
        _exact(text)
        assert find_names(text), text


def test_caseless_screen_is_exact(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The caseless cue screen never hides a lone name the full scan would find."""
    from processors.redaction import names

    texts = [
        "... today. pierre from acme will call back",
        "dearrr anna",
        "ughhh anna",
        "hi: anna",
        "author=ingrid",
        "reviewer: ingrid",
        "love it -eleni",
        "x ~eleni",
        "then lucía said to call",
        "yesterday ondřej will call",
        "ok. hannah",
        "— ana",
        "np marco, see u",
    ]
    screened = [names.find_names(text) for text in texts]
    monkeypatch.setattr(names, "_may_have_single_cue", lambda text: True)
    assert screened == [names.find_names(text) for text in texts]


def test_caseless_speech_verb_needs_a_person() -> None:
    assert _persons("brb, dilani is calling from +43 1 318 7977") == ["dilani"]
    assert _persons("cant get on the vpn from home, whatismyip says 10.0.0.1") == []
