"""Street-shaped names that are no address (set 10 round).

A firm named after its street and number, ``5 Main Street Capital``, ``100 Pine Street
Partners``, ``12 Wall Street Holdings LLC``, reads like an address up to its last word: a word
of company names right after the road word makes the whole a name, and no address is reported.
"""

from __future__ import annotations

import re

# Words that end company names (legal forms and the trade words of funds, banks and media), the
# common English ones of the SEC's and Companies House's name lists; "Co." is left out (it is
# also an Irish county: "Co. Kerry").
_FIRM_WORDS = frozenset(
    ["capital", "partners", "holdings", "group", "bank", "bancorp", "ventures", "advisors",
     "advisers", "associates", "investments", "securities", "fund", "funds", "management",
     "llc", "llp", "inc", "ltd", "corp", "corporation", "company", "trust", "equity",
     "financial", "journal", "records", "productions", "studios", "media", "brands"]
)  # fmt: skip
_ROAD_THEN_WORD = re.compile(
    r"(?i)\b(?:street|st|road|rd|avenue|ave|lane|boulevard|blvd|drive|place|square|way"
    r"|court|terrace|plaza|park)\.? (?P<word>[A-Z][A-Za-z]*)\b"
)


def firm_named_after_street(span: str) -> bool:
    """Whether a company word follows the road word of ``span`` (``5 Main Street Capital``)."""
    for match in _ROAD_THEN_WORD.finditer(span):
        word = match.group("word")
        if word[0].isupper() and word.lower() in _FIRM_WORDS:
            return True
    return False
