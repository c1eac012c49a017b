"""Capitalised-run candidates: runs of two or more capitalised words (with initials and
particles), split at words that are no name.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from processors.redaction.lexicon import first_names
from processors.redaction.name_contexts import _product_or_place
from processors.redaction.name_words import (
    _INITIAL,
    _L,
    _PARTICLE,
    _PARTICLES,
    _TOKEN,
    _U,
    HYPHEN_PARTICLE,
    _is_name_word,
    _may_follow_given_name,
    _may_glue,
)
from processors.redaction.spans import PERSON, PiiSpan
from processors.redaction.word_memo import WordMemo

# A run after its first (capital) letter: the pattern starts with the capital, with the
# look-behind after it, so that the regex engine skips straight to capitals instead of
# evaluating the look-behind at every position. The first token is _TOKEN again.
_RUN_AFTER_CAPITAL: Final = (
    rf"(?<![\w@.+-].)(?<!\w['\u2019].)(?:['\u2019](?:IJ|{_U})|(?<=I)J)?{_L}++"
    rf"(?:-?{_U}{_L}++|-{_L}++|['\u2019]{_U}{_L}++)*"
    rf"(?: {{1,2}}(?:{_INITIAL} {{1,2}})?(?:{_PARTICLE} )*(?:{HYPHEN_PARTICLE})?{_TOKEN})+"
    rf"(?![\w@]|['\u2019]?{_L}*@)"
)
_RUN: Final = re.compile(_U + _RUN_AFTER_CAPITAL)
_INITIAL_ONLY: Final = re.compile(rf"{_U}\.?|{_L}\.?")


@functools.lru_cache(maxsize=16384)
def _kind(piece: str) -> str:
    if piece in _PARTICLES:
        return "particle"
    if _INITIAL_ONLY.fullmatch(piece):
        return "initial"
    return "name" if _is_name_word(piece) else "other"


def _classify_run_piece(word: str) -> tuple[str, bool, bool, bool]:
    """What _segments needs to know of one piece of a capitalised run, all from the word alone:
    its kind, whether it is a known given name, and (for an "other" word) whether it may be a
    surname after a given name and whether it may glue the run to a product."""
    kind = _kind(word)
    given = word.lower() in first_names()
    if kind != "other":
        return kind, given, False, False
    return kind, given, _may_follow_given_name(word), _may_glue(word)


_RUN_PIECES: Final = WordMemo(_classify_run_piece)

# Before a capitalised word, these mean it starts a sentence or a quote (it glues nothing).
_OPENERS: Final = ".!?:;\n\"'(-"


def _segments(text: str, start: int, end: int, out: list[PiiSpan]) -> None:
    """Split a capitalised run at non-name words; keep segments with >= 2 name words.

    Particles and initials join a segment but neither start nor end it.
    """
    names = 0  # name words in the current segment
    first = last = 0  # where its first name word starts and its last one ends
    after_given = False  # its last piece is a known given name
    # A capitalised common word glued to the segment ("Air Zoom Pegasus", "Le Creuset
    # Signature") makes it a product or title, unless the word is a greeting, role or title.
    glued = False
    # The pieces of a run are separated by one or two spaces (see _RUN): split(" ") yields
    # every piece and an empty string for each second space, so the cursor stays exact.
    cursor = start
    for word in text[start:end].split(" "):
        word_start = cursor
        cursor += len(word) + 1
        if not word:
            continue
        kind, given, follows_given, glues = _RUN_PIECES[word]
        if kind == "name" or (kind == "other" and follows_given and after_given):
            if not names:
                first = word_start
            names += 1
            last = cursor - 1
            after_given = given
            continue
        if kind != "other":  # a particle or an initial
            after_given = False
            continue
        glued_after = False
        if glues:
            before = text[max(0, word_start - 3) : word_start].rstrip(" ")
            glued_after = bool(before) and before[-1] not in _OPENERS
        if names >= 2 and not (glued or glued_after) and not _product_or_place(text, first, last):
            out.append(PiiSpan(first, last, PERSON))
        names = 0
        after_given = False
        glued = glued_after
    if names >= 2 and not glued and not _product_or_place(text, first, last):
        out.append(PiiSpan(first, last, PERSON))
