"""Evidence for and against a walked street-address span (set 7 and after).

For: a Japanese block address (a ward or town suffix, a postal code; the word after the block
number romanised Japanese), an address cue or a unit right before, a UK postcode or an Irish
Eircode in the span. Against: a number and a lone letter (``1288 W``), more digit groups after
the number (a tracking number). Called from :mod:`processors.redaction.addresses` and
:mod:`processors.redaction.address_number_first`.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.lexicon import common_words, english_words

__all__ = [
    "bare_direction",
    "cue_or_unit_before",
    "japanese_evidence",
    "postcode_evidence",
    "romaji_word",
    "romanised_japanese",
    "tracking_after",
]

# A ward, city, town or district suffix, or a postal code, in the walked span.
_JP_EVIDENCE: Final = re.compile(
    r"(?i)-(?:ku|shi|cho|chō|machi|mura|gun|dori|dōri)\b|\b\d{3}-\d{4}\b|\bjapan\b"
)
_BARE_DIRECTION: Final = re.compile(r"\d{1,5}[A-Za-z]? [A-Za-z]\.?")
_TRACKING_AFTER: Final = re.compile(r" \d{3,5} \d{3,5}")
_CUE_NEAR: Final = re.compile(
    r"(?i)(?:^|\n|\b(?:to|at|address|addr|adr|in|is|street|line ?1)\b|#\d+"
    r"|\b(?:room|rm|apt|apartment|unit|flat|suite)\.? ?#?\d{1,5}[a-z]?)\W*$"
)
# A UK postcode or an Irish Eircode in the span is evidence of an address.
_POSTCODE_EVIDENCE: Final = re.compile(
    r"(?i)(?<![\w-])(?:[a-z]{1,2}\d[a-z\d]? \d[a-z]{2}|(?:[ac-fhknprtv-y]\d{2}|d6w) "
    r"[\dac-fhknprtv-y]{4})(?![\w-])"
)
# Syllables of romanised Japanese: no l, q, v, x; every consonant but n before a vowel.
_ROMAJI: Final = re.compile(
    r"(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts|ky|gy|ny|hy|by|py|my|ry)?[aeiouōūâû]|n|"
    r"(?<=[aeiouōū])[kgstp](?=[kgstpc]))+(?:-(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts)?[aeiouōū]|n)+)*"
)


def japanese_evidence(span: str) -> bool:
    """Whether a walked span from a block number ``1-11-10 ...`` reads as a Japanese address."""
    return _JP_EVIDENCE.search(span) is not None


def romanised_japanese(span: str) -> bool:
    """Whether the word after the block number reads as romanised Japanese (``Sakae``,
    ``Nishi-Shinjuku``), not as English (``1-2-3 Fitness``)."""
    parts = span.split(" ", 2)
    return len(parts) >= 2 and romaji_word(parts[1].rstrip(".,"))


def romaji_word(word: str) -> bool:
    """Whether ``word`` reads as romanised Japanese and as no English word (``Nishikamata``;
    not ``Fitness``)."""
    lower = word.lower()
    return (
        _ROMAJI.fullmatch(lower) is not None
        and lower not in english_words()
        and lower not in common_words()
    )


def cue_or_unit_before(text: str, start: int) -> bool:
    """An address cue ("to", "at", "address") or a unit right before ``start``."""
    return _CUE_NEAR.search(text, max(0, start - 20), start) is not None


def bare_direction(span: str) -> bool:
    """``1288 W``: a number and a letter is no address."""
    return _BARE_DIRECTION.fullmatch(span) is not None


def tracking_after(text: str, end: int) -> bool:
    """``via USPS 5688 3720 8212``: more digit groups after the number make a tracking number."""
    return _TRACKING_AFTER.match(text, end) is not None


def postcode_evidence(span: str) -> bool:
    """A UK postcode (``SA3 4FX``) or an Irish Eircode (``V94 A8H6``) in ``span``."""
    return _POSTCODE_EVIDENCE.search(span) is not None
