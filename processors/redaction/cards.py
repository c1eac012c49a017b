"""Payment card numbers: brand prefix and length tables plus the Luhn check.

A digit run (optionally grouped by single spaces or dashes) is a card when it is 12-19 digits
long, its issuer prefix and length belong to a known brand, and it passes Luhn. Prefix ranges
follow the brands' published IIN ranges (Visa, Mastercard incl. the 2221-2720 series, Amex,
Discover, JCB incl. the legacy 15-digit 1800/2131 ranges, Diners, UnionPay, Maestro).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from processors.redaction.card_labels import card_cue_reach, truncation_ok
from processors.redaction.checksums import luhn_valid
from processors.redaction.lookalikes import product_code_lookalike
from processors.redaction.phone_id_cues import after_id_cue, id_cue_word
from processors.redaction.spans import CREDIT_CARD, PiiSpan
from processors.redaction.structured10_cards import (
    card_cue_after,
    described_number_word,
    four_grouped_with_short_tail,
)
from processors.redaction.structured12_cards import card_layout_ok
from processors.redaction.structured28_cards import iban_run_before, visa13_in_card_context
from processors.redaction.structured_phone_cues import phone_key_before

__all__ = ["find_cards", "is_card_number", "may_contain_spaced_card"]

# (low prefix, high prefix, allowed lengths); prefixes compare as integers of the same width.
_BRANDS: Final[tuple[tuple[int, int, frozenset[int]], ...]] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (34, 34, frozenset({15})),  # Amex
    (37, 37, frozenset({15})),  # Amex
    (6011, 6011, frozenset(range(16, 20))),  # Discover
    (644, 649, frozenset(range(16, 20))),  # Discover
    (65, 65, frozenset(range(16, 20))),  # Discover
    (35, 35, frozenset(range(16, 20))),  # JCB (3528-3589 today; Faker and old cards use all of 35)
    (3088, 3088, frozenset({16})),  # JCB legacy
    (3096, 3096, frozenset({16})),  # JCB legacy
    (3112, 3112, frozenset({16})),  # JCB legacy
    (3158, 3158, frozenset({16})),  # JCB legacy
    (3337, 3337, frozenset({16})),  # JCB legacy
    (1800, 1800, frozenset({15})),  # JCB legacy
    (2100, 2100, frozenset({15})),  # JCB legacy
    (2131, 2131, frozenset({15})),  # JCB legacy
    (300, 305, frozenset(range(14, 20))),  # Diners Club
    (309, 309, frozenset(range(14, 20))),  # Diners Club
    (36, 36, frozenset(range(14, 20))),  # Diners Club
    (38, 39, frozenset(range(14, 20))),  # Diners Club
    (62, 62, frozenset(range(16, 20))),  # UnionPay
    (81, 81, frozenset(range(16, 20))),  # UnionPay
    (50, 50, frozenset(range(12, 20))),  # Maestro
    (56, 69, frozenset(range(12, 20))),  # Maestro
    (604, 604, frozenset(range(12, 20))),  # Maestro "0604", as Faker's card provider issues
    (2200, 2204, frozenset(range(16, 20))),  # Mir (Russia's national payment system)
    (9792, 9792, frozenset({16})),  # Troy (Turkey's national payment system)
    (94, 94, frozenset({16})),  # (stop 37) BC Card, Korea's domestic cards (BINs 94xx)
)

# The brands that issue cards of each length: ((prefix width, low prefix, high prefix), ...).
_BRANDS_BY_LENGTH: Final[dict[int, tuple[tuple[int, int, int], ...]]] = {
    length: tuple((len(str(low)), low, high) for low, high, lengths in _BRANDS if length in lengths)
    for length in range(12, 20)
}

# A run of digits joined by single spaces or dashes; brand rules decide which prefix is a card.
# (The look-behind follows the first digit so the regex engine can skip to digits quickly.)
# Commas around the run are allowed (CSV fields); brand, length and Luhn keep prices out.
# (Not possessive, set 7: a grouped run may end before a group that a "/" or "." follows,
# "4111 1111 1111 1111 05/27"; a bare run cannot, as a digit would follow its end.)
_CANDIDATE: Final = re.compile(r"\d(?<![\w+./-]\d)(?:[ \u00a0\u2013-]?\d)*(?![\w+\u2013-]|[./]\d)")
_WITHOUT_DIGITS: Final = str.maketrans("", "", "0123456789")
_CARD_CUE: Final = re.compile(r"(?i)card|\b(?:visa|amex|mastercard|cc|pan)\b")
# (set 8) Groups of four joined by one other separator, the same throughout: a dot
# ("4111.1111.1111.1111"), two or three spaces, a tab, a dash or dot with spaces, an
# underscore; the last group may be shorter (19 digits: 4-4-4-4-3), and the layouts of
# _SPACED_LAYOUTS (stop 34).
_SPACED: Final = re.compile(
    r"\d(?<![\w+./-]\d)\d{3}(?:\d\d)?(\.|[ ]{2,3}|\t| [-\u2013.] |_)\d{4,13}(?:\1\d{1,5}){0,3}"
    r"(?![\w+\u2013-]|[./]\d)"
)
# (stop 34) Amex 4-6-5, Diners 4-6-4, Visa-13 4-4-5, UnionPay-19 6-13 ("3862 - 501807 - 9913",
# "628415 - 1570933186648")
_SPACED_LAYOUTS: Final = ([4, 6, 5], [4, 6, 4], [4, 4, 5], [6, 13])
# What every _SPACED match shows in an ASCII text's shape (see redactor._find_structured).
_SPACED_SHAPE: Final = re.compile(r"0000(?:\.|[ ]{2,3}|\t| [-.] |_)0000")


# (stop 44, set 42) "took" cues an elapsed time only with a unit after the number ("took
# 1234567890123 ns"); a card number after it without one is a payment taken ("The convention
# took 3589 0692 9873 8640 for a weekend badge").
_TIME_UNIT_AFTER: Final = re.compile(
    r"[ \t]?(?:[nuµm]?s|msecs?|usecs?|millis|nanos|secs?|seconds?|mins?|minutes?|h|hours?)\b"
)


def _payment_taken(cue: str, text: str, end: int) -> bool:
    """Whether a number ending at ``end`` after the identifier cue ``cue`` follows "took" and
    no unit of time follows it."""
    return cue == "took" and _TIME_UNIT_AFTER.match(text, end) is None


def card_brand_matches(digits: str) -> bool:
    """True when ``digits`` has the prefix and length of a known card brand."""
    stripped = digits.lstrip("0") if digits.startswith("0604") else digits
    for width, low, high in _BRANDS_BY_LENGTH.get(len(digits), ()):
        if low <= int(stripped[:width]) <= high:
            return True
    return False


def is_card_number(digits: str) -> bool:
    """True for 12-19 ASCII digits with a known brand prefix/length that pass Luhn."""
    return (
        12 <= len(digits) <= 19
        and digits.isascii()
        and digits.isdigit()
        and card_brand_matches(digits)
        and luhn_valid(digits)
    )


def find_cards(text: str) -> Iterator[PiiSpan]:
    """Yield every card number in ``text``: bare, or grouped by one kind of separator
    (space or dash) in groups of at least three digits. When a run is longer than a card,
    its leading groups are tried (``4111 1111 1111 1111 2025`` yields the first four)."""
    for match in _CANDIDATE.finditer(text):
        raw = match.group()
        if len(raw) < 12:
            continue
        if iban_run_before(text, match.start()):
            continue  # "GB55 BARC 5905 7887 3556 00": an IBAN's digits (structured28)
        # The run is digits joined by single separators, so splitting at its one kind of
        # separator gives its groups.
        separators = set(raw.translate(_WITHOUT_DIGITS))
        if len(separators) > 1:
            continue
        groups = raw.split(separators.pop()) if separators else [raw]
        for count in range(len(groups), 0, -1):
            used = groups[:count]
            if (
                count > 1
                and min(map(len, used)) < 3
                and not (
                    count == len(groups) and four_grouped_with_short_tail(text, match.start(), used)
                )
            ):  # (struct10 hook: "4782 0596 9267 2", a 13-digit Visa)
                continue
            if (
                count > 1
                and not card_layout_ok(used)  # "601-3879150-9415454" (struct12 hook)
                and not visa13_in_card_context(text, match.start(), used)  # (structured28)
            ):
                continue
            digits = "".join(used)
            if len(digits) < 12:
                break
            if count < len(groups) and not truncation_ok(digits, groups[count:]):
                break
            if is_card_number(digits):
                # An order, waybill or trace id can pass Luhn by chance (one in ten).
                start = match.start()
                end = start + len(digits) + count - 1  # (+ separators)
                cue = id_cue_word(text, start)
                if (
                    cue
                    and not _payment_taken(cue, text, end)
                    and not _CARD_CUE.search(
                        text, max(0, start - card_cue_reach(text, start)), start
                    )
                    and not described_number_word(text, start)  # "full number" (struct10 hook)
                    and not card_cue_after(text, end)  # (struct10)
                ):
                    break
                if count == 1 and product_code_lookalike(text, start, digits):
                    break  # an EAN column's value, a barcode (set 7)
                if count == 1 and len(digits) <= 13 and phone_key_before(text, start):
                    break  # "msisdn=4915112345678": a phone (set 10 round hook)
                yield PiiSpan(start, end, CREDIT_CARD)
                break
    # Every _SPACED match has two or more separators: two dots, or one of the other kinds.
    if (
        text.count(".") >= 2
        or "  " in text
        or "_" in text
        or "\t" in text
        or " - " in text
        or " \u2013 " in text
    ):
        yield from _spaced_cards(text)


def may_contain_spaced_card(shape: str) -> bool:
    """False only when an ASCII text of this shape holds no card that :data:`_SPACED` finds."""
    return (
        "0000." in shape
        or "0000  " in shape
        or "0000_" in shape
        or "0000\t" in shape
        or "0000 - " in shape
        or "0000 . " in shape
    ) and _SPACED_SHAPE.search(shape) is not None


def _spaced_cards(text: str) -> Iterator[PiiSpan]:
    """Cards in groups joined by a dot, several spaces or another separator (set 8)."""
    for match in _SPACED.finditer(text):
        groups = match.group().split(match.group(1))
        lengths = [len(group) for group in groups]
        if not (
            (len(lengths) > 2 and all(length == 4 for length in lengths[:-1]) and lengths[-1] <= 4)
            or lengths in _SPACED_LAYOUTS
        ):
            continue
        digits = "".join(groups)
        if not is_card_number(digits):
            continue
        start = match.start()
        if (
            after_id_cue(text, start)
            and not _CARD_CUE.search(text, max(0, start - card_cue_reach(text, start)), start)
            and not described_number_word(text, start)  # (struct10 hook)
            and not card_cue_after(text, match.end())  # "... exp 04/27" (struct10 hook)
        ):
            continue
        yield PiiSpan(start, match.end(), CREDIT_CARD)
