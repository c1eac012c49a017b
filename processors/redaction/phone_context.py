"""Phone rules found on set 6: short national numbers, phone-owned "number" cues, IBAN tails.

* Nine-digit national numbers in three or more groups ("918 319 709", "93 550 56 33",
  "03-792-5740") are phones unless SSN-shaped (3-2-4); eight digits as 4-4 ("2967-6912")
  and one bare group of 12-13 digits (an MSISDN, "254791015809") need a phone cue first.
* "number", "no", "id" are no identifier cue when a phone word or a possessive stands right
  before them ("the support number ...", "my new number ...").
* A digit run that continues an IBAN written in groups ("NL29 KNAB 0304 1700 08") is not a
  phone, even when the IBAN itself fails its checksum.
"""

from __future__ import annotations

import re

__all__ = [
    "generic_owned_by_phone",
    "iban_tail",
    "phone_cue_before",
    "short_national_ok",
    "short_needs_cue",
]

_DIGITS = re.compile(r"\d+")
# Words that, right before "number"/"no", say the number is someone's phone.
_PHONE_OWNERS = frozenset(
    [
        "support", "contact", "callback", "phone", "mobile", "cell", "fax", "tel", "telephone",
        "landline", "whatsapp", "helpline", "hotline", "emergency", "office", "home", "work",
        "direct", "my", "his", "her", "their", "our", "new", "personal", "private",
    ]
)  # fmt: skip
# A phone cue in the 40 characters before a number (English and the common Romance words).
_PHONE_CUE_BEFORE = re.compile(
    r"(?i)(?:phone|\btel\b|\btel[.:;]|mobile|\bcell|\bfax|\bcall|contact|whatsapp|\bsms\b|"
    r"msisdn|n[uú]mero|tel[eé]fono|m[oó]vil|\bhandy\b|\bring\b|\btext\b|reach)"
)
_THOUSANDS = re.compile(r"\d{3} \d{3} \d{3}")
_WORD_AFTER = re.compile(r" ?[^\W\d_]")
_CURRENCY_BEFORE = re.compile(r"[$€£¥₹₩₫₽₺¢]\s?$")
_IBAN_HEAD = re.compile(r"(?i)(?<![\w-])[a-z]{2}\d{2}(?: [a-z0-9]{4})+ $")


def short_national_ok(core: str, groups: list[str]) -> bool:
    """Shape test for 8 or 9 digits (callers know the count is 8 or 9)."""
    lengths = [len(g) for g in groups]
    if sum(lengths) == 8:
        return lengths == [4, 4]
    if len(groups) == 3:  # 3-3-3, 2-3-4; not SSN-shaped 3-2-4 nor a VAT-like 3-4-2
        return lengths != [3, 2, 4] and lengths[-1] >= 3
    return len(groups) >= 4


def short_needs_cue(core: str, text: str, start: int, end: int) -> bool:
    """True for shapes that are phones only after a phone cue: 8 digits, 12-13 bare, and
    a thousands-like "331 900 000" before a word ("people", "VND"), after a currency sign,
    or ending in "000"."""
    if core.isdigit():
        return len(core) >= 12
    if len(core) == 11 and _THOUSANDS.fullmatch(core):
        return (
            core.endswith("000")
            or _WORD_AFTER.match(text, end) is not None
            or _CURRENCY_BEFORE.search(text, max(0, start - 2), start) is not None
        )
    if len(core) > 12:  # eight digits with their separators fit in "(2967) 6912"
        return False
    return sum(len(g) for g in _DIGITS.findall(core)) == 8


def phone_cue_before(text: str, start: int) -> bool:
    """Whether a phone word stands in the 40 characters before ``start``."""
    return _PHONE_CUE_BEFORE.search(text, max(0, start - 40), start) is not None


def generic_owned_by_phone(words: list[str], word: str) -> bool:
    """Whether the word before the generic cue ``word`` makes it a phone ("my number")."""
    index = max(i for i, w in enumerate(words) if w == word)
    return index > 0 and words[index - 1].lower() in _PHONE_OWNERS


def iban_tail(text: str, start: int) -> bool:
    """Whether the number at ``start`` continues a grouped IBAN ("NL29 KNAB 0304 ...")."""
    if start < 10 or text[start - 1] != " " or not text[start - 5 : start - 1].isalnum():
        return False
    return _IBAN_HEAD.search(text, max(0, start - 40), start) is not None
