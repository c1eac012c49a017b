"""(Stop 35, from set 31's even half) Lower-case names in three more places only people fill:

- a name right before the cue of an identity number (``— unax iturralde, ss no. 212382860``,
  ``biret balto, SSN 687-61-3335``, ``..., dob 03/04/1990``): an edge (the text's or a line's
  start, a dash, a colon) opens it;
- a name of two to four words as the value of a person key of a key=value line, up to the
  next key (``audit: actor=barreto campelo action=export``); one word is the older rules';
- the writer of a quoted reply in lower case (``> on 2025-02-18, serailde sarrazac wrote:``);
- a capitalised display name quoted under a user key (``user="Elsharune"``), one lower-case
  word after a role closing a bracket or a clause (``(rule owner kolab)``);
- a name called by a Vietnamese word of kin before "ơi" (``Anh kojo ơi``, ``chị antônia
  nonata ơi``): the name is the words between; the kin word is no part of it, nor a Thai,
  Indonesian or Filipino honorific (``Khun Huallpa``; see :func:`vocative_start`); an
  initial closing a capitalised name before ":" is part of it (``Coach Csongor G.:``, see
  :func:`initial_end`).

Every word passes :func:`person34_words.name_words_ok` (no English list, no code or chat word,
no English suffix or plural, a vowel), but for a listed given name in the vocative ("Lan").
Our own rules.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names, surname_words
from processors.redaction.person34_words import (
    LOW_RUN,
    RUN_PARTICLES,
    lone_name_word,
    name_words_ok,
)
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates, holds_any, holds_any_ending_in

__all__ = ["initial_end", "recall35", "recall35_after_redaction", "vocative_start"]

_FIRED: Final = FiredGates()  # (recall35's last text: see recall35_after_redaction)

_ID_CUES: Final[tuple[str, ...]] = (
    ", ss", ", SS", ", soc", ", Soc", ", dob", ", DOB", ", d.o.b", ", D.O.B", ", passport",
    ", Passport",
)  # fmt: skip
_ID_CUE_TAILS: Final = tuple(cue[2:] for cue in _ID_CUES)  # (each cue opens with ", ")
_BEFORE_ID_CUE: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=[\u2014\u2013:] )|(?<= - ))(" + LOW_RUN + r"), "
    r"(?i:ss ?no\.?|ssn\b#?|soc(?:ial)? sec(?:urity)?\b|dob\b|d\.o\.b\.|passport\b)"
)
_PERSON_KEYS: Final[tuple[str, ...]] = (
    "actor=", "user=", "owner=", "assignee=", "reporter=", "requester=", "customer=", "agent=",
    "approver=", "reviewer=", "author=", "operator=", "driver=", "tenant=", "holder=",
    "patient=", "contact=", "name=", "_by=",
)  # fmt: skip
_KEY_VALUE_RUN: Final = re.compile(
    r"(?:^|(?<=[\s,{]))(?:actor|user|owner|assignee|reporter|requester|customer|agent|approver"
    r"|reviewer|author|operator|driver|tenant|holder|patient|contact|name|[a-z]+_by)=("
    + LOW_RUN
    + r")(?= [a-z_]+=|[,;}\n]|$)"
)
# A display name quoted under a user key of a log line ('user="Elsharune"'): a user name of
# a system is written in lower case.
_QUOTED_USER: Final = re.compile(
    r"(?:^|(?<=[\s,{]))user(?:name)?=[\"']([A-Z][^\W\d_A-Z]{2,}(?:-[A-Z][^\W\d_A-Z]+)?)[\"']"
)
# One lower-case word after a role, closing a bracket or a clause ("(rule owner kolab)").
_ROLE_CUES: Final[tuple[str, ...]] = ("owner ", "assignee ", "reporter ", "requester ", "approver ")
_ROLE_ER_STEMS: Final = tuple(cue[:-3] for cue in _ROLE_CUES if cue.endswith("er "))
_OTHER_ROLE_CUES: Final = tuple(cue for cue in _ROLE_CUES if not cue.endswith("er "))
_ROLE_THEN_WORD: Final = re.compile(
    r"\b(?:owner|assignee|reporter|requester|approver) ([^\W\d_A-Z]{3,})(?=\)|[,.;]|$)"
)
# The writer of a quoted reply, in lower case ("> on 2025-02-18, serailde sarrazac wrote:").
_WROTE: Final = re.compile(
    r"(?i:\bon [^\n,<>]{3,40}, )(" + LOW_RUN + r")(?: <[^>\n]{3,80}>)? wrote:"
)
# (The rules read a text with its listed given names folded: "Chị" may stand as "Chi".)
_KIN: Final = frozenset(
    ["anh", "ch\u1ecb", "chi", "em", "c\u00f4", "co", "ch\u00fa", "chu", "b\u00e1c", "bac",
     "\u00f4ng", "ong", "b\u00e0", "ba"]
)  # fmt: skip
_VOCATIVE: Final = re.compile(
    r"(?<![\w])(?i:anh|ch\u1ecb|chi|em|c\u00f4|co|ch\u00fa|chu|b\u00e1c|bac|\u00f4ng|ong"
    r"|b\u00e0|ba) ((?:[^\W\d_]+ ){0,2}[^\W\d_]+) \u01a1i(?!\w)"
)
# Honorifics that are no given names, said before one ("Khun Somchai", "Mbak Sari").
_HONORIFICS: Final = frozenset(["khun", "mbak", "kuya", "kakak"])
# Words of endearment called with a word of kin ("em yêu ơi", "anh iu ơi"): no names.
_ENDEARMENTS: Final = frozenset(
    ["y\u00eau", "iu", "xinh", "\u0111\u1eb9p", "g\u00e1i", "trai", "hai", "ba", "\u00fat",
     "c\u1ea3", "nh\u00e0"]
)  # fmt: skip


def recall35(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring's rules. ``only`` (speed): the rules to try, by bit
    (see recall35_after_redaction)."""
    found: list[PiiSpan] = []
    fired = 0
    if only & 1 and _holds_id_cue(text):
        fired |= 1
        for match in _BEFORE_ID_CUE.finditer(text):
            if name_words_ok(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 2 and "=" in text and holds_any(text, _PERSON_KEYS):
        fired |= 2
        for match in _KEY_VALUE_RUN.finditer(text):
            if " " in match.group(1) and name_words_ok(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 4 and "user" in text and "=" in text:
        fired |= 4
        for match in _QUOTED_USER.finditer(text):
            if lone_name_word(match.group(1).lower()):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    # (speed: all role cues but one end with "er ": two scans of the text, not five)
    if only & 8 and holds_any_ending_in(text, "er ", _ROLE_ER_STEMS, _OTHER_ROLE_CUES):
        fired |= 8
        for match in _ROLE_THEN_WORD.finditer(text):
            if lone_name_word(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 16 and "wrote:" in text:
        fired |= 16
        for match in _WROTE.finditer(text):
            if _reply_name(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 32 and "\u01a1i" in text:
        fired |= 32
        for match in _VOCATIVE.finditer(text):
            if all(_called_word(word) for word in match.group(1).split(" ")):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    _FIRED.note(text, fired)
    return found


def recall35_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall35` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates;
    every gate is a substring no placeholder holds)."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(recall35(text, fired))


def _holds_id_cue(text: str) -> bool:
    """``holds_any(text, _ID_CUES)`` (speed: each cue opens with ", ", and a text holds few:
    a find of each and one test of the cues' tails, not ten scans of the text)."""
    at = text.find(", ")
    while at >= 0:
        if text.startswith(_ID_CUE_TAILS, at + 2):
            return True
        at = text.find(", ", at + 1)
    return False


def initial_end(text: str, start: int, end: int) -> int:
    """Where a capitalised name ends when one initial closes it before ":", ",", ";", a quote,
    " <" or the text's end (``Coach Csongor G.: patient``, ``"Tolga S." <``), else ``end``."""
    if (
        text[end + 2 : end + 3] == "."
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
        and text[start].isupper()
        and (
            end + 3 == len(text)
            or text[end + 3] in ":,;\"'"
            or text.startswith(" <", end + 3)  # (stop 36) 'From: "Tolga S." <t@x.com>'
        )
    ):
        return end + 3
    return end


def _reply_name(run: str) -> bool:
    """Words that may be the name of a quoted reply's writer: each may be a name alone, or is
    a listed given name or surname ("thorley sturrock")."""
    if name_words_ok(run):
        return True
    words = [w for w in run.split(" ") if w not in RUN_PARTICLES]
    return all(w in first_names() or w in surname_words() for w in words) and bool(words)


def _called_word(word: str) -> bool:
    lower = word.lower()
    return lower not in _ENDEARMENTS and (lone_name_word(lower) or lower in first_names())


def vocative_start(text: str, start: int, end: int) -> int:
    """Where a person span opened by an honorific starts: after a Thai, Indonesian or Filipino
    one (``Khun Huallpa called``, ``Mbak Sari``, ``Kuya Jun``), and after a Vietnamese word of
    kin when a vocative "ơi" follows (``Anh kojo ơi``: "kojo"); else ``start``."""
    space = text.find(" ", start, end)
    if space < 0:
        return start
    head = text[start:space].lower()
    if head in _HONORIFICS:
        return space + 1
    if head not in _KIN or "\u01a1i" not in text:
        return start
    return space + 1 if _VOCATIVE.match(text, start) is not None else start
