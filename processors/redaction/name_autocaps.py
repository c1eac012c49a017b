"""(Stop 32) Chat typed in lower case on a phone: the keyboard capitalises the first letter of
each sentence and the word "I", and nothing else ("Lmk if juvencio still needs the key. Thx").

The name rules read such text as capitalised text, where a lower-case name is no name: on
the tuning halves lower-cased with their first letter capitalised, person recall fell from
0.79 (all lower case) to 0.39. :func:`autocapitalised_lowered` gives the text with those
capitals lowered (same offsets), which the rules read as the caseless chat it is, when the
text bears a mark of chat ("!", "?", an emoji, a word of chat shorthand: "lmk", "u", "ok"):
prose and documentation with capitals only at their sentences' starts read as chat would
give their identifiers and word pairs to the caseless rules ("Input line, begidx and endidx
made it"). (Stop 36) Prose without such a mark is read so too when it holds a listed given
name of no English list, and keeps only the names of that reading that hold one
(:func:`autocapitalised_prose`, names.find_names).
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import first_names
from processors.redaction.name_cue_words import CHAT_WORDS
from processors.redaction.person11_recall_words import listed_given
from processors.redaction.substrings import holds_any, lower_words

__all__ = [
    "autocapitalised_lowered",
    "autocapitalised_prose",
    "holds_listed_given_name",
    "marked_as_chat",
]

_SENTENCE_ENDS: Final = ".!?\n"
_CUES: Final[tuple[str, ...]] = (". ", "! ", "? ", "\n", "I ", "I'", "I\u2019")
# In ASCII text the characters that are isupper() or istitle() are "A" to "Z", and those that
# are islower() "a" to "z": the loop of autocapitalised_lowered called three string methods
# on each character before its first capital that opens no sentence; the regex finds the
# capitals in one C scan (same capitals, in order, so the same first one that fails).
_ASCII_CAPITAL: Final = re.compile("[A-Z]")
_ASCII_LOWER: Final = re.compile("[a-z]")


def autocapitalised_lowered(text: str) -> str | None:
    """``text`` with the capitals a phone keyboard adds lowered, when those are its only
    capitals (a sentence's first letter, the word "I"), else None; None for caseless text.
    Only for a text marked as chat (see marked_as_chat; the prose branch is
    :func:`autocapitalised_prose`)."""
    lowered = _keyboard_lowered(text)
    return lowered if lowered is not None and marked_as_chat(lowered) else None


# A key, its mark and the first character of a value: "Recipient=\"orrinda", "Watchers: chun"
# (not "::", "=``" or "n'=m" of prose about code).
_KEY_VALUE: Final = re.compile(r"(?<![\w'])[A-Za-z][\w-]{1,24}(?::|=)(?![:=])[ \t]*[\w\"'\[{(<+]")


def autocapitalised_prose(text: str) -> str | None:
    """(Stop 36) ``text`` lowered as :func:`autocapitalised_lowered` lowers it, for a text with
    no mark of chat that holds a listed given name which is no English word ("Cardholder jordi
    de la fuente disputes ...", "I spoke with jovica cedilnik and ...", also "Gregory
    kudryashov's ...": the keyboard capitalised the sentence's first word): names typed in
    lower case in prose whose sentences a keyboard capitalised; or (stop 37) for such a text
    that is a record (:func:`structured_text`: "Guest list:\n- imogen dunleavy\n- le bihan,
    hope"), whose names need no listed given name. Else None."""
    # (speed: the keyboard's capitals first, which autocapitalised_lowered has just read on
    # the same text at both calls, names.find_names and the re-scan guard: most texts have
    # other capitals and end here, before a set lookup of each of their words)
    lowered = _keyboard_lowered(text)
    if lowered is None or not (holds_listed_given_name(text) or structured_text(text)):
        return None
    return None if marked_as_chat(lowered) else lowered


def structured_text(text: str) -> bool:
    """(Stop 37) A record rather than prose: several lines, or a key and its value ("Guest
    list:\n- ...", "Recipient=... email=...", "Attendees: ..."), not a colon that ends a
    sentence or opens an explanation."""
    return "\n" in text or _KEY_VALUE.search(text) is not None


def holds_listed_given_name(text: str) -> bool:
    """A word of ``text``, split at white space and read in lower case, is a listed given name
    of no English list (:func:`person11_recall_words.listed_given`)."""
    given = first_names()
    for word in lower_words(text):  # noqa: SIM110 (compiled: a plain loop)
        # (speed: one set lookup for most words before the call; this gate reads every word
        # of cased text)
        if word in given and listed_given(word):
            return True
    return False


class _LastLowered:
    """The last text :func:`_keyboard_lowered` read and its answer, as one pair (speed: it is
    asked twice of most texts, by autocapitalised_lowered and autocapitalised_prose)."""

    def __init__(self) -> None:
        self.pair: tuple[str, str | None] = ("", None)


_LAST_LOWERED: Final = _LastLowered()


def _keyboard_lowered(text: str) -> str | None:
    """``text`` with its keyboard's capitals lowered (see autocapitalised_lowered), ignoring
    chat marks, or None."""
    last = _LAST_LOWERED.pair
    if last[0] == text:
        return last[1]
    lowered = _lowered_by_keyboard(text)
    _LAST_LOWERED.pair = (text, lowered)
    return lowered


def _lowered_by_keyboard(text: str) -> str | None:
    """:func:`_keyboard_lowered` of ``text``, read anew."""
    rest = text[1:]
    if rest.islower():  # (the common case: only the first letter may be a capital)
        first = text[:1]
        if not first.isupper() or len(first.lower()) != 1:
            return None
        lowered = first.lower() + rest
    else:
        if not rest or not holds_any(text, _CUES):
            return None
        if text.isascii():  # (speed: a scan finds the capitals, see _ASCII_CAPITAL)
            for match in _ASCII_CAPITAL.finditer(text):
                at = match.start()
                if not (_opens_sentence(text, at) or _lone_i(text, at)):
                    return None
            lower_seen = _ASCII_LOWER.search(text) is not None
        else:
            lower_seen = False
            for at, char in enumerate(text):  # (speed: no copy until every capital is known)
                if char.isupper() or char.istitle():
                    if not (_opens_sentence(text, at) or _lone_i(text, at)):
                        return None
                elif char.islower():
                    lower_seen = True
        lowered = text.lower()
        if not lower_seen or len(lowered) != len(text):
            return None
    return lowered


def marked_as_chat(lowered: str) -> bool:
    """``lowered`` (a text in lower case) holds "!", "?", an emoji or a word of chat shorthand."""
    if "!" in lowered or "?" in lowered or max(lowered) > "\uffff":
        return True
    for word in lowered.split():  # noqa: SIM110 (compiled: a plain loop)
        if word.strip(".,;:)(") in CHAT_WORDS:
            return True
    return False


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_ENDS


def _lone_i(text: str, at: int) -> bool:
    """The word "I" ("I told", "I'm"), not the initial of "I. Smith" or a word."""
    if text[at] != "I" or (at > 0 and text[at - 1].isalnum()):
        return False
    after = text[at + 1 : at + 2]
    return after in ("", " ", "'", "\u2019", ",")
