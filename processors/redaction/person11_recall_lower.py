"""Set-11 person recall of lower-case names (see ``person11_recall``).

- a text that opens in lower case and has capitals further on (a search query with a place:
  ``joylyn hamzah obituary funeral notice Coimbra``) is read for caseless names up to its
  first capitalised word, as caseless text is (``name_caseless._lowercase_names``);
- in lower case, two words of no English list after a verb that takes a person (``who tf
  invited mizanur khandaker to``, ``lmk if jiang zixuan replies``);
- one word of no English list between ``thanks to`` and ``for`` (``thanks to passang for
  the lift``).
"""

from __future__ import annotations

import re

from processors.redaction.name_caseless import _lowercase_names
from processors.redaction.name_cue_words import CHAT_WORDS
from processors.redaction.name_words import plain_name_word
from processors.redaction.person11_recall_words import LOW_WORD, UP
from processors.redaction.spans import PERSON, PiiSpan

# The first capitalised word (a capital then a lower-case letter; not a code such as "AT30").
_FIRST_CAPITAL = re.compile(rf"(?:^|\s)[{UP}][a-z\u00df-\u00ff]")
# Verbs (and "if") that take a person right after them. Curated by hand.
_PERSON_VERBS = ("invited", "invite", "inviting", "if", "marry", "married", "dating", "dated",
                 "who's", "who\u2019s", "whos", "who is")  # fmt: skip
_VERB_PAIR = re.compile(
    r"(?:" + "|".join(_PERSON_VERBS) + rf") (?P<a>{LOW_WORD}) (?P<b>{LOW_WORD})"
    rf"(?: (?P<c>{LOW_WORD}))?(?=$|[\s,.!?;:])"
)
# "told seonag to bring", "ask yangchen to": a verb of asking, a name, "to".
_TOLD_TO = re.compile(
    rf"(?:told|tell|ask|asked|remind|reminded|get|got) (?P<a>{LOW_WORD}) to\b"
)
_TOLD_GATE = re.compile("told |tell |ask |asked |remind|got |get ")
# "coach lehtonen contact": a role noun before a lower-case surname.
_ROLE_WORDS = ("coach ", "nurse ", "instructor ", "tutor ", "trainer ", "dr ", "prof ")
_ROLE_GATE = re.compile("|".join(_ROLE_WORDS))
_ROLE_LOWER = re.compile(
    "(?:"
    + "|".join(w.strip() for w in _ROLE_WORDS)
    + rf") (?P<a>{LOW_WORD})\b(?!-)"
)
_THANKS_FOR = re.compile(
    rf"(?i:thanks|thank you|thx|ty) to (?P<a>{LOW_WORD}|[{UP}][a-z\u00df-\u00ff]+) for\b"
)


def _plain(word: str) -> bool:
    return word not in CHAT_WORDS and all(plain_name_word(p) for p in word.split("-"))


def _word_start(text: str, start: int) -> bool:
    """Whether ``start`` begins a word (no letter, digit, apostrophe or hyphen before it)."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "'\u2019-_")


def lower_names(text: str, caseless: bool, out: list[PiiSpan]) -> None:
    """The names of the module docstring, each behind a cheap test (``caseless``: the text
    has no capital letter)."""
    if not caseless and text[:1].islower():
        first = _FIRST_CAPITAL.search(text)
        if first is not None and first.start() > 0:
            head = text[: first.start()]
            found: list[PiiSpan] = []
            _lowercase_names(head, found)
            # (a lower-case word must follow the name before the capitalised one)
            out.extend(s for s in found if head[s.end :].strip())
    if "if " in text or "invit" in text or "marr" in text or "dating" in text or "who" in text:
        for match in _VERB_PAIR.finditer(text):
            if not _word_start(text, match.start()):
                continue
            if _plain(match.group("a")) and _plain(match.group("b")):
                third = match.group("c")
                end = match.end("c") if third and _plain(third) else match.end("b")
                out.append(PiiSpan(match.start("a"), end, PERSON))
    if " to" in text and _TOLD_GATE.search(text) is not None:
        for match in _TOLD_TO.finditer(text):
            if _word_start(text, match.start()) and _plain(match.group("a")):
                out.append(PiiSpan(match.start("a"), match.end("a"), PERSON))
    if caseless and _ROLE_GATE.search(text) is not None:
        for match in _ROLE_LOWER.finditer(text):
            if _word_start(text, match.start()) and _plain(match.group("a")):
                out.append(PiiSpan(match.start("a"), match.end("a"), PERSON))
    if " for" in text and " to " in text and ("th" in text or "ty " in text):
        for match in _THANKS_FOR.finditer(text):
            if _plain(match.group("a").lower()):
                out.append(PiiSpan(match.start("a"), match.end("a"), PERSON))
