"""The shape test of a phone candidate: digit count, grouping, dots, SSN and date shapes.

:func:`shape_ok` is the first test :func:`processors.redaction.phones.find_phones` applies to
a candidate's core (the number without its extension); the rules are listed in the docstring
of :mod:`processors.redaction.phones`.
"""

from __future__ import annotations

import re
from typing import Final

from processors.redaction.phone_context import (
    hungarian_one_digit_area,
    national_dotted_ok,
    short_national_ok,
    spaced_slash_ok,
)

__all__ = ["shape_ok"]

_DIGITS: Final = re.compile(r"\d+")
# (stop 43, set 41) and the area code in brackets: "(902) 355.1919"
_US_DOTS: Final = re.compile(r"(?:1\.)?\d{3}\.\d{3}\.\d{4}|\(\d{3}\) ?\d{3}\.\d{4}")
_FR_DOTS: Final = re.compile(r"0\d(?:\.\d\d){4}")
_SSN_SHAPE: Final = re.compile(r"\d{3}[-\u2013]\d{2}[-\u2013]\d{4}")
_DATE_SHAPE: Final = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


_BRAZILIAN_MOBILE: Final = re.compile(r"[1-9]\d 9 \d{4}-\d{4}")


def shape_ok(core: str) -> bool:
    """Whether ``core``, a candidate without its extension, is shaped as a phone number."""
    if core.isdigit():  # one group: the cases below that apply to it, without the regex
        if core.startswith("00") and core[2:3] not in ("", "0", " "):
            return 10 <= len(core) <= 17
        return 10 <= len(core) <= 13  # 12-13 only after a phone cue (see short_needs_cue)
    groups = _DIGITS.findall(core)
    digits = sum(map(len, groups))
    if core.startswith(("+", "(+")):
        return 8 <= digits <= 15
    if core.startswith("00") and core[2:3] not in ("", "0", " "):
        return 10 <= digits <= 17  # "0044 20 7946 0958": the 00 international prefix
    if len(groups) == 1:
        return 10 <= digits <= 13  # 12-13 only after a phone cue (see short_needs_cue)
    if " / " in core and not spaced_slash_ok(core):
        return False  # "2019 / 2020 / 2021"; "089 / 123 456 78" is a number (set 7)
    if "." in core and national_dotted_ok(core):
        return True  # "0738.731.941", "0474/12.34.56" (set 7)
    if (digits == 9 or digits == 8) and "." not in core:
        return short_national_ok(core, groups)
    if not 10 <= digits <= 13:
        return False
    if min(map(len, groups[1:])) == 1 and not hungarian_one_digit_area(groups):
        # a one-digit group after the first, but the mobile "9" of a Brazilian number
        # without its country code (stop 34: "81 9 8529-5188")
        return _BRAZILIAN_MOBILE.fullmatch(core) is not None and not (
            groups[2].startswith(("19", "20")) and groups[3].startswith(("19", "20"))
        )  # (not years: "12 9 2024-2025")
    if "." in core:
        return bool(_US_DOTS.fullmatch(core) or _FR_DOTS.fullmatch(core))
    if len(groups) >= 6 and all(len(g) == 2 for g in groups):
        return False  # "89-96-15-94-92-83": a MAC-like run of pairs, not a phone
    return not (_SSN_SHAPE.fullmatch(core) or _DATE_SHAPE.fullmatch(core))
