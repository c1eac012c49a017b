"""(Stop 41, set 38's tuning half) Names that community platforms print in fixed forms.

- The people of a JSON list under a plural person key (``"passengers": ["Radhakrishnan",
  "Massimo"]``, ``"guests"``, ``"players"``, ...): one to three words, each a listed given
  name of no English list or no English word.
- A name to call before the number (``Call Florante: (802) 624.4253``): one or two
  capitalised words, each a listed given name or no English word.
- ``Surname, Given`` (and a patronymic: ``Kovalchuk, Gennady Borisovich``) after a label's
  colon or a lower-case word, before a lower-case word or the end (``Gym membership: Cantoni,
  Gianluca contests ...``, ``... background check Baek, Wooseok``): the surname no English
  word, the given names listed ones or no English words either, not surname and first given
  name both listed given names, and the label no plural (``Watchers: Yindi, Bastien`` is a
  list).
- A name in capitals after ``FROM``, ``BY`` or ``WITH`` in a sentence written in capitals
  inside mixed-case text (``DO NOT BUY FROM VIVIAN KERSHAW. Took ...``): two or three words,
  none a frequent English word, the first a listed given name of no English list or no
  English word.
- A name before the handle it uses, in brackets (``Lyosha (fuzzbucket) says ...``).
- (Set 39's tuning half) the parties of a case's title on a line of its own, surnames in
  capitals (``MAREŠOVÁ v HEYDARI``), each a listed given name of no English list or no English
  word; and ``"witnesses"`` as a plural person key, whose items may be ``Surname, Given``.

Found outside ``find_names`` through :func:`person39_forms.form_names` (bits 512 and up),
which the re-scan guard asks too. No gate holds a capital letter, "<" or ">", so none can
take a part of a placeholder.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, first_names
from processors.redaction.name_words import plain_name_word
from processors.redaction.person11_recall_words import listed_or_plain
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["community_names"]

_WORD: Final = r"[A-Z\u00c0-\u00de][^\W\d_A-Z]+(?:['\u2019-][A-Z]?[^\W\d_A-Z]+)?"
_PEOPLE_LIST: Final = re.compile(
    r"\"(?:passengers|guests|attendees|players|riders|members|participants|tenants|sitters"
    r"|invitees|helpers|volunteers|witnesses)\"[ \t]*:[ \t]*\[([^\]]{1,300})\]"
)
# (one to three words, or "Surname, Given" with a patronymic: "Goncharova, Yelizaveta A.")
_LIST_ITEM: Final = re.compile(rf"\"({_WORD}(?:,? {_WORD}){{0,2}})\"")
_CALL_NAME: Final = re.compile(rf"(?<![\w-])[Cc]all ({_WORD}(?: {_WORD})?):[ \t]*(?=[+(\d])")
_SURNAME_GIVEN: Final = re.compile(
    rf"(?:(?<=: )|(?<=[a-z] ))({_WORD}), ({_WORD}(?: {_WORD})?)(?= [a-z]|[.;]?$|[.;] )"
)
_CAPS_AFTER: Final = re.compile(
    r"\b(?:FROM|BY|WITH) ([A-Z\u00c0-\u00de]{2,}(?: [A-Z\u00c0-\u00de'-]{2,}){1,2})(?=[.,!]|$)"
)
# (set 39) A case's title on its own line, the parties' surnames in capitals: "MAREŠOVÁ v
# HEYDARI" (a reported case, "Roe v Wade", is written in mixed case, and no gold).
_CASE_TITLE: Final = re.compile(r"(?m)^([^\W\d_][^\W\d_'-]+) v\.? ([^\W\d_][^\W\d_'-]+)$")
_BEFORE_HANDLE: Final = re.compile(
    rf"(?<![\w'-])({_WORD}) \([a-z][a-z0-9_]{{3,}}\) (?:says|said|writes|wrote|claims|reports)\b"
)


def _after_label_or_lower_word(text: str, start: int) -> bool:
    """A colon or a whole lower-case word (not the end of "Rodion Popov") before ``start``."""
    if text.startswith(": ", start - 2):
        return True
    word_start = text.rfind(" ", 0, start - 1) + 1
    return text[word_start : start - 1].isalpha() and text[word_start : start - 1].islower()


def _after_plural_label(text: str, start: int) -> bool:
    """A label of several ("Watchers: Yindi, Bastien") ends right before ``start``: a list."""
    return text.startswith(": ", start - 2) and text[start - 3 : start - 2] == "s"


def community_names(text: str, only: int = -1) -> tuple[list[PiiSpan], int]:
    """The names of the module docstring (unsorted), and the forms whose gates passed, by bit
    (1 list, 2 call, 4 surname first, 8 capitals, 16 handle, 32 case title); ``only`` (speed:
    the re-scan guard) the forms to try."""
    found: list[PiiSpan] = []
    fired = 0
    if only & 1 and '": [' in text:
        fired |= 1
        for people in _PEOPLE_LIST.finditer(text):
            for item in _LIST_ITEM.finditer(text, people.start(1), people.end(1)):
                if all(listed_or_plain(word.rstrip(",")) for word in item.group(1).split(" ")):
                    found.append(PiiSpan(item.start(1), item.end(1), PERSON))
    if only & 2 and "all " in text:
        fired |= 2
        for match in _CALL_NAME.finditer(text):
            if all(listed_or_plain(word) for word in match.group(1).split(" ")):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 4 and ", " in text:
        fired |= 4
        for match in _SURNAME_GIVEN.finditer(text):
            surname, given = match.group(1), match.group(2)
            first = given.split(" ", 1)[0]
            if (
                _after_label_or_lower_word(text, match.start())
                and not _after_plural_label(text, match.start())
                and plain_name_word(surname)
                and all(listed_or_plain(word) for word in given.split(" "))
                # (not two given names: "..., Anna, Maria said")
                and (surname.lower() not in first_names() or first.lower() not in first_names())
            ):
                found.append(PiiSpan(match.start(1), match.end(2), PERSON))
    # (a sentence in capitals inside mixed-case text: text all in capitals reads its own way,
    # and "... FROM UNBOUNDED PRECISION" there is no name; a redaction's placeholders are
    # capitals, so a text of capitals stays one)
    lowered = text.lower() if only & 8 and not text.isupper() else ""
    if lowered and (" from " in lowered or " by " in lowered or " with " in lowered):
        fired |= 8
        for match in _CAPS_AFTER.finditer(text):
            words = match.group(1).lower().split(" ")
            if listed_or_plain(words[0]) and not any(word in common_words() for word in words):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 32 and " v" in text and "\n" in text:
        fired |= 32
        for match in _CASE_TITLE.finditer(text):
            if not (match.group(1).isupper() and match.group(2).isupper()):
                continue
            for group in (1, 2):
                if listed_or_plain(match.group(group).split("-")[0]):
                    found.append(PiiSpan(match.start(group), match.end(group), PERSON))
    if only & 16 and ") " in text:
        fired |= 16
        for match in _BEFORE_HANDLE.finditer(text):
            if listed_or_plain(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    return found, fired
