"""(Stop 25) The lower-case names of a ``cc:`` list in cased text: "Verified identity for
Kyle Tolliver: SSN ... matched. cc: nikhil", "cc: bill, ronan".

A copy list names people: after ``cc:`` or ``bcc:`` (any case), one to four lower-case words
separated by commas, "and" or "&" run to the end of the line. Each is a listed given name
(even an English word: "bill", "will") or a word of no English list, at least three letters,
and no system account ("root", "team"). Caseless text is read by the caseless rules already;
capitalised names by the lone-name rules.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names
from processors.redaction.name_word_lists import NOT_NAME_VALUES
from processors.redaction.name_words import plain_name_word
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["cc_names"]

_WORD: Final = r"[^\W\d_A-Z][^\W\d_A-Z'\u2019-]*[^\W\d_A-Z]"
_CC_LIST: Final = re.compile(
    rf"(?i:\bb?cc):[ \t]*({_WORD}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+){_WORD}){{0,3}})"
    r"[ \t.]*$",
    re.MULTILINE,
)
_WORD_AT: Final = re.compile(_WORD)


def _name_ok(word: str) -> bool:
    if len(word) < 3 or word in NOT_NAME_VALUES:
        return False
    return word in first_names() or plain_name_word(word)


def cc_names(text: str) -> list[PiiSpan]:
    """The names of the module docstring in ``text`` (cased text with "cc:")."""
    found: list[PiiSpan] = []
    for match in _CC_LIST.finditer(text):
        words = list(_WORD_AT.finditer(text, match.start(1), match.end(1)))
        names = [w for w in words if w.group() != "and"]
        if names and all(_name_ok(w.group()) for w in names):
            found.extend(PiiSpan(w.start(), w.end(), PERSON) for w in names)
    return found
