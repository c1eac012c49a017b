"""(set 8) SSN forms the main finders do not read: the cue after nine bare digits, and slashes.

"353281920 ssn valid?" (stop 41: or "... background check") puts the cue after the number (in
the same sentence, and not after an identifier noun: "order 123456789, ssn ..." is an order);
"SSN 539/45/6347" and ``{"ssn": "815/61/1962"}`` join the groups by slashes (or underscores).
A date never has three digits, two digits and four digits, but both forms still need an SSN
cue next to the number and must obey the issuance rules (area, group and serial).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from processors.redaction.checksums import ssn_valid
from processors.redaction.phone_id_cues import id_cue_word
from processors.redaction.spans import US_SSN, PiiSpan

__all__ = ["joined_ssns", "may_contain_joined_ssn", "ssns_cue_after"]

_BARE: Final = re.compile(r"(\d(?<![\w-]\d)\d\d)(\d{2})(\d{4})(?![\w-]|[.,/]\d)")
# The cue after the number: "123456789 ssn", "123456789 (SSN)", "123456789 is my ssn"; (stop
# 41) a search for a background check, which runs on an SSN: "446420592 background check".
_CUE_AFTER: Final = re.compile(
    r"(?i)[^\d\n.;!?]{0,12}?(?<![^\W\d_])(?:ssn|social\s+security|ss#|background\s+check)"
    r"(?![^\W\d_])"
)
# No identifier noun before the number ("order 123456789 ..."); a generic one may stand there.
_NO_ID_CUE: Final = frozenset(["", "no", "nr", "num", "number", "id", "code", "customer", "member"])
_CUE_BEFORE: Final = re.compile(r"(?i)(?:\bssn|social\s+security|\bss#)[^\d\n]{0,20}$")
_JOINED: Final = re.compile(r"(\d(?<![\w./-]\d)\d\d)( ?[/_] ?)(\d{2})\2(\d{4})(?![\w/-]|[.,]\d)")
_JOINED_SHAPE: Final = re.compile(r"000 ?[/_] ?00 ?[/_] ?0000")


def may_contain_joined_ssn(shape: str) -> bool:
    """False only when an ASCII text of this shape has no SSN joined by slashes/underscores."""
    return (
        "00/" in shape or "00_" in shape or "00 /" in shape or "00 _" in shape
    ) and _JOINED_SHAPE.search(shape) is not None


def ssns_cue_after(text: str) -> Iterator[PiiSpan]:
    """Nine bare digits right before an SSN cue and not right after one (that is found)."""
    for match in _BARE.finditer(text):
        start, end = match.span()
        if (
            ssn_valid(*match.groups())
            and _CUE_AFTER.match(text, end) is not None
            and _CUE_BEFORE.search(text, max(0, start - 40), start) is None
            and id_cue_word(text, start) in _NO_ID_CUE
        ):
            yield PiiSpan(start, end, US_SSN)


def joined_ssns(text: str) -> Iterator[PiiSpan]:
    """``ddd/dd/dddd`` or ``ddd_dd_dddd`` with an SSN cue before or after."""
    for match in _JOINED.finditer(text):
        start, end = match.span()
        if ssn_valid(*match.group(1, 3, 4)) and (
            _CUE_BEFORE.search(text, max(0, start - 40), start) is not None
            or _CUE_AFTER.match(text, end) is not None
        ):
            yield PiiSpan(start, end, US_SSN)
