"""Stop 24: a sentence's first word that is an English word with an affix is no name.

A capital at the start of a sentence says nothing, and ticket and review text often opens with
a verb nobody lists among the 40,000 most frequent English words because it carries an affix:
"Reinstalled the app", "Preordered the blue one", "Screenshotted the error", "Decodes the
input". The name rules take such a word for a lone name. :func:`derived_opener` tells
:func:`~processors.redaction.person_neg_contexts.drop_lookalike_persons` to drop a one-word
person span that opens a sentence when the word is a listed English word with a prefix (re-,
un-, pre-, ...) or an inflection (-s, -ed, -ing, -ize) that English adds, and no listed given
name or surname.

Agent suffixes (-er: Fisher, Tucker) and "de-" (DeRose, Declan) are left out on purpose: they
make real surnames. On the tuning corpora 63 of 15,328 gold name words have one of the
affixes above or those; none of the kept ones opens a sentence alone.
"""

from __future__ import annotations

from typing import Final

from processors.redaction.lexicon import (
    first_names,
    is_english,
    surname_words,
)
from processors.redaction.person13_keys import quoted_person_value

__all__ = ["derived_english", "derived_opener"]

_PREFIXES: Final[tuple[str, ...]] = (
    "re",
    "un",
    "pre",
    "over",
    "under",
    "mis",
    "non",
    "sub",
    "multi",
    "inter",
    "out",
)
_INFLECTIONS: Final[tuple[str, ...]] = (
    "s",
    "es",
    "ed",
    "ing",
    "ize",
    "ise",
    "ized",
    "ised",
    "izes",
    "ises",
    "izing",
)
_MIN_BASE: Final = 4  # letters a base needs: "re" + "set" or "dec" + "odes" prove nothing
_SENTENCE_ENDS: Final = ".!?:;\n"


def derived_opener(text: str, start: int, end: int) -> bool:
    """The person span ``text[start:end]`` is one affixed English word opening a sentence
    (see the module docstring)."""
    if not text[start].isupper():
        return False
    word = text[start:end]
    if not word.isalpha() or not _opens_sentence(text, start) or quoted_person_value(text, start):
        return False
    lower = word.lower()
    return lower not in first_names() and lower not in surname_words() and derived_english(lower)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'(*-\u2022")
    return not before or before[-1] in _SENTENCE_ENDS or "\n" in text[len(before) : start]


def derived_english(lower: str) -> bool:
    """True when the lower-case ``lower`` is no listed English word but a listed one with an
    English prefix or inflection (a doubled final consonant or a dropped "e" allowed)."""
    if is_english(lower):
        return False
    for prefix in _PREFIXES:
        if lower.startswith(prefix) and len(lower) - len(prefix) >= _MIN_BASE:
            rest = lower[len(prefix) :]
            if is_english(rest) or _inflected(rest):
                return True
    return _inflected(lower)


def _inflected(lower: str) -> bool:
    for suffix in _INFLECTIONS:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= _MIN_BASE:
            base = lower[: -len(suffix)]
            if is_english(base) or is_english(base + "e"):
                return True
            if len(base) > _MIN_BASE and base[-1] == base[-2] and is_english(base[:-1]):
                return True  # "screenshotted", "shipping"
    return False
