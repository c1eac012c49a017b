"""The veto's word scorer without feature strings (``person13_fast``, stop 40 speed round).

It must give every word the score ``person13_scorer._raw_score`` gives it, bit for bit (the
veto compares it with a threshold; the trainer keeps reading ``token_features``).
"""

from __future__ import annotations

import pytest

from processors.redaction.person13_fast import WordScorer
from processors.redaction.person13_scorer import _raw_score
from processors.redaction.person13_words import TOKEN, _gap

_TEXTS = (
    "ask for Kunga at the desk",
    "Dear Mrs Okonkwo,\nyour parcel has shipped.",
    "hi team\nthe build is green\n- tomasz",
    "ticket=4411 status=open assignee=Kunga Dorje prio=2",
    "team,wins,losses\nReal Sociedad,12,4\nBayern Munich,9,7",
    "Kofi's iPad died; ask O'Neil or Do-hyun (cc: ana@example.com)",
    "yolotzin balogh soundcloud",
    "ΟΔΥΣΣΕΑΣ ΠΑΠΑΔΟΠΟΥΛΟΣ και Νίκος",
    "Name: NADINE WHITFIELD\nPhone: 555 0100\n\n  -- Ola",
    "x",
    "  \n\t",
    "Guram L. <guram@example.org> wrote: OK Priya\u2019s car",
)


@pytest.mark.parametrize("text", _TEXTS)
def test_scores_are_bit_identical(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        words = [match.span() for match in TOKEN.finditer(variant)]
        scorer = WordScorer(variant)
        # (scored back to front too: the words are read lazily)
        for index in reversed(range(len(words))):
            assert scorer.raw_score(index).hex() == _raw_score(variant, words, index).hex()


def test_words_are_read_only_as_far_as_needed() -> None:
    scorer = WordScorer("one two three four five six")
    assert scorer.fill(2) == 2
    scorer.raw_score(0)
    assert len(scorer.words) == 3  # (the word and its right context)
    assert scorer.fill(100) == 6


def test_a_gap_is_short() -> None:
    # (the tables split a key at most seven characters from its gap's end: "BOS" + four)
    for between in (" ", "", ",\n\n  -- ", "\t!?!?\r\n", ")..., ", "\n\n\n", " | "):
        assert len(_gap(between)) <= 4
