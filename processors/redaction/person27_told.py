"""(Stop 27) A lower-case word that is no English or common word, right after a verb of telling
or asking and before what was told ("i told jhun the party's at ...", "asked wanderley if",
"pinged cleide about it"), is a person's name.

The caseless rules take a lone name only when it is a listed given name, and chat is full of
names no list holds. The verb before and the clause after leave a person as the only reading;
the word must also pass the caseless name-word checks (no English suffix, no chat word).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, english_words, stop_words
from processors.redaction.name_words import _uncommon
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.substrings import FiredGates, lower_words

__all__ = ["may_tell", "told_after_redaction", "told_names"]

_FIRED: Final = FiredGates()  # (may_tell's last text: see told_after_redaction)

_VERBS: Final = ("told", "tell", "asked", "ask", "texted", "messaged", "pinged", "reminded",
          "remind", "warned", "warn",
          # (stop 28) "can u ring emerald back?", "can someone send amaka ekpo the deposit?"
          "ring", "send", "sent", "pay", "paid", "call", "text", "email", "ping")  # fmt: skip
_AFTER_NAME: Final = (
    r"(?=,| (?:the|that|about|abt|if|whether|we|i|you|u|she|he|they|it|to|not|our|my|his|her"
    r"|when|where|what|how|back)\b)"
)
_TOLD: Final = re.compile(
    r"(?<![\w'\u2019])(?:" + "|".join(_VERBS) + r") "
    r"([^\W\d_A-Z\u00c0-\u00de][^\W\d_]{2,}(?:-[^\W\d_]+)?)"
    # (stop 28) a surname may follow: "i told adaora onwuachi to text me"
    r"(?: ([^\W\d_A-Z\u00c0-\u00de][^\W\d_]{2,}(?:-[^\W\d_]+)?))?" + _AFTER_NAME
)
_ENDS_THE_NAME: Final = re.compile(_AFTER_NAME)
# Chat words that stand where a name would ("told yall the", "asked everyone about").
# (speed) A verb of _TOLD is followed by a space: it ends a word of the text (after punctuation,
# "(told"); a set lookup of each word's last three letters comes first.
_VERB_ENDS: Final = tuple(_VERBS)
_VERB_TAILS: Final = frozenset(verb[-3:] for verb in _VERBS)
_VERBS_THEN_SPACE: Final = tuple((verb, verb + " ") for verb in _VERBS)
_CHAT_OBJECTS: Final = frozenset(["yall", "ya", "em", "everyone", "everybody", "peeps", "bestie"])


def may_tell(text: str) -> bool:
    """False only when :func:`told_names` certainly finds nothing: a lower-cased word of the
    text ends in a verb of _TOLD, and the text holds that verb as written (in lower case, as
    _TOLD wants it) before a space ("Call me" or "Text:" alone does not pass)."""
    for word in lower_words(text):
        if word[-3:] in _VERB_TAILS and word.endswith(_VERB_ENDS) and _verb_as_written(text, word):
            _FIRED.note(text, 1)
            return True
    _FIRED.note(text, 0)
    return False


def _verb_as_written(text: str, word: str) -> bool:
    """Whether ``text`` holds a verb of _TOLD that ``word`` ends in, followed by a space."""
    for verb, verb_then_space in _VERBS_THEN_SPACE:
        if word.endswith(verb) and verb_then_space in text:
            return True
    return False


def told_after_redaction(text: str, source: str | None) -> bool:
    """Whether :func:`told_names` finds a name in ``text`` (behind :func:`may_tell`), where
    ``source`` (when not None) is a text that ``text`` is with some spans replaced by
    placeholders (speed: the re-scan guard). False at once when may_tell last read ``source``
    and said no: a word of ``text`` that ends in a verb ends in letters redaction kept, so a
    word of ``source`` ends in it too."""
    if _FIRED.fired_for(source) == 0:
        return False
    return may_tell(text) and bool(told_names(text))


def told_names(text: str) -> list[PiiSpan]:
    """The names of the module docstring."""
    found: list[PiiSpan] = []
    for match in _told_matches(text):
        if not _told_word(match.group(1)):
            continue
        surname = match.group(2)
        if surname is not None and _told_word(surname):
            end = match.end(2)
        elif surname is None or _ENDS_THE_NAME.match(text, match.end(1)) is not None:
            end = match.end(1)
        else:
            continue  # the word after the name is neither a surname nor what was told
        found.append(PiiSpan(match.start(1), end, PERSON))
    return found


def _told_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_TOLD.finditer(text)``, tried only where a verb of _TOLD then a space
    stands (speed: the pattern opens with a look-behind and twenty verbs, which the regex
    engine tries at every position). Every match starts at such a place, so trying them in
    order and going on after each match's end finds what finditer finds (a match at a place
    still sees the character before it)."""
    starts: list[int] = []
    for _, verb_then_space in _VERBS_THEN_SPACE:
        at = text.find(verb_then_space)
        while at >= 0:
            starts.append(at)
            at = text.find(verb_then_space, at + 1)
    starts.sort()
    matches: list[re.Match[str]] = []
    resume = 0
    for at in starts:
        if at < resume:
            continue
        match = _TOLD.match(text, at)
        if match is not None:
            matches.append(match)
            resume = match.end()
    return matches


def _told_word(word: str) -> bool:
    return (
        word.islower()
        and word not in english_words()
        and word not in common_words()
        and word not in stop_words()
        and word not in _CHAT_OBJECTS
        and _uncommon(word)
    )
