"""(Stop 27) Chat that is lower case but for a few capitalised words is read as caseless text
between them: "i told jannik the party's at ..., she said she'd bring Croque Madame".

The caseless rules (a listed given name after a verb of speech, a given name and a surname
that is no English word) run only on text without a capital letter, and one capitalised dish,
brand or shout turned them all off. A text that opens with a lower-case letter is written
the chat way; each stretch of two or more words without a capital letter is read alone as
caseless text (``find_names`` moves its spans to the stretch's place). A capitalised word
ends a stretch, so it is never read in lower case (the capitalised rules read it).

A stretch is a piece cut out of its sentence, so the lone-name rules that read where a
sentence ends see ends that are not there ("so i'm wfh" before a capitalised holiday): of
a stretch's spans only names of two or more words, listed given names that are no English
word, and words that are not plain ASCII are kept (:func:`stretch_name_ok`).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import english_words, first_names, is_english
from processors.redaction.name_words import _uncommon
from processors.redaction.person11_recall_words import listed_given

__all__ = ["lower_case_stretches", "lower_stretch_name_ok", "stretch_name_ok"]

_TOKEN: Final = re.compile(r"\S+")


def lower_case_stretches(text: str) -> list[tuple[int, str]]:
    """``(offset, stretch)`` for each stretch of two or more whitespace-separated tokens
    without a capital letter, in a text that opens with a lower-case letter and holds a
    capital (text all in lower case is read whole), and no ``=`` or ``":`` of a log line or
    JSON."""
    if not text[:1].islower() or text.islower() or "=" in text or '":' in text:
        return []  # (key=value and JSON text is no chat: its keys are its context)
    found: list[tuple[int, str]] = []
    start = end = -1
    count = 0
    for token in _TOKEN.finditer(text):
        word = token.group()
        if word.lower() != word:  # a capital ends the stretch
            if count >= 2:
                found.append((start, text[start:end]))
            count = 0
            continue
        if count == 0:
            start = token.start()
        end = token.end()
        count += 1
    if count >= 2:
        found.append((start, text[start:end]))
    return [(offset, piece) for offset, piece in found if piece.islower()]


def stretch_name_ok(value: str) -> bool:
    """A span found in a piece cut out of its text is kept when it has two or more words, or
    is a listed given name that is no common or English word, or is not plain ASCII
    (``jannik``, ``þórunn``; not ``doc``, ``iban``, ``wfh`` or a shout's last ``EVER``)."""
    return (
        " " in value
        or not value.isascii()
        or (value in first_names() and value not in english_words() and _uncommon(value))
    )


def lower_stretch_name_ok(value: str) -> bool:
    """(Stop 28) A span from a lower-case stretch (not a line in capitals) of several words
    holds no English word, or a listed given name that is none ("handy helpers", "stack
    traces" in prose are no names; "jung jae-ho" and "simran bains" are)."""
    if not stretch_name_ok(value):
        return False
    if " " not in value:
        return True
    words = value.split(" ")
    # (stop 34: the wide English test, not the list of frequent words: "diamond ring RM5.51")
    if not any(is_english(word) for word in words):
        return True
    # (stop 34: not a given name of English use either: "diamond ring RM5.51")
    return any(listed_given(word) for word in words)
