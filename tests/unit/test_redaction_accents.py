"""Accent folding for the name rules: a given name is found however its accents are written,
and offsets never move."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from processors.redaction import detect
from processors.redaction.accents import fold_accents
from processors.redaction.lexicon import first_names
from processors.redaction.name_accents import fold_given_names


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in detect(text)]


def test_folding_drops_accents_only() -> None:
    assert fold_accents("Siobhán Nguyễn Şükrü") == "Siobhan Nguyen Sukru"
    # Letters without a decomposition keep their own character.
    assert fold_accents("Łukasz Øre Đặng ß") == "Łukasz Øre Đang ß"


def test_folding_never_makes_markup_or_digits() -> None:
    # "≮" is "<" plus a combining stroke, "²" a compatibility form of "2": neither folds.
    assert fold_accents("≮PERSON> x²") == "≮PERSON> x²"


@pytest.fixture(scope="module", autouse=True)
def _given_names_loaded() -> None:
    """The given-name list is read on first use; read it before hypothesis times examples."""
    first_names()


@given(st.text())
def test_folding_keeps_the_length(text: str) -> None:
    assert len(fold_accents(text)) == len(text)
    assert len(fold_given_names(text)) == len(text)


def test_the_given_name_list_holds_folded_spellings_but_no_english_word() -> None:
    names = first_names()
    assert "nóni" in names
    assert "noni" in names  # (the file holds only "nóni")
    assert "nice" not in names  # ("niče" folds to an English word)


def test_only_words_that_become_given_names_fold() -> None:
    # "Tô" would fold to the English "To": it keeps its accent, a sign of a name.
    assert fold_given_names("Tô Xóchitl") == "Tô Xochitl"


def test_an_accented_given_name_missing_from_the_list_is_found() -> None:
    assert ("xóchitl", "PERSON") in _found("would recommend xóchitl, very patient with kids")
    assert ("thaís", "PERSON") in _found("left with thaís at the front desk")
