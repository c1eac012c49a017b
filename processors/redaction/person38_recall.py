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
from processors.redaction.substrings import FiredGates, placeholders_word_bounded

__all__ = ["recall38", "recall38_after_redaction"]

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
    matched = False  # (whether a pattern matched at all, see recall38_after_redaction)
    if "user" in text or "USER" in text or "login" in text:
        matched = _add(_USER_VALUE, text, found, opens_word=False)
    if "ask " in text:
        matched = _add(_ASK_TO, text, found) or matched
    if "for " in text:
        matched = _add(_FOR_RECIPIENT, text, found) or matched
    if "s " in text:
        for match in _POSSESSIVE_S.finditer(text):
            matched = True
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
    _FIRED.note(text, 1 if matched else 0)
    return found


# (speed) 0 when no pattern matched in the last text recall38 read
_FIRED: Final = FiredGates()


def recall38_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall38` finds a name in ``text``, a redaction of ``source`` (or None).

    (Speed, exact) When no pattern matched in ``source`` (each behind a gate that a match
    needs) and no placeholder of ``text`` is glued to a word character, none matches in
    ``text``: a match holds no "<" nor ">" (its words are letters, a key's marks are no
    placeholder's) and so no placeholder's character, and reads beyond itself only the
    character before a key (no word character there: a key's first letter would follow a
    placeholder) and the one after "s order" (a word boundary: before a placeholder stands no
    word character). So it reads only characters that ``source`` holds around it as well, and
    ``source``, where every position was tried, matched there."""
    if _FIRED.fired_for(source) == 0 and placeholders_word_bounded(text):
        return False
    return bool(recall38(text))


def _add(
    pattern: re.Pattern[str], text: str, found: list[PiiSpan], opens_word: bool = True
) -> bool:
    """Each match's name (group 1) that is a listed given name; with ``opens_word``, only
    where the match opens a word (the literal-led patterns' look-behind). Whether the
    pattern matched at all."""
    matched = False
    for match in pattern.finditer(text):
        matched = True
        if (not opens_word or _word_starts(text, match.start())) and LISTED_GIVEN[match.group(1)]:
            found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    return matched


def _word_starts(text: str, at: int) -> bool:
    """No word character or apostrophe right before ``at``."""
    if at == 0:
        return True
    before = text[at - 1]
    return not (before.isalnum() or before == "_" or before == "'")
