"""Person rules kept because they fix errors in several corpora (round 12, "cross").

``cross12(text, spans)`` (hooked at the end of ``names.find_names``, before the look-alike
filter) applies three rules; ``may_cross12(text)`` is its exact prefilter for
``names.may_contain_names`` (only the possessive and capitals rules add spans where there were
none).

1. Possessive of a lower-case name word (``brb, tsetseg's at the door``): a lower-case word
   directly before ``'s`` that no English list holds (neither the common words nor the
   English lexicon, which also lists brands and places) is a person, unless punctuation or
   an eponym's noun follows (``parkinson's,``, ``crohn's disease``). Capitalised possessives
   are left to the other rules: eponyms and brands (``Crohn's``, ``Wendy's``) are the
   look-alikes' staple.
2. Boundaries: a person span does not begin or end with a particle when a name word of its
   own case stands beside it (``joost van der linde``, ``iain mac giolla``), and a lower-case
   span takes in a next word spelt with a letter beyond ASCII that is no English word even
   without its accents (``guadalupe echeverría sepúlveda``, not ``bogotá``). A name word is a
   word of no English list (listed given names are in none).
3. Two to four words in capitals that open a run and are in no English list
   (``person12_caps``: ``AUMA AHIMBISIBWE HUNG UP``).

Text that holds a placeholder (``<PERSON>``) is redacted text: nothing is added to it.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import NAME_PARTICLES, english_words, is_english
from processors.redaction.name_cue_words import CHAT_WORDS
from processors.redaction.person11_recall_words import ROLES, TITLES
from processors.redaction.person12_caps import caps_unknown_names, folded, may_have_caps_run
from processors.redaction.spans import PiiSpan, holds_placeholder

__all__ = ["cross12", "may_cross12"]

# A word of letters right before a possessive 's (not inside an address, handle or URL).
_POSSESSIVE: Final = re.compile(r"(?<![\w@./'\u2019-])([^\W\d_]{3,})['\u2019]s\b")
# Nouns after an eponym's possessive (own curated list: conditions, laws and methods named
# after people, which the look-alike corpora hold in every case: "crohn's disease").
_EPONYM_HEADS: Final = frozenset(
    ["disease", "syndrome", "palsy", "sign", "law", "laws", "theorem", "algorithm", "method",
     "principle", "razor", "paradox", "constant", "equation", "rule", "test", "effect",
     "phenomenon", "ulcer", "lymphoma", "sarcoma", "disorder", "tumour", "tumor", "cycle"]
)  # fmt: skip
# The word after a possessive (or a contracted "is"): one lower-case word, after one space.
_NEXT_WORD: Final = re.compile(r" ([a-z]+)\b")
_HEADS: Final = frozenset(w.lower() for w in [*TITLES, *ROLES])


def _english(word: str) -> bool:
    """True when ``word`` (any case) is an English word, a title or chat shorthand."""
    low = word.lower()
    return is_english(low) or low in CHAT_WORDS or low in _HEADS


def _name_word(word: str) -> bool:
    """A listed given name or a word of no English list (letters only, 2+)."""
    return len(word) >= 2 and word.isalpha() and not _english(word)


def _possessives(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    new: list[PiiSpan] = []
    for match in _POSSESSIVE.finditer(text):
        word = match.group(1)
        if not word.islower() or not _name_word(word):
            continue
        after = _NEXT_WORD.match(text, match.end())
        if after is None or after.group(1) in _EPONYM_HEADS:
            continue  # ("parkinson's, visiting", "crohn's disease")
        start, end = match.span(1)
        if any(s.start < end and start < s.end for s in spans):
            continue
        new.append(PiiSpan(start, end, "PERSON"))
    return new


def _style(value: str) -> str:
    if value.islower():
        return "lower"
    if value.isupper():
        return "upper"
    return "title"


def _same_style(word: str, style: str) -> bool:
    if style == "lower":
        return word.islower()
    return style == "title" and word[:1].isupper() and word[1:].islower()


_LEFT_WORD: Final = re.compile(r"(?:^|(?<=[\s\"'(\[{,]))([^\W\d_]+) $")
_RIGHT_WORD: Final = re.compile(r" ([^\W\d_]+)(?=$|[\s.,;:!?)\]}\"])")


def _extended(text: str, span: PiiSpan, ascii_text: bool) -> PiiSpan:
    start, end = span.start, span.end
    value = text[start:end]
    starts_particle = value.partition(" ")[0].lower() in NAME_PARTICLES
    ends_particle = value.rpartition(" ")[2].lower() in NAME_PARTICLES
    if not (starts_particle or ends_particle) and ascii_text:
        return span  # (speed: nothing to grow; a foreign word needs a non-ASCII letter)
    style = _style(value)
    if style == "upper" or "\n" in value:
        return span
    words = value.split(" ")
    if len(words) >= 4:
        return span
    if starts_particle and start > 1:
        # (a name does not start with a particle when a name word stands before it:
        # "joost van der linde")
        left = _LEFT_WORD.search(text, max(0, start - 40), start)
        if left is not None:
            word = left.group(1)
            if _same_style(word, style) and _name_word(word):
                start = left.start(1)
    right = None if not ends_particle and style != "lower" else _RIGHT_WORD.match(text, end)
    if right is not None and _same_style(right.group(1), style):
        word = right.group(1)
        # (a name does not end with a particle, "iain mac giolla"; a lower-case name takes
        # a third word spelt with a letter beyond ASCII that is no English word even
        # without its accents, "echeverría sepúlveda", but not "bogotá")
        foreign = style == "lower" and not word.isascii() and folded(word) not in english_words()
        if _name_word(word) and (ends_particle or foreign):
            end = right.end(1)
    if (start, end) == (span.start, span.end):
        return span
    return PiiSpan(start, end, span.entity_type)


def cross12(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with the boundaries fixed and the possessive names added (module docs).
    A grown span replaces the person candidates it holds whole; it is not grown when it
    would run into any other span. (``spans`` itself is returned when nothing changes.)"""
    if holds_placeholder(text):
        return spans
    out = spans
    ascii_text = text.isascii()
    for span in spans:
        if span.entity_type != "PERSON":
            continue
        grown = _extended(text, span, ascii_text)
        if grown is span or (out is not spans and not any(s is span for s in out)):
            continue
        inside = [s for s in out if s is not span and s.start < grown.end and grown.start < s.end]
        if any(
            s.entity_type != "PERSON" or s.start < grown.start or s.end > grown.end for s in inside
        ):
            continue  # (it would run into another span)
        out = [s for s in out if s is not span and s not in inside]
        out.append(grown)
    if "'s" in text or "\u2019s" in text:
        new = _possessives(text, out)
        if new:
            out = [*out, *new]
    for caps in caps_unknown_names(text):
        if not any(s.start < caps.end and caps.start < s.end for s in out):
            out = [*out, caps]
    return out


def may_cross12(text: str) -> bool:
    """False only when :func:`cross12` adds a span to no span list of ``text``."""
    # (speed: the placeholder test first, as the re-scan guard's text always holds one)
    if "<" in text and holds_placeholder(text):
        return False
    possessive = "'s" in text or "\u2019s" in text
    caps = may_have_caps_run(text)  # (cheap for most text: see person12_caps)
    if not (possessive or caps):
        return False
    return caps or bool(_possessives(text, []))
