"""Number-first anchors ("number + name + type", US/UK style: ``221B Baker Street``), a unit
or block written before the number, and the evidence a house-number anchor must show.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.address_cues import cued
from processors.redaction.address_evidence import postcode_evidence
from processors.redaction.address_vocabulary import has_street_word
from processors.redaction.lexicon import common_words

__all__ = ["NUM_ANCHOR", "NUM_ANCHOR_ASCII", "UNIT_BEFORE", "block_start", "has_evidence"]

# Look-behinds placed after a first consumed character let the regex engine skip to candidate
# characters instead of evaluating the look-behind at every position (same matches).
NUM_ANCHOR: Final = re.compile(
    r"\d(?<![\w.:/+#$€£-]\d)(?<!\d,\d)(?<!\d \d)\d{0,5}[A-Za-z]?"
    r"(?= (?:\d{1,5}[A-Za-z]? )?[^\W\d_])"
)
NUM_ANCHOR_ASCII: Final = re.compile(
    NUM_ANCHOR.pattern, re.ASCII
)  # the same in ASCII text, cheaper


# A unit written before the house number belongs to the address ("Flat 3, 12 High Street").
UNIT_BEFORE: Final = re.compile(
    r"(?i)\b(?:flat|apt\.?|apartment|unit|suite|ste\.?|room|floor|blk|block) ?#?\d{1,5}[a-z]?,? $"
)
# (stop 40: with the lot before it, Philippine style: "lot 7 blk 21, kamuning lane")
_BLOCK_BEFORE: Final = re.compile(r"(?i)\b(?:lot \d{1,4}[a-z]?,? )?(?:blk|block)\.? $")


_NUMBER_AFTER_WORD: Final = re.compile(r"([^\W\d_]{2,})\.? \d{1,5}\b")
# (stop 24) A number after one of these words is a count, a ratio or a range, not the end of an
# address: "83 out of 100", "3 of 5 stars", "4 in 10", "2 to 3 days", "9 per 1000".
_RATIO_WORDS: Final = frozenset(["of", "in", "to", "per", "from", "by", "and", "or", "than", "vs"])
_CAPITAL_WORD: Final = re.compile(r"\S+ [^\W\d_a-z]")
# "97299 65 Annfield Rd": two numbers, then a street name (not "1 800 FLOWERS").
# A four- or five-digit postcode before one capitalised word and at most one lower-case word
# (two capitalised words may be a street without its number's town: "8800 Turnpike Circle").
_POSTCODE_AND_TOWN: Final = re.compile(r"\d{4,5} [A-Z][^\W\d_]+(?: [a-z]+)?")
_TWO_NUMBERS: Final = re.compile(r"\d+[A-Za-z]? \d+[A-Za-z]? (?:[^\W\d_][^\W\d_A-Z]|[^\W\d_A-Z])")


def has_evidence(text: str, start: int, span: str) -> bool:
    if has_street_word(span) or _TWO_NUMBERS.match(span) or postcode_evidence(span):
        return True
    if "\n" in span:
        # "2 eggs\nBake 40 min": in cased text a first line of lower-case English is no street
        return not _lower_first_line(text, span)
    # "Max 90 size 44" or "2 items, ETA 3" are not addresses: a number after a word counts
    # only when the word after the house number is capitalised (or the text is caseless).
    if (_CAPITAL_WORD.match(span) or text.islower()) and any(
        number.group(1).lower() not in _RATIO_WORDS for number in _NUMBER_AFTER_WORD.finditer(span)
    ):
        return True
    # The cue look-back is the most expensive test, so it runs last. (Stop 30) A postcode and
    # a town after the cue are a locality, no street ("deliveries to 10115 Berlin paused").
    return not _POSTCODE_AND_TOWN.fullmatch(span) and cued(text, start)


def _lower_first_line(text: str, span: str) -> bool:
    words = span.split("\n", 1)[0].split()[1:]
    return (
        bool(words)
        and not text.islower()
        and all(w.islower() and w.isalpha() and w in common_words() for w in words)
    )


def block_start(text: str, start: int) -> int:
    """Where a block written right before the number at ``start`` starts, with the lot before
    it ("Blk 32 Ang Mo Kio Avenue 6": the number is the block's; "lot 7 blk 21, kamuning
    lane"), or ``start``. (Speed: "bl" stands in the last seven characters of every match,
    "block. " being the longest tail.)"""
    if "bl" not in text[max(0, start - 7) : start].lower():
        return start
    block = _BLOCK_BEFORE.search(text, max(0, start - 18), start)
    return start if block is None else block.start()
