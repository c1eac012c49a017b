"""(Stop 38, set 35's tuning half) Lone given names in the frames of ordinary shop traffic.

Each frame takes one word in lower case that is a listed given name of no English list
(:func:`person11_recall_words.listed_given`): the frame alone is weak evidence, the list
alone too ("iban" and "max" are listed given names), both together are not.

* **A user key's value** ('"user":"alessandro"', ``user=huong``): a user key most often holds
  a handle ("sleepyotter", "svc-backup"), which the person-key rules leave alone; a listed
  given name there is the person's own name.
* **"ask X to"** ("can u ask ayodele to call me back"): a request passed on to a person.
* **A gift's recipient** ("Bought the polo for mimi, the pug loves it"): "for", the name and a
  comma or "!" (not a full stop: a sentence's last word after "for" is as often a thing).
* **A possessive typed without its apostrophe** ("anabels order is still stuck"): the name
  and "s" before a word of an order, a delivery or an account, the whole no English word ("this
  email"); the span leaves the "s" out.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import is_english
from processors.redaction.person11_recall_words import LISTED_GIVEN
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["recall38"]

_WORD: Final = r"([^\W\d_A-Z][^\W\d_]{2,}(?:-[^\W\d_]+)?)"
_USER_VALUE: Final = re.compile(
    r"(?i:(?<![\w-])(?:user|username|user_name|login))[\"']?[ \t]*[:=][ \t]*[\"']?"
    + _WORD
    + r"(?=[\"'\s,;}]|$)"
)
_ASK_TO: Final = re.compile(r"(?<![\w'])ask " + _WORD + r" to ")
_POSSESSIVE_NO_APOSTROPHE: Final = re.compile(
    r"(?<![\w'])([^\W\d_A-Z][^\W\d_]{2,})s (?=(?:order|package|parcel|delivery|account|card"
    r"|refund|booking|number|phone|email|address|payment|return)\b)"
)
_FOR_RECIPIENT: Final = re.compile(r"(?<![\w'])for " + _WORD + r"(?=[,!])")


def recall38(text: str) -> list[PiiSpan]:
    """The names of the module docstring's frames in ``text``."""
    found: list[PiiSpan] = []
    if "user" in text or "USER" in text or "login" in text:
        _add(_USER_VALUE, text, found)
    if "ask " in text:
        _add(_ASK_TO, text, found)
    if "for " in text:
        _add(_FOR_RECIPIENT, text, found)
    if "s " in text:
        for match in _POSSESSIVE_NO_APOSTROPHE.finditer(text):
            stem = match.group(1)
            if LISTED_GIVEN[stem] and not is_english(stem + "s"):  # (not "this email")
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    return found


def _add(pattern: re.Pattern[str], text: str, found: list[PiiSpan]) -> None:
    for match in pattern.finditer(text):
        if LISTED_GIVEN[match.group(1)]:
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))
