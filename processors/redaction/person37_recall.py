"""(Stop 37, set 33's tuning half) Names told by a frame the older rules do not read:

- a caller or writer naming themself after a greeting (``hi it's nurgul, um, call me back``,
  ``hey this is kalaiselvan here``): one word, a name word in lower case or capitalised,
  then a comma, a full stop, "!" or "here"/"again"/"calling";
- two initials written together before a surname (``The electrician, N.B. Iturbe, left his
  number``): the surname capitalised, of no English list, and then a comma, "'s" or a verb
  in lower case ("N.B. The" and "A.D. 1066" are no names).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names, is_english
from processors.redaction.person34_recall import lone_name_word
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["recall37"]

_SELF_NAMED: Final = re.compile(
    r"(?i:(?<![\w'])(?:hi|hey|hello|hiya|heya|hallo|yo)[,!]? (?:it['\u2019]?s|it is|this is) )"
    r"([^\W\d_][^\W\d_'\u2019-]{2,})(?=[,.!]|\s(?:here|again|calling)\b)"
)
_INITIALS_SURNAME: Final = re.compile(
    r"(?<![\w.])([A-Z]\.[A-Z]\. ?([A-Z][^\W\d_A-Z][^\W\d_'\u2019-]+))(?=,|['\u2019]s\b| [a-z])"
)


def recall37(text: str) -> list[PiiSpan]:
    """The names of the module docstring's rules."""
    found: list[PiiSpan] = []
    if "s " in text:  # ("it's ", "this is ", "its ")
        for match in _SELF_NAMED.finditer(text):
            word = match.group(1)
            lower = word.lower()
            if (word.islower() or word[1:].islower()) and (
                lone_name_word(lower) or (lower in first_names() and len(lower) >= 3)
            ):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if "." in text:
        for match in _INITIALS_SURNAME.finditer(text):
            if not is_english(match.group(2).lower()):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    return found
