"""(Stop 44, set 42) A user's handle is no person's name: ``<BigBrainBarista> gg all``, ``On 8
Jun 2026, FrostbyteFox wrote:``.

Chat logs, forums and game lobbies name their speakers by handles, and the rules that read a
speaker or a quoted reply's author take whatever stands there. A one-word span is a handle
when it is written in camel case, two or more parts of three letters or more
("BigBrainBarista", "FrostbyteFox"), at least one an English word that is no listed given
name (also one that is a surname: "Fox"), not all of them listed names, and the first no name
particle or prefix ("McDonald", "MacKenzie", "DeShawn", "LaToya" keep their inner capitals;
"MaryAnn", "JeanPaul" are names throughout).

A word in lower case is left alone: two English words glued (``glued_handle``) are as often a
surname ("treadwell", "strother"), which the rules that read it in its frame take.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, english_words, first_names, surname_words

__all__ = ["handle_word"]

_PARTS: Final = re.compile(r"[A-Z][a-z]+")
_CAMEL: Final = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")
# Prefixes of names written with an inner capital (our own list).
_NAME_PREFIXES: Final = frozenset(
    ["mc", "mac", "de", "di", "da", "la", "le", "van", "von", "fitz", "del", "della", "st"]
)


def handle_word(value: str) -> bool:
    """Whether the one-word span ``value`` is a handle (see the module docstring)."""
    if _CAMEL.fullmatch(value) is None:
        return False
    parts = [part.lower() for part in _PARTS.findall(value)]
    if parts[0] in _NAME_PREFIXES:
        return False
    given, surnames = first_names(), surname_words()
    if all(part in given or part in surnames for part in parts):
        return False
    # (an English word: the 40,000-word list leaves out words that are Faker names, "fox")
    english = english_words()
    return any(
        (part in english or part in surnames or part in common_words()) and part not in given
        for part in parts
    )
