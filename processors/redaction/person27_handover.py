"""(Stop 27) Names in layouts that only a person fits, whatever the names are:

- a hand-over between two people in a ticket: "Reassigned from Wiesław to Rizaldy",
  "Escalated from Tanvi to Rubén", "handed the case from Kaylee to Ruffa";
- a sign-off of one or two names on its own line under a closing line: "Love you both,\\n
  Gráinne & Basil xx", "Cheers,\\nOmkar and Patience"; or after a dash on the last line
  ("\\n\\n\u2014 Rommel");
- who closed a ticket: "Resolved by Dindo after the customer confirmed ...";
- a name after "to", "with", "from", "and" or "by" and before ", who" ("Shoutout to Harmony,
  who drove out on a Sunday"): "who" asks for a person.

Each name is one to three capitalised words that could be a name (a listed given name, or a
word of no English, common or place list), so "Reassigned from Billing to Support",
"Cheers,\\nSales" and "Thanks,\\nThe Team" name nobody.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import (
    city_names,
    common_words,
    english_words,
    first_names,
    place_names,
    surname_words,
)
from processors.redaction.name_word_lists import NOT_NAME_VALUES
from processors.redaction.name_words import _is_name_word
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["handed_over_names", "may_hand_over", "who_names"]

_NAME: Final = r"[^\W\d_a-z][^\W\d_]*(?:['\u2019-][^\W\d_]+)?(?: [^\W\d_a-z][^\W\d_]*){0,2}"
_HAND_OVER: Final = re.compile(
    # (not "moved" or "transferred": people, money and parcels move between cities too)
    r"(?i:re-?assigned|handed(?: over)?|escalated|reallocated)"
    r"(?: (?:it|this|the (?:ticket|case|job|task|issue|request)))? from "
    rf"({_NAME}) to ({_NAME})(?![^\W\d_])"
)
_CLOSING: Final = (
    "love", "lots of love", "all my love", "all our love", "with love", "cheers", "best",
    "thanks", "thank you", "regards", "warmly", "hugs", "xo", "see you", "take care",
)  # fmt: skip
_SIGN_OFF: Final = re.compile(
    r"(?m)^(?i:" + "|".join(_CLOSING) + r")\b[^\n,]{0,20},[ \t]*\n"
    rf"({_NAME})(?: (?:&|and) ({_NAME}))?(?: x+| xo+)?[ \t!.]*$"
)


# A name before ", who": "Shoutout to Harmony, who drove out ...", "Thanks to Opal Reyes, who".
_WHO: Final = re.compile(
    rf"\b(?:to|with|from|and|by) ({_NAME}), who\b(?! knew\b| cares\b)"
)  # ("who knew")
# A dash sign-off on the text's last line: "...\n\n\u2014 Rommel".
_DASH_SIGN_OFF: Final = re.compile(rf"\n[ \t]*(?:\u2014|\u2013|--?)[ \t]*({_NAME})[ \t.!]*$")
# Who closed a ticket: "Resolved by Dindo after ...", "Closed by Olumide.".
_DONE_BY: Final = re.compile(
    r"(?:[Rr]esolved|[Cc]losed|[Hh]andled|[Ff]ixed|[Aa]nswered|[Aa]pproved) by "
    rf"({_NAME})(?= (?:after|on|at|when|because|via|with|in|and)\b|[,.;:)]|$)"
)


def may_hand_over(text: str) -> bool:
    """False only when :func:`handed_over_names` certainly finds nothing."""
    return (" from " in text and " to " in text) or "\n" in text or "ed by " in text


def handed_over_names(text: str) -> list[PiiSpan]:
    """The person spans of the layouts of the module docstring but the last (a name before
    ", who": :func:`who_names`)."""
    found: list[PiiSpan] = []
    if " from " in text and " to " in text:
        for match in _HAND_OVER.finditer(text):
            _add_names(match, found)
    if ",\n" in text:
        for match in _SIGN_OFF.finditer(text):
            _add_names(match, found)
    if "\n" in text:
        dash = _DASH_SIGN_OFF.search(text, max(0, len(text) - 60))
        if dash is not None:
            _add_names(dash, found)
    if "ed by " in text:
        for match in _DONE_BY.finditer(text):
            _add_names(match, found)
    return found


def who_names(text: str) -> list[PiiSpan]:
    """The names before ", who" (module docstring). They are taken after the look-alike
    filters, which drop a lone English-word name ("Harmony") that "who" shows is a person."""
    found: list[PiiSpan] = []
    if ", who" in text:
        for match in _WHO.finditer(text):
            _add_names(match, found)
    return found


def _add_names(match: re.Match[str], found: list[PiiSpan]) -> None:
    for group in range(1, (match.re.groups or 0) + 1):
        value = match.group(group)
        if value is None:
            continue
        if value.lower() not in NOT_NAME_VALUES and all(map(_could_be_name, value.split(" "))):
            found.append(PiiSpan(match.start(group), match.end(group), PERSON))


def _could_be_name(word: str) -> bool:
    """No city, and a listed given name, or a word of no English, common or place list that
    could be a name word (``Velmorra``; not ``Billing``, ``Sales`` or ``Berlin``)."""
    lower = word.lower()
    if lower in city_names():
        return False
    if lower in first_names():
        return True
    if lower in english_words() or lower in common_words() or lower in place_names():
        return False
    return lower in surname_words() or _is_name_word(word)
