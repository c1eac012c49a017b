"""The person-name finder's own contracts: the re-scan guard never misses a name, the word memo."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processors.redaction.names import find_names, may_contain_names
from processors.redaction.word_memo import WordMemo

# Names, cues and placeholders glued in every way: the guard scans redacted text with its
# placeholders lower-cased, and looks only at the start when no other capital is left.
_FRAGMENTS = [
    "Anna", "anna", "Ondřej", "Eduard L Kvarda", "Sven", "Lars", "Mitchell Boyes", "İlknur",
    "O'Brien", "Anne-Marie", "Hi", "hi", "heyyy", "Dear", "Mr.", "customer", "my friend",
    "my name is", "approved by", "said", "is calling", "from", "cc:", "thx", "- ", "-- ",
    "\u2014", ". ", "! ", ", ", " and ", "/", "\n", "\t", "(", ")", ":", "=", "'", '"',
    '"first_name": "', "user=", "Failed password for", "from 10.0.0.1", "name,phone\n",
    "+39 06 1234 5678", "ana@example.com", "Best,\n", "Buenos Aires", "the", "Paris",
    "<PERSON>", "<PHONE_NUMBER>", "<EMAIL_ADDRESS>", "<STREET_ADDRESS>", "<US_SSN>", "<",
    ">", "PERSON", "K.", "x" * 40,
]  # fmt: skip

_TEXTS = st.one_of(
    st.lists(st.sampled_from(_FRAGMENTS), max_size=10).map(" ".join),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=10).map("".join),
    st.text(max_size=60),
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_TEXTS)
def test_redaction_name_guard_never_misses_a_name(text: str) -> None:
    assert may_contain_names(text) or not find_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna said <PERSON> left",  # no capital after the first outside placeholders
        "Thanks <PERSON>, Anna will call",
        "<PERSON> and Lars Ek at <STREET_ADDRESS>",  # a run after a placeholder
        "Hi <PERSON>, thx Anna!",
        "<EMAIL_ADDRESS>\n- Anna",
    ],
)
def test_redaction_name_guard_sees_names_next_to_placeholders(text: str) -> None:
    assert find_names(text)
    assert may_contain_names(text)


def test_redaction_name_guard_passes_a_redacted_template() -> None:
    assert not may_contain_names("Customer <PERSON> (SSN <US_SSN>) called from <PHONE_NUMBER>.")


def test_redaction_word_memo_computes_once_and_stays_bounded() -> None:
    calls: list[str] = []

    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    memo = WordMemo(length, maxsize=2)
    assert [memo["ab"], memo["ab"], memo["abc"]] == [2, 2, 3]
    assert calls == ["ab", "abc"]
    assert memo["abcd"] == 4  # full: emptied, then filled again
    assert len(memo) == 1


# The rules main gained after the guard's placeholder trick (name_fixes: label values,
# "Surname, Given", capitals runs, possessives and "&" pairs, titles, storms; name_cues),
# glued next to placeholders: the guard must still see every name they find.
_LATER_FRAGMENTS = [
    "Name on card:", "LATOYA ASHWORTH", '"name": "', "Bamba, Adjoua", '"', "N:", ";",
    "SHIP TO:\n", "Herr", "Electrician", "Sokha Rattanakorn", "Storm", "Eunice", "for",
    "Ayanda's", "'s", " & ", "ketevan", "oğuz", "SEKOU ERGASHEV", "came addressed to a",
    "Ní Mhaonaigh", "Mac Giolla", "bint Saleh", "al-Farsi", "N'Guessan", "user=", "hi",
    "- anahit", "Unacceptable.", "Packaging said", "Surname:", "first name=",
    "<PERSON>", "<PHONE_NUMBER>", "<IP_ADDRESS>", "<CREDIT_CARD>", "<IBAN_CODE>", "\n", " ",
    ", ", ": ", "Dear", "Thanks,\n",
]  # fmt: skip


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.one_of(
        st.lists(st.sampled_from(_LATER_FRAGMENTS), max_size=10).map(" ".join),
        st.lists(st.sampled_from(_LATER_FRAGMENTS + _FRAGMENTS), max_size=12).map("".join),
    )
)
def test_redaction_name_guard_never_misses_a_later_rule(text: str) -> None:
    assert may_contain_names(text) or not find_names(text)
