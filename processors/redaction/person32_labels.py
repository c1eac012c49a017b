"""(Stop 32) A person label's value typed in lower case (``Name: arlindo albernaz``, ``Account
holder: abdirahman tesfaye``, ``Ship to:\\natieno kariuki``, ``Patient: vaidyanathan,
bhavik``): forms are often filled in lower case, and the label rules wanted capitals. The
tuning halves with only their names lower-cased lost most such values.

The label names the value a person, so the words need only be name-like: one to four words
(particles aside), none a stop word, a chat word or a placeholder value ("tbd", "none"),
each a listed given name or a word of no English list, and one of them of no English list
at all ("test user", "see below" stay).

(Stop 38) A value in capitals (``Name: NADINE WHITFIELD`` on a tax form) of two to four
words, one of them a listed given name of no English list: its surname may be an English
word ("whitfield"), which the value's capitals no longer tell from a name.
"""

from __future__ import annotations

from typing import Final

from processors.redaction.lexicon import NAME_PARTICLES, first_names, is_english, stop_words
from processors.redaction.name_cue_words import CHAT_WORDS
from processors.redaction.name_word_lists import NOT_NAME_VALUES
from processors.redaction.person11_recall_words import listed_given

__all__ = ["capital_label_value", "lower_label_value"]

_MAX_WORDS: Final = 4


def lower_label_value(value: str) -> bool:
    """Whether ``value`` (a label's value, all in lower case) reads as a person's name."""
    if not value.islower():
        return False
    words = [w for w in value.replace(",", " ").split() if w not in NAME_PARTICLES]
    if not 0 < len(words) <= _MAX_WORDS:
        return False
    unlisted = False
    for word in words:
        bare = word.rstrip(".")
        if len(bare) < 2 or not _name_like(bare):
            return False
        # (stop 33: a hyphened word is English only when every part is, "saint-fleur" aside)
        parts = bare.split("-")
        english = all(is_english(part) for part in parts) if len(parts) > 1 else is_english(bare)
        if english and bare not in first_names():
            return False
        unlisted = unlisted or not english
    return unlisted


def capital_label_value(value: str) -> bool:
    """(Stop 38) Whether ``value`` (a label's value, all in capitals) reads as a full name."""
    if not value.isupper():
        return False
    words = [w for w in value.lower().replace(",", " ").split() if w not in NAME_PARTICLES]
    if not 2 <= len(words) <= _MAX_WORDS:
        return False
    for word in words:
        if not _name_like(word):
            return False
    return any(listed_given(word) for word in words)


def _name_like(word: str) -> bool:
    """``word`` (lower case) may be a word of a name: no stop word, chat word or placeholder
    value, letters only (a hyphen and an apostrophe aside)."""
    return not (
        word in stop_words()
        or word in CHAT_WORDS
        or word in NOT_NAME_VALUES
        or not word.replace("-", "").replace("'", "").isalpha()
    )
