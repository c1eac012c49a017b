"""(Stop 33, from set 29's even half) Names in frames that only people fill, which the
earlier rules did not cover:

- "Surname, Given" after a role word whose surname opens with a particle (``| requester:
  al-Khatibi, Gunavathi |``, ``customer du Ignatenko, Ghislebert``): the shape rule wants a
  capital first;
- a lower-case name spoken to before a request (``declined at the pharmacy, gislaine can u
  spot me``): a comma, the name, then "can/could/would you";
- a lower-case name reported after a chat opener (``ok so florisbela says the party is``);
- lower-case names on the bulleted lines under a heading of people (``Guests:\n- litokwa
  tetuanui\n- raghavan, tejas``);
- a lower-case name in a mail header before its address, in a reply's "On ..., X wrote:"
  line and on a card's "FN:" line;
- a lower-case cell of a CSV name column (``name,email\nthoiba yumnam,...``);
- a lower-case name to call on a number (``electrician call baili jingtian on +39 ...``);
- a search for a person whose given name is an English word (``Rain Olanola author books``,
  ``Ocean Diao obituary``): a capitalised word, a surname of no English list, then a word
  only people are searched with (not "address" or "phone": firms have those).

Every name word passes :func:`person31_recall._plain_name_word` (a listed given name of no
common word, or a word of no English list; no capital after its first letter).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import NAME_PARTICLES, is_english, stop_words
from processors.redaction.name_shapes import _ROLES
from processors.redaction.person11_recall_words import TITLES
from processors.redaction.person31_recall import _plain_name_word
from processors.redaction.person32_labels import lower_label_value
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import (
    FiredGates,
    holds_any,
    holds_word,
    lower_words,
    matches_at_cues,
    opening_matches,
)

__all__ = ["recall33", "recall33_after_redaction"]

_FIRED: Final = FiredGates()  # (recall33's last text: see recall33_after_redaction)

_CAP: Final = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][^\W\d_A-Z]+"
_LOW: Final = r"[^\W\d_A-Z]{3,}"
_PARTICLE_SURNAME_GIVEN: Final = re.compile(
    r"(?<![\w'\u2019-])([A-Za-z]+)(?:[: ]+|=\"?)((?:al-|el-|(?:du|de|da|di|del|della|dos|das"
    r"|van der|van den|van|von der|von|le|la|bin|ibn|ben|ter|ten) )"
    + _CAP
    + r"(?:-"
    + _CAP
    + r")?), ("
    + _CAP
    + r")(?=$|[\s,.;:!?)|\"'])"
)
_VOCATIVE: Final = re.compile(
    r", (" + _LOW + r") (?:can|could|would|will) (?:u|you|ya)\b(?! (?:guys|all|both)\b)"
)
_REPORTED: Final = re.compile(
    r"(?:^|(?<=[.!?] ))(?:ok(?:ay)? so|so|btw|lol|omg|apparently|ngl|tbh) (" + _LOW + r")"
    r" (?:says|said|reckons|thinks|swears|wants)\b"
)
# A heading of people, then bulleted or numbered lines ("Guests:\n- litokwa tetuanui\n- ...").
_PEOPLE_HEADING: Final = re.compile(
    r"(?im)^[ \t]*(?:guests|guest list|attendees|rsvps?(?: yes)?|seating plan[^\n]{0,20}"
    r"|invitees|participants|present|speakers|members|moderators|volunteers"
    r"|emergency contacts?|next of kin|team)[ \t]*:?[ \t]*\n"
)
_BULLET_ITEM: Final = re.compile(
    r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+([^\W\d_][^\n(]*?)(?:[ \t]+\([^\n)]*\)"
    r"|[ \t]+[\u2014\u2013-][ \t][^\n]*)?[ \t]*(?:\n|$)"
)
_PEOPLE_HEADINGS: Final[tuple[str, ...]] = (
    "uests", "UESTS", "uest list", "UEST LIST", "ttendees", "TTENDEES", "svp", "SVP",
    "eating plan", "EATING PLAN",
    "nvitees", "NVITEES", "articipants", "ARTICIPANTS", "resent", "RESENT", "peakers",
    "PEAKERS", "embers", "EMBERS", "oderators", "ODERATORS", "olunteers", "OLUNTEERS",
    "ontact", "ONTACT", "ext of kin", "EXT OF KIN", "eam", "EAM",
)  # fmt: skip
# Mail headers, reply lines and cards that name a person, in lower case: 'From: hirut desta
# <...@...>', '> On 2022-11-03, meseret kebede wrote:', 'FN:zhaoyang cheng'.
_HEADER_NAME: Final = re.compile(
    r"(?im)^(?:from|to|cc|reply-to|sender)[ \t]*:[ \t]*\"?([^\W\d_][^<\n\"@]{1,40}?)\"?"
    r"[ \t]*<[^>\n]+@"
)
_WROTE_NAME: Final = re.compile(r"(?m)^(?:> ?)?On [^\n]{3,40}?, ([^\W\d_][^,\n<@]{1,40}?) wrote:")
_CARD_NAME: Final = re.compile(r"(?m)^FN:([^\W\d_][^\n;]{1,40}?)[ \t]*$")
# CSV columns of people's names, by header ("name,email", "account_holder,iban,amount").
_NAME_COLUMNS: Final = frozenset(
    ["name", "full_name", "fullname", "full name", "account_holder", "holder", "customer",
     "customer_name", "contact", "contact_name", "employee", "payee", "passenger", "guest",
     "attendee", "recipient", "beneficiary", "owner"]
)  # fmt: skip
_CSV_CELL: Final = re.compile(r'"([^"\n]*)"|([^,;"\n]*)')
_CALLED_ON: Final = re.compile(
    r"\b(?:call|ring|text|phone|contact|reach) ("
    + _LOW
    + r"(?: "
    + _LOW
    + r")?) (?:on|at) ?[+(0-9]"
)
_SEARCHED: Final = re.compile(
    r"^(" + _CAP + r") (" + _CAP + r"(?:-" + _CAP + r")?) (?:author|obituary|linkedin"
    r"|net worth|wife|husband|biography|novelist|poet|lawyer|attorney|dentist|realtor"
    r"|married|death|died|spouse|girlfriend|boyfriend)\b"
)


def recall33(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind an exact test of its cue).
    ``only`` (speed): the rules to try, by bit (see recall33_after_redaction)."""
    found: list[PiiSpan] = []
    fired = 0
    if only & 1 and ", " in text and ("-" in text or " " in text) and _particle_gate(text):
        fired |= 1
        for match in _PARTICLE_SURNAME_GIVEN.finditer(text):
            surname = match.group(2).rpartition(" ")[2].removeprefix("al-").removeprefix("el-")
            if (
                match.group(1).lower() in _ROLES
                and _plain_name_word(surname)
                and _plain_name_word(match.group(3))
            ):
                found.append(PiiSpan(match.start(2), match.end(3), PERSON))
    if only & 2 and (" u" in text or " you" in text or " ya" in text) and ", " in text:
        fired |= 2
        for match in _VOCATIVE.finditer(text):
            if _lower_name(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 4 and (" says" in text or " said" in text or " reckons" in text or " thinks" in text
                     or " swears" in text or " wants" in text):  # fmt: skip
        fired |= 4
        # (speed: a match opens the text or follows _REPORT_LEADS; tried only there, see
        # substrings.opening_matches: a search tries the look-behind at every position)
        for match in opening_matches(_REPORTED, text, _REPORT_LEADS):
            if _lower_name(match.group(1)):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 8 and text[:1].isupper() and " " in text:
        fired |= 8
        searched = _SEARCHED.match(text)
        if (
            searched is not None
            and searched.group(1).lower() not in stop_words()
            and searched.group(1) not in TITLES  # ("Mme Vellacourt dentist")
            and not is_english(searched.group(2).lower())
            and _plain_name_word(searched.group(2))
        ):
            found.append(PiiSpan(searched.start(1), searched.end(2), PERSON))
    if only & 16 and (" on " in text or " at " in text) and holds_any(text, _CALL_CUES):
        fired |= 16
        # (speed: every match opens with one of _CALL_CUES, tried only where one stands)
        for match in matches_at_cues(_CALLED_ON, text, text.lower(), _CALL_CUES):
            if all(_lower_name(word) for word in match.group(1).split(" ")):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 32 and "\n" in text and holds_any(text, _PEOPLE_HEADINGS):
        fired |= 32
        _bulleted_people(text, found)
    if only & 64 and ("@" in text or " wrote:" in text or "FN:" in text):
        fired |= 64
        for pattern in (_HEADER_NAME, _WROTE_NAME, _CARD_NAME):
            for match in pattern.finditer(text):
                value = match.group(1)
                if value.islower() and lower_label_value(value):
                    found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 128 and "\n" in text and ("," in text or ";" in text):
        fired |= 128
        _csv_name_cells(text, found)
    _FIRED.note(text, fired)
    return found


def _csv_name_cells(text: str, found: list[PiiSpan]) -> None:
    """Each lower-case cell of a name column of a CSV text (its first line the header) that
    reads as a person label's value ("sule, umaru" in quotes, "thoiba yumnam")."""
    header_end = text.find("\n")
    header = text[:header_end].lower()
    delimiter = ";" if header.count(";") > header.count(",") else ","
    columns = [cell.strip().strip('"') for cell in header.split(delimiter)]
    wanted = {index for index, column in enumerate(columns) if column in _NAME_COLUMNS}
    if not wanted or len(columns) < 2:
        return
    at = header_end + 1
    while at < len(text):
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        for index, (start, end) in enumerate(_cells(text, at, line_end, delimiter)):
            value = text[start:end]
            if index in wanted and value.islower() and lower_label_value(value):
                found.append(PiiSpan(start, end, PERSON))
        at = line_end + 1


def _cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell's value on a CSV line (a quoted cell without its
    quotes)."""
    cells: list[tuple[int, int]] = []
    at = start
    while at <= end:
        match = _CSV_CELL.match(text, at, end)
        if match is None:
            break
        group = 1 if match.group(1) is not None else 2
        cells.append((match.start(group), match.end(group)))
        at = match.end()
        if at >= end or text[at] != delimiter:
            break
        at += 1
    return cells


def _bulleted_people(text: str, found: list[PiiSpan]) -> None:
    """Each lower-case item of the bulleted lines under a heading of people that reads as a
    person label's value (person32_labels; capitalised items are the run rules')."""
    for heading in _PEOPLE_HEADING.finditer(text):
        at = heading.end()
        while True:
            item = _BULLET_ITEM.match(text, at)
            if item is None:
                break
            at = item.end()
            value = item.group(1)
            if value.islower() and lower_label_value(value):
                found.append(PiiSpan(item.start(1), item.end(1), PERSON))


def recall33_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall33` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates;
    every gate is a substring no placeholder holds or a capital opening the text, which a
    placeholder's "<" would replace)."""
    fired = _FIRED.fired_for(source)
    return fired != 0 and bool(recall33(text, fired))


_CALL_CUES: Final[tuple[str, ...]] = ("call ", "ring ", "text ", "phone ", "contact ", "reach ")
# Where a match of _REPORTED may open besides the text's start (its look-behind).
_REPORT_LEADS: Final = frozenset([". ", "! ", "? "])


def _particle_gate(text: str) -> bool:
    """A particle of _PARTICLE_SURNAME_GIVEN stands in the text (exact: each is a word or a
    hyphened prefix)."""
    lower = text.lower()
    if "al-" in lower or "el-" in lower:
        return True
    # (speed: a particle between spaces is one of the words split at white space, a set
    # lookup each on the split the other gates share; a substring test of each of 38
    # particles, each string built anew, cost more than the rest of the rules' gates)
    return holds_word(lower_words(text), NAME_PARTICLES) and any(
        f" {particle} " in lower for particle in NAME_PARTICLES
    )


def _lower_name(word: str) -> bool:
    """A lower-case word of no English list that may be a name."""
    return word.islower() and not is_english(word) and _plain_name_word(word)
