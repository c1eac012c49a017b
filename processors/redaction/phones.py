"""Phone numbers: E.164 and national formats (US, UK, DE, FR, IN, CH, SE), with extensions.

A candidate is a run of digit groups joined by single spaces, dots, dashes or slashes, with
an optional leading ``+``, parenthesised groups (``(415)``, ``(07700)``, the trunk ``(0)``)
and an extension (``x760``, ``ext. 12``). It is a phone number when:

* it starts with ``+``: 8-15 digits (E.164 allows at most 15);
* it is one bare group: 10 or 11 digits;
* otherwise: 9-13 digits, no one-digit group after the first, dots only in the US
  ``ddd.ddd.dddd`` or French ``0d.dd.dd.dd.dd`` shapes, and not SSN- or date-shaped.

Numbers without ``+`` are rejected right after an identifier cue ("order", "invoice",
"tracking", "SKU", "ID", "#", "timestamp", ...), which keeps order and tracking numbers out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from processors.redaction.spans import PHONE_NUMBER, PiiSpan

__all__ = ["find_phones"]

_GROUP = r"(?:\(\d{1,6}\)|\d+)"
# The look-behind sits after the first character (``.`` stands for it) so that the regex
# engine can skip ahead to a ``+``, ``(`` or digit instead of testing it at every position.
# A "+" number may follow a comma (CSV fields); a bare one may not ("1,299").
_NOT_AFTER = r"(?<![\w+.,/#:-].)"
_PLUS_NOT_AFTER = r"(?<![\w+./#:-].)"
_CANDIDATE = re.compile(
    rf"(?>(?:\+{_PLUS_NOT_AFTER}[ ]?{_GROUP}|\({_NOT_AFTER}\d{{1,6}}\)|\d{_NOT_AFTER}\d*)"
    r"(?:(?:[ .\-/]|[ ]?(?=\())?(?:\(0\)[ ]?)?" + _GROUP + r")*+)"
    r"(?P<ext>[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6})?"
    r"(?![\w+/-]|[.,:]\d|\(\d)"
)
_DIGITS = re.compile(r"\d+")
_US_DOTS = re.compile(r"(?:1\.)?\d{3}\.\d{3}\.\d{4}")
_FR_DOTS = re.compile(r"0\d(?:\.\d\d){4}")
_SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")
_DATE_SHAPE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
_ID_CUE = re.compile(
    r"(?i)(?:order|invoice|inv|ref|reference|tracking|track|sku|id|ticket|case|serial|part|item"
    r"|confirmation|transaction|txn|po|isbn|batch|lot|model|version|build|timestamp|epoch|ts"
    r"|account|acct|customer|member|policy|claim|booking|reservation|shipment|parcel|package"
    r"|receipt|no|nr|num|number|code|pin|zip|postcode)s?\.?\s*(?:(?:no|nr|num|number|id)\.?\s*)?"
    r"(?:#|:|=)?\s*$"
)
_PHONE_CUE = re.compile(r"(?i)(?:phone|tel|telephone|mobile|cell|fax|call|contact)\b")


def _shape_ok(core: str) -> bool:
    groups = _DIGITS.findall(core)
    digits = sum(len(g) for g in groups)
    if core.startswith("+"):
        return 8 <= digits <= 15
    if len(groups) == 1:
        return 10 <= digits <= 11
    if not 10 <= digits <= 13:
        return False
    if any(len(g) == 1 for g in groups[1:]):
        return False
    if "." in core:
        return bool(_US_DOTS.fullmatch(core) or _FR_DOTS.fullmatch(core))
    return not (_SSN_SHAPE.fullmatch(core) or _DATE_SHAPE.fullmatch(core))


def _after_id_cue(text: str, start: int) -> bool:
    window = text[max(0, start - 40) : start]
    if not _ID_CUE.search(window):
        return False
    # "phone number:" or "contact number" ends with a cue word too, but names a phone.
    tail = window[-25:]
    return not _PHONE_CUE.search(tail)


def find_phones(text: str) -> Iterator[PiiSpan]:
    """Yield phone numbers (with their extension) as described in the module docstring."""
    for match in _CANDIDATE.finditer(text):
        ext = match.group("ext")
        end = match.start("ext") if ext else match.end()
        core = text[match.start() : end]
        if len(core) < 8 or not _shape_ok(core):
            continue
        if not core.startswith("+") and _after_id_cue(text, match.start()):
            continue
        yield PiiSpan(match.start(), match.end(), PHONE_NUMBER)
