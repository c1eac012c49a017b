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

from processors.redaction.lexicon import NAME_PARTICLES, first_names
from processors.redaction.person28_recall import _spans
from processors.redaction.person31_recall import _capital_initial_at, _plain_name_word
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
_CONTACT_SURNAME_FIRST: Final = re.compile(
    r"(?i:contact|customer|client|patient|guest|member|employee|holder|cardholder|payee"
    # (stop 44, set 42) and the people of civic records: "commenter=\"Kulkarni, Ramakrishna\""
    r"|recipient|commenter|objector|applicant|petitioner|claimant|witness|juror|signatory"
    r"|voter|volunteer|donor"
    # (stop 45, set 43) buyers, guests and the people of shipping and publishing records
    r"|buyer|purchaser|attendee|consignee|author|payer|sender|passenger|travell?er|tenant"
    r"|borrower|entrant|subscriber|requester|reporter|assignee|speaker|contributor"
    # (stop 46, set 44) the people of land, housing and vehicle records
    r"|landlord|landlady|lessor|lessee|licensee|occupier|occupant|keeper|driver|farmer"
    r"|grower|producer|seller|owner|inspector|engineer|installer|surveyor|agent)"
    r"(?:[_.-]?name)?[\"']?[ \t]*[=:][ \t]*[\"']"
    r"([A-Z][^\W\d_]+(?:[-'\u2019][A-Z]?[^\W\d_]+)?), "
    r"(?!(?:Inc|Ltd|Llc|Corp|Co|Plc|Gmbh)\b)"
    # (stop 44: a given name of two syllables joined by a hyphen, "Mak, Tsz-hin")
    r"([A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]+)?)[\"']"
)


def recall32(text: str, only: int = -1) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind an exact test of its cue: a
    substring, or a word of the text's lower-cased words where the cue stands between spaces).
    ``only`` (speed): the rules to try, by bit (see the fired gates noted at the end)."""
    found: list[PiiSpan] = []
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
            given = match.group(2).split("-")[0]
            surname = match.group(1)
            head, _, rest = surname.partition("-")
            if rest and head.lower() in NAME_PARTICLES:
                surname = rest  # (stop 46) 'landlord="Al-Kubaisi, Muhannad"'
            if (given.lower() in first_names() or _plain_name_word(given)) and _plain_name_word(
                surname
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
    return fired != 0 and bool(recall32(text, fired))


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
