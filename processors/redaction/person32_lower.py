"""(Stop 32) Names written in lower case, which the capitalised rules cannot see, in frames and
layouts found by reading the tuning halves in lower case (bench/redaction_case_probe.py):

- a speaker in an exported chat (``[05:30] zarmina ahmadzai: can someone ...``, ``21.04.2022,
  21:57 - nizhoni begay: ...``);
- caseless chat: ``met X at``, ``calling X abt``, ``did X Y ever pay``, ``i think X is``, ``X
  (new guy in accounts) says``;
- caseless reviews: staff by their post or role (``grace at the front desk was``, ``ask for
  X at``, ``trainer X pushed``, ``shoutout to X``, ``five stars for X``);
- tickets: a name after a word of handling (``reassigned to X.``, ``spoke with X by phone``,
  ``approved by X``) and ``surname, given`` after a person's cue (``user castellucci,
  guadalupe``);
- a signature's first line after "--", or a closing's next line before "Sent from my ...";
- a person key's value in lower case (``"payer": "pickens, bernadette"``, ``reviewer=ketil``).

The words are lower-case name words (a listed given name of no common word, or a word of no
English list); where the frame is a person's (a post, a role) a listed given name that is an
English word counts too ("grace at the front desk"). These rules have no gate bits: the
re-scan guard tries them on every redaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from processors.redaction.lexicon import first_names, stop_words
from processors.redaction.name_kin_words import CHAT_KIN_WORDS
from processors.redaction.person28_recall import _lower_or_listed, _spans
from processors.redaction.person31_recall import _plain_name_word
from processors.redaction.person32_labels import lower_label_value
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates, holds_any, holds_any_ending_in

__all__ = ["lower32", "lower32_after_redaction"]

_FIRED: Final = FiredGates()  # (lower32's last text: see lower32_after_redaction)

_WORD: Final = r"[^\W\d_]{2,}(?:['\u2019-][^\W\d_]+)?"
# A speaker's name in an exported chat: "[05:30] zarmina ahmadzai: ...", "21.04.2022, 21:57 -
# nizhoni begay: ..." (WhatsApp, Slack, IRC logs).
# (stop 43, set 41: and a date inside the brackets, "[12/03/2026, 21:04] Aled: ...", and an
# initial after the name, "Tsz-lok K.:")
_CHAT_SPEAKER: Final = re.compile(
    r"(?m)^(?:\[(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\]"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d{2}(?: ?[AaPp][Mm])? [-\u2013]) ("
    + _WORD
    + r"(?: "
    + _WORD
    + r"){0,2}(?: [A-Z]\.)?):[ \t]"
)
_LOWER_WORD: Final = r"[^\W\d_A-Z]{2,}(?:['\u2019-][^\W\d_A-Z]+)?"
_LOWER_PAIR: Final = _LOWER_WORD + r"(?: " + _LOWER_WORD + r")?"
# Caseless chat: one or two lower-case name words in frames only people fill.
_LOWER_FRAMES: Final = re.compile(
    r"\bmet (" + _LOWER_PAIR + r") (?:at|today|yesterday|last|earlier|for|in|on)\b"
    r"|\b(?:calling|ringing|texting|messaging|emailing|pinging|called|texted|pinged|emailed)"
    r" (" + _LOWER_PAIR + r") (?:abt|about|re|back|rn|now|later|tmrw|tomorrow|tonight)\b"
    r"|\b(?:did|has|have) (" + _LOWER_WORD + " " + _LOWER_WORD + r")"
    r" (?:ever|even|finally|already|actually) [a-z]+"
    r"|\bi think (" + _LOWER_PAIR + r") (?:is|was|has|moved|left|works)\b"
    r"|(?:^|[.!?] )(" + _LOWER_WORD + r") \((?:the |our |my |a )?new [^)\n]{1,30}\)"
    r" (?:says|said|is|was|will|wants)\b"
)
# Caseless reviews: staff by their post or their role (a listed given name that is an
# English word counts here: "grace at the front desk was lovely").
_LOWER_STAFF: Final = re.compile(
    r"(?:^|(?<=[.!?;,] )|(?<=\band ))(" + _LOWER_WORD + r") (?:at the (?:front desk|counter"
    r"|desk|till|reception|bar|door|checkout)|in (?:customer service|customer support|support"
    r"|sales|reception|accounts|the kitchen)|on (?:the )?(?:night|day|late|early|morning) shift)"
    r"(?= (?:was|is|were|found|sorted|helped|made|went|knew|took|fixed|got|let|lets)\b)"
    r"|\bask for (" + _LOWER_WORD + r")(?= at | \u2014 | - |, |[.!]|$| she | he | they )"
    r"|\b(?:trainer|guide|instructor|teacher|tutor|driver|waiter|waitress|server|therapist"
    r"|stylist|barber|technician|rep|receptionist|concierge|mechanic|plumber|electrician"
    r"|cleaner|courier|physio|dentist|vet|nanny|chef) (" + _LOWER_WORD + r")(?= (?:was|is"
    r"|pushed|knew|made|did|helped|sorted|fixed|went|explained|took|showed|found|got)\b)"
    r"|\bshout ?-?outs? to (" + _LOWER_WORD + r")\b"
    r"|\b(?:stars|kudos|props) (?:for|to) (" + _LOWER_WORD + r")(?= (?:and|&) |[,.!]|$)"
)
_LOWER_STAFF_CUES: Final[tuple[str, ...]] = (
    " at the ", " in ", " shift", "ask for ", "shout", "stars ", "kudos ", "props ", "trainer ",
    "guide ", "instructor ", "teacher ", "tutor ", "driver ", "waiter ", "waitress ", "server ",
    "therapist ", "stylist ", "barber ", "technician ", "rep ", "receptionist ", "concierge ",
    "mechanic ", "plumber ", "electrician ", "cleaner ", "courier ", "physio ", "dentist ",
    "vet ", "nanny ", "chef ",
)  # fmt: skip
# Caseless tickets: a lower-case name after a word of handling (any text: the words are in
# lower case), and "surname, given" after a person's cue ("user castellucci, guadalupe").
_LOWER_HANDLED: Final = re.compile(
    r"\b(?:reassigned to|spoke (?:with|to)|note from|approved by|requested by|signed by"
    r"|submitted by|handled by|escalated by) (" + _LOWER_WORD + r")(?=[.;:,]| \u2014| -| \(| by"
    r" |$)"
)
_LOWER_HANDLED_CUES: Final[tuple[str, ...]] = (
    "reassigned to ", "spoke ", "note from ", "approved by ", "requested by ", "signed by ",
    "submitted by ", "handled by ", "escalated by ",
)  # fmt: skip
_HANDLED_BY_STEMS: Final = tuple(
    cue[: -len("ed by ")] for cue in _LOWER_HANDLED_CUES if cue.endswith("ed by ")
)
_OTHER_HANDLED_CUES: Final = tuple(c for c in _LOWER_HANDLED_CUES if not c.endswith("ed by "))
# (a string of each cue of _LOWER_INVERTED, each followed by its space or colon)
_INVERTED_CUES: Final[tuple[str, ...]] = (
    "user", "by", "customer", "holder", "requester", "reporter", "contact", "passenger",
    "patient", "employee", "applicant", "guest", "member", "payee", "payer", "beneficiary",
    "tenant", "recipient",
)  # fmt: skip
# (a stem of each key of _PERSON_KEY_LOWER_VALUE, in lower case)
_KEY_STEMS: Final[tuple[str, ...]] = (
    "payer", "payee", "author", "resident", "filer", "editor", "reviewer", "on_call",
    "guest_of_hon", "beneficiar", "customer", "holder", "owner", "agent", "assignee",
    "approver", "signed_by", "contact", "patient", "employee", "member", "display",
    "requester", "reporter", "recipient",
)  # fmt: skip
_LOWER_INVERTED: Final = re.compile(
    r"\b(?:user|by|customer|holder|requester|reporter|contact|passenger|patient|employee"
    r"|applicant|guest|member|payee|payer|beneficiary|tenant|recipient)(?::| is:?)? ("
    + _LOWER_WORD
    + r", "
    + _LOWER_WORD
    + r")"
    r"(?=[ .;,]|$)"
)
_LOWER_FRAME_CUES: Final[tuple[str, ...]] = (
    "met ", "call", "ring", "text", "messag", "email", "ping", "ever ", "even ", "finally ",
    "already ", "actually ", "i think ", "new ",
)  # fmt: skip
# A lower-case name on a signature's first line (after "--" alone on its line), or on a
# closing's next line before a blank line and "Sent from my ..." (mail from a phone).
_SIGNATURE_NAME: Final = re.compile(
    r"(?m)^(?:--|\u2014|\u2013)[ \t]*\n([^\W\d_A-Z][^\n]{1,40}?)[ \t]*$"
    r"|(?i:cheers|thanks|thank you|regards|best|love|sincerely|thx|ta),?[ \t]*\n"
    r"([^\W\d_A-Z][^\n]{1,40}?)[ \t]*\n\s*\n(?i:sent from my)\b"
)
# A person key's value in lower case, quoted or after "=" ('"payer": "pickens, bernadette"',
# 'reviewer=ketil', 'editor="nông nguyệt miên"'); person32_labels judges the value.
_PERSON_KEY_LOWER_VALUE: Final = re.compile(
    r"(?i:(?<![\w-])(?:\w+_)?(?:payer|payee|author|resident|filer|editor|reviewer|on_call"
    r"|guest_of_honou?r|beneficiary|customer|holder|owner|agent|assignee|approver|signed_by"
    r"|contact|patient|employee|member|display|requester|reporter|recipient))"
    r"[\"']?[ \t]*(?:=[ \t]*(?:[\"']([^\W\d_A-Z][^\"'\n=]{1,40})[\"']|([^\W\d_A-Z][^\W\d_]+)"
    r"(?=[\s,;}]|$))|:[ \t]*[\"']([^\W\d_A-Z][^\"'\n]{1,40})[\"'])"
)


def lower32(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind an exact substring test of its
    cue). ``only`` (speed): the rules to try, by bit (see lower32_after_redaction)."""
    found: list[PiiSpan] = []
    fired = 0
    if only & 1 and ":" in text and (text[:1] == "[" or text[:1].isdigit() or "\n[" in text):
        fired |= 1
        for match in _CHAT_SPEAKER.finditer(text):
            words = match.group(1).split(" ")
            if words[-1][-1:] == ".":
                words.pop()  # (an initial)
            if all(_speaker_word(word) for word in words):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 2 and text.islower() and holds_any(text, _LOWER_FRAME_CUES):
        fired |= 2
        found.extend(_last_group_spans(_LOWER_FRAMES, text, _lower_name))
    if only & 4 and text.islower() and holds_any(text, _LOWER_STAFF_CUES):
        fired |= 4
        found.extend(_last_group_spans(_LOWER_STAFF, text, _staff_word))
    # (speed: six cues end with "ed by ": four scans of the text, not nine)
    if only & 8 and holds_any_ending_in(text, "ed by ", _HANDLED_BY_STEMS, _OTHER_HANDLED_CUES):
        fired |= 8
        found.extend(_spans(_LOWER_HANDLED, text, _lower_or_listed))
    if only & 16 and ", " in text and holds_any(text, _INVERTED_CUES):
        fired |= 16
        for match in _LOWER_INVERTED.finditer(text):
            surname, _, given = match.group(1).partition(", ")
            if _lower_or_listed(surname) and _staff_word(given):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if (
        only & 32
        and "\n" in text
        and ("--" in text or "\u2014" in text or "\u2013" in text or "ent from" in text)
    ):
        fired |= 32
        found.extend(_last_group_spans(_SIGNATURE_NAME, text, lower_label_value))
    if (
        only & 64
        and ("=" in text or ":" in text)
        and ('"' in text or "'" in text or "=" in text)
        and holds_any(text.lower(), _KEY_STEMS)
    ):
        fired |= 64
        found.extend(_last_group_spans(_PERSON_KEY_LOWER_VALUE, text, lower_label_value))
    _FIRED.note(text, fired)
    return found


def lower32_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`lower32` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates;
    every gate is a substring no placeholder holds, in any case, a first character that a
    placeholder's "<" would replace, or the text in lower case, which a placeholder is not)."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(lower32(text, fired))


def _last_group_spans(
    pattern: re.Pattern[str], text: str, ok: Callable[[str], bool]
) -> list[PiiSpan]:
    """The span of each match's last group that took part (one group per frame)."""
    spans: list[PiiSpan] = []
    for match in pattern.finditer(text):
        group = match.lastindex or 0
        if ok(match.group(group)):
            spans.append(PiiSpan(match.start(group), match.end(group), PERSON))
    return spans


def _speaker_word(word: str) -> bool:
    """A word of a chat speaker's name: a listed given name or a name word, no stop word."""
    lower = word.lower()
    if lower in CHAT_KIN_WORDS:
        return False  # (stop 43) "[05/07/2024, 19:53] nana: Hope the new nebuliser helps"
    return lower not in stop_words() and (lower in first_names() or _plain_name_word(word))


def _lower_name(value: str) -> bool:
    """One or two lower-case name words; a listed given name that is an English word may open
    two ("topaz jernigan"), not stand alone ("met grace at": a grace period is no person)."""
    first, _, second = value.partition(" ")
    if not second:
        return _lower_or_listed(first)
    return _lower_or_listed(second) and (
        _lower_or_listed(first) or (first in first_names() and first not in stop_words())
    )


def _staff_word(word: str) -> bool:
    """A lower-case name word, or a listed given name of no stop word."""
    return _lower_or_listed(word) or (word in first_names() and word not in stop_words())
