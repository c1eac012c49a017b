"""(Stop 45, set 43) A name written surname first with a comma, outside a key or a cue:
``ticket refund Sanabria, Argemiro Sec 102``, ``refund Oyelaran, Nnamdi Row C 12``.

Box-office, payroll and library systems list people as "Surname, Given", and the text around
such a name is often a search or a reference that gives no cue (the rules of stops 28-44 read
it after a person key or a role). Here two capitalised words joined by ", " are a name when
the first may be a surname (no English word, no town, and no listed given name unless the
surname list holds it too: "Hayward" and "Wanjohi", listed as given names only, are left to
the rules with a cue) and the second is a listed given name of no English use; and neither
is part of a longer list ("Lyon, Paris, Nice"; "Anna, Maria and Tom"; "Vroni Leitner, Kirsty
Huynh"; "Watchers: Yindi, Bastien"): no ", ", no capitalised word and no plural key right
before the first word, no ", " or "and" plus a capital after the second; and no house after
it ("Nutwood, Ivy Cottage").
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import city_names, first_names, is_english, surname_words
from processors.redaction.person11_recall_words import listed_given
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["surname_comma_given"]

_PAIR: Final = re.compile(
    r"(?<![\w'\u2019-])([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?), "
    r"([A-Z][^\W\d_A-Z]+(?:-[A-Za-z][^\W\d_A-Z]+)?)(?![\w'\u2019-])"
)
_COMMA_CAPITAL: Final = re.compile(r", [A-Z]")
_LIST_AFTER: Final = re.compile(r", [A-Z]| (?:and|&) [A-Z]")
_LIST_KEY_BEFORE: Final = re.compile(r"(?i)(?:[a-z]s|\bcc|\bto):[ \t]*$")
_HOUSE_AFTER: Final = re.compile(
    r" (?:Cottage|House|Farm|Lodge|Barn|Manor|Hall|Court|Villa|Mill|Grange)\b"
)
_CAPITALISED_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019.-]* $")


def surname_comma_given(text: str) -> list[PiiSpan]:
    """The "Surname, Given" names of ``text`` (see the module docstring)."""
    found: list[PiiSpan] = []
    # (speed: _PAIR has no literal start, so it tries every position; ", " and a capital, a
    # literal prefix, is found at C speed, and most texts have none)
    if _COMMA_CAPITAL.search(text) is None:
        return found
    for match in _PAIR.finditer(text):
        start, end = match.start(), match.end()
        if text.endswith(", ", 0, start) or _LIST_AFTER.match(text, end) is not None:
            continue
        if _CAPITALISED_BEFORE.search(text, max(0, start - 30), start) is not None:
            continue  # "Vroni Leitner, Kirsty Huynh": the end of one full name, the next
        if _LIST_KEY_BEFORE.search(text, max(0, start - 16), start) is not None:
            continue  # "Watchers: Yindi, Bastien": two people of a list
        if _HOUSE_AFTER.match(text, end) is not None:
            continue  # "Nutwood, Ivy Cottage": a house's name
        if _surname_only(match.group(1)) and listed_given(match.group(2).split("-")[0]):
            found.append(PiiSpan(start, end, PERSON))
    return found


def _surname_only(word: str) -> bool:
    parts = word.lower().split("-")
    return all(
        len(part) > 2
        and not is_english(part)
        and part not in city_names()
        and (part not in first_names() or part in surname_words())
        for part in parts
    )
