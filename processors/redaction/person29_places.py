"""(Stop 29) Person look-alikes that their left context names as a place, a feast or a work:

- a run after a verb of meeting or a shop and "on" (``see u on Lan Kwai Fong around 8:45``,
  ``Store on Nowy Świat is out of stock``): a street or a quarter;
- a run asked about as a feast (``what r u doing for Andrzejki?``) or celebrated (``Celebrated
  Ojude Oba here``): a person is celebrated with a possessive ("celebrated Maria's birthday"),
  so a run opening with a listed given name stays;
- a run ending in a word of titles of shows and books (``Kids loved Gilmore Girls``), and
  "Mamma Mia";
- a lower-case run after "same" (``if u want the same tea tin``);
- a saint's day or place joined by a hyphen in Dutch or German (``Sint-Maarten``,
  ``Sankt-Gallen``).

Our own lists.
"""

from __future__ import annotations

import re

from processors.redaction.lexicon import first_names, surname_words

__all__ = ["place_feast_or_work"]

_ON_A_PLACE = re.compile(
    r"(?i)\b(?:see (?:u|you|ya|y'all)|meet (?:me |us |u |you )?|store|shop|branch|outlet"
    r"|caf[eé]|stall|kiosk|restaurant|office|parked|stuck|traffic|walking|shopping|staying"
    r"|hotel|flat|apartment|queue|queueing) on $"
)
_FEAST_QUESTION = re.compile(
    r"(?i)\bwhat (?:are|r) (?:you|u|ya|y'all|you guys|u guys) (?:doing|up to|planning)"
    r" (?:for|on) $"
)
_CELEBRATED = re.compile(r"(?i)(?<![\w'])(?:celebrat(?:ed|ing|e)|observ(?:ed|ing|e)) $")
# Last words of titles of shows, films and books that no person's name ends in.
_WORK_ENDS = frozenset(
    ["girls", "boys", "wars", "tales", "games", "chronicles", "diaries", "stories",
     "adventures", "files", "anatomy", "academy", "confidential", "tonight"]
)  # fmt: skip
# (Dutch and German: "Saint-Exupéry" and "Sainte-Beuve" are surnames, "Sint-" and "Sankt-"
# open places and feasts.)
_SAINT_HYPHENED = ("sint-", "sankt-")
_EXCLAMATIONS = frozenset(["mamma mia", "madre mia", "dios mio", "mon dieu"])


def place_feast_or_work(text: str, start: int, end: int) -> bool:
    """The rules of the module docstring, asked of a person span ``text[start:end]``."""
    value = text[start:end]
    lower = value.lower()
    if lower in _EXCLAMATIONS:
        return True
    if " " in value:
        last = lower.rpartition(" ")[2]
        if last in _WORK_ENDS and last not in surname_words():
            return True
    elif lower.startswith(_SAINT_HYPHENED) and value[:1].isupper():
        return True
    if start < 3 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 40) : start]
    if before.endswith(" same ") and value.islower():
        return True  # "if u want the same tea tin": a thing one can have the same of
    if before.endswith(" on ") and _ON_A_PLACE.search(before) is not None:
        return True
    if before.endswith((" for ", " on ")) and _FEAST_QUESTION.search(before) is not None:
        return True
    if _CELEBRATED.search(before) is not None and not text.startswith(("'", "\u2019"), end):
        return value.partition(" ")[0].lower() not in first_names()
    return False
