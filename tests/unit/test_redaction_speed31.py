"""Speed round 31: the re-scan guard reuses the gates that failed on the text it redacts.

A rule family whose gates all failed on the original text is not tried on its redaction
(``*_after_redaction``); these tests check that this answers as the full family does on texts
where a placeholder could matter, and that no cue of those gates can come from a placeholder.
"""

from __future__ import annotations

import pytest

from processors.redaction import name_shapes
from processors.redaction import person27_family_first as family_first
from processors.redaction import person27_told as told
from processors.redaction import person28_recall as r28
from processors.redaction import person29_chat as chat
from processors.redaction import person29_frames as frames
from processors.redaction import person29_places as places
from processors.redaction import person29_recall as r29
from processors.redaction import person30_recall as r30
from processors.redaction.names import _finds_in_stretches, may_contain_names
from processors.redaction.redactor import _may_contain_pii, _replace_for_guard, detect, redact
from processors.redaction.spans import ENTITY_TYPES, placeholder
from processors.redaction.substrings import FiredGates

_FAMILIES = (
    (name_shapes.shaped_names, name_shapes.shaped_after_redaction, name_shapes._FIRED),
    (chat.chat29, chat.chat29_after_redaction, chat._FIRED),
    (r28.recall28, r28.recall28_after_redaction, r28._FIRED),
    (r29.recall29, r29.recall29_after_redaction, r29._FIRED),
    (frames.frames29, frames.frames29_after_redaction, frames._FIRED),
    (r30.recall30, r30.recall30_after_redaction, r30._FIRED),
)
_PLACEHOLDERS = [placeholder(kind) for kind in ENTITY_TYPES]
_NOT_CUES = ("_PLACEHOLDERS", "ENTITY_TYPES", "__all__")

# Texts whose redaction puts a placeholder where a gate could read it: at a line's start (a
# chat speaker's label), before a verb ending in "ed" ("<CREDIT_CARD>"), between a
# conjunction and a verb, at the end of a word, and a text in lower case.
_TEXTS = (
    "Ask Anna Kowalski, Nicole Parmentier and Ysolde (+44 7700 900123) about Mia's call.",
    "Kwesiba Ochieng: anyone around?\nQuillon Marsh: yes",
    "Paid with 4111 1111 1111 1111 and Ysolde confirmed it on Monday.",
    "It was late and Radovan Petrakis said hi, then 4111 1111 1111 1111 charged.",
    "Call Temitayo Adeyemi on 0161 496 0000 when you're back, Anna Kowalski.",
    "i told jhun the party's at 12 Elm Street, 4111111111111111 paid",
    "Message from Nicole Parmentier: her card 4111 1111 1111 1111 was declined.",
    "<Kwesiba> anyone around?\n<PERSON> yes",
)


def test_fired_gates_answer_for_the_text_noted_only() -> None:
    memo = FiredGates()
    text = "some text"
    assert memo.fired_on(text) == -1
    memo.note(text, 0)
    assert memo.fired_on(text) == 0
    assert memo.fired_on("other text") == -1
    memo.note(text, 5)
    assert memo.fired_on(text) == 5


@pytest.mark.parametrize("text", _TEXTS)
def test_each_family_after_redaction_answers_as_the_family(text: str) -> None:
    spans = detect(text)
    assert spans, text
    redacted, _ = _replace_for_guard(text, spans)
    # (a redaction by every span, and by each span alone: placeholders anywhere)
    redactions = [redacted] + [_replace_for_guard(text, (span,))[0] for span in spans]
    for family, after_redaction, memo in _FAMILIES:
        for redaction in redactions:
            family(text)  # (the first pass: the family notes its gates on the source)
            fired = memo.fired_on(text)
            assert bool(after_redaction(redaction, text)) == bool(family(redaction)), (family, text)
            if family is not chat.chat29:  # (chat29 tries its speaker's rule apart)
                assert family(redaction, fired) == family(redaction), (family, text)
    for redaction in redactions:
        told.may_tell(text)
        expected = told.may_tell(redaction) and bool(told.told_names(redaction))
        assert told.told_after_redaction(redaction, text) == expected


@pytest.mark.parametrize("text", _TEXTS)
def test_the_guard_with_its_source_answers_as_the_full_guard(text: str) -> None:
    spans = detect(text)
    redacted, lowered = _replace_for_guard(text, spans)
    detect(text)  # (the memos hold the source, as in redact)
    reused = _may_contain_pii(redacted, lowered, text)
    assert reused == _may_contain_pii(redacted, lowered) or not detect(redacted)
    assert redact(redact(text).text).text == redact(text).text


def test_no_placeholder_opens_a_speakers_label() -> None:
    for token in _PLACEHOLDERS:
        assert not chat._may_open_with_speaker(token + " hi all")
        assert not chat._may_open_with_speaker("ok\n" + token + " hi")
        assert chat.group_spans(chat._SPEAKER, token + " hi\n" + token + " yo", _ok) == []
    assert chat._may_open_with_speaker("<PERSON> hi\n<Kwesiba> anyone around?")
    assert chat._may_open_with_speaker("<Kwesiba> anyone around?")
    assert chat._may_open_with_speaker("x\n[10:02] Temitayo: hi all")


def _ok(word: str) -> bool:
    return bool(chat._name_word_as_written(word))


def test_the_conjunction_gate_reads_no_placeholder() -> None:
    # "<credit_card>" holds "ed", but the verb of _CONJUNCTION_VERB is what precedes a "<".
    words = ("paid", "and", "ysolde", "<credit_card>")
    assert r28._word_gates(words) & r28._CONJUNCTION_WORD == 0
    assert r28._word_gates(("and", "<person>", "confirmed")) & r28._CONJUNCTION_WORD == 0
    assert r28._word_gates(("and", "ysolde", "confirmed<person>")) & r28._CONJUNCTION_WORD


@pytest.mark.parametrize("module", [chat, r28, r29, frames, r30, told, name_shapes])
def test_no_cue_of_the_reused_gates_comes_from_a_placeholder(module: object) -> None:
    for name, value in vars(module).items():
        if not isinstance(value, tuple | frozenset) or name in _NOT_CUES:
            continue
        for cue in value:
            if not isinstance(cue, str):
                continue
            assert "<" not in cue, (name, cue)
            assert ">" not in cue, (name, cue)
            assert not any(cue in token for token in _PLACEHOLDERS), (name, cue)


def test_may_tell_wants_the_verb_as_written_before_a_space() -> None:
    assert told.may_tell("i told jhun the party's at 8")
    assert not told.may_tell("Call me when you land")
    assert not told.may_tell("Text: see you at noon")
    assert told.may_tell("Call me, or text jhun about it")
    assert told.told_names("Call me when you land") == []


def test_the_chinese_gate_is_reused_on_a_redaction() -> None:
    source = "meeting xiao yanling at 4111 1111 1111 1111 today"
    redaction = _replace_for_guard(source, detect(source))[0]
    family_first.may_have_chinese_names(source)
    expected = family_first.may_have_chinese_names(redaction) and bool(
        family_first.chinese_names(redaction)
    )
    family_first.may_have_chinese_names(source)
    assert family_first.chinese_after_redaction(redaction, source) == expected
    family_first.may_have_chinese_names("no family name here")
    assert (
        family_first.chinese_after_redaction("no family name <PERSON>", "no family name here")
        is False
    )


@pytest.mark.parametrize(
    "redacted",
    [
        "send a copy to <PERSON> at <EMAIL_ADDRESS>.",
        "account holder: <PERSON>, iban: <IBAN_CODE>",
        "ok so <PERSON> said i told jannik about the party",
        "ok so <PERSON> and velimir janković are coming over",
    ],
)
def test_a_lower_case_stretch_sends_the_guard_on_only_when_a_name_is_in_it(redacted: str) -> None:
    # (the guard reads stretches between placeholders as find_names does, not just their being)
    if detect(redacted):
        assert may_contain_names(redacted)
    assert _finds_in_stretches(redacted) == bool(detect(redacted)) or not detect(redacted)
    if redacted.startswith("send"):
        assert not _may_contain_pii(redacted)


def test_the_vietnamese_gate_is_reused_on_a_redaction() -> None:
    source = "gặp Nguyễn Thị Minh Khai at 4111 1111 1111 1111 today"
    redaction = _replace_for_guard(source, detect(source))[0]
    expected = family_first.may_have_vietnamese_names(redaction) and bool(
        family_first.vietnamese_names(redaction)
    )
    family_first.may_have_vietnamese_names(source)
    assert family_first.vietnamese_after_redaction(redaction, source) == expected
    quiet = "no family name here"
    family_first.may_have_vietnamese_names(quiet)
    assert family_first.vietnamese_after_redaction("no family <PERSON> here", quiet) is False


def test_the_opener_words_prefilter_the_three_regexes_in_ascii_text() -> None:
    words = [*places._OPENER_LAST_WORDS, "feast of st.", "isle of", "vale of", "feast of saint"]
    words += ["stay", "best", "of course", "mount", "amount", "tempo", "observer", "xsan"]
    for word in words:
        for written in (word, word.upper(), word.title()):
            for lead in ("", "see ", "(", "x."):
                before = lead + written + " "
                if not before.isascii():
                    continue
                matched = any(
                    pattern.search(before) is not None
                    for pattern in (
                        places._SAINT_BEFORE,
                        places._PLACE_OPENER_BEFORE,
                        places._CELEBRATED,
                    )
                )
                if matched:
                    assert before[:-1].lower().endswith(places._OPENER_LAST_WORDS), before
    for text, name in (
        ("We met at the feast of St. Ambrose today", "Ambrose"),
        ("flights to Port Adeline are cheap", "Adeline"),
        ("we celebrated Diwali with them", "Diwali"),
    ):
        start = text.index(name)
        assert places.place_feast_or_work(text, start, start + len(name)), text
    assert not places.place_feast_or_work("we met Adeline today", 7, 14)


@pytest.mark.parametrize(
    "text",
    [
        "i told jhun the party's at 8, and asked amaka ekpo about the cake",
        "told told tell the",
        "asked ask asked the",
        "(told ana, ok) xtold ben, ok\ntell cleo the plan",
        "can u ring emerald back? or text ysolde tonight",
        "Told nobody. Call me.",
    ],
)
def test_told_matches_are_finditers(text: str) -> None:
    expected = [(m.span(), m.groups()) for m in told._TOLD.finditer(text)]
    assert [(m.span(), m.groups()) for m in told._told_matches(text)] == expected
