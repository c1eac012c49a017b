"""Speed round 32: recall31 and recall32 reuse, in the re-scan guard, the gates that failed on
the text redact read first (as the families of round 31 do, see test_redaction_speed31).

A rule whose gate failed on the original text is not tried on its redaction; these tests check
that the family with the noted bits answers as the full family on redactions where a
placeholder could matter, and that no cue of those gates can come from a placeholder.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from processors.redaction import person28_recall as r28
from processors.redaction import person29_chat as chat
from processors.redaction import person29_frames as frames
from processors.redaction import person29_recall as r29
from processors.redaction import person31_places as p31
from processors.redaction import person31_recall as r31
from processors.redaction import person32_places as p32
from processors.redaction import person32_recall as r32
from processors.redaction.lexicon import first_names
from processors.redaction.names import find_names
from processors.redaction.person_neg_contexts import drop_lookalike_persons
from processors.redaction.redactor import _may_contain_pii, _replace_for_guard, detect
from processors.redaction.spans import ENTITY_TYPES, PERSON, PiiSpan, placeholder
from processors.redaction.substrings import opening_matches

_FAMILIES = (
    (r31.recall31, r31.recall31_after_redaction, r31._FIRED),
    (r32.recall32, r32.recall32_after_redaction, r32._FIRED),
)
_PLACEHOLDERS = [placeholder(kind) for kind in ENTITY_TYPES]
_NOT_CUES = ("_PLACEHOLDERS", "ENTITY_TYPES", "__all__")

# Redactions put placeholders at a line's start (after a quoting ">"), before ". " (an
# initial's place), inside a list line, and shift a comma into the greeting rule's reach.
_TEXTS = (
    "> adesewa: call me at 0161 496 0000\n> Kwame Mensah: ok",
    "Per Amaranwa S. Akinwolere's email, call 0161 496 0000 or Anna Kowalski.",
    "Attendees: Ljiljana Fakhoury, Kessamy\nApologies: Ludomir (0161 496 0000)",
    "oye Temitayo Adeyemi Okonkwo, kha, me pasas tu número? 0161 496 0000",
    "The manager was rude but Juvencio was lovely, call 0161 496 0000",
    "lmk if juvencio still needs the key, Anna Kowalski, 4111 1111 1111 1111",
    'contact="Corvennick, Marina", phone: 0161 496 0000',
    "Helpful staff, esp. Sundus and Oswen; dr de ulzurrun dermatologist reviews 0161 496 0000",
    "Customer JORVATH H. BELVARRE says Anna Kowalski paid 4111 1111 1111 1111",
    "EVERYONE CALL ANNA KOWALSKI AT 0161 496 0000. THANKS.",
)


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
            assert fired != -1
            assert family(redaction, fired) == family(redaction), (family, redaction)
            family(text)
            assert after_redaction(redaction, text) == bool(family(redaction)), (family, text)


@pytest.mark.parametrize("text", _TEXTS)
def test_the_guard_with_its_source_answers_as_the_full_guard(text: str) -> None:
    spans = detect(text)
    redacted, lowered = _replace_for_guard(text, spans)
    detect(text)  # (the memos hold the source, as in redact)
    reused = _may_contain_pii(redacted, lowered, text)
    assert reused == _may_contain_pii(redacted, lowered) or not detect(redacted)


def test_the_greeting_rule_is_always_tried_after_redaction() -> None:
    # (its gate reads a position: a short placeholder brings a far comma into reach)
    source = "oye Temitayo Adeyemi Okonkwo Balogun, hi"
    r31.recall31(source)
    assert r31._FIRED.fired_on(source) & r31._GREETING_BIT


def test_a_quoted_line_opens_with_its_own_marker() -> None:
    assert r32.recall32("> adesewa: call me")
    assert r32.recall32("hi\n> adesewa: call me")
    r32.recall32("Anna <b>: bold")
    assert r32._FIRED.fired_on("Anna <b>: bold") & 1 == 0


@pytest.mark.parametrize("module", [r31, r32])
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


@pytest.mark.parametrize(
    "before",
    ["", " ", "Via ", "xVia ", "la ", " la ", "Calle de la ", "d'", "l'", "x'", "de  ", "C/ ",
     "Av. ", "via ", "nach der ", "Rua dos ", "ask DE ", "Travessa ", "talked to "],
)  # fmt: skip
def test_the_street_word_end_reads_as_the_suffix_test(before: str) -> None:
    assert p31._ends_in_street_word(before) == before.endswith(p31._STREET_WORD_ENDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The manager was rude but Juvencio was lovely", True),
        ("Kofi has been so helpful", True),
        ("Ama is extremely unhelpful", True),
        ("what kind of response is this", False),
        ("she is kind", True),
        ("a lovely day, this is", False),
    ],
)
def test_the_manners_gate_wants_the_words_before_the_adjective(text: str, expected: bool) -> None:
    assert r32._manners_after_lead(text) is expected
    if r32._MANNERED.search(text) is not None:
        assert r32._manners_after_lead(text)


_OPENING_TEXTS = (
    "Kofi and Ama booked it. Then Kofi and Ama left, so Yaw and Esi stayed",
    "x. Anna (our host) said hi\nBen (the chef) says no! Cleo (boss) asked",
    "Mira helped me. Joss joined the call, and Tess mentioned it",
    "we met. so ama lives at home and kofi moved to leeds",
    "",
    ". , ! ? \n",
)


@pytest.mark.parametrize("text", _OPENING_TEXTS)
def test_opening_matches_answers_as_finditer(text: str) -> None:
    cases = (
        (r28._ASIDE_SAYS, r28._ASIDE_LEADS),
        (r29._LIVES_AT, r29._LIVES_LEADS),
        (chat._DEED_OPENING, chat._DEED_LEADS),
        (frames._PAIR_DEED, frames._PAIR_LEADS),
        (re.compile(r"(?:^|(?<=[.!?,] )|(?<=\n))(\w+) (\w+)"), frozenset([". ", ", ", "\n"])),
    )
    for pattern, leads in cases:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        found = [(m.span(), m.groups()) for m in opening_matches(pattern, text, leads)]
        assert found == expected, (pattern.pattern[:40], text)


@pytest.mark.parametrize(
    "text",
    [
        "Met Anna Kowalski at Jane Eyre cast party; my son Dmitri came",
        "Thanks Mitchell Boyes and Tommy Hilfiger polo",
    ],
)
def test_a_span_found_twice_is_judged_as_once(text: str) -> None:
    spans = [span for span in find_names(text) if span.entity_type == PERSON]
    spans += [PiiSpan(0, 3, PERSON), PiiSpan(4, 8, PERSON)]
    alone = [kept for span in spans for kept in drop_lookalike_persons(text, [span])]
    doubled = [kept for span in spans for kept in drop_lookalike_persons(text, [span, span])]
    assert drop_lookalike_persons(text, spans) == alone
    assert drop_lookalike_persons(text, spans + spans) == alone + alone
    assert drop_lookalike_persons(text, [s for span in spans for s in (span, span)]) == doubled


@pytest.mark.parametrize(
    "text",
    [
        "Watched Jane Eyre with Anna. Loved Pride and Prejudice Emma",
        "Finished Moby Dick Harper Lee! during Happy Hour Maria said",
        "met O'Brien Anne-Marie Kowalski at 5; Dr. J.R. Smith Sarah",
    ],
)
def test_the_english_word_rule_reads_as_before_its_speedups(text: str) -> None:
    # (the capital tests before _RUN_WORD change no answer: compare with the regex-only walk)
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 30) + 1):
            if text[start : start + 1].isupper():
                assert p32._english_word_before_given_name(text, start, end) == (
                    _english_word_regex_only(text, start, end)
                ), (start, end)


def _english_word_regex_only(text: str, start: int, end: int) -> bool:
    words: list[tuple[int, str]] = []
    if start > 2 and text[start - 1] == " ":
        word_start = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
        if p32._RUN_WORD.fullmatch(text, word_start, start - 1) is not None:
            words.append((word_start, text[word_start : start - 1]))
    at = start
    while len(words) < p32._MAX_RUN_WORDS:
        match = p32._RUN_WORD.match(text, at)
        if match is None or match.end() > end:
            break
        words.append((match.start(), match.group()))
        at = match.end() + 1
    return any(
        following.lower() in first_names()
        and p32._english_not_name(word)
        and p32._thing_cue_before(text, position)
        for (position, word), (_, following) in pairwise(words)
    )
