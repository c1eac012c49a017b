"""(Stop 37, set 33's tuning half) Names told by a frame the older rules do not read:

- a caller or writer naming themself after a greeting (``hi it's nurgul, um, call me back``,
  ``hey this is kalaiselvan here``): one word, a name word in lower case or capitalised,
  then a comma, a full stop, "!" or "here"/"again"/"calling";
- two initials written together before a surname (``The electrician, N.B. Iturbe, left his
  number``): the surname capitalised, of no English list, and then a comma, "'s" or a verb
  in lower case ("N.B. The" and "A.D. 1066" are no names);
- (set 34's tuning half) a driver's or caller's question (``is this akke? call +94 ...``),
  a greeting before the writer names themself (``hey chanthou it's Zareena from ...``), two
  lower-case names before a wedding or an anniversary (``ishara & tupaq wedding``), the user
  of a login session (``New session 561 of user ailen from ...``): each word a name word;
- a person key's value written "Surname, Given" to the line's end (``account_owner =
  Abdyldaev, Daler``) or "Given I." in quotes (``"signed_off_by":"Arben M."``), each word of
  no English list or a listed given name.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import is_english
from processors.redaction.person13_keys import person_key_at
from processors.redaction.person34_words import lone_name_word, lone_or_listed_name_word
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates, holds_any

__all__ = ["recall37", "recall37_after_redaction"]

_FIRED: Final = FiredGates()  # (recall37's last text: see recall37_after_redaction)

_SELF_NAMED: Final = re.compile(
    r"(?i:(?<![\w'])(?:hi|hey|hello|hiya|heya|hallo|yo)[,!]? (?:it['\u2019]?s|it is|this is) )"
    r"([^\W\d_][^\W\d_'\u2019-]{2,})(?=[,.!]|\s(?:here|again|calling)\b)"
)
_INITIALS_SURNAME: Final = re.compile(
    r"(?<![\w.])([A-Z]\.[A-Z]\. ?([A-Z][^\W\d_A-Z][^\W\d_'\u2019-]+))(?=,|['\u2019]s\b| [a-z])"
)

_IS_THIS: Final = re.compile(r"(?<![\w'])(?i:is (?:this|that) )([^\W\d_]{3,})(?=\?)")
_HEY_THEN_SELF: Final = re.compile(
    r"(?<![\w'])(?i:hey|hi|hello|hiya) ([a-z][^\W\d_A-Z]{2,}) it['\u2019]s [A-Z]"
)
_COUPLE: Final = re.compile(
    r"(?<![\w'\u2019-])([a-z][^\W\d_A-Z]{2,}) (?:&|and) ([a-z][^\W\d_A-Z]{2,}) "
    r"(?:wedding|engagement|anniversary|baby shower|nikah|walima)\b"
)
_SESSION_USER: Final = re.compile(r"\bsession \d+ of user ([a-z][^\W\d_A-Z]{2,})\b")
_INVERTED_VALUE: Final = re.compile(
    r"([:=])[ \t]*([A-Z][^\W\d_'\u2019-]+(?:-[A-Z][^\W\d_]+)?, [A-Z][^\W\d_'\u2019-]+)"
    r"[ \t]*(?=$|\n)",
    re.MULTILINE,
)
_GIVEN_INITIAL_VALUE: Final = re.compile(r"([:=])[ \t]*\"([^\W\d_]{3,} [^\W\d_]\.)\"")


def _framed(text: str, found: list[PiiSpan], only: int) -> int:
    """The frames of set 34's tuning half (see the module docstring), those of ``only`` (by
    bit, as recall37's); the bits of the frames whose gates passed."""
    fired = 0
    if only & 4 and "?" in text and holds_any(text, _THIS_CUES):
        fired |= 4
        for match in _IS_THIS.finditer(text):
            if lone_or_listed_name_word(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 8 and holds_any(text, _HEY_CUES):
        fired |= 8
        for match in _HEY_THEN_SELF.finditer(text):
            if lone_or_listed_name_word(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 16 and (" wedding" in text or " anniversary" in text or " engagement" in text):
        fired |= 16
        for match in _COUPLE.finditer(text):
            if all(lone_or_listed_name_word(name) for name in match.group(1, 2)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
                found.append(PiiSpan(match.start(2), match.end(2), PERSON))
    if only & 32 and "of user " in text:
        fired |= 32
        for match in _SESSION_USER.finditer(text):
            if lone_name_word(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 64 and ", " in text and ("=" in text or ":" in text):
        fired |= 64
        for match in _INVERTED_VALUE.finditer(text):
            words = match.group(2).replace(",", "").split(" ")
            if person_key_at(text, match.start(1)) and all(map(lone_or_listed_name_word, words)):
                found.append(PiiSpan(match.start(2), match.end(2), PERSON))
    if only & 128 and '."' in text:
        fired |= 128
        for match in _GIVEN_INITIAL_VALUE.finditer(text):
            given, initial = match.group(2).split(" ")
            if (
                given[0].isupper()
                and given[1:].islower()
                and initial[0].isupper()
                and person_key_at(text, match.start(1))
                and lone_or_listed_name_word(given)
            ):
                found.append(PiiSpan(match.start(2), match.end(2), PERSON))
    return fired


# (speed) What every match of _SELF_NAMED holds, as written in its cases: a search tries the
# pattern at every position of every text.
_SELF_CUES: Final = (
    "it's ", "it\u2019s ", "its ", "it is ", "this is ", "It's ", "It\u2019s ", "Its ",
    "It is ", "This is ", "IT'S ", "IT\u2019S ", "ITS ", "IT IS ", "THIS IS ",
)  # fmt: skip
_THIS_CUES: Final = ("is this", "is that", "Is this", "Is that", "IS THIS", "IS THAT")
_HEY_CUES: Final = ("it's ", "it\u2019s ")


def _two_initials(text: str) -> list[int]:
    """Where "X.Y." may open a match of _INITIALS_SURNAME (speed: a find of each dot, not a
    search that tries the pattern at every position)."""
    starts: list[int] = []
    at = text.find(".", 1)
    while 0 < at < len(text) - 2:
        if text[at - 1].isupper() and text[at + 1].isupper() and text[at + 2] == ".":
            starts.append(at - 1)
        at = text.find(".", at + 1)
    return starts


def recall37(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring's rules; ``only`` (speed): the rules to try, by bit
    (see recall37_after_redaction)."""
    found: list[PiiSpan] = []
    fired = 0
    if only & 1 and holds_any(text, _SELF_CUES):
        fired |= 1
        for match in _SELF_NAMED.finditer(text):
            word = match.group(1)
            if (word.islower() or word[1:].islower()) and lone_or_listed_name_word(word):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 2:
        starts = _two_initials(text)
        if starts:
            fired |= 2
        for start in starts:
            initials = _INITIALS_SURNAME.match(text, start)
            if initials is not None and not is_english(initials.group(2).lower()):
                found.append(PiiSpan(initials.start(1), initials.end(1), PERSON))
    fired |= _framed(text, found, only)
    _FIRED.note(text, fired)
    return found


def recall37_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall37` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates).
    Every gate but one tests for cues without "<", ">" or a placeholder's capitals (and no
    test of case); the other, _two_initials, wants "X.Y." with X and Y capitals, four
    characters of which none is "<" or ">" and none can follow or precede a placeholder's
    letters (a capital before the dot, a capital then a dot after it): they lie in one
    stretch that the redaction kept, where they stood in ``source``."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(recall37(text, fired))
