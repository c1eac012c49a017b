"""A third word of a lower-case name (round 13): ``thaís araújo carvalho``, ``nam chee keong``,
``parveen orrinda yazzie``, ``dagny zdeněk ter steege``.

``grow13(text, spans)`` (called by ``person13_initials.cross13``) grows a person span of
exactly two lower-case words by the lower-case word right after it when that word (each part of
a hyphenated word) is a word of no English list, three letters or more, and no chat shorthand;
or by a particle and such a word (``ter steege``). A name of three words is common (two given
names, two surnames, Chinese and Malay names) and the words of no list are the names'
hallmark; ``linkedin``, ``obituary`` or ``home`` after a name are English-list words. It only
grows spans, so it needs no prefilter. A growth that would run into another span is dropped.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import NAME_PARTICLES
from processors.redaction.name_title_words import TRADES_AFTER
from processors.redaction.name_words import unlisted_name_word
from processors.redaction.spans import PERSON, PiiSpan

__all__ = ["grow13"]

# One or two lower-case words after one space, then the end, a space or punctuation.
_NEXT: Final = re.compile(
    r" ([^\W\d_A-Z]+(?:['\u2019][^\W\d_A-Z]+)?)"
    r"(?: ([^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)?))?(?=$|[\s.,;:!?)\]}\"])"
)
# The third word must be followed by a space and a further word: a last word after a name is
# as often a place or a time (``liat dimitrov riga``, ``ask kanya naidu tmrw``).
_WORD: Final = re.compile(r" ([^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)?)(?= [^\W\d_])")


def _end_of_growth(text: str, end: int) -> int:
    """Where a grown span ends, or ``end`` when it does not grow."""
    pair = _NEXT.match(text, end)
    if pair is not None and pair.group(1) in NAME_PARTICLES:
        return pair.end(2) if pair.group(2) and unlisted_name_word(pair.group(2)) else end
    word = _WORD.match(text, end)
    if word is not None and unlisted_name_word(word.group(1)):
        # (stop 46: not a trade, "marcelle labrecque farrier phone ...")
        return end if word.group(1) in TRADES_AFTER else word.end(1)
    return end


def grow13(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with two-word lower-case person spans grown (``spans`` itself when nothing
    changes)."""
    out = spans
    size = len(text)
    for span in spans:
        if span.end >= size or text[span.end] != " " or span.entity_type != PERSON:
            continue
        value = text[span.start : span.end]
        if value.count(" ") != 1 or not value.islower() or "\n" in value:
            continue
        end = _end_of_growth(text, span.end)
        if end == span.end or any(s.start < end and span.end < s.end for s in out):
            continue
        out = [s for s in out if s is not span]
        out.append(PiiSpan(span.start, end, PERSON))
    return out
