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

from processors.redaction.lexicon import first_names
from processors.redaction.person28_recall import _spans
from processors.redaction.person31_recall import _plain_name_word
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import holds_any

__all__ = ["recall32"]

_WORD: Final = r"[^\W\d_]{2,}(?:['\u2019-][^\W\d_]+)?"
_QUOTED_AUTHOR: Final = re.compile(r"(?m)^> ?(" + _WORD + r"):[ \t]")
# (the adjectives of _MANNERED; "unhelpful" and "impatient" hold two of them)
_MANNERS: Final = (
    "lovely", "helpful", "rude", "polite", "patient", "friendly", "attentive", "courteous",
    "knowledgeable", "kind", "sweet", "dismissive",
)  # fmt: skip
_MANNERED: Final = re.compile(
    r"(?<![\w'\u2019-])(" + _WORD + r") (?:was|is|has been) (?:so |very |really |super "
    r"|extremely |incredibly |quite |just )?(?:lovely|helpful|rude|polite|patient|friendly"
    r"|attentive|courteous|knowledgeable|kind|sweet|unhelpful|impatient|dismissive)\b"
)
_ASKED_IF: Final = re.compile(
    r"(?i:\b(?:lmk|let me know|ask|check|see|find out|wondering) if) (" + _WORD + r")"
    r" (?:still |already |even )?(?:needs|wants|has|knows|got|remembers|minds|likes|owes)\b"
)
_ASKED_IF_CUES: Final = ("lmk if ", "know if ", "sk if ", "eck if ", "ee if ", "out if ",
                         "ring if ", "LMK if ")  # fmt: skip
_MIDDLE_INITIAL: Final = re.compile(
    r"(?<![\w.'\u2019-])([A-Z][^\W\d_A-Z]+) [A-Z]\. ([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)"
    r"(?![\w-])"
)
_CONTACT_SURNAME_FIRST: Final = re.compile(
    r"(?i:contact|customer|client|patient|guest|member|employee|holder|cardholder|payee"
    r"|recipient)(?:[_.-]?name)?[\"']?[ \t]*[=:][ \t]*[\"']"
    r"([A-Z][^\W\d_]+(?:[-'\u2019][A-Z]?[^\W\d_]+)?), ([A-Z][^\W\d_]+)[\"']"
)


def recall32(text: str) -> list[PiiSpan]:
    """The names of the module docstring (each rule behind an exact test of its cue: a
    substring, or a word of the text's lower-cased words where the cue stands between spaces)."""
    found: list[PiiSpan] = []
    if ">" in text and ":" in text:
        found.extend(_spans(_QUOTED_AUTHOR, text, _plain_name_word))
    if (" was " in text or " is " in text or " been " in text) and holds_any(text, _MANNERS):
        for match in _MANNERED.finditer(text):
            if _mannered_word(match.group(1)) and not _after_capitalised_word(text, match.start()):
                found.append(PiiSpan(match.start(1), match.end(1), PERSON))
    if " if " in text and holds_any(text, _ASKED_IF_CUES):
        found.extend(_spans(_ASKED_IF, text, _plain_name_word))
    if ". " in text and not text.isupper():
        for match in _MIDDLE_INITIAL.finditer(text):
            if _plain_name_word(match.group(1)) and _plain_name_word(match.group(2)):
                found.append(PiiSpan(match.start(1), match.end(2), PERSON))
    if ", " in text and ("=" in text or ":" in text):
        for match in _CONTACT_SURNAME_FIRST.finditer(text):
            given = match.group(2)
            if (given.lower() in first_names() or _plain_name_word(given)) and _plain_name_word(
                match.group(1)
            ):
                found.append(PiiSpan(match.start(1), match.end(2), PERSON))
    return found


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
