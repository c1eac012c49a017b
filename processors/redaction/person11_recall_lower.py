"""Set-11 person recall of lower-case names (see ``person11_recall``, which tests the
cheap necessary conditions of each finder before calling it).

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
from typing import Final

from processors.redaction.lexicon import common_words, first_names, surname_words
from processors.redaction.name_cue_words import CHAT_WORDS
from processors.redaction.name_title_words import TRADES_AFTER
from processors.redaction.name_words import unlisted_name_word
from processors.redaction.person11_recall_words import LOW_WORD, UP
from processors.redaction.spans import PERSON, PiiSpan

# Verbs (and "if") that take a person right after them. Curated by hand.
_PERSON_VERBS: Final = ("invited", "invite", "inviting", "if", "marry", "married", "dating",
                 "dated", "who's", "who\u2019s", "whos", "who is")  # fmt: skip
_VERB_PAIR: Final = re.compile(
    r"(?:" + "|".join(_PERSON_VERBS) + rf") (?P<a>{LOW_WORD}) (?P<b>{LOW_WORD})"
    rf"(?: (?P<c>{LOW_WORD}))?(?=$|[\s,.!?;:])"
)
# "told seonag to bring", "ask yangchen to": a verb of asking, a name, "to".
_TOLD_TO: Final = re.compile(rf"(?:told|tell|ask|asked|remind|reminded) (?P<a>{LOW_WORD}) to\b")
# "coach lehtonen contact": a role noun before a lower-case surname.
_ROLE_WORDS: Final = ("coach ", "nurse ", "tutor ")
_ROLE_LOWER: Final = re.compile(
    "(?:" + "|".join(w.strip() for w in _ROLE_WORDS) + rf") (?P<a>{LOW_WORD})\b(?!-)"
)
_THANKS_FOR: Final = re.compile(
    rf"(?i:thanks|thank you|ty) to (?P<a>{LOW_WORD}|[{UP}][a-z\u00df-\u00ff]+) for\b"
)


# Two or three lower-case words opening a text, then a lower-case word.
_LEADING: Final = re.compile(rf"({LOW_WORD}) ({LOW_WORD})(?: ({LOW_WORD}))?(?= [a-z\u00df-\u00ff])")


def _given_word(word: str) -> bool:
    return (word in first_names() and word not in common_words()) or unlisted_name_word(word)


def leading_name(text: str, out: list[PiiSpan]) -> None:
    """A name opening a text that has capitals further on (a search with a place name:
    "joylyn hamzah obituary funeral notice Coimbra"), read as caseless text is: a listed
    given name or a word of no English list, then a surname of no English list (or a
    listed surname that is no frequent word)."""
    match = _LEADING.match(text)
    if match is None:
        return
    first, second, third = match.group(1), match.group(2), match.group(3)
    if first in CHAT_WORDS or not _given_word(first) or not _surname_word(second):
        return
    if not (first in first_names() or second in first_names() or unlisted_name_word(first)):
        return
    # (stop 46: a trade after the name is no surname, "marcelle labrecque farrier phone")
    third_named = third and unlisted_name_word(third) and third not in TRADES_AFTER
    out.append(PiiSpan(0, match.end(3) if third_named else match.end(2), PERSON))


def _surname_word(word: str) -> bool:
    return unlisted_name_word(word) or (word in surname_words() and word not in common_words())


def _word_start(text: str, start: int) -> bool:
    """Whether ``start`` begins a word (no letter, digit, apostrophe or hyphen before it)."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "'\u2019-_")


def verb_pair_names(text: str, out: list[PiiSpan]) -> None:
    """Two or three lower-case words of no English list after a verb that takes a person."""
    for match in _VERB_PAIR.finditer(text):
        if not _word_start(text, match.start()):
            continue
        if unlisted_name_word(match.group("a")) and unlisted_name_word(match.group("b")):
            third = match.group("c")
            end = match.end("c") if third and unlisted_name_word(third) else match.end("b")
            out.append(PiiSpan(match.start("a"), end, PERSON))


def told_names(text: str, out: list[PiiSpan]) -> None:
    """A lower-case word of no English list between a verb of asking and "to"."""
    for match in _TOLD_TO.finditer(text):
        if _word_start(text, match.start()) and unlisted_name_word(match.group("a")):
            out.append(PiiSpan(match.start("a"), match.end("a"), PERSON))


def role_lower_names(text: str, out: list[PiiSpan]) -> None:
    """A lower-case word of no English list after a role noun, in caseless text."""
    for match in _ROLE_LOWER.finditer(text):
        if _word_start(text, match.start()) and unlisted_name_word(match.group("a")):
            out.append(PiiSpan(match.start("a"), match.end("a"), PERSON))


def thanks_names(text: str, out: list[PiiSpan]) -> None:
    """One word of no English list between "thanks to" and "for"."""
    for match in _THANKS_FOR.finditer(text):
        if unlisted_name_word(match.group("a").lower()):
            out.append(PiiSpan(match.start("a"), match.end("a"), PERSON))
