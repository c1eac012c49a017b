"""(Stop 32, from set 27's even half) Names in frames that only people fill, which the
earlier rules did not cover; set 27 invents most of its names, so the frame is the evidence:

- the author of a quoted chat line (``> adesewa: call me at ...``): a name word before the
  colon of a line opening with ">";
- a name before a verb of manners of staff (``The manager was rude but Juvencio was
  lovely``): "was"/"is" and an adjective only people earn (lovely, helpful, rude, polite,
  patient, ...; not "great" or "fast", which products earn too);
- a name asked about after "lmk if", "ask if", "check if" before a verb of wanting or
  knowing (``lmk if juvencio still needs the spare key``);
- a given name, a middle initial and a surname in mixed-case text (``Per Amaranwa S.
  Akinwolere's email``): the earlier rules found the surname alone;
- "Surname, Given" quoted as a contact key's value (``contact="Corvennick, Marina"``).

Every name word passes :func:`person31_recall._plain_name_word` (a listed given name of no
common word, or a word of no English list; no capital after its first letter).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names, stop_words
from processors.redaction.person28_recall import _lower_or_listed, _spans
from processors.redaction.person31_recall import _capital_initial_at, _plain_name_word
from processors.redaction.person32_labels import lower_label_value
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates, holds_any

__all__ = ["recall32", "recall32_after_redaction"]

_FIRED: Final = FiredGates()  # (recall32's last text: see recall32_after_redaction)

_WORD: Final = r"[^\W\d_]{2,}(?:['\u2019-][^\W\d_]+)?"
_QUOTED_AUTHOR: Final = re.compile(r"(?m)^> ?(" + _WORD + r"):[ \t]")
# (the adjectives of _MANNERED; "unhelpful" and "impatient" hold two of them)
_MANNERS: Final = (
    "lovely", "helpful", "rude", "polite", "patient", "friendly", "attentive", "courteous",
    "knowledgeable", "kind", "sweet", "dismissive",
)  # fmt: skip
# (speed) Every word _MANNERED wants right before its adjective ("has been" ends in "been").
_MANNER_LEADS: Final[tuple[str, ...]] = (
    "was ", "is ", "been ", "so ", "very ", "really ", "super ", "extremely ", "incredibly ",
    "quite ", "just ",
)  # fmt: skip
_MANNER_ADJECTIVES: Final[tuple[str, ...]] = (*_MANNERS, "unhelpful", "impatient")
_MANNERED: Final = re.compile(
    r"(?<![\w'\u2019-])(" + _WORD + r") (?:was|is|has been) (?:so |very |really |super "
    r"|extremely |incredibly |quite |just )?(?:lovely|helpful|rude|polite|patient|friendly"
    r"|attentive|courteous|knowledgeable|kind|sweet|unhelpful|impatient|dismissive)\b"
)
_ASKED_IF: Final = re.compile(
    r"(?i:\b(?:lmk|let me know|ask|check|see|find out|wondering) if) (" + _WORD + r")"
    r" (?:still |already |even )?(?:needs|wants|has|knows|got|remembers|minds|likes|owes)\b"
)
_ASKED_IF_CUES: Final[tuple[str, ...]] = (
    "lmk if ", "know if ", "sk if ", "eck if ", "ee if ", "out if ", "ring if ", "LMK if ",
)  # fmt: skip
_MIDDLE_INITIAL: Final = re.compile(
    r"(?<![\w.'\u2019-])([A-Z][^\W\d_A-Z]+) [A-Z]\. ([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)"
    r"(?![\w-])"
)
# A speaker's name in an exported chat: "[05:30] zarmina ahmadzai: ...", "21.04.2022, 21:57 -
# nizhoni begay: ..." (WhatsApp, Slack, IRC logs).
_CHAT_SPEAKER: Final = re.compile(
    r"(?m)^(?:\[\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\]|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?"
    r" \d{1,2}:\d{2}(?: ?[AaPp][Mm])? [-\u2013]) (" + _WORD + r"(?: " + _WORD + r"){0,2}):[ \t]"
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
# (a string of each cue of _LOWER_INVERTED, each followed by its space or colon)
_INVERTED_CUES: Final[tuple[str, ...]] = (
    "user", "by", "customer", "holder", "requester", "reporter", "contact", "passenger",
    "patient", "employee", "applicant", "guest", "member",
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
    r"|applicant|guest|member)(?::| is:?)? (" + _LOWER_WORD + r", " + _LOWER_WORD + r")"
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
_CONTACT_SURNAME_FIRST: Final = re.compile(
    r"(?i:contact|customer|client|patient|guest|member|employee|holder|cardholder|payee"
    r"|recipient)(?:[_.-]?name)?[\"']?[ \t]*[=:][ \t]*[\"']"
    r"([A-Z][^\W\d_]+(?:[-'\u2019][A-Z]?[^\W\d_]+)?), ([A-Z][^\W\d_]+)[\"']"
)


def recall32(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind an exact test of its cue: a
    substring, or a word of the text's lower-cased words where the cue stands between spaces).
    ``only`` (speed): the rules to try, by bit (see the fired gates noted at the end)."""
    found: list[PiiSpan] = []
    fired = 0  # (the rules whose gates passed, by bit: see recall32_after_redaction)
    # (the rules of no bit are tried on every text, a redaction too)
    if ":" in text and (text[:1] == "[" or text[:1].isdigit()):
        for match in _CHAT_SPEAKER.finditer(text):
            if all(_speaker_word(word) for word in match.group(1).split(" ")):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if text.islower() and holds_any(text, _LOWER_FRAME_CUES):
        for match in _LOWER_FRAMES.finditer(text):
            group = match.lastindex or 0
            value = match.group(group)
            if _lower_name(value):
                found.append(PiiSpan(match.start(group), match.end(group), PERSON))
    if text.islower() and holds_any(text, _LOWER_STAFF_CUES):
        for match in _LOWER_STAFF.finditer(text):
            group = match.lastindex or 0
            if _staff_word(match.group(group)):
                found.append(PiiSpan(match.start(group), match.end(group), PERSON))
    if holds_any(text, _LOWER_HANDLED_CUES):
        found.extend(_spans(_LOWER_HANDLED, text, _lower_or_listed))
    if ", " in text and holds_any(text, _INVERTED_CUES):
        for match in _LOWER_INVERTED.finditer(text):
            surname, _, given = match.group(1).partition(", ")
            if _lower_or_listed(surname) and _staff_word(given):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if "\n" in text and (
        "--" in text or "\u2014" in text or "\u2013" in text or "ent from" in text
    ):
        for match in _SIGNATURE_NAME.finditer(text):
            group = match.lastindex or 0
            if lower_label_value(match.group(group)):
                found.append(PiiSpan(match.start(group), match.end(group), PERSON))
    if (
        ("=" in text or ":" in text)
        and ('"' in text or "'" in text or "=" in text)
        and holds_any(text.lower(), _KEY_STEMS)
    ):
        for match in _PERSON_KEY_LOWER_VALUE.finditer(text):
            group = match.lastindex or 0
            if lower_label_value(match.group(group)):
                found.append(PiiSpan(match.start(group), match.end(group), PERSON))
    fired = 0  # (the rules whose gates passed, by bit: see recall32_after_redaction)
    # (a line opening with ">": no placeholder opens one, its "<" comes first)
    if only & 1 and (text[:1] == ">" or "\n>" in text) and ":" in text:
        fired |= 1
        found.extend(_spans(_QUOTED_AUTHOR, text, _plain_name_word))
    if only & 2 and (
        (" was " in text or " is " in text or " been " in text) and _manners_after_lead(text)
    ):
        fired |= 2
        for match in _MANNERED.finditer(text):
            if _mannered_word(match.group(1)) and not _after_capitalised_word(text, match.start()):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 4 and " if " in text and holds_any(text, _ASKED_IF_CUES):
        fired |= 4
        found.extend(_spans(_ASKED_IF, text, _plain_name_word))
    # (the initial stands between a space and ". ", as person31_recall's rule wants it)
    if only & 8 and _capital_initial_at(text) and not text.isupper():
        fired |= 8
        for match in _MIDDLE_INITIAL.finditer(text):
            if _plain_name_word(match.group(1)) and _plain_name_word(match.group(2)):
                found.append(PiiSpan(match.start(1), match.end(2), PERSON))
    if (
        only & 16
        and ", " in text
        and ("=" in text or ":" in text)
        and ('"' in text or "'" in text)  # (the value's quotes)
    ):
        fired |= 16
        for match in _CONTACT_SURNAME_FIRST.finditer(text):
            given = match.group(2)
            if (given.lower() in first_names() or _plain_name_word(given)) and _plain_name_word(
                match.group(1)
            ):
                found.append(PiiSpan(match.start(1), match.end(2), PERSON))
    _FIRED.note(text, fired)
    return found


def recall32_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`recall32` finds a name in ``text``, a redaction of ``source`` (when not
    None): of the rules with a bit, only those whose gates passed on ``source`` are tried
    (substrings.FiredGates; a capital between a space and ". " is no placeholder's, and an
    upper-case text stays so when redacted)."""
    fired = _FIRED.fired_for(source)
    return bool(recall32(text, fired))  # (the rules of no bit are tried whatever fired)


def _manners_after_lead(text: str) -> bool:
    """Whether an adjective of _MANNERED follows a word the pattern wants right before it
    (an exact gate, cheaper than the pattern's search, which starts at every word)."""
    for adjective in _MANNER_ADJECTIVES:
        at = text.find(adjective)
        while at >= 0:
            if text.endswith(_MANNER_LEADS, 0, at):
                return True
            at = text.find(adjective, at + 1)
    return False


def _mannered_word(word: str) -> bool:
    """A capitalised name word (a lower-case subject is a chat word more often: "he", "she"
    are stop words, but "staff" and "service" are not names either)."""
    return word[:1].isupper() and _plain_name_word(word)


def _after_capitalised_word(text: str, at: int) -> bool:
    """A capitalised word ends right before ``at`` ("Di Benedetto-Unverzagt Guiying was
    lovely": the rule would cut a longer name)."""
    if at < 2 or text[at - 1] != " ":
        return False
    word_start = text.rfind(" ", 0, at - 1) + 1
    return text[word_start : word_start + 1].isupper()


def _speaker_word(word: str) -> bool:
    """A word of a chat speaker's name: a listed given name or a name word, no stop word."""
    lower = word.lower()
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
