"""(Stop 34, from the case probe's tuning split) Lower-case names in frames that only people
fill, written in text that is otherwise capitalised or caseless:

- a pair of unlisted words before a possessive and a noun (``Booked through umutoni
  hakizimana's agency``);
- the names of a "cc:" line (``CC: afua nyarko, meseret kebede``);
- one word alone on the line after a closing word (``Cheers,\\nnurul``);
- a greeting before a name and "!" or "," (``Hola aditya!``, ``hi tomasz,``, ``Dear simona b
  derose,``);
- a keyboard-capitalised given name and a lower-case surname opening a sentence before a verb
  of people (``Yumeka sahaku will call you tomorrow``);
- one word after a verb of handing over or assigning (``Reassigned to omkarnath — she``);
- a pair after a role of payment or claims (``Cardholder yuliana sepúlveda disputes``);
- a name met or seen somewhere (``Saw jhoven sicat at the market``);
- a pair as the subject of "never"/"didn't" and a verb (``nicania arrebola never showed
  up``).

Every word passes :func:`person34_words.lone_name_word` (no English list, no code or chat
word, a vowel, not two English words glued) or, in lists and sign-offs, is a listed given name
of no frequent English use.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import NAME_ONLY_COMMON_WORDS, first_names, is_english
from processors.redaction.person34_words import (
    RUN_PARTICLES,
    lone_name_word,
    matched_names,
    name_words_ok,
)
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import (
    FiredGates,
    holds_any,
    holds_word,
    lower_words,
    matches_at_cues,
    may_open_with_word,
    opening_matches,
    placeholders_word_bounded,
)

__all__ = ["frames34", "frames34_after_redaction"]

_FIRED: Final = FiredGates()  # (frames34's last text: see frames34_after_redaction)

_LOW: Final = r"[^\W\d_A-Z]{2,}(?:-[^\W\d_A-Z]{2,})?"  # (a hyphened surname: "ojeda-salcines")
_POSSESSIVE: Final = re.compile(
    r"(?<![\w@.'-])("
    + _LOW
    + r"(?: "
    + _LOW
    + r"){1,3})['\u2019]s (?:agency|email|e-mail|office|shop"
    r"|studio|company|team|card|account|number|phone|address|house|flat|car|mum|mom|dad"
    r"|wife|husband|sister|brother|son|daughter|birthday|wedding|party|funeral|advice"
    r"|request|order|booking|invoice|parcel|case|claim|appointment|lesson|class|recipe)\b"
)
_CC_LINE: Final = re.compile(r"(?im)^(?:cc|bcc)[ \t]*:[ \t]*([^\n]+)$")
_CLOSING_THEN_NAME: Final = re.compile(
    r"(?m)^(?i:cheers|thanks|thanks all|thank you|thx|best|best regards|regards|kind regards"
    r"|br|ty|love|xoxo|warmly|sincerely|take care|talk soon|ciao|saludos|grüße|obrigad[oa])"
    r"[ \t]*[,!.]?[ \t]*\n(" + _LOW + r")[ \t]*(?:\n|$)"
)
_GREETED: Final = re.compile(
    r"(?:^|(?<=[\s(]))(?i:hi|hey|hello|hola|ol\u00e1|oi|ciao|salut|hej|hallo|dear|yo|thanks)"
    r" (" + _LOW + r"(?: [a-z]\.?)?(?: " + _LOW + r"){0,2})(?=[!,])"
)
# A keyboard-capitalised given name and a lower-case surname opening a sentence before a verb
# of people ("Yumeka sahaku will call you tomorrow", "Sidnei tenório asked us").
_CAPITALISED_SUBJECT: Final = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))([A-Z\u00c0-\u00de][^\W\d_A-Z]+) ((?:[a-z]\.? )?" + _LOW + r")"
    r" (?:asked|asks|said|says|will|was|wants|called|emailed|replied|paid|never|didn't"
    r"|is the|is a|is so|is very|is always)\b"
)
_HANDED_TO: Final = re.compile(
    r"(?i:\b(?:reassigned to|assigned to|handed over to|escalated to|transferred to"
    r"|forwarded to)) (" + _LOW + r")(?= [\u2014\u2013-] |[.,;!?]|$| (?:she|he"
    r"|they|who|will|is|has)\b)"
)
_ROLE_PAIR: Final = re.compile(
    r"(?i:\b(?:cardholder|card holder|account holder|debtor|beneficiary|policyholder"
    r"|subscriber|claimant|signatory|borrower|payer|payee|insured|guarantor)) ("
    + _LOW
    + r" "
    + _LOW
    + r")\b"
)
# Met or seen somewhere: "Saw jhoven sicat at the market", "ran into obinna at the gym".
_MET_AT: Final = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?i:saw|met|bumped into|ran into|spotted) ("
    r"(?:(?:al|el)-)?[^\W\d_A-Z]{3,}(?: (?:(?:das|dos|da|de|di|del|van|von|bin) )?"
    r"[^\W\d_A-Z]{3,}){0,4}) (?:at|in|outside|yesterday|today|earlier|last)\b"
)
_NEVER_VERB: Final = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[,;] ))(" + _LOW + r" " + _LOW + r") (?:never|didn't|did not"
    r"|still hasn't|hasn't|won't|refused to|forgot to) [a-z]+"
)


def frames34(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind an exact test of its cue).
    ``only`` (speed): the rules to try, by bit (see frames34_after_redaction)."""
    found: list[PiiSpan] = []
    fired = 0
    if only & 1 and ("'s " in text or "\u2019s " in text):
        fired |= 1
        for match in _POSSESSIVE.finditer(text):
            _longest_name_suffix(match, found)
    lowered = text.lower() if only & (2 | 4 | 8 | 16 | 32 | 256) else ""
    if only & 2 and "cc" in lowered and ":" in text:
        fired |= 2
        for line in _CC_LINE.finditer(text):
            _listed_people(text, line.start(1), line.group(1), found)
    if only & 4 and "\n" in text and holds_any(lowered, _CLOSINGS):
        fired |= 4
        matched_names(_CLOSING_THEN_NAME.finditer(text), found, _name_or_listed)
    if only & 8 and may_open_with_word(text, _GREETING_SET) and holds_any(lowered, _GREETINGS):
        fired |= 8
        for match in matches_at_cues(_GREETED, text, lowered, _GREETING_WORDS):
            words = [w for w in match.group(1).split(" ") if len(w.rstrip(".")) > 1]
            if all(_name_or_listed(word) for word in words):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if only & 16 and holds_any(lowered, _HANDED_ENDS) and holds_any(lowered, _HANDED_CUES):
        fired |= 16
        handed = matches_at_cues(_HANDED_TO, text, lowered, _HANDED_CUES)
        matched_names(handed, found, lone_name_word)
    if only & 32 and holds_any(lowered, _ROLE_CUES):
        fired |= 32
        roles = matches_at_cues(_ROLE_PAIR, text, lowered, _ROLE_OPENERS)
        matched_names(roles, found, name_words_ok)
    if only & 64 and holds_word(lower_words(text), _NEVER_WORDS) and holds_any(text, _NEVER_CUES):
        fired |= 64
        matched_names(opening_matches(_NEVER_VERB, text, _CLAUSE_LEADS), found, name_words_ok)
    subjects = 0 if only & 128 else -1  # (see _SUBJECTS)
    if only & 128 and text[:1].isupper() and holds_any(text, _SUBJECT_VERB_CUES):
        fired |= 128
        for match in opening_matches(_CAPITALISED_SUBJECT, text, _SENTENCE_LEADS):
            subjects = 1
            given = match.group(1).lower()
            surname = match.group(2).rpartition(" ")[2]
            if _name_or_listed(given) and lone_name_word(surname):
                found.append(PiiSpan(match.start(1), match.end(2), PERSON))
    if only & 256 and may_open_with_word(text, _MET_WORDS) and holds_any(lowered, _MET_CUES):
        fired |= 256
        matched_names(opening_matches(_MET_AT, text, _SENTENCE_LEADS), found, name_words_ok)
    _FIRED.note(text, fired)
    _SUBJECTS.note(text, subjects)
    return found


# (speed) 0 when _CAPITALISED_SUBJECT (rule 128) was looked for in the last text frames34 read
# and matched nowhere (see frames34_after_redaction)
_SUBJECTS: Final = FiredGates()


def frames34_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`frames34` finds a name in ``text``, a redaction of ``source`` (when not
    None): only the rules whose gates passed on ``source`` are tried (substrings.FiredGates;
    every gate is a substring no placeholder holds).

    Nor rule 128 when _CAPITALISED_SUBJECT matched nowhere in ``source`` and no placeholder
    of ``text`` is glued to a word character (speed, exact): a match holds no "<", ">" nor
    "_", and capitals only where a word opens after ". ", "! ", "? ", a line break or the
    text's start (never a placeholder's), so no placeholder's character; it reads beyond
    itself those marks and the character after its verb (a word boundary: before a
    placeholder stands no word character). So it reads only characters ``source`` holds
    around it as well, and ``source``, where every position was tried, matched there."""
    fired = _FIRED.fired_for(source)
    if fired & 128 and _SUBJECTS.fired_for(source) == 0 and placeholders_word_bounded(text):
        fired &= ~128
    return fired != 0 and bool(frames34(text, fired))


_CLOSINGS: Final[tuple[str, ...]] = (
    "cheers", "thanks", "thank you", "thx", "best", "regards", "br", "ty", "love", "xoxo",
    "warmly", "sincerely", "take care", "talk soon", "ciao", "saludos", "grüße", "obrigad",
)  # fmt: skip
_GREETINGS: Final[tuple[str, ...]] = (
    "hi ", "hey ", "hello ", "hola ", "ol\u00e1 ", "oi ", "ciao ", "salut ", "hej ", "hallo ",
    "dear ", "yo ", "thanks ",
)  # fmt: skip
_ROLE_CUES: Final[tuple[str, ...]] = (
    "holder", "debtor", "beneficiary", "subscriber", "claimant", "signatory", "borrower",
    "payer", "payee", "insured", "guarantor",
)  # fmt: skip
_ROLE_OPENERS: Final[tuple[str, ...]] = (
    "cardholder", "card holder", "account holder", "debtor", "beneficiary", "policyholder",
    "subscriber", "claimant", "signatory", "borrower", "payer", "payee", "insured", "guarantor",
)  # fmt: skip
_MET_CUES: Final[tuple[str, ...]] = ("saw ", "met ", "bumped into ", "ran into ", "spotted ")
_MET_WORDS: Final = frozenset(["saw", "met", "bumped", "ran", "spotted"])  # (speed: as above)
# Where matches can open (speed: see substrings.matches_at_cues and opening_matches).
_GREETING_WORDS: Final[tuple[str, ...]] = (
    "hi", "hey", "hello", "hola", "ol\u00e1", "oi", "ciao", "salut", "hej", "hallo", "dear",
    "yo", "thanks",
)  # fmt: skip
_GREETING_SET: Final = frozenset(_GREETING_WORDS)  # (speed: substrings.may_open_with_word)
_HANDED_CUES: Final[tuple[str, ...]] = (
    "reassigned to", "assigned to", "handed over to", "escalated to", "transferred to",
    "forwarded to",
)  # fmt: skip
# Each verb of _CAPITALISED_SUBJECT with its space (speed: most texts hold none, and the
# pattern costs more at each sentence's start than these tests; " is " first, the commonest).
_SUBJECT_VERB_CUES: Final[tuple[str, ...]] = (
    " is ", " will", " was", " paid", " asked", " asks", " called", " said", " says", " wants",
    " emailed", " replied", " never", " didn't",
)  # fmt: skip
# What each of _HANDED_CUES ends with (speed: two tests first, exact, where most texts stop).
_HANDED_ENDS: Final[tuple[str, ...]] = ("ed to", "over to")
_SENTENCE_LEADS: Final = frozenset([". ", "! ", "? ", "\n"])
_CLAUSE_LEADS: Final = frozenset([". ", "! ", "? ", ", ", "; "])
_NEVER_CUES: Final[tuple[str, ...]] = (
    " never ", " didn't ", " did not ", " hasn't ", " won't ", " refused to ", " forgot to ",
)  # fmt: skip
# The word of each, between spaces in _NEVER_VERB (speed: set lookups of the text's words
# first; a word between white space in a redacted text is one of the text it redacts).
_NEVER_WORDS: Final = frozenset(["never", "didn't", "did", "hasn't", "won't", "refused", "forgot"])


def _longest_name_suffix(match: re.Match[str], found: list[PiiSpan]) -> None:
    """The longest run of two words or more that ends the match's group and may be a name
    ("nohea binti rahman's", "bùi minh khoa's"; not "the shop owner dimitri's")."""
    words = match.group(1).split(" ")
    start = match.start(1)
    for first in range(len(words) - 1):
        if words[first] not in RUN_PARTICLES and name_words_ok(" ".join(words[first:])):
            found.append(PiiSpan(start, match.end(1), PERSON))
            return
        start += len(words[first]) + 1


def _listed_people(text: str, start: int, value: str, found: list[PiiSpan]) -> None:
    """The comma-separated items of a cc line that are one to three lower-case name words."""
    cursor = start
    for item in value.split(","):
        at = text.find(item, cursor)
        cursor = at + len(item)
        name = item.strip()
        words = name.split(" ")
        if not name.islower() or not 1 <= len(words) <= 3 or "@" in name:
            continue
        if all(_name_or_listed(word) for word in words):
            begin = at + item.index(name)
            found.append(PiiSpan(begin, begin + len(name), PERSON))


def _name_or_listed(word: str) -> bool:
    """A word that may be a name alone, or a listed given name of no English use."""
    if lone_name_word(word):
        return True
    return word in first_names() and (not is_english(word) or word in NAME_ONLY_COMMON_WORDS)
