"""(Stop 34, set 30's and set 31's even halves; one check since stop 35) A person look-alike
that is a team: two capitalised parts joined by a hyphen, where

- a part is in capitals (two letters or more) or holds a digit (``owner=CX-Nights``,
  ``Payroll-UK``, ``Tier2-EMEA``, ``Triage-L1``);
- both parts are English words, one glued from two (``Frontdesk-Day``);
- or one part is an English word and the other English or a listed given name
  (``owner=Falcon-Squad``, ``Atlas-Core``), but not two listed given names ("Mary-Kate")
  nor a listed surname of no English use ("Smith-Baker").

A hyphened surname in capitals ("SAINT-FLEUR") is no team. Our own rules.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names, is_english, surname_words
from processors.redaction.person28_occasions import glued_handle

__all__ = ["hyphened_team"]

_TEAM: Final = re.compile(r"([A-Z][A-Za-z0-9]+)-([A-Z][A-Za-z0-9]+)")


def hyphened_team(value: str) -> bool:
    """Whether the person span ``value`` is a team as the module docstring says."""
    if "-" not in value or value.isupper():
        return False
    team = _TEAM.fullmatch(value)
    if team is None:
        return False
    first, second = team.group(1), team.group(2)
    if _desk_team(first, second):
        return True
    return _plain(first) and _plain(second) and _english_team(first.lower(), second.lower())


def _plain(part: str) -> bool:
    """A capital then lower-case ASCII letters only ("Squad", not "L1" or "EMEA")."""
    tail = part[1:]
    return tail.isalpha() and tail.islower()


def _desk_team(first: str, second: str) -> bool:
    """A part in capitals (two letters or more) or with a digit, or two English words of
    which one is glued from two ("Frontdesk-Day")."""
    for part in (first, second):
        if (len(part) >= 2 and part.isupper()) or any(c.isdigit() for c in part):
            return True
    lower = (first.lower(), second.lower())
    if all(is_english(p) or glued_handle(p) for p in lower):
        return any(glued_handle(p) for p in lower)
    return False


def _english_team(first: str, second: str) -> bool:
    """One part an English word, the other English or a listed given name ("Atlas-Core");
    not two listed given names ("Mary-Kate") nor a listed surname of no English use."""
    if not (is_english(first) or is_english(second)):
        return False
    names = first_names()
    surnames = surname_words()
    for part in (first, second):
        if not (is_english(part) or part in names):
            return False
        if part in surnames and not is_english(part):
            return False
    return not (first in names and second in names)
