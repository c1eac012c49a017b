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
_PERSON_VERBS = ("invited", "invite", "inviting", "if", "marry", "married", "dating", "dated")
_VERB_PAIR = re.compile(
    r"(?<![\w'\u2019-])(?:" + "|".join(_PERSON_VERBS) + rf") (?P<a>{LOW_WORD}) (?P<b>{LOW_WORD})"
    r"(?=$|[\s,.!?;:])"
)
_THANKS_FOR = re.compile(
    rf"(?i:thanks|thank you|thx|ty) to (?P<a>{LOW_WORD}|[{UP}][a-z\u00df-\u00ff]+) for\b"
)


def _plain(word: str) -> bool:
    return word not in CHAT_WORDS and all(plain_name_word(p) for p in word.split("-"))


def lower_names(text: str, out: list[PiiSpan]) -> None:
    """The names of the module docstring, each behind a cheap test."""
    if text[:1].islower() and not text.islower():
        first = _FIRST_CAPITAL.search(text)
        if first is not None and first.start() > 0:
            head = text[: first.start()]
            found: list[PiiSpan] = []
            _lowercase_names(head, found)
            # (a lower-case word must follow the name before the capitalised one)
            out.extend(s for s in found if " " in head[s.end :].strip())
    if "if " in text or "invit" in text or "marr" in text or "dat" in text:
        for match in _VERB_PAIR.finditer(text):
            if _plain(match.group("a")) and _plain(match.group("b")):
                out.append(PiiSpan(match.start("a"), match.end("b"), PERSON))
    if " to " in text and " for" in text:
        for match in _THANKS_FOR.finditer(text):
            if _plain(match.group("a").lower()):
                out.append(PiiSpan(match.start("a"), match.end("a"), PERSON))
