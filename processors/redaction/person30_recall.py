"""(Stop 30, from set 25's even half) Names in frames that only a person fills, which the
earlier rules did not cover; set 25 invents most of its names, so the frame is the evidence:

- whose number it is (``new # for shatha: +65 9909 8875``, ``number for Ingolf is``);
- a run of name words before a deed done to the writer or with them, in lower-case chat
  (``omg biếc lam just texted me``, ``hollister pennycuick and me are carpooling``), and
  before a possessive home (``i think nwachukwuike zimo's new place is``): the whole run,
  where the earlier rules took only its last word;
- a list item of minutes naming who does what (``- Mieczysława to chase the landlord``);
- two name words after a word of praise in caseless text (``highly recommend ebubechukwu
  oyewumi!!!``, also a review's sentence in capitals, read as caseless text);
- a mail's body opening with a name and a request (``Tiwaloluwa, please call ...``);
- a month that is a given name before a surname of no English list (``requested by April
  Oyarbide``, ``"name": "May Mourisca"``): a month is followed by a day, a year or a word,
  never by a surname.

Every name word passes :func:`person29_recall._name_word_as_written` (a listed given name of
no common word, a word of no English list, or a given name common only as a name).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, is_english
from processors.redaction.person28_recall import _spans
from processors.redaction.person29_recall import (
    LOWER_NAME_WORD,
    _name_word_as_written,
    _two_name_words,
)
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates, holds_any

__all__ = ["recall30", "recall30_after_redaction"]

_FIRED: Final = FiredGates()  # (recall30's last text: see recall30_after_redaction)

_ANY_CASE: Final = r"[^\W\d_]{3,}(?:['\u2019-][^\W\d_]+)?"
_CAPITALISED: Final = r"[A-Z][^\W\d_]{2,}(?:['\u2019-][^\W\d_]+)?"
_NUMBER_FOR: Final = re.compile(
    r"(?i:\b(?:new )?(?:#|number|num|no\.|phone|cell|mobile|digits|whatsapp) for )"
    r"(" + _ANY_CASE + r")(?=:| is\b| =| -)"
)
# The cue after a run of name words: a deed done to or with the writer in chat, or a home.
_RUN_CUE: Final = re.compile(
    r" (?:(?:just|finally|literally|also) )?(?:texted|called|messaged|dmed|dm'd|rang|phoned"
    r"|emailed|pinged|whatsapped|facetimed) me\b"
    r"| and (?:me|i) (?:are|r|were|will|went|have|had|got|both)\b"
    r"|['\u2019]s (?:new |old )?(?:place|house|flat|apartment|address|number|mum|mom|dad)\b"
)
_RUN_CUES: Final[tuple[str, ...]] = (
    "ed me", "d'd me", "rang me", " and me ", " and i ", "'s ", "\u2019s ",
)  # fmt: skip
_MINUTES_ITEM: Final = re.compile(
    r"(?:^|\n)[-*\u2022] ?(" + _CAPITALISED + r") to (?:chase|call|email|ring|text|send|book"
    r"|check|ask|sort|fix|follow|draft|review|update|contact|confirm|arrange|collect|pay"
    r"|order|bring|get|buy|write|prepare|organise|organize|find|handle|finish|share|print"
    r"|move|clean|pick|look|talk|speak|meet|visit|phone|file|submit|sign|post|return|test)\b"
)
_BODY_REQUEST: Final = re.compile(
    r"(?:^|\n)(" + _CAPITALISED + r"), (?:please|pls|plz|kindly|can you|could you|would you"
    r"|can u|could u)\b"
)
_MONTH_NAME: Final = re.compile(
    r"\b((?:April|May|June|August) [A-Z][^\W\d_]{2,}(?:-[A-Z][^\W\d_]+)?)\b(?![ \t]*\d)"
)
# (Caseless, also a review's sentence in capitals read as caseless text) two name words after
# a word of praise: "highly recommend ebubechukwu oyewumi!!!", "kudos to lac bich for".
_PRAISED: Final = re.compile(
    r"\b(?:recommend|recommended|recommending|kudos to|shout ?out to|big thanks to) ("
    + LOWER_NAME_WORD
    + " "
    + LOWER_NAME_WORD
    + r"(?:-[^\W\d_A-Z]{2,})?)(?![\w'\u2019-])"
)
_PRAISE_CUES: Final[tuple[str, ...]] = ("recommend", "kudos to", "out to", "thanks to")
_MONTHS: Final[tuple[str, ...]] = ("April ", "May ", "June ", "August ")
# (speed) _BODY_REQUEST's comma and the word after it: an exact gate.
_REQUEST_CUES: Final[tuple[str, ...]] = (
    ", please", ", pls", ", plz", ", kindly", ", can ", ", could ", ", would ",
)  # fmt: skip
_MAX_RUN_WORDS: Final = 3


def recall30(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind the substring test of its cue).
    ``only`` (speed): the rules to try, by bit (see the fired gates noted at the end)."""
    found: list[PiiSpan] = []
    fired = 0  # (the rules whose gates passed, by bit: see recall30_after_redaction)
    if only & 1 and (" for " in text or " For " in text):
        fired |= 1
        found.extend(_spans(_NUMBER_FOR, text, _name_word_as_written))
    if only & 2 and text.islower() and holds_any(text, _RUN_CUES):
        fired |= 2
        for cue in _RUN_CUE.finditer(text):
            start = _name_run_start(text, cue.start())
            if start >= 0:
                found.append(PiiSpan(start, cue.start(), PERSON))
    if only & 4 and "\n" in text and " to " in text:
        fired |= 4
        found.extend(_spans(_MINUTES_ITEM, text, _name_word_as_written))
    if only & 8 and ", " in text and holds_any(text, _REQUEST_CUES):
        fired |= 8
        found.extend(_spans(_BODY_REQUEST, text, _name_word_as_written))
    if only & 16 and text.islower() and holds_any(text, _PRAISE_CUES):
        fired |= 16
        found.extend(_spans(_PRAISED, text, _two_name_words))
    if only & 32 and holds_any(text, _MONTHS):
        fired |= 32
        found.extend(_spans(_MONTH_NAME, text, _month_then_surname))
    # (a gate that asks for lower case fails on a redacted text, which holds capitals)
    _FIRED.note(text, fired)
    return found


def recall30_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall30` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates; a
    gate that asks for lower case fails on a redacted text, which holds capitals)."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(recall30(text, fired))


def _name_run_start(text: str, end: int) -> int:
    """Where the run of name words ending at ``end`` starts (up to three words), or -1 when
    the word right before ``end`` is no name word."""
    window = max(0, end - 80)
    words = text[window:end].split(" ")
    if window > 0:
        words = words[1:]  # (a word the window cut)
    taken = 0
    for word in reversed(words[-_MAX_RUN_WORDS:]):
        if not _name_word_as_written(word):
            break
        taken += 1
    if taken == 0:
        return -1
    return end - len(" ".join(words[-taken:]))


def _month_then_surname(value: str) -> bool:
    """The word after the month is of no English list and no frequent use ("April Oyarbide";
    not "May Day", "June Bug")."""
    surname = value.partition(" ")[2].lower()
    return not is_english(surname) and surname not in common_words()
