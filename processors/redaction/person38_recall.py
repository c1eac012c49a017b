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
# (speed: each pattern opens with its literal words, which the regex engine scans for; the
# look-behind's test, no word character or apostrophe before, is made on each match)
_ASK_TO: Final = re.compile(r"ask " + _WORD + r" to ")
_FOR_RECIPIENT: Final = re.compile(r"for " + _WORD + r"(?=[,!])")
# The "s" of a possessive and the word after it; the name before it is read by hand.
_POSSESSIVE_S: Final = re.compile(
    r"s (?:order|package|parcel|delivery|account|card|refund|booking|number|phone|email"
    r"|address|payment|return)\b"
)


def recall38(text: str) -> list[PiiSpan]:
    """The names of the module docstring's frames in ``text``."""
    found: list[PiiSpan] = []
    if "user" in text or "USER" in text or "login" in text:
        _add(_USER_VALUE, text, found, opens_word=False)
    if "ask " in text:
        _add(_ASK_TO, text, found)
    if "for " in text:
        _add(_FOR_RECIPIENT, text, found)
    if "s " in text:
        for match in _POSSESSIVE_S.finditer(text):
            end = match.start()
            start = end
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            stem = text[start:end]
            if (
                len(stem) >= 3
                and not ("A" <= stem[0] <= "Z")
                and _word_starts(text, start)
                and LISTED_GIVEN[stem]
                and not is_english(stem + "s")  # (not "this email")
            ):
                found.append(PiiSpan(start, end, PERSON))
    return found


def _add(
    pattern: re.Pattern[str], text: str, found: list[PiiSpan], opens_word: bool = True
) -> None:
    """Each match's name (group 1) that is a listed given name; with ``opens_word``, only
    where the match opens a word (the literal-led patterns' look-behind)."""
    for match in pattern.finditer(text):
        if (not opens_word or _word_starts(text, match.start())) and LISTED_GIVEN[match.group(1)]:
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))


def _word_starts(text: str, at: int) -> bool:
    """No word character or apostrophe right before ``at``."""
    if at == 0:
        return True
    before = text[at - 1]
    return not (before.isalnum() or before == "_" or before == "'")
