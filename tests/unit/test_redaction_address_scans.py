"""The cheaper forms of the address scans find exactly what the general ones find.

:mod:`processors.redaction.addresses` and its ``address_*`` modules keep, for speed, a second
form of some regexes (for ASCII or lower-cased text) and a word-by-word test in front of the
street-word regex. These tests pin each to the form it stands in for.
"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction import address_cues as cues
from processors.redaction import address_number_first as number_first
from processors.redaction import address_street_first as street_first
from processors.redaction import address_vocabulary as vocabulary
from processors.redaction import address_walk as walk

_FRAGMENTS = [
    "address", "Address:", "ADDRESS IS", "addr.", "adresse", "Anschrift", "direccion",
    "indirizzo", "endereco", "lives at", "Living  at", "located at", "based at", "delivered to",
    "DELIVERY TO", "moved to", "move to", "visit us at", "to", "at", "is", "xat", "_to", "9to",
    ":", " ", "  ", "\n", "\t", "\x1c", ",", ".", "12", "4a", "1,299", "71,06", "12/3", "7-9",
    "Via", "ul.", "Goetheplatz", "Main St", "Apt 5", "Suite", "p.o", "P.O. Box", "straße",
    "Str.", "gatan", "vei", "TIE", "Blk", "St.", "(910)594-9965", "#08-45", "Chapter 12",
]  # fmt: skip
_ASCII_TEXTS = st.one_of(
    st.lists(st.sampled_from(_FRAGMENTS), max_size=14).map(" ".join),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=14).map("".join),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
).filter(str.isascii)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_ASCII_TEXTS)
def test_lower_case_cues_match_the_case_insensitive_cues_in_ascii_text(text: str) -> None:
    general = _spans(cues.CUE_FORWARD, text)
    assert _spans(cues.CUE_FORWARD_LOWER, text.lower()) == general


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_ASCII_TEXTS)
def test_ascii_forms_match_the_unicode_ones_in_ascii_text(text: str) -> None:
    assert _spans(number_first.NUM_ANCHOR_ASCII, text) == _spans(number_first.NUM_ANCHOR, text)
    assert _spans(street_first._HOUSE_NUMBER_ASCII, text) == _spans(
        street_first._HOUSE_NUMBER, text
    )
    for pos in range(len(text)):
        general = walk._PIECE.match(text, pos)
        ascii_piece = walk._PIECE_ASCII.match(text, pos)
        assert (general and general.groups()) == (ascii_piece and ascii_piece.groups())


def test_case_insensitive_letters_are_lower_case_letters_but_for_three() -> None:
    """What has_street_word relies on: a character matches a letter of the street words
    case-insensitively exactly when its lower case is that letter, but for three."""
    letters = sorted(set("".join(vocabulary.STREET_WORDS + vocabulary.STREET_WORD_ENDINGS)))
    any_letter = re.compile("(?i)[" + re.escape("".join(letters)) + "]")
    exceptions = set()
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if not any_letter.fullmatch(char) and char.lower() not in letters:
            continue
        for letter in letters:
            if bool(re.fullmatch("(?i)" + re.escape(letter), char)) != (char.lower() == letter):
                exceptions.add(char)
    assert exceptions == set(vocabulary.CASE_FOLDING_EXCEPTIONS)


_SPAN_PIECES = st.sampled_from(
    [
        *vocabulary.STREET_WORDS, *vocabulary.STREET_WORD_ENDINGS, "Rosen", "x", "_", "1",
        " ", ". ", "-", "'", *vocabulary.CASE_FOLDING_EXCEPTIONS, "\u212a", "ẞ", "Σ", "é", "\u0307",
        "P.O.", "p.o",
    ]
)  # fmt: skip


_CASES = st.sampled_from([str.lower, str.upper, str.title])
_CASED_PIECES = st.builds(lambda piece, case: case(piece), _SPAN_PIECES, _CASES)


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(st.lists(_CASED_PIECES, max_size=8).map("".join))
def test_street_word_test_agrees_with_the_regex(span: str) -> None:
    assert vocabulary.has_street_word(span) == bool(vocabulary.STREET_WORD.search(span))


def test_house_number_scan_takes_the_set_6_number_shapes() -> None:
    """The space-first _HOUSE_NUMBER admits the set-6 shapes and a number after a comma."""
    for text, number in [
        ("Hauptstraße 112hs", "112hs"),
        ("Rue Oberkampf 4bis", "4bis"),
        ("Calea Victoriei 287-II", "287-II"),
        ("Acacia Close 39/114", "39/114"),
        ("Rua de Santa Catarina, 282", "282"),
        ("Via Roma. 10", "10"),
    ]:
        for pattern in (street_first._HOUSE_NUMBER, street_first._HOUSE_NUMBER_ASCII):
            assert [m.group(1) for m in pattern.finditer(text)] == [number]
