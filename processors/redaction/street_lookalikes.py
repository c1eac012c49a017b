"""Street-shaped names that are no address (set 10 round).

A number, a road word and an English noun names goods (``2 Road Bikes``). A firm named after its
street and number, ``5 Main Street Capital``, ``100 Pine Street
Partners``, ``12 Wall Street Holdings LLC``, reads like an address up to its last word: a word
of company names right after the road word makes the whole a name, and no address is reported.
(Stop 38) A UPS tracking number written in groups (``1Z DFD 720 33 9354 1567``) reads as a
house number "1Z" before a street name.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, first_names
from processors.redaction.lookalikes import UPS_HEAD

# Words that end company names (legal forms and the trade words of funds, banks and media), the
# common English ones of the SEC's and Companies House's name lists; "Co." is left out (it is
# also an Irish county: "Co. Kerry").
_FIRM_WORDS: Final = frozenset(
    ["capital", "partners", "holdings", "group", "bank", "bancorp", "ventures", "advisors",
     "advisers", "associates", "investments", "securities", "fund", "funds", "management",
     "llc", "llp", "inc", "ltd", "corp", "corporation", "company", "trust", "equity",
     "financial", "journal", "records", "productions", "studios", "media", "brands"]
)  # fmt: skip
_ROAD_FIRST: Final = frozenset(["road", "street", "avenue", "lane", "drive", "way"])
# Road words that may follow a road word in a street's name ("5 Avenue Road", "Street Lane").
_ROAD_NAMES: Final = frozenset(
    ["road", "street", "avenue", "lane", "drive", "way", "close", "court", "place", "terrace",
     "hill", "park", "gardens", "grove", "square", "crescent", "row", "walk", "end"]
)  # fmt: skip
_ROAD_THEN_WORD: Final = re.compile(
    r"(?i)\b(?:street|st|road|rd|avenue|ave|lane|boulevard|blvd|drive|place|square|way"
    r"|court|terrace|plaza|park)\.? (?P<word>[A-Z][A-Za-z]*)\b"
)


def road_word_first(span: str) -> bool:
    """Whether the span reads number, road word, English noun (``2 Road Bikes``, ``3 Street
    Lamps``): the road word names goods, as no street is named by its type alone (``5 Avenue
    Road``, ``10 Avenue Foch`` have a name)."""
    words = span.split(None, 3)
    if len(words) < 3 or not words[1].istitle() or words[1].lower() not in _ROAD_FIRST:
        return False
    noun = words[2].rstrip(".,;:")
    lower = noun.lower()
    if not noun[:1].isupper() or lower in _ROAD_NAMES or lower in first_names():
        return False  # (stop 24: "86 Avenue Jean Jaurès": a street named after a person)
    # A common word, or the plural of one ("Bikes"): "Pasteur" is in the long English list.
    common = common_words()
    return lower in common or (lower.endswith("s") and lower[:-1] in common)


# (stop 38) "1Z", a shipper code of three letters or digits, then digits.
_UPS_TRACKING: Final = re.compile(UPS_HEAD + r"\d")


def ups_tracking_number(span: str) -> bool:
    """Whether ``span`` opens as a UPS tracking number ("1Z DFD 720 33 9354 1567")."""
    return _UPS_TRACKING.match(span) is not None


def firm_named_after_street(span: str) -> bool:
    """Whether a company word follows the road word of ``span`` (``5 Main Street Capital``)."""
    if _FIRM_WORDS.isdisjoint(span.lower().split()):
        return False  # (the cheap test first: most spans hold no company word)
    for match in _ROAD_THEN_WORD.finditer(span):
        word = match.group("word")
        if word[0].isupper() and word.lower() in _FIRM_WORDS:
            return True
    return False
