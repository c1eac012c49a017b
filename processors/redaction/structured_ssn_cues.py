"""(set 10 round) More cues for nine bare digits to be an SSN, hooked into find_bare_ssns.

The base cue is "SSN", "social security" or "SS#" as a word. Forms and records write it
other ways too: as the last part of a key ("patient_ssn=", "employeeSSN:"), abbreviated
("SS No.", "Soc. Sec. #"), or as the taxpayer number a US person's SSN serves as ("tax_id",
"taxpayer id", "TIN", "ITIN"). The digits must still obey the issuance rules.
"""

from __future__ import annotations

import re

__all__ = ["extra_ssn_cue_before", "may_contain_extra_ssn_cue"]

_EXTRA_CUE = re.compile(
    r"(?i)(?:(?<=[a-z_])ssn|\bss\.?\s*no\b\.?|\bsoc(?:ial)?\.?\s*sec(?:urity)?\b\.?|"
    r"(?<![a-z])tax(?:payer)?[\s_-]*(?:id|identification|number|no)\b\.?|\bi?tin\b)"
    r"[^\d\n]{0,20}$"
)


def may_contain_extra_ssn_cue(text: str) -> bool:
    """False only when ``text`` has none of the cues :func:`extra_ssn_cue_before` reads."""
    if not text.isascii():
        return True  # (case folding outside ASCII, "\u017f" for "s", is the regex's to judge)
    lowered = text.lower()
    return (
        "ssn" in lowered
        or "soc" in lowered
        or "tax" in lowered
        or "tin" in lowered
        or ("ss" in lowered and "no" in lowered)
    )


def extra_ssn_cue_before(text: str, start: int) -> bool:
    """Whether one of this module's SSN cues stands in the 40 characters before ``start``."""
    return _EXTRA_CUE.search(text, max(0, start - 40), start) is not None
