"""(set 10) One name word in a slot that only a person fills, in chat and ticket text.

* Before "from <team>": chat and reviews thank or blame a person of a team by first name,
  often in lower case ("honestly natsuki from support saved my weekend").
* Opening a text or sentence before a verb of moving house ("narek moved to 12 Elm St"):
  only a person (or a pronoun, an English word) moves to an address.

The word must be a listed given name, or a word that is neither English nor frequent; a
capitalised word at a text's start counts too ("Refilwe from billing").
``may_contain_names`` runs it too (the guard must never say no wrongly); one C-level scan
for the cues skips the rest in most texts.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, english_words, first_names, stop_words
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import opening_matches

__all__ = ["person10_names"]

_TEAMS: Final = (
    r"support|sales|billing|hr|accounts|accounting|customer service|customer care|help ?desk"
    r"|it|ops|legal|finance|shipping|returns|logistics|reception|the front desk"
)
# After " from ": [the] <team>, not followed by a word that makes it a thing's origin.
_TEAM_AFTER: Final = re.compile(rf"(?:the )?(?:{_TEAMS})(?: team| department)?\b", re.IGNORECASE)
# The one word (no digits, three letters or more) that ends the text before " from ".
_WORD_BEFORE: Final = re.compile(r"(?<![\w@.'\u2019-])[^\W\d_]{3,}$")
# A lower-case word opening the text or a sentence, before a verb of moving house.
_MOVED: Final = re.compile(
    r"(?:^|(?<=[.!?] ))([^\W\d_A-Z][^\W\d_]{2,}) (?:just )?(?:moved|is moving|relocated) to "
)
_MOVED_LEADS: Final = frozenset([". ", "! ", "? "])  # (speed: see opening_matches)
# Either cue, in one C-level scan (most texts have neither).
_CUE: Final = re.compile(r" (?:from|From|FROM|moved to|moving to|relocated to) ")
_FROM: Final = re.compile(r" (?:from|From|FROM) ")
_MOVE: Final = re.compile(r" (?:moved|moving|relocated) to ")


def person10_names(text: str, out: list[PiiSpan]) -> None:
    """Append the names of the module docstring to ``out``."""
    # (speed) Every cue holds one of these strings (" from ", " From ", " FROM ", " moved to ",
    # " relocated to ", " moving to "): a few C-level tests spare most texts the regex.
    if not ("rom " in text or "ROM " in text or "d to " in text or "ng to " in text):
        return
    cue = _CUE.search(text)
    if cue is None:
        return
    for found in _FROM.finditer(text, cue.start()):
        at = found.start()
        if _TEAM_AFTER.match(text, found.end()) is not None:
            word = _WORD_BEFORE.search(text, max(0, at - 40), at)
            if word is not None:
                _add_if_name(text, word.start(), word.end(), out)
    if _MOVE.search(text, cue.start()) is not None:
        for match in opening_matches(_MOVED, text, _MOVED_LEADS):
            _add_if_name(text, match.start(1), match.end(1), out)


def _add_if_name(text: str, start: int, end: int, out: list[PiiSpan]) -> None:
    word = text[start:end]
    lowered = word.lower()
    if word[0].isupper() and start > 0 and not word.isupper():
        return  # (a capitalised word mid-text is the capitals rules' business)
    if lowered in stop_words():
        return
    if lowered in first_names() or not (lowered in english_words() or lowered in common_words()):
        out.append(PiiSpan(start, end, PERSON))
