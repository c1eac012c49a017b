"""Lone given names placed where the sentence shape says "person", without capital letters.

Four shapes, each needing a listed given name (``first_names``) that is not common English:

* the whole text is the name: a search for ``anahit`` or ``Tigran``;
* the name opens a message and speaks to someone: ``dimitra can u grab the keys``,
  ``luka, are you there``;
* a name (given name, optional initial, surname) signs off after a dash at the end:
  ``Superb. - anahit n. bekele``;
* the user of a log line as a key: ``rhost=198.51.100.7 user=yannis``.

Capitalised names in these places are mostly found by :mod:`processors.redaction.names`
already; these rules add the lower-case and the lone forms.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, first_names, stop_words
from processors.redaction.name_cue_words import CHAT_WORDS
from processors.redaction.name_words import plain_name_word
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.word_memo import WordMemo

__all__ = ["find_cued_names"]

_WORD: Final = r"[^\W\d_]+(?:-[^\W\d_]+)?"
_WHOLE: Final = re.compile(rf"\s*({_WORD})[.!?]*\s*")
_VOCATIVE: Final = re.compile(
    rf"({_WORD})(?:,| \u2014| -| \u2013)? (?=(?:can|could|would|pls|please|are|r|did|do|u|you"
    r"|where|when|have|got|need|call|text|lmk|dont|im|ur|ignore"
    # (stop 42) "Chotu why does the seed fixture ...", "vinh was that you on the bastion"
    # (not a search's "how to": "verbena how to spot fake")
    r"|why|what|how(?! to\b)|was that|is that|were you)\b)"
)
# (Stop 42) A question right after a capitalised word that opens the text: it speaks to someone
# even when no list holds the name ("Hamoudi why does ...").
_QUESTION_AFTER: Final = re.compile(
    r" (?:(?:why|what|how(?! to\b)|where|when) [a-z]"
    r"|(?:did|can|could|would) (?:you|u|i|we|someone|anyone)\b)"  # (not "can be None")
)
_DASH_SIGNATURE: Final = re.compile(
    rf"(?:^|\s)(?:--?|\u2014|\u2013) ?(?P<name>(?P<given>{_WORD})(?: [^\W\d_]\.?)?(?: {_WORD})?)"
    r"[.!]*\s*$"
)
_MAX_WORD: Final = 24  # the longest given name the opener rule looks at
_MAX_SIGNATURE: Final = 48  # characters from the dash to the end of the text
# The last dash of the text followed by a word (the regex engine skips to dashes).
_TAIL_DASH: Final = re.compile(r"[-\u2014\u2013] ?[^\W\d_][^-\u2014\u2013]*$")
_LOG_KEY_USER: Final = re.compile(rf"\b(?:user|username|login|uid)=({_WORD})(?=$|[\s,;])")


def _is_given(word: str) -> bool:
    lower = word.lower()
    return lower in first_names() and lower not in common_words()


_GIVEN: Final = WordMemo(_is_given, maxsize=4096)


def _is_unlisted_opener(word: str) -> bool:
    # (One letter is no name here: "i need help", "k call me" open caseless chat with a
    # pronoun or a chat word; an initial stands before a surname, which this rule never takes.)
    return len(word) > 1 and word.isalpha() and plain_name_word(word) and word not in CHAT_WORDS


_UNLISTED_OPENER: Final = WordMemo(_is_unlisted_opener, maxsize=4096)


def _sentence_openers(text: str, found: list[PiiSpan]) -> None:
    """A name that opens a later sentence of caseless chat and speaks to someone."""
    dot = text.find(". ")
    while dot >= 0:
        start = dot + 2
        space = text.find(" ", start)
        if 0 < space - start <= _MAX_WORD:
            word = text[start:space].rstrip(",")
            if _GIVEN[word] or _UNLISTED_OPENER[word]:
                opener = _VOCATIVE.match(text, start)
                if opener:
                    found.append(PiiSpan(start, opener.end(1), PERSON))
        dot = text.find(". ", start)


def find_cued_names(text: str) -> list[PiiSpan]:
    """Spans of the four shapes in the module docstring."""
    found: list[PiiSpan] = []
    # Cheap string tests first: almost no text is one word or opens with a given name.
    space = text.find(" ")
    if space < 0 or (text[-1].isspace() and not text[space:].strip()):
        # (the cached word test first: "checkout" needs no regex)
        if _GIVEN[text.strip().rstrip(".!?")]:
            whole = _WHOLE.fullmatch(text)
            if whole and _GIVEN[whole.group(1)]:
                found.append(PiiSpan(whole.start(1), whole.end(1), PERSON))
        return found
    if (
        0 < space <= _MAX_WORD
        and (
            # (a listed name that is also chat shorthand opens caseless chat as shorthand:
            # "imo please dont buy this", "irl can we meet")
            (
                _GIVEN[text[:space].rstrip(",")]
                and not (text.islower() and text[:space] in CHAT_WORDS)
            )
            # (set 7) an unlisted word that is no English or chat word, in caseless chat:
            # "wayra ur mic is muted"
            or (text.islower() and _UNLISTED_OPENER[text[:space].rstrip(",")])
            # (set 8) or before a dash: "Nadeesha \u2014 can you call ..."
            or (
                text.startswith((" \u2014 ", " - ", " \u2013 "), space)
                and _UNLISTED_OPENER[text[:space]]
            )
            # (stop 42) or before a question: "Chotu why does the seed fixture ..."
            # (a question mark in the text: "Enum can be subclassed" states, asks no one)
            or (
                text[:1].isupper()
                and "?" in text
                and _QUESTION_AFTER.match(text, space) is not None
                and _UNLISTED_OPENER[text[:space]]
            )
        )
    ):
        opener = _VOCATIVE.match(text)
        if opener:
            found.append(PiiSpan(0, opener.end(1), PERSON))
    if ". " in text and text.islower():  # (set 7) "sry wrong chat lol. stoyan ignore that"
        _sentence_openers(text, found)
    # A signature ends the text with a dash and a word ("- anahit"), not a number ("-4567").
    if "-" in text or "\u2014" in text or "\u2013" in text:
        tail_start = len(text) - _MAX_SIGNATURE if len(text) > _MAX_SIGNATURE else 0
        if _TAIL_DASH.search(text, tail_start) is not None:
            signature = _DASH_SIGNATURE.search(text, tail_start)
            if signature and _GIVEN[signature.group("given")]:
                rest = signature.group("name")[len(signature.group("given")) :].split()
                if not any(word.lower() in stop_words() for word in rest):
                    start, end = signature.span("name")
                    found.append(PiiSpan(start, end, PERSON))
    if "=" in text:
        for user in _LOG_KEY_USER.finditer(text):
            if _GIVEN[user.group(1)]:
                found.append(PiiSpan(user.start(1), user.end(1), PERSON))
    return found
